//! The few places the app touches the browser directly: focus, scrolling a
//! strip, sizes, attributes of markup written as text, events for the host
//! page, idle callbacks and work after the next paint. (Fetching documents:
//! `fetch`; the address and the session history: `history`; where focus
//! goes after a move: `focus`.)

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};


/// The element with `id` inside `scope` (a shadow root's content has no `getElementById`).
pub fn by_id(scope: &web_sys::Element, id: &str) -> Option<web_sys::Element> {
    scope.query_selector(&format!("#{id}")).ok().flatten()
}

/// Moves keyboard focus to `element`; the page scrolls to it only if `scroll`.
pub fn focus(element: &web_sys::Element, scroll: bool) {
    if let Some(el) = element.dyn_ref::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = el.focus_with_options(&options);
    }
}

/// The shadow root holding `root`.
pub fn shadow_of(root: &yew::NodeRef) -> Option<web_sys::ShadowRoot> {
    root.cast::<web_sys::Node>()?.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok()
}

/// The element the instance holding `root` is mounted on: its shadow root's host.
pub fn host_of(root: &yew::NodeRef) -> Option<web_sys::Element> {
    Some(shadow_of(root)?.host())
}

/// The height of the window's view of the page, in CSS pixels.
pub fn window_height() -> f64 {
    gloo_utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or_default()
}

/// Keeps `element` (sticky at the top) below the page's own sticky header,
/// as tall as the page's `scroll-padding-top` says (`sticky_header`), not
/// under it (through the CSSOM, which a strict CSP allows).
pub fn stick_below_header(element: &web_sys::HtmlElement) {
    let height = window_height();
    let _ = match sticky_header(height).ceil() as i32 {
        header if header > 0 => element.style().set_property("top", &format!("{header}px")),
        _ => element.style().remove_property("top").map(drop),
    };
}

/// The element with keyboard focus inside the shadow root holding `root`.
pub fn focused_in(root: &yew::NodeRef) -> Option<web_sys::Element> {
    shadow_of(root)?.active_element()
}

/// How far past the window's edge an element still counts as in view, and
/// how little of it showing leaves focus on it stranded: laid out at
/// fractions of a pixel, a button flush with the window's foot ends a fifth
/// of a pixel past it.
pub const EDGE: f64 = 1.0;

/// Moves keyboard focus to the first of `elements` that can take it (on
/// screen, not disabled), and only to that one: each focus scrolls.
pub fn focus_first(elements: impl IntoIterator<Item = web_sys::Element>) {
    let focusable = |el: &web_sys::Element| is_shown(el) && !el.has_attribute("disabled");
    if let Some(el) = elements.into_iter().find(focusable) {
        focus(&el, true);
    }
}

/// Whether `element` is on the page's layout: neither it nor what holds it
/// is `display: none` (`offsetParent`: also none for a fixed element, which
/// the widget has none of; reading it lays out what is kept unlaid-out, so
/// not for what `focus::SKIPPED` holds).
pub fn is_shown(element: &web_sys::Element) -> bool {
    element.dyn_ref::<web_sys::HtmlElement>().is_some_and(|el| el.offset_parent().is_some())
}

/// Styles and lays out a hidden `panel` as if it were shown, in a box of no
/// height (`[data-laying-out]` in 30-tabs.css), and hides it again at once:
/// nothing paints or focuses it in between, and shown later it keeps that
/// style and layout.
pub fn lay_out_unseen(panel: &web_sys::Element) {
    if panel.set_attribute("data-laying-out", "").is_ok() {
        panel.client_height(); // reading a size lays the page out
        let _ = panel.remove_attribute("data-laying-out");
    }
}

