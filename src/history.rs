//! The page's address and its session history, as the browser keeps them:
//! the fragment a view is written as, the entries the widget writes, the
//! place the page had on each, and the page's settings in its address.
//! `navigation` decides when; `route` what.

use wasm_bindgen::{JsCast, JsValue};

use crate::route::Entry;

/// A parameter of the page's query string.
pub fn query_param(name: &str) -> Option<String> {
    let search = gloo_utils::window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// The path of the page's address (`/articles/peace-talks`).
pub fn path() -> String {
    gloo_utils::window().location().pathname().unwrap_or_default()
}

/// The current URL fragment, without `#`.
pub fn fragment() -> String {
    let hash = gloo_utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Whether the page's address has no fragment at all, not even a bare `#`
/// (which the widget writes for its overview): on an article, the
/// article's own address.
pub fn bare() -> bool {
    !gloo_utils::window().location().href().unwrap_or_default().contains('#')
}

/// Whether `fragment`, on an article whose fragment the widget owns, links
/// to one of its views: it names one (`route::names_a_view`, in any case)
/// and is not the id of one of the article's own elements (its own
/// `#sources` heading), nor the name of one of its old anchors
/// (`<a name="Sources">`), which is the article's anchor, left alone.
pub fn links_a_view(fragment: &str) -> bool {
    let (document, anchor) = (gloo_utils::document(), crate::route::decode(fragment));
    crate::route::names_a_view(fragment) && document.get_element_by_id(&anchor).is_none() && document.get_elements_by_name(&anchor).length() == 0
}

/// How a view's `fragment` is written in the address: as it is, or, where
/// the page has an element of that id (an article's own `#sources`
/// heading), followed by `/`, which still names the view and is no anchor.
pub fn written(fragment: &str) -> String {
    match links_a_view(fragment) {
        true => fragment.to_string(),
        false => format!("{fragment}/"),
    }
}

/// The page's own address without its fragment: what links and history
/// entries are built from, whatever `<base href>` the page declares.
pub fn page_address() -> String {
    let href = gloo_utils::window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((page, _)) => page.to_string(),
        None => href,
    }
}

/// Whether the page's last navigation was a link to a fragment followed,
/// typed or pasted (the Navigation API's `navigate` event: a fragment
/// navigation that is no traversal; the widget's own `pushState` is none),
/// rather than Back or Forward, and the listener that keeps it (and keeps
/// the place such a link leaves, `PLACES`). Where the browser has no
/// Navigation API, always `false`.
pub fn on_navigation() -> (std::rc::Rc<std::cell::Cell<bool>>, Option<gloo_events::EventListener>) {
    let arriving = std::rc::Rc::new(std::cell::Cell::new(false));
    let navigation = js_sys::Reflect::get(&gloo_utils::window(), &"navigation".into()).ok().and_then(|n| n.dyn_into::<web_sys::EventTarget>().ok());
    let listener = navigation.map(|navigation| {
        let arriving = arriving.clone();
        gloo_events::EventListener::new(&navigation, "navigate", move |e| {
            let kind = js_sys::Reflect::get(e, &"navigationType".into()).ok().and_then(|k| k.as_string());
            let fragment = js_sys::Reflect::get(e, &"hashChange".into()).ok().is_some_and(|h| h.is_truthy());
            arriving.set(fragment && kind.is_some_and(|k| k != "traverse"));
            if arriving.get() {
                // (Still on the entry the link leaves, the page where the reader had it.)
                keep_place_here();
            }
        })
    });
    (arriving, listener)
}

/// Where in a history entry's state the widget keeps the view it left there.
const KEPT: &str = "stancemapView";

thread_local! {
    /// Where the page was scrolled on each history entry it left by a new
    /// entry of the widget's, a link to a fragment (where the Navigation API
    /// tells it from Back), Back or Forward (the last time), as the browser
    /// records it in the entry left; and the entry it is on (`entry_here`).
    /// The page's, as its history is (one instance per page owns its fragment).
    static PLACES: std::cell::RefCell<(Vec<(String, f64)>, String)> = Default::default();
}

/// The history entry the page is on: its key in the Navigation API, where
/// the browser has one (two visits to one address are two entries, each
/// with its place), else its address.
fn entry_here() -> String {
    let window = gloo_utils::window();
    let key = js_sys::Reflect::get(&window, &"navigation".into())
        .and_then(|navigation| js_sys::Reflect::get(&navigation, &"currentEntry".into()))
        .and_then(|current| js_sys::Reflect::get(&current, &"key".into()));
    key.ok().and_then(|key| key.as_string()).unwrap_or_else(|| window.location().href().unwrap_or_default())
}

/// Records where the page is on the entry Back or Forward has just left (at
/// its `popstate`, before the browser puts the page back), and returns where
/// it was when it last left the entry it has come to, if the widget saw it
/// leave and the page leaves the browser to put it back (not
/// `history.scrollRestoration = "manual"`, a host's router's). None where
/// both are one entry as far as the widget can tell (where the browser has
/// no Navigation API, one address: two entries, or one the host rewrote):
/// which place is meant there, only the browser knows.
pub fn record_return() -> Option<f64> {
    let window = gloo_utils::window();
    let (here, y) = (entry_here(), window.scroll_y().unwrap_or_default());
    let restored = window.history().ok().and_then(|h| h.scroll_restoration().ok()) != Some(web_sys::ScrollRestoration::Manual);
    PLACES.with_borrow_mut(|(left, at)| {
        let came_from = std::mem::replace(at, here.clone());
        if came_from == here {
            return None;
        }
        if !came_from.is_empty() {
            keep_place(left, came_from, y);
        }
        left.iter().find(|(kept, _)| *kept == here).map(|&(_, y)| y).filter(|_| restored)
    })
}

/// Records `y` as the place on `entry` (the last place there, once), for
/// the last `HISTORY_ENTRIES` entries left: browsers keep no more.
fn keep_place(left: &mut Vec<(String, f64)>, entry: String, y: f64) {
    left.retain(|(kept, _)| *kept != entry);
    left.push((entry, y));
    if left.len() > HISTORY_ENTRIES {
        left.remove(0);
    }
}

/// How many entries a tab's history keeps (Chromium's and Firefox's 50).
const HISTORY_ENTRIES: usize = 50;

/// Records where the page is on the entry it is on.
fn keep_place_here() {
    let y = gloo_utils::window().scroll_y().unwrap_or_default();
    PLACES.with_borrow_mut(|(left, _)| keep_place(left, entry_here(), y));
}

/// Records the entry the page is on (the widget wrote it, or a link to a
/// fragment moved it on).
pub fn now_at() {
    PLACES.with_borrow_mut(|(_, at)| *at = entry_here());
}

/// Scrolls the page to `y`, where the reader had it (`record_return`), at once
/// (an article may scroll smoothly).
pub fn scroll_back_to(y: f64) {
    let to = web_sys::ScrollToOptions::new();
    to.set_top(y);
    to.set_behavior(web_sys::ScrollBehavior::Instant);
    gloo_utils::window().scroll_to_with_scroll_to_options(&to);
}

/// Shows `fragment` in the address bar without reloading or firing `hashchange`,
/// as a new history entry or over the current one (`route::entry`). On an
/// article, a new entry's back button returns to the view `from`, which the
/// entry left behind keeps (`kept_view`: the article's own address names no
/// view); elsewhere every address names its view, and the entry is left as
/// it is (rewriting it costs a layout). A host's own state in an entry is never touched.
pub fn set_fragment(fragment: &str, entry: Entry, from: Option<&str>) {
    let Ok(history) = gloo_utils::window().history() else { return };
    // Absolute: a relative `#…` would resolve against the host's `<base href>`.
    let url = format!("{}#{}", page_address(), written(fragment));
    let state = history.state().unwrap_or(JsValue::NULL);
    let _ = match entry {
        Entry::Push => {
            // Where the page is on the entry it leaves, as the browser records it there.
            keep_place_here();
            // The entry left keeps the view it showed (read only where it is an
            // article's own anchor, `#comments`, which names no view), unless the
            // host keeps a state of its own there.
            if let Some(from) = from.filter(|_| state.is_null() || kept_in(&state).is_some()) {
                // A copy of ours: fields a host merged into it stay.
                let kept = copy(&state);
                let _ = js_sys::Reflect::set(&kept, &KEPT.into(), &from.into());
                let _ = history.replace_state(&kept, "");
            }
            // The new entry carries the host's own state, if any, as it is:
            // a single-page app's router reads it on Back (and takes an
            // entry without one for a move within its page).
            let carried = match kept_in(&state) {
                None => state,
                Some(_) => {
                    let ours = copy(&state);
                    let _ = js_sys::Reflect::delete_property(&ours, &KEPT.into());
                    if js_sys::Object::keys(&ours).length() == 0 { JsValue::NULL } else { ours.into() }
                }
            };
            history.push_state_with_url(&carried, "", Some(&url))
        }
        Entry::Replace => history.replace_state_with_url(&state, "", Some(&url)),
    };
    now_at();
}

/// The view the widget left in the current history entry, if it did (`set_fragment`).
pub fn kept_view() -> Option<String> {
    kept_in(&gloo_utils::window().history().ok()?.state().ok()?)
}

/// A shallow copy of a history state (an empty object for none).
fn copy(state: &JsValue) -> js_sys::Object {
    let fields = if state.is_object() { js_sys::Object::from(state.clone()) } else { js_sys::Object::new() };
    js_sys::Object::assign(&js_sys::Object::new(), &fields)
}

fn kept_in(state: &JsValue) -> Option<String> {
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(state, &KEPT.into()).ok()?.as_string()
}

/// Keeps the reader's language and theme in the address of a page the
/// instance owns (the page in that language, `embed::in_language`; `?theme=`,
/// none for the system's): a reload or a copied address shows them, and an
/// older `?theme=` no longer overrides the reader's choice.
pub fn set_page_settings(theme: crate::state::Theme, lang: crate::lang::Lang, default: crate::lang::Lang) {
    let now = page_address();
    let page = crate::embed::in_language(&now, lang, default);
    let theme = (theme != crate::state::Theme::Auto).then(|| theme.slug());
    let page = crate::embed::with_param(&page, "theme", theme);
    if page != now {
        rewrite_address(&page);
    }
}

/// Rewrites the current entry's address to `page` and the fragment it has
/// (none where it has none or only a bare `#`, which `fragment` reads alike;
/// only an article tells them apart, `bare`, and its address is never
/// rewritten here).
fn rewrite_address(page: &str) {
    let Ok(history) = gloo_utils::window().history() else { return };
    let url = match fragment() {
        fragment if fragment.is_empty() => page.to_string(),
        fragment => format!("{page}#{fragment}"),
    };
    let _ = history.replace_state_with_url(&history.state().unwrap_or(JsValue::NULL), "", Some(&url));
    now_at();
}
