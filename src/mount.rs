//! Starts the widget in one `<div data-stancemap>`.
//!
//! `stancemap-loader.js` gives every `<div>` its own wasm instance (one
//! compiled module, instantiated per widget), so a crash stops only the
//! widget it happened in and the panic hook shows the error there, at the
//! cost of one wasm memory per widget but no extra request. Each instance
//! renders inside the host's shadow root, with the widget's one stylesheet
//! linked there: the host page's CSS cannot reach in, and ours cannot leak
//! out. A page built with the prerendered first view brings its shadow root
//! with it (declarative), and the app takes that view over; otherwise the
//! `<div>`'s own children (the static fallback) show through a slot until
//! the app is styled.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlLinkElement, ShadowRootInit, ShadowRootMode};

use yew::{AppHandle, Callback};

use crate::app::{App, AppProps};
use crate::dataset::Dataset;
use crate::edition::Edition;
use crate::lang::Lang;
use crate::notice::{Notice, SetUp, Unused};
use crate::words::{Words, T};
use crate::context::Page;
use crate::embed::{EmbedConfig, VIEW_ATTRIBUTES};
use crate::panic;
use crate::route::Parsed;
use crate::tabs::View;

/// The class of the slot that shows the host's fallback until the stylesheet loads.
pub const FALLBACK_SLOT: &str = "sm-fallback-slot";

/// The slot, and the name in the `slot` attribute of the loader's line, that
/// says an empty mount is loading until the app is on screen: the line stays
/// in the host (styled as the article's text), shown through the shadow root
/// while the app is hidden, and leaves once the app renders.
pub const LOADING_SLOT: &str = "stancemap-loading";

/// Marks the first view the build prerendered into a declarative shadow root.
pub const PRERENDERED: &str = "data-prerendered";

/// Set by the loader on a mount whose prerendered first view's reader chose
/// a tab, or followed a link to another view, before the app arrived (in an
/// article; on the own pages the choice goes into the address): the view to
/// start on, whatever else asks.
pub const CHOSEN: &str = "data-stancemap-chosen";

/// The footer's switches, by name (`switch`): a theme or a language the
/// reader chose on the prerendered first view before the app arrived is
/// kept by the loader in `data-stancemap-<name>` on the mount (`chosen`),
/// which the app starts with, over what the page asks, and removes.
pub const THEME: &str = "theme";
pub const LANG: &str = "lang";

/// The attribute the loader keeps the reader's choice of the setting `name` in.
fn chosen_attribute(name: &str) -> String {
    format!("data-stancemap-{name}")
}

/// What the reader chose of the setting `name` before the app arrived.
fn chosen(host: &Element, name: &str) -> Option<String> {
    host.get_attribute(&chosen_attribute(name))
}

/// Marks the app's root while it renders behind the prerendered first view.
pub const PENDING: &str = "data-pending";

/// Set on the host element once the app has rendered and is in charge.
pub const READY: &str = "data-stancemap-ready";
/// Marks the iframe page's mount: the loader reports its height to the host page.
pub const POST_HEIGHT: &str = "data-post-height";

/// Whether `host` is the iframe page's mount (`POST_HEIGHT`): the article,
/// not the page, sizes and scrolls it.
pub fn framed(host: &Element) -> bool {
    host.has_attribute(POST_HEIGHT)
}
/// Set by the loader on the iframe page's mount while the iframe's window
/// has a height it reported: the article sizes it (the host script, pym.js).
pub const SIZED: &str = "data-stancemap-sized";
/// The app's request, on the iframe page's mount, that the loader have the
/// article bring the element it carries into view (`browser::reveal`); not
/// one of the host events, which an article hears.
pub const REVEAL: &str = "stancemap:reveal";

/// Set on the host element when the widget could not start or crashed: the
/// stylesheet then shows the static fallback below the prerendered first
/// view, with the note it carries and without its controls, or below the
/// error. (The loader marks every widget it finds `data-stancemap-loader`
/// at once: a first view no loader came for turns static after a while.)
pub const FAILED: &str = "data-stancemap-failed";