/// Brings `element`, focused from the keyboard, out from under `cover` (a
/// box stuck to the top as the page scrolls), to the middle of the view: the
/// browser's own scroll on focus leaves a fixed margin, whatever the cover's
/// height. Called after the paint, so after that scroll and after the cover
/// has grown with what the focus changed; a pointer's focus is left alone.
pub fn clear_of(element: &web_sys::Element, cover: &web_sys::Element) {
    let (under, over) = (element.get_bounding_client_rect(), cover.get_bounding_client_rect());
    let keyboard = element.matches(":focus-visible").unwrap_or(false);
    if keyboard && under.top() < over.bottom() && under.bottom() > over.top() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Scrolls the page to `element` when its top is out of view (above it, or
/// under the page's sticky header: `sticky_header`) or in the lowest third
/// of it, so that it starts near the top (the panels' `scroll-margin`, below
/// that header). On the iframe page (whose loader reports its height to the
/// host page) the page that scrolls is the article: the loader asks it to,
/// with where the element is in the iframe (`stancemap:reveal` on the
/// widget, carrying the element; the host script applies the same rule);
/// the iframe scrolls itself only where it is too short for its content and
/// nothing sizes it (a fixed height, no host script): where something does,
/// a page taller than its iframe is a height on its way, and the browser
/// would carry the scroll up into the article.
pub fn reveal(element: &web_sys::Element, host: Option<&web_sys::Element>) {
    let top = element.get_bounding_client_rect().top();
    let height = window_height();
    let scrolls = match host.filter(|host| crate::mount::framed(host)) {
        Some(host) => {
            dispatch(host, crate::mount::REVEAL, element, false);
            !host.has_attribute(crate::mount::SIZED)
                && gloo_utils::document().document_element().is_some_and(|page| f64::from(page.scroll_height()) > height + 1.0)
        }
        None => true,
    };
    if scrolls && (top < sticky_header(height) || top > height * 2.0 / 3.0) {
        element.scroll_into_view();
    }
}

/// Scrolls the page by as far as `element` moved from `top` (its place in
/// the viewport, read just before a change above it), at once, so that what
/// the reader touched stays under their finger. In the iframe page, which
/// never scrolls, the article brings it into view (`reveal`) once the frame
/// is painted, when the loader has reported the iframe's new height: the
/// handle returned waits for that (dropping it cancels).
pub fn keep_in_place(element: &web_sys::Element, top: f64, host: Option<&web_sys::Element>) -> Option<AfterPaint> {
    let moved = element.get_bounding_client_rect().top() - top;
    if moved.abs() < 1.0 {
        return None;
    }
    match host.filter(|host| crate::mount::framed(host)) {
        Some(host) => {
            let (element, host) = (element.clone(), host.clone());
            Some(after_paint(move || reveal(&element, Some(&host))))
        }
        None => {
            let scroller = host.and_then(scroller_around);
            let by = web_sys::ScrollToOptions::new();
            // In the scroller's own pixels: a zoom around it scales what the view measures.
            by.set_top(moved / scroller.as_ref().map_or(1.0, drawn_scale));
            // Not the smooth scroll a host page may ask for: the page is to stay put.
            by.set_behavior(web_sys::ScrollBehavior::Instant);
            match scroller {
                Some(scroller) => scroller.scroll_by_with_scroll_to_options(&by),
                None => gloo_utils::window().scroll_by_with_scroll_to_options(&by),
            }
            None
        }
    }
}

/// What scrolls the page around `host` (the element a widget is mounted
/// on): the nearest box around it, through shadow roots and slots, that
/// scrolls and either cuts the widget off or has been scrolled (an app's
/// shell, an article opened in a dialog; a wrapper that only clips what
/// overflows it sideways is as tall as what it holds, and the reader does
/// not scroll it), else the page (`None`). The host script's `scroller`
/// finds an iframe's the same way.
fn scroller_around(host: &web_sys::Element) -> Option<web_sys::Element> {
    let window = gloo_utils::window();
    let style = |element: &web_sys::Element, property: &str| {
        let style = window.get_computed_style(element).ok().flatten();
        style.and_then(|style| style.get_property_value(property).ok()).unwrap_or_default()
    };
    let page = gloo_utils::document().document_element()?;
    // The body's overflow is the page's where the root's is visible both ways: the body does not scroll then.
    let body_scrolls = ["overflow-x", "overflow-y"].iter().any(|axis| style(&page, axis) != "visible");
    let mount = host.get_bounding_client_rect();
    let mut at = Some(host.clone());
    while let Some(element) = at.filter(|element| *element != page) {
        let scrolls = matches!(style(&element, "overflow-y").as_str(), "auto" | "scroll")
            && element.scroll_height() > element.client_height()
            && (body_scrolls || element.local_name() != "body");
        if scrolls {
            let top = element.get_bounding_client_rect().top() + f64::from(element.client_top());
            let bottom = top + f64::from(element.client_height());
            if element == *host || element.scroll_top() > 0 || mount.top() < top - EDGE || mount.bottom() > bottom + EDGE {
                return Some(element);
            }
        }
        at = flat_parent(&element);
    }
    None
}

/// The element around `element` as the page is drawn: the slot it is shown
/// in, else its parent, else the host of the shadow root it is in.
fn flat_parent(element: &web_sys::Element) -> Option<web_sys::Element> {
    element.assigned_slot().map(Into::into).or_else(|| element.parent_element()).or_else(|| {
        let root = element.parent_node()?.dyn_into::<web_sys::ShadowRoot>().ok()?;
        Some(root.host())
    })
}

/// How many times larger `element` is drawn than laid out: a zoom on the
/// page or on a box around it (1 where it has no size).
fn drawn_scale(element: &web_sys::Element) -> f64 {
    let laid_out = element.dyn_ref::<web_sys::HtmlElement>().map_or(0, |element| element.offset_width());
    let drawn = element.get_bounding_client_rect().width();
    if laid_out > 0 && drawn > 0.0 { drawn / f64::from(laid_out) } else { 1.0 }
}

/// The room the page keeps at the top of its viewport (`height` tall) for a
/// sticky header, as its `scroll-padding-top` says: what is under it is out
/// of view (`scroll_into_view` leaves that room too).
fn sticky_header(height: f64) -> f64 {
    let window = gloo_utils::window();
    let padding = gloo_utils::document()
        .document_element()
        .and_then(|page| window.get_computed_style(&page).ok().flatten())
        .and_then(|style| style.get_property_value("scroll-padding-top").ok())
        .unwrap_or_default();
    // The browser's own parseFloat: Rust's float parsing would add its tables to the wasm.
    let number = js_sys::parse_float(&padding);
    let number = if number.is_nan() { 0.0 } else { number };
    if padding.ends_with('%') { height * number / 100.0 } else { number }
}

/// Scrolls `strip` sideways, and nothing else (not the host page), so that
/// `element` is in its view: right of `start` (where a sticky column ends,
/// else the strip's own left edge), left of its inner edge (inside its
/// border and any scrollbar), with `room` to spare (for a focus ring).
pub fn reveal_in_strip(element: &web_sys::Element, strip: &web_sys::Element, start: Option<f64>, room: f64) {
    let (inner, outer) = (element.get_bounding_client_rect(), strip.get_bounding_client_rect());
    // What the view measures is scaled by a zoom on the page or a box around the strip; its own sizes and scrolling are not.
    let scale = drawn_scale(strip);
    let (from, to) = (start.unwrap_or(outer.left()), outer.left() + f64::from(strip.client_left() + strip.client_width()) * scale);
    let by = if inner.left() < from {
        inner.left() - from - room
    } else if inner.right() > to {
        (inner.right() - to + room).min(inner.left() - from)
    } else {
        return;
    };
    strip.set_scroll_left(strip.scroll_left() + (by / scale).round() as i32);
}

/// Scrolls the matrix table's box sideways, and nothing else, so that
/// `cell` (an element in it; anything else is left alone) is clear of the
/// sticky actors' column and of the box's far edge, with a few pixels more
/// for the focus ring.
pub fn reveal_in_table(cell: &web_sys::Element) {
    let row_heading = cell.closest("tr").ok().flatten().and_then(|row| row.first_element_child());
    if let (Some(scroll), Some(row_heading)) = (cell.closest(".sm-matrix-scroll").ok().flatten(), row_heading) {
        reveal_in_strip(cell, &scroll, Some(row_heading.get_bounding_client_rect().right()), 6.0);
    }
}

/// Sets (`Some`) or removes (`None`) attributes of `element`.
pub fn set_attributes(element: &web_sys::Element, attributes: &[(&str, Option<&str>)]) {
    for (name, value) in attributes {
        let _ = match value {
            Some(value) => element.set_attribute(name, value),
            None => element.remove_attribute(name),
        };
    }
}

/// The value chosen in the `<select>` that fired `e`; `None` for the empty option.
pub fn selected<T: From<String>>(e: &web_sys::Event) -> Option<T> {
    use yew::TargetCast;
    let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
    (!value.is_empty()).then(|| value.into())
}

/// The `value` of the element matching `selector` that a click landed in, if any.
pub fn clicked(e: &web_sys::MouseEvent, selector: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(selector).ok().flatten()?.get_attribute("value")
}

/// Whether focus is on nothing in the page (its body).
pub fn focus_on_nothing() -> bool {
    let document = gloo_utils::document();
    document.active_element().is_none_or(|active| document.body().is_some_and(|body| *body == active))
}

/// Paints a page of the build's own in `theme` around the widget: its
/// `Canvas` follows the page's `color-scheme`, else the reader's system (as
/// the loader does for `?theme=` before the app takes over).
pub fn set_page_theme(theme: crate::state::Theme) {
    let scheme = match theme {
        crate::state::Theme::Auto => "light dark",
        theme => theme.slug(),
    };
    if let Some(page) = gloo_utils::document().document_element().and_then(|page| page.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = page.style().set_property("color-scheme", scheme);
    }
}

/// Gives a page the instance owns the `lang` of the language it shows (its
/// address: `set_page_settings`; its title: `App`).
pub fn set_document_language(lang: crate::lang::Lang) {
    let document = gloo_utils::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Sends `event` to the host page as a bubbling `CustomEvent` on `target`;
/// its detail also says the widget's language (`lang`).
pub fn notify(target: &web_sys::Element, event: &crate::embed::HostEvent, lang: crate::lang::Lang) {
    let detail = serde_wasm_bindgen::to_value(event).unwrap_or(JsValue::NULL);
    if detail.is_object() {
        let _ = js_sys::Reflect::set(&detail, &"lang".into(), &lang.code().into());
    }
    dispatch(target, event.name(), &detail, true);
}

/// Dispatches a `CustomEvent` named `name`, carrying `detail`, on `target`.
fn dispatch(target: &web_sys::Element, name: &str, detail: &JsValue, bubbles: bool) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(bubbles);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Puts `text` on the clipboard, asked at once (some browsers allow it only
/// while the click that asks is handled); resolves to whether the browser
/// let it (it does not in a page served without https, nor in an iframe its
/// host did not allow).
pub fn copy_to_clipboard(text: &str) -> impl std::future::Future<Output = bool> + use<> {
    let navigator = gloo_utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok().and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    let written = clipboard.map(|clipboard| wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)));
    async move {
        match written {
            Some(written) => written.await.is_ok(),
            None => false,
        }
    }
}

/// Focuses a text field and selects all its text, for the reader to copy.
pub fn select_all(field: &web_sys::Element) {
    if let Some(field) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = field.focus();
        field.select();
    }
}

/// Calls `f` with the new value (`None`: removed) each time `element`'s
/// attribute `name` changes (not when it is set again to the same value),
/// until the returned observer is dropped.
pub fn on_attribute_change(element: &web_sys::Element, name: &str, f: impl Fn(Option<String>) + 'static) -> AttributeObserver {
    let target = element.clone();
    let name = name.to_string();
    let closure = {
        let name = name.clone();
        let mut last = element.get_attribute(&name);
        Closure::<dyn FnMut()>::new(move || {
            let value = target.get_attribute(&name);
            if value != last {
                last = value.clone();
                f(value);
            }
        })
    };
    let observer = web_sys::MutationObserver::new(closure.as_ref().unchecked_ref()).ok();
    if let Some(observer) = &observer {
        let options = web_sys::MutationObserverInit::new();
        options.set_attribute_filter(&js_sys::Array::of1(&name.into()));
        let _ = observer.observe_with_options(element, &options);
    }
    AttributeObserver { observer, _closure: closure }
}

/// Watches one attribute (`on_attribute_change`); dropping it stops.
pub struct AttributeObserver {
    observer: Option<web_sys::MutationObserver>,
    _closure: Closure<dyn FnMut()>,
}

impl Drop for AttributeObserver {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}

/// Runs `f` once, when the browser is next idle (`requestIdleCallback`),
/// waiting as `wait` says. Dropping the handle cancels it.
pub fn when_idle(wait: Wait, f: impl FnOnce() + 'static) -> Idle {
    let window = gloo_utils::window();
    let closure = wasm_bindgen::closure::Closure::once(f);
    let callback: &js_sys::Function = closure.as_ref().unchecked_ref();
    let waiting = match wait {
        Wait::WhileBusy => match window.request_idle_callback(callback) {
            Ok(id) => Waiting::Idle(id),
            Err(_) => Waiting::Timeout(window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, 100).unwrap_or_default()),
        },
        Wait::Briefly => {
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(500);
            match window.request_idle_callback_with_options(callback, &options) {
                Ok(id) => Waiting::Idle(id),
                Err(_) => {
                    let callback = callback.clone();
                    Waiting::Painted(after_paint(move || {
                        let _ = callback.call0(&wasm_bindgen::JsValue::NULL);
                    }))
                }
            }
        }
    };
    Idle { waiting, _closure: closure }
}

