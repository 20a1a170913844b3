//! A panic must never leave a blank box: the hook logs it to the console and
//! replaces the widget with a readable message.

const MESSAGE: &str = "Sorry — the explainer stopped because of an error. Reloading the page may help; if it keeps happening, please tell the newsroom that published it.";

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let document = gloo_utils::document();
        let Some(root) = document.get_element_by_id("stancemap").or_else(|| document.body().map(Into::into)) else { return };
        let Ok(message) = document.create_element("p") else { return };
        message.set_class_name("sm-error");
        message.set_attribute("role", "alert").ok();
        message.set_text_content(Some(MESSAGE));
        root.set_inner_html("");
        root.append_child(&message).ok();
    }));
}