thread_local! {
    /// The running instances, so that a host page can destroy one it removes.
    static RUNNING: RefCell<Vec<(Element, AppHandle<App>)>> = const { RefCell::new(Vec::new()) };
    /// Widgets not started yet, waiting for their language's edition or for
    /// the task their first render runs in: each host, with the root its app
    /// will render in (a widget removed and put back meanwhile waits again,
    /// with another).
    static LOADING: RefCell<Vec<(Element, Element)>> = const { RefCell::new(Vec::new()) };
}

/// Mounts the widget on `host`; `base` is the URL the widget's files are
/// served from (ending in `/`); `n` numbers the widget on the page, and its
/// element ids carry the number (`sm2-tab-matrix`), so a page's scripts can
/// tell one widget's elements from another's (each widget's shadow root
/// keeps their ids from clashing in any case).
pub fn mount(host: Element, base: &str, n: u32) {
    let document = gloo_utils::document();
    let own = own_page(&host, base);
    let prefix = format!("sm{n}");
    // The page's declarative shadow root (with the prerendered first view), or
    // one an earlier mount left, or a new one.
    let Some(shadow) = host.shadow_root().or_else(|| host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()) else { return };
    let Ok(root) = document.create_element("div") else { return };
    root.set_class_name(panic::MOUNT_CLASS);
    let _ = root.set_attribute("hidden", "");
    let stylesheet = format!("{base}{}", crate::files::STYLESHEET);
    let prerendered = shadow.query_selector(&format!(".{}[{PRERENDERED}]", panic::MOUNT_CLASS)).ok().flatten();
    let swap: Box<dyn Fn()> = match prerendered {
        // The prerendered view stays on screen, styled, while the app renders
        // hidden beside it; its first render replaces it in one step.
        Some(first_view) => {
            let _ = root.set_attribute(PENDING, "");
            let _ = first_view.after_with_node_1(&root);
            // A snippet's stylesheet address was written at build time; use
            // where the files really are. Compared resolved: a needless change
            // would unstyle the first view while the sheet loads again.
            if let Some(link) = shadow.query_selector("link[rel=stylesheet]").ok().flatten().and_then(|l| l.dyn_into::<HtmlLinkElement>().ok())
                && link.href() != stylesheet
            {
                link.set_href(&stylesheet);
            }
            let (root, shadow, prefix) = (root.clone(), shadow.clone(), prefix.clone());
            Box::new(move || {
                // A reader who had already reached a control keeps their place.
                let focused = shadow.active_element().filter(|e| first_view.contains(Some(e)));
                let again = focused.and_then(|e| counterpart(&e, &first_view, &root, &prefix));
                first_view.remove();
                let _ = root.remove_attribute(PENDING);
                if let Some(element) = again {
                    crate::browser::focus(&element, false);
                }
            })
        }
        // Until the stylesheet arrives the host's own children (the static
        // fallback) show through the slot and the app stays hidden; the
        // stylesheet itself hides the slot and reveals the app, so no script
        // waits on it and the reader never sees unstyled markup. An empty
        // host's line that the widget is loading shows until the app renders.
        None => {
            let (Ok(link), Ok(slot), Ok(loading)) = (document.create_element("link"), document.create_element("slot"), document.create_element("slot")) else { return };
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", &stylesheet);
            slot.set_class_name(FALLBACK_SLOT);
            let _ = loading.set_attribute("name", LOADING_SLOT);
            // (Emptied as nodes, not by writing HTML, which a page's Trusted Types would report.)
            shadow.replace_children_with_node_0();
            for node in [&link, &slot, &loading, &root] {
                let _ = shadow.append_child(node);
            }
            Box::new(|| {})
        }
    };
    let ready = host.clone();
    let on_rendered = Callback::from(move |()| {
        swap();
        if let Ok(Some(line)) = ready.query_selector(&format!(":scope > [slot={LOADING_SLOT}]")) {
            line.remove();
        }
        // For host pages (and tests): the app is in charge from here on,
        // unless it is not to be seen (its stylesheet did not load: the loader).
        if !ready.has_attribute(FAILED) {
            let _ = ready.set_attribute(READY, "");
        }
    });
    let base = base.to_string();
    let waiting = (host.clone(), root.clone());
    let start = {
        let base = base.clone();
        let host = host.clone();
        move |edition: Edition, config: EmbedConfig| {
            let page = match (own, config.owns_fragment) {
                (true, true) => {
                    let lang = page_language(&gloo_utils::document());
                    // A theme or language the address asks for and the widget
                    // could not use leaves it (the notice says so once), and
                    // one the reader chose before the app arrived goes into
                    // it, before the widget's links are made from it.
                    let chose = [THEME, LANG].iter().any(|name| chosen(&host, name).is_some());
                    if chose || config.start.notices.iter().any(Notice::refuses_theme_or_language) {
                        crate::history::set_page_settings(config.theme, edition.lang(), lang);
                    }
                    // (Not the settings pym.js adds to an iframe's address: its links would carry the article's.)
                    Page::Own { address: crate::embed::without_framing(&crate::history::page_address()).into(), lang }
                }
                (false, true) => Page::Host(crate::history::page_address().into()),
                (_, false) => Page::Widget,
            };
            panic::install(root.clone(), edition.words.t(T::PanicMessage), edition.lang());
            // A theme the reader chose before the app arrived is told to the
            // host as one chosen in the app is.
            if chosen(&host, THEME).is_some() {
                crate::browser::notify(&host, &crate::embed::HostEvent::Theme { theme: config.theme.slug() }, edition.lang());
            }
            for name in [CHOSEN.into(), chosen_attribute(THEME), chosen_attribute(LANG)] {
                let _ = host.remove_attribute(&name);
            }
            let props = AppProps { prefix: prefix.into(), config, edition, host: Some(host.clone()), base: base.into(), page, on_rendered };
            let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
            RUNNING.with(|running| running.borrow_mut().push((host, app)));
        }
    };
    // From here a failure (in the parse too: memory on a low-end phone)
    // shows its message in the widget, in the edition's language once the
    // app starts, rather than a first view that answers nothing.
    let words = Words::english();
    panic::install(waiting.1.clone(), words.t(T::PanicMessage), Lang::En);
    // The first view (prerendered, or the fallback) stays until the app
    // renders, unless the host page removes the widget meanwhile.
    LOADING.with(|loading| loading.borrow_mut().push(waiting.clone()));
    wasm_bindgen_futures::spawn_local(async move {
        let english = Edition::english_in_steps(words).await;
        // Removed meanwhile: nothing to configure or fetch.
        if !LOADING.with(|loading| loading.borrow().contains(&waiting)) {
            return;
        }
        let (mut config, lang) = configure(&host, own, &english.data);
        // A run-time dataset comes in one language, the newsroom's, and is
        // the data the app starts with: the start view's ids (a link to one
        // of its issues) are read against its own, and the reader never sees
        // the bundled data swapped for it. Any failure keeps the bundled
        // data and says why. Another language's edition is a file beside the app.
        let (english, refused) = match &config.dataset_url {
            Some(url) => match crate::fetch::fetch_document(url, &base, false).await.and_then(|text| crate::fetch::resolve(url, &base).and_then(|address| crate::remote::accept(&text, &address.href()))) {
                Ok(dataset) => (Edition { data: std::rc::Rc::new(dataset), ..english }, None),
                Err(reason) => (english, Some(Notice::DatasetRefused { url: url.clone(), reason })),
            },
            None => (english, None),
        };
        // Refused, it is as if none had been asked for: the bundled data, in
        // the reader's language, with the switch between languages.
        if refused.is_some() {
            config.dataset_url = None;
        }
        let load = async |lang: Lang| if lang == Lang::En || config.dataset_url.is_some() { Ok(english.clone()) } else { Edition::load(lang, &base).await };
        let mut loaded = load(lang).await;
        // A language the reader chose on the first view meanwhile (`chosen`): that one's.
        let lang = match language(&config, own, &host) {
            Ok(chosen) if chosen != lang => {
                loaded = load(chosen).await;
                chosen
            }
            _ => lang,
        };
        // The first render is a task of its own: after a parse, in one task,
        // a slow phone's reader would wait for both to answer a tap (and
        // Lighthouse counted them as one long task).
        crate::browser::next_task().await;
        if LOADING.with(|loading| take(&mut loading.borrow_mut(), |w| *w == waiting)).is_none() {
            return;
        }
        // The view and theme read again: the reader may have chosen another
        // view (a tab of the prerendered one), or the page another theme,
        // meanwhile. The rest was settled before.
        let again = configure(&host, own, &english.data).0;
        let mut config = EmbedConfig { start: again.start, theme: again.theme, left: again.left, home: again.home, ..config };
        config.start.notices.extend(refused);
        let edition = match loaded {
            Ok(edition) => Some(edition),
            Err(reason) => {
                config.start.notices.push(Notice::EditionUnavailable { lang, reason });
                None
            }
        };
        // Whoever sets the page up reads the console, not the widget (nor
        // can a reader mend a setting): what of the setup it could not use,
        // there too, in English, with the mount it concerns.
        let framed = framed(&host);
        let page = SetUp { framed, named_dataset: framed || host.get_attribute("data-dataset-url").is_some_and(|url| !url.trim().is_empty()) };
        for notice in config.start.notices.iter().filter(|n| n.concerns_the_setup(page)) {
            let remedy = notice.remedy().map(|r| format!(" To mend it: {r}.")).unwrap_or_default();
            web_sys::console::warn_2(&format!("Stancemap: {}{remedy}", notice.words(&english.words)).into(), host.as_ref());
        }
        start(edition.unwrap_or(english), config)
    });
}