/// How long `when_idle` waits for the browser to be idle.
pub enum Wait {
    /// As long as the browser is busy: work the reader may never need (a
    /// panel rendered ahead). Where the browser cannot say when it is idle
    /// (no `requestIdleCallback`, as in Safari), 100 ms.
    WhileBusy,
    /// At most half a second: work the reader waits for, but not before
    /// what a click or a key asks for (a list's next items; at 4× CPU
    /// throttling, 100 ms still let one in before the frame a click asked
    /// for in one click of eight). Where the browser cannot say, until the
    /// next paint.
    Briefly,
}

/// A call waiting for the browser to be idle (`when_idle`).
pub struct Idle {
    waiting: Waiting,
    _closure: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

enum Waiting {
    Idle(u32),
    Timeout(i32),
    Painted(AfterPaint),
}

impl Drop for Idle {
    fn drop(&mut self) {
        let window = gloo_utils::window();
        match &self.waiting {
            Waiting::Idle(id) => window.cancel_idle_callback(*id),
            Waiting::Timeout(id) => window.clear_timeout_with_handle(*id),
            Waiting::Painted(AfterPaint(over)) => over.set(true),
        }
    }
}

/// Runs `f` once the next frame is painted (a timeout set from an animation
/// frame): work the reader does not see waits until what they do see is on
/// screen. Dropping the handle cancels it.
pub fn after_paint(f: impl FnOnce() + 'static) -> AfterPaint {
    use wasm_bindgen::closure::Closure;
    let over = std::rc::Rc::new(std::cell::Cell::new(false));
    let run = {
        let over = over.clone();
        Closure::once_into_js(move || if !over.replace(true) { f() })
    };
    let frame = Closure::once_into_js(move || {
        let _ = gloo_utils::window().set_timeout_with_callback(run.unchecked_ref());
    });
    let _ = gloo_utils::window().request_animation_frame(frame.unchecked_ref());
    AfterPaint(over)
}

/// Work waiting for the next paint (`after_paint`): whether it is over
/// (done or cancelled).
pub struct AfterPaint(std::rc::Rc<std::cell::Cell<bool>>);

impl AfterPaint {
    /// Whether the work is still to be done.
    pub fn pending(&self) -> bool {
        !self.0.get()
    }
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        self.0.set(true);
    }
}

