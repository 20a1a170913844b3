//! The few places the app touches the browser directly: focus, the URL
//! fragment, the session history and events for the host page.

use wasm_bindgen::{JsCast, JsValue};

/// Moves keyboard focus to the element with `id` inside `scope`, if it exists.
pub fn focus(scope: &web_sys::Element, id: &str) {
    let element = scope.query_selector(&format!("#{id}")).ok().flatten();
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

/// Sends `event` to the host page as a bubbling `CustomEvent` on `target`.
pub fn notify(target: &web_sys::Element, event: &crate::embed::HostEvent) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&serde_wasm_bindgen::to_value(event).unwrap_or(JsValue::NULL));
    if let Ok(custom) = web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = target.dispatch_event(&custom);
    }
}
