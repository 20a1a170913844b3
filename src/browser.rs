//! The few places the app touches the browser directly: focus, the URL
//! fragment and the session history.

use wasm_bindgen::{JsCast, JsValue};

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus(id: &str) {
    let element = gloo_utils::document().get_element_by_id(id);
    if let Some(el) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The current URL fragment, without `#`.
pub fn fragment() -> String {
    let hash = gloo_utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// How a new fragment enters the session history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A new entry: the back button returns to the previous view.
    Push,
    /// Rewrites the current entry: for typing, and for tidying a link.
    Replace,
}

/// Shows `fragment` in the address bar without reloading or firing `hashchange`.
pub fn set_fragment(fragment: &str, step: Step) {
    let Ok(history) = gloo_utils::window().history() else { return };
    let url = format!("#{fragment}");
    let _ = match step {
        Step::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        Step::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}
