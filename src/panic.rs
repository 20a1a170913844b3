//! A panic must never leave a blank box: the hook logs it to the console and
//! replaces the widget with a readable message. A panic stops its wasm
//! instance; each widget on a page has its own, so the others keep working.

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::lang::Lang;

/// The class of the element each instance renders into, inside its shadow root.
pub const MOUNT_CLASS: &str = "sm-mount";

thread_local! {
    /// The element this wasm instance renders its widget into, and what the
    /// reader sees there instead of a broken widget, in their language.
    static MOUNT: std::cell::RefCell<Option<(Element, String, Lang)>> = const { std::cell::RefCell::new(None) };
}

/// Installs the hook for this wasm instance, which serves the widget in
/// `mount`, with the `message` to show if it fails (`T::PanicMessage`), in
/// `lang`. (Through Yew, which would otherwise install its own hook on first render.)
pub fn install(mount: Element, message: &str, lang: Lang) {
    MOUNT.with(|m| m.replace(Some((mount, message.to_string(), lang))));
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some((mount, message, lang)) = MOUNT.with(|m| m.try_borrow().ok().and_then(|m| m.clone())) {
            show_error(&mount, &message, lang);
        }
    }));
}

/// The reader switched language: the message follows.
pub fn set_message(message: &str, lang: Lang) {
    MOUNT.with(|m| {
        if let Some(installed) = m.borrow_mut().as_mut() {
            (installed.1, installed.2) = (message.to_string(), lang);
        }
    });
}

/// Replaces everything in `root` with the error message (and, if the app
/// failed while rendering behind the prerendered first view, that view too:
/// it would look alive but answer nothing).
pub fn show_error(root: &Element, text: &str, lang: Lang) {
    // The host's static fallback, if it has one, shows below the message.
    if let Some(shadow) = root.get_root_node().dyn_ref::<web_sys::ShadowRoot>() {
        let _ = shadow.host().set_attribute(crate::mount::FAILED, "");
    }
    if root.has_attribute(crate::mount::PENDING) {
        let _ = root.remove_attribute(crate::mount::PENDING);
        if let Some(first_view) = root.previous_element_sibling().filter(|e| e.has_attribute(crate::mount::PRERENDERED)) {
            first_view.remove();
        }
    }
    let Some(document) = root.owner_document() else { return };
    let Ok(message) = document.create_element("p") else { return };
    message.set_class_name("sm-error");
    message.set_attribute("role", "alert").ok();
    // The widget's root, which says its language, is gone.
    message.set_attribute("lang", lang.code()).ok();
    message.set_text_content(Some(text));
    root.replace_children_with_node_1(&message);
}