/// What in the app's root `within` stands where `element` stood in the
/// first view `from` it replaces (the same components, rendered at build
/// time): the element of its id under the app's `prefix`, else, for one
/// without (a link in running text), the how-manyth link to the same view
/// (the first view's are written as fragments, the app's in full) or
/// button with the same words it was.
fn counterpart(element: &Element, from: &Element, within: &Element, prefix: &str) -> Option<Element> {
    if let Some((_, rest)) = element.id().split_once('-') {
        return crate::browser::by_id(within, &format!("{prefix}-{rest}"));
    }
    let view = |e: &Element| e.get_attribute("href").map(|href| href.rsplit_once('#').map_or(href.clone(), |(_, fragment)| fragment.to_string()));
    // A switch's button by what it sets (`value`): its label may be in another language now.
    let named = |e: &Element| e.get_attribute("value").or_else(|| e.text_content());
    let alike = |e: &Element| e.tag_name() == element.tag_name() && view(e) == view(element) && named(e) == named(element);
    let all = |root: &Element| {
        let found = root.query_selector_all("a[href], button").ok()?;
        Some((0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()).filter(alike).collect::<Vec<_>>())
    };
    let n = all(from)?.iter().position(|e| e == element)?;
    all(within)?.into_iter().nth(n)
}

