//! Fetching the documents the widget loads besides its own code: a
//! newsroom's dataset, another language's edition, the corrections. Only
//! from allowed origins, without cookies or redirects, within a time and
//! size limit, and shared by the widgets of a page.

use wasm_bindgen::{JsCast, JsValue};

use crate::notice::Failure;

/// `url`, read against `base` (ends in `/`: the widget's files).
pub fn resolve(url: &str, base: &str) -> Result<web_sys::Url, Failure> {
    web_sys::Url::new_with_base(url, base).map_err(|_| Failure::BadAddress)
}

/// Fetches a data document at `url` (relative to `base`): a dataset, an
/// edition, or the corrections beside the app (`fetch_once`), shared by
/// every widget on the page that asks while it is under way, and, where
/// `keep` (an edition: a file of the build's, which never changes under a
/// page), by every widget that asks later. Each widget has a wasm instance
/// of its own, so two Ukrainian widgets would otherwise download their
/// edition twice: each fetch is a promise in a page-wide map (under
/// `Symbol.for("stancemap.fetching.1")`, where the loader also puts the
/// edition it fetches beside the app, `fetchEditions`) of its text, or of nothing if it
/// failed, when each widget waiting fetches again to say why, or, when each
/// gives up at once, of `null` if no answer came in time or `false` if the
/// download stalled. A dataset or
/// the corrections leave the map once fetched, so a widget asking later
/// has them as they are then, and the page does not hold them.
pub async fn fetch_document(url: &str, base: &str, keep: bool) -> Result<String, Failure> {
    use crate::remote::{allowed_origins, is_allowed};
    // Each widget checks the origin for itself, whoever else is fetching.
    let target = resolve(url, base)?;
    let own = web_sys::Url::new(base).map(|u| u.origin()).unwrap_or_default();
    if !is_allowed(&target.origin(), &own, &allowed_origins()) {
        // An address with no origin of its own (`javascript:`, `data:`) is named by its scheme, not as "null".
        let origin = Some(target.origin()).filter(|o| o != "null").unwrap_or_else(|| target.protocol());
        return Err(Failure::OriginNotAllowed(origin));
    }
    let href = target.href();
    let key = JsValue::from(&href);
    let (global, symbol) = (js_sys::global(), JsValue::from(js_sys::Symbol::for_("stancemap.fetching.1")));
    let fetching = match js_sys::Reflect::get(&global, &symbol).ok().and_then(|map| map.dyn_into::<js_sys::Map>().ok()) {
        Some(map) => map,
        None => {
            let map = js_sys::Map::new();
            let _ = js_sys::Reflect::set(&global, &symbol, &map);
            map
        }
    };
    if let Ok(under_way) = fetching.get(&key).dyn_into::<js_sys::Promise>() {
        let shared = wasm_bindgen_futures::JsFuture::from(under_way).await.unwrap_or_default();
        if let Some(text) = shared.as_string() {
            return Ok(text);
        }
        // A server that kept the first widget waiting in vain is not asked again.
        if shared.is_null() {
            return Err(Failure::NoAnswer(ANSWER_WITHIN));
        }
        if shared == JsValue::FALSE {
            return Err(Failure::Stalled(ANSWER_WITHIN));
        }
        return fetch_once(&href).await;
    }
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |done, _| resolve = Some(done));
    fetching.set(&key, &promise);
    let fetched = fetch_once(&href).await;
    if fetched.is_err() || !keep {
        fetching.delete(&key);
    }
    if let Some(resolve) = resolve {
        let shared = match &fetched {
            Ok(text) => JsValue::from_str(text),
            Err(Failure::NoAnswer(_)) => JsValue::NULL,
            Err(Failure::Stalled(_)) => JsValue::FALSE,
            Err(_) => JsValue::UNDEFINED,
        };
        let _ = resolve.call1(&JsValue::UNDEFINED, &shared);
    }
    fetched
}

/// How long a server may take to begin its answer, or keep it waiting for
/// the next part of it, before the widget stops waiting (seconds).
pub const ANSWER_WITHIN: u32 = 15;

/// Fetches the document at `href` (an allowed origin's), without cookies,
/// refusing redirects and anything over the size cap. A server that has not
/// begun to answer within `ANSWER_WITHIN` seconds, or then sends nothing for
/// as long, is given up on, so that the widget starts with what it has and
/// says why, rather than leaving the reader before a first view that never
/// comes alive; an answer that keeps coming has all the time it needs.
async fn fetch_once(href: &str) -> Result<String, Failure> {
    use crate::remote::MAX_BYTES;
    use wasm_bindgen_futures::JsFuture;
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    // Not followed, but told apart from a network error, which an
    // editor would look for elsewhere.
    init.set_redirect(web_sys::RequestRedirect::Manual);
    let unreachable = |_| Failure::Unreachable;
    let controller = web_sys::AbortController::new().map_err(unreachable)?;
    init.set_signal(Some(&controller.signal()));
    // Waits for `step` with the timer set: aborted, the fetch fails it.
    let waited = async |step: js_sys::Promise| {
        let give_up = {
            let controller = controller.clone();
            gloo_timers::callback::Timeout::new(ANSWER_WITHIN * 1000, move || controller.abort())
        };
        let done = JsFuture::from(step).await;
        drop(give_up);
        done.map_err(|_| controller.signal().aborted())
    };
    let answered = waited(gloo_utils::window().fetch_with_str_and_init(href, &init)).await;
    let response: web_sys::Response = match answered {
        Err(true) => return Err(Failure::NoAnswer(ANSWER_WITHIN)),
        answered => answered.map_err(|_| Failure::Unreachable)?.dyn_into().map_err(unreachable)?,
    };
    if response.type_() == web_sys::ResponseType::Opaqueredirect {
        return Err(Failure::Redirected);
    }
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    let declared = response.headers().get("content-length").ok().flatten().and_then(|n| n.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BYTES) {
        return Err(Failure::TooLarge(MAX_BYTES / 1024));
    }
    // Read part by part, each within the wait, and no further than the cap.
    let Some(body) = response.body() else { return Ok(String::new()) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(declared.unwrap_or_default().min(MAX_BYTES));
    loop {
        let part = match waited(reader.read()).await {
            Ok(part) => part,
            Err(true) => return Err(Failure::Stalled(ANSWER_WITHIN)),
            Err(false) => return Err(Failure::Unreachable),
        };
        let field = |name: &str| js_sys::Reflect::get(&part, &JsValue::from_str(name)).unwrap_or_default();
        if field("done").is_truthy() {
            break;
        }
        let chunk: js_sys::Uint8Array = field("value").unchecked_into();
        let from = bytes.len();
        if from + chunk.length() as usize > MAX_BYTES {
            controller.abort();
            return Err(Failure::TooLarge(MAX_BYTES / 1024));
        }
        bytes.resize(from + chunk.length() as usize, 0);
        chunk.copy_to(&mut bytes[from..]);
    }
    // Without a byte order mark (some editors save one); a document in
    // another encoding is refused, not shown to readers with its letters
    // replaced (as `Response.text()` would show "caf�").
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|_| Failure::NotData("the document is not UTF-8 text".into()))
}
