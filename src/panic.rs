//! A panic must never leave a blank box: the hook logs it to the console and
//! replaces every instance on the page with a readable message (a panic stops
//! the whole wasm module, so no instance would answer any more).

use wasm_bindgen::JsCast;
use web_sys::Element;

/// What the reader sees instead of a broken widget.
pub const MESSAGE: &str = "Sorry — the explainer stopped because of an error. Reloading the page may help; if it keeps happening, please tell the newsroom that published it.";

/// The class of the element each instance renders into, inside its shadow root.
pub const MOUNT_CLASS: &str = "sm-mount";

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Ok(hosts) = gloo_utils::document().query_selector_all("[data-stancemap-mounted]") else { return };
        for n in 0..hosts.length() {
            let host = hosts.item(n).and_then(|h| h.dyn_into::<Element>().ok());
            let mount = host.and_then(|h| h.shadow_root()).and_then(|s| s.query_selector(&format!(".{MOUNT_CLASS}")).ok().flatten());
            if let Some(mount) = mount {
                show_error(&mount);
            }
        }
    }));
}

/// Replaces everything in `root` with the error message.
pub fn show_error(root: &Element) {
    let Some(document) = root.owner_document() else { return };
    let Ok(message) = document.create_element("p") else { return };
    message.set_class_name("sm-error");
    message.set_attribute("role", "alert").ok();
    message.set_text_content(Some(MESSAGE));
    root.set_inner_html("");
    root.append_child(&message).ok();
}