/// Resolves in a task of its own, letting the browser answer input and
/// paint in between: `scheduler.yield()` where there is one (it resumes
/// ahead of tasks of its priority, without a timer's clamp), else a zero
/// timeout (after five nested ones, which the start-up's steps are,
/// browsers wait at least 4 ms each); at once in a hidden tab, where no one
/// taps and timers wait up to a second.
pub async fn next_task() {
    if gloo_utils::document().hidden() {
        return;
    }
    let scheduler = js_sys::Reflect::get(&js_sys::global(), &"scheduler".into()).ok().filter(JsValue::is_object);
    let yielding = scheduler.and_then(|s| {
        let f = js_sys::Reflect::get(&s, &"yield".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
        f.call0(&s).ok()?.dyn_into::<js_sys::Promise>().ok()
    });
    let promise = yielding.unwrap_or_else(|| {
        js_sys::Promise::new(&mut |resolve, _| {
            let _ = gloo_utils::window().set_timeout_with_callback(&resolve);
        })
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Calls `f` after the next layout, and again whenever one of `elements`
/// changes size (a hidden element takes its size when shown), until the
/// `Resizing` is dropped.
pub fn on_resize(elements: &[&web_sys::Element], f: impl Fn() + 'static) -> Option<Resizing> {
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(f);
    let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
    for element in elements {
        observer.observe(element);
    }
    Some(Resizing { observer, _closure: closure })
}

/// A size being watched (`on_resize`).
pub struct Resizing {
    observer: web_sys::ResizeObserver,
    _closure: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for Resizing {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// A User Timing mark, for measuring the widget from outside.
pub fn mark(name: &str) {
    if let Some(performance) = gloo_utils::window().performance() {
        let _ = performance.mark(name);
    }
}