/// Removes from `list` the first item that `is`, and returns it.
fn take<T>(list: &mut Vec<T>, is: impl Fn(&T) -> bool) -> Option<T> {
    let at = list.iter().position(is)?;
    Some(list.swap_remove(at))
}

/// The settings the host's attributes and the page's address ask for, and
/// the language to start in.
fn configure(host: &Element, own: bool, data: &Dataset) -> (EmbedConfig, Lang) {
    // On the build's own pages `?theme=` stands in for `data-theme` (an
    // iframe cannot see its article's own dark mode) and `?history=` for
    // `data-history` (an article that wants Back to leave it, not walk its iframe's views).
    let attr = |name: &str| {
        let query = name.strip_prefix("data-").filter(|q| own && ["theme", "history"].contains(q));
        let reader = (name == "data-theme").then(|| chosen(host, THEME)).flatten();
        reader.or_else(|| host.get_attribute(name)).or_else(|| query.and_then(crate::history::query_param))
    };
    let mut config = EmbedConfig::read(&attr, data);
    if config.owns_fragment {
        // An instance that owns the page's URL starts on the linked view, so
        // its first render is the right one; on the build's own pages it
        // also takes `?dataset=` from it. Never on an article: a crafted
        // link to it would show other records under the newsroom's address
        // (its page names its dataset with `data-dataset-url`).
        if own && config.dataset_url.is_none() {
            config.dataset_url = crate::history::query_param("dataset");
        }
        // On an article, the article's own anchors (`#comments`) are not links to a view.
        let fragment = crate::history::fragment();
        if !fragment.is_empty() && (own || crate::history::links_a_view(&fragment)) {
            // The link replaces the start view the attributes ask for: what
            // of the other settings could not be used is still named
            // (`?theme=drak`), with the link's own, but not a misspelt
            // `data-tab` the link made moot.
            let settings = EmbedConfig::read(&|name| if VIEW_ATTRIBUTES.contains(&name) { None } else { attr(name) }, data);
            let linked = View::parse(&fragment, data);
            config.start = Parsed { view: linked.view, notices: settings.start.notices.into_iter().chain(linked.notices).collect() };
        }
    }
    if let Some(chosen) = host.get_attribute(CHOSEN) {
        config.start.view = View::parse(&chosen, data).view;
        // What an article's prerendered first view shows: its attributes'
        // start view (the build's, unless the newsroom changed them), not a link's.
        config.left = Some(config.home.clone()).filter(|shown| *shown != config.start.view);
    }
    // A language the page's address asks for and the widget does not speak: the page's own.
    let lang = language(&config, own, host).unwrap_or_else(|tag| {
        config.start.notices.push(Notice::LinkPartlyUsed(vec![Unused::Language(tag)]));
        place_language(host)
    });
    config.start.notices = Notice::gather(std::mem::take(&mut config.start.notices), own);
    (config, lang)
}

/// Whether the widget is on a page of the build's own: the standalone page
/// or the iframe page, whose address (`?lang=`, `?theme=`, and the page's
/// name for its language: `embed::in_language`) it may read and write.
/// They are marked so (`data-chrome="standalone"`, `data-post-height`) and
/// sit beside the widget's files, at `base`: an article that asks for the
/// standalone chrome is still the newsroom's page.
fn own_page(host: &Element, base: &str) -> bool {
    let marked = host.get_attribute("data-chrome").as_deref() == Some("standalone") || framed(host);
    marked && web_sys::Url::new_with_base("./", &crate::history::page_address()).is_ok_and(|folder| folder.href() == base)
}

/// The language the reader chose before the app arrived (`chosen`), else
/// the one `config` and the page ask for: `data-lang`, else `?lang=` on
/// the build's own pages (standalone or iframe), else the language of the
/// mount's place in the page (`place_language`). `Err` holds a `?lang=` the
/// widget does not speak.
fn language(config: &EmbedConfig, own: bool, host: &Element) -> Result<Lang, String> {
    if let Some(lang) = chosen(host, LANG).and_then(|tag| Lang::from_tag(&tag)) {
        return Ok(lang);
    }
    if let Some(lang) = config.lang {
        return Ok(lang);
    }
    if let Some(tag) = own.then(|| crate::history::query_param("lang")).flatten() {
        return Lang::from_tag(&tag).ok_or(tag);
    }
    Ok(place_language(host))
}

/// The language HTML gives the mount: the `lang` of the mount or of its
/// nearest ancestor with one (an article's Ukrainian passage, else its
/// `<html lang>`), when the widget speaks it; else English.
fn place_language(host: &Element) -> Lang {
    let tag = host.closest("[lang]").ok().flatten().and_then(|place| place.get_attribute("lang")).unwrap_or_default();
    Lang::from_tag(&tag).unwrap_or_default()
}

/// The page's `<html lang>`, when the widget speaks it; else English.
fn page_language(document: &web_sys::Document) -> Lang {
    let tag = document.document_element().and_then(|html| html.get_attribute("lang")).unwrap_or_default();
    Lang::from_tag(&tag).unwrap_or_default()
}

/// Destroys the instance mounted on `host`, freeing its memory; the host
/// element can be removed or mounted again.
pub fn unmount(host: &Element) {
    if let Some((_, app)) = RUNNING.with(|running| take(&mut running.borrow_mut(), |(h, _)| h == host)) {
        app.destroy();
    }
    let _ = host.remove_attribute(READY);
    LOADING.with(|loading| loading.borrow_mut().retain(|(waiting, _)| waiting != host));
    if let Some(shadow) = host.shadow_root() {
        shadow.replace_children_with_node_0();
    }
}

