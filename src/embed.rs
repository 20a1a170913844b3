//! How a newsroom configures an instance (attributes on its mount element),
//! what the host page hears from it (events), and the snippets that embed a view.
//!
//! Pure: attributes arrive as a lookup function, events leave as data.

use serde::Serialize;

use crate::dataset::Dataset;
use crate::files::{EMBED_SCRIPT, IFRAME_PAGE, LOADER, STANDALONE_PAGE};
use crate::lang::Lang;
use crate::notice::{Notice, Unused};
use crate::route::Parsed;
use crate::tabs::{Tab, View};
use crate::state::Theme;

/// How much of the widget's own frame to show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Chrome {
    /// The widget is the page: a main heading, description and theme switch.
    Standalone,
    /// The widget sits inside someone's article: the article has the heading.
    #[default]
    Embedded,
}

/// How an instance that owns the fragment writes the reader's moves into
/// the session history (`data-history`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A new entry for each move: Back walks back through the views.
    Push,
    /// The current entry rewritten: the address follows the view, and Back
    /// leaves the page as if the widget were not there (an iframe in an
    /// article, a single-page app that removes it).
    Replace,
}

/// An instance's settings, read from its mount element's `data-*` attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedConfig {
    pub start: Parsed,
    pub theme: Theme,
    /// Whether the instance reads and writes the page's URL fragment.
    pub owns_fragment: bool,
    /// How it writes the reader's moves into the session history, if it does.
    pub history: History,
    pub chrome: Chrome,
    /// A dataset to load in place of the bundled one (see `remote`).
    pub dataset_url: Option<String>,
    /// The language asked for; `None` leaves it to the page (see `mount`).
    pub lang: Option<Lang>,
    /// The view an article's prerendered first view shows, where the reader
    /// chose another there (a tab or link clicked) before the app took over
    /// (`mount`, from the loader's `data-stancemap-chosen`): the host hears
    /// that switch when the app starts. `read` leaves it `None`.
    pub left: Option<View>,
    /// The view the attributes start on, which the page's bare address
    /// shows (a link in the address may start the widget on another:
    /// `mount`). `read` makes it the start view.
    pub home: View,
}

/// The attributes `EmbedConfig::read` understands; the README documents
/// each. The first five ask for the start view (`VIEW_ATTRIBUTES`).
pub const ATTRIBUTES: [&str; 11] = [
    "data-view", "data-tab", "data-issue", "data-actor", "data-scenario", "data-theme", "data-fragment", "data-history", "data-chrome", "data-dataset-url", "data-lang",
];

impl EmbedConfig {
    /// Reads the attributes through `attr`. Anything unusable falls back to
    /// the default and is named in a notice of the start view's.
    pub fn read(attr: &dyn Fn(&str) -> Option<String>, data: &Dataset) -> EmbedConfig {
        // As a CMS's template may write them: an empty attribute is no
        // setting, spaces around a value are not part of it, and a tab, a
        // theme or a setting is read in any case ("Matrix", "Dark").
        let given = attr;
        let attr = &|name: &str| given(name).map(|value| value.trim().to_string()).filter(|value| !value.is_empty());
        let mut dropped = Vec::new();
        // A link to the view pasted whole (`https://…/#matrix`) is its
        // fragment; an empty one is no setting.
        let view = attr("data-view").map(|view| view.split_once('#').map_or(view.clone(), |(_, fragment)| fragment.to_string())).filter(|view| !view.is_empty());
        // A record named without its tab (`data-issue="territory"` alone)
        // opens on its tab; two, each of another tab, are both named unused.
        let tab = attr("data-tab").map(|tab| tab.to_ascii_lowercase()).or_else(|| {
            let mut named = Tab::ALL.iter().filter(|tab| tab.attribute().and_then(attr).is_some());
            match (named.next(), named.next()) {
                (Some(tab), None) => Some(tab.slug().to_string()),
                _ => None,
            }
        });
        let start = match &view {
            Some(view) => View::parse(view, data),
            None => View::parse(&shorthand(tab.as_deref(), attr), data),
        };
        // Settings, not a link: what of them could not be used is named as the embed's.
        for notice in start.notices {
            match notice {
                // (Named by the attribute that asked for it.)
                Notice::UnknownView(slug) if view.is_none() => dropped.push(Unused::Tab(attr("data-tab").unwrap_or(slug))),
                Notice::UnknownView(slug) => dropped.push(Unused::View(slug)),
                Notice::LinkPartlyUsed(parts) => dropped.extend(parts),
                _ => {} // (`View::parse` gives no other.)
            }
        }
        // Another tab's record, which the start view does not read
        // (`data-actor` on the issues tab; an empty one is none). Beside
        // `data-view`, which wins, the shorthand is not read at all.
        let read = tab.as_deref().and_then(Tab::from_slug).and_then(Tab::attribute);
        for (name, unused) in Tab::ALL.iter().filter_map(|tab| tab.record()).filter(|&(name, _)| read != Some(name) && view.is_none()) {
            if let Some(id) = attr(name) {
                dropped.push(unused(id));
            }
        }
        let theme = Theme::from_setting(attr("data-theme").as_deref()).unwrap_or_else(|other| {
            dropped.push(Unused::Theme(other.to_string()));
            Theme::Auto
        });
        let owns_fragment = choice(attr, "data-fragment", &[("none", false), ("own", true)], Unused::FragmentSetting, &mut dropped);
        let history = choice(attr, "data-history", &[("push", History::Push), ("replace", History::Replace)], Unused::HistorySetting, &mut dropped);
        // Without the fragment the widget writes no history to rewrite: said, not silently ignored.
        if history == History::Replace && !owns_fragment {
            dropped.push(Unused::HistorySetting("replace".into()));
        }
        let chrome = choice(attr, "data-chrome", &[("embedded", Chrome::Embedded), ("standalone", Chrome::Standalone)], Unused::Chrome, &mut dropped);
        let lang = attr("data-lang").and_then(|tag| {
            let lang = Lang::from_tag(&tag);
            if lang.is_none() {
                dropped.push(Unused::Language(tag));
            }
            lang
        });
        let notices = if dropped.is_empty() { Vec::new() } else { vec![Notice::EmbedPartlyUsed(dropped)] };
        let (home, start) = (start.view.clone(), Parsed { view: start.view, notices });
        let dataset_url = attr("data-dataset-url");
        EmbedConfig { start, theme, owns_fragment, history, chrome, dataset_url, lang, left: None, home }
    }
}

/// The value among `values` the attribute `name` asks for, in any case;
/// absent, the first; any other also the first, and named in `dropped` (`unused`).
fn choice<T: Copy>(attr: &dyn Fn(&str) -> Option<String>, name: &str, values: &[(&str, T)], unused: fn(String) -> Unused, dropped: &mut Vec<Unused>) -> T {
    let Some(asked) = attr(name) else { return values[0].1 };
    values.iter().find(|(value, _)| value.eq_ignore_ascii_case(&asked)).map(|&(_, chosen)| chosen).unwrap_or_else(|| {
        dropped.push(unused(asked));
        values[0].1
    })
}

/// The attributes that ask for the start view, which a link to a view replaces.
pub const VIEW_ATTRIBUTES: &[&str] = ATTRIBUTES.split_at(5).0;

/// `data-tab="issues" data-issue="territory"` as the fragment `issues/territory`.
fn shorthand(tab: Option<&str>, attr: &dyn Fn(&str) -> Option<String>) -> String {
    let tab = tab.unwrap_or_default();
    let id = Tab::from_slug(tab).and_then(Tab::attribute).and_then(attr);
    match id {
        Some(id) => format!("{tab}/{id}"),
        None => tab.to_string(),
    }
}

/// Something the host page may want to know, sent as a `CustomEvent` on the
/// mount element. The widget itself sends nothing anywhere.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum HostEvent {
    /// The reader switched tab. Event name `stancemap:view`.
    View { tab: &'static str, fragment: String },
    /// The reader opened something. Event name `stancemap:open`.
    Open { kind: &'static str, id: String },
    /// The reader searched the FAQ. Event name `stancemap:search`.
    Search { query: String },
    /// The reader changed the package in the deal builder: every choice
    /// now made, by issue. Event name `stancemap:deal`.
    Deal { choices: Vec<Choice> },
    /// The reader chose a theme in the widget (`auto`, `light`, `dark`), so
    /// that a site's own switch can follow; not sent when the widget follows
    /// the host's `data-theme`. Event name `stancemap:theme`.
    Theme { theme: &'static str },
}

/// One choice of a package, for the host page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub issue: String,
    pub option: String,
}

impl HostEvent {
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::View { .. } => "stancemap:view",
            HostEvent::Open { .. } => "stancemap:open",
            HostEvent::Search { .. } => "stancemap:search",
            HostEvent::Deal { .. } => "stancemap:deal",
            HostEvent::Theme { .. } => "stancemap:theme",
        }
    }

    /// What changed between two views, in the host's terms: the tab, then
    /// what each tab says of its own state (`tabs::Section::events`).
    pub fn between(old: &View, new: &View) -> Vec<HostEvent> {
        let mut events = Vec::new();
        if old.tab != new.tab {
            events.push(HostEvent::View { tab: new.tab.slug(), fragment: new.to_fragment() });
        }
        View::tab_events(old, new, &mut events);
        events
    }
}

/// HTML an editor pastes to embed `view` in an iframe, served from `base`,
/// in `lang`, showing the run-time `dataset` at that address if given;
/// `title` names the widget for screen readers. The iframe has no border
/// (the browser's default is an inset frame; `frameborder`, unlike a
/// `style` attribute, breaks no page's Content-Security-Policy), and may
/// write to the clipboard, so that "Embed this view" inside it can copy its
/// code as the reader clicks (without it, the code is selected instead).
/// Its height is a start: the loader reports the page's own as soon as its
/// first view paints, and where the loader never runs the iframe keeps this
/// one and scrolls inside.
pub fn iframe_snippet(base: &str, id: &str, view: &View, lang: Lang, dataset: Option<&str>, title: &str) -> String {
    let page = with_dataset(&format!("{base}{}?id={id}", page_name(IFRAME_PAGE, lang)), dataset);
    format!(
        "<iframe data-stancemap-embed=\"{id}\" src=\"{page}#{}\" title=\"{}\" width=\"100%\" height=\"900\" frameborder=\"0\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n<script src=\"{base}{EMBED_SCRIPT}\" async></script>",
        view.to_fragment(),
        crate::html_text::escape(title)
    )
}

/// HTML an editor pastes to mount `view` directly in the article page, in
/// `lang`, showing the run-time `dataset` at that address if given. Until
/// the app is styled, and for readers without JavaScript (or
/// where the page's policy blocks the wasm), the `<div>` shows its content:
/// a link to the view on the widget's own page, named by `title`.
pub fn mount_snippet(base: &str, view: &View, lang: Lang, dataset: Option<&str>, title: &str) -> String {
    use crate::html_text::escape;
    let attribute = dataset.map_or(String::new(), |address| format!(" data-dataset-url=\"{}\"", escape(address)));
    format!(
        "<div data-stancemap data-view=\"{}\" data-lang=\"{}\"{attribute}><a href=\"{}\">{}</a></div>\n<script type=\"module\" src=\"{base}{LOADER}\" async></script>",
        view.to_fragment(),
        lang.code(),
        escape(&standalone_link(base, view, lang, dataset)),
        escape(title)
    )
}

/// A link to `view` on the widget's standalone page served from `base`, in
/// `lang` (`index.uk.html`), showing the run-time `dataset` if given.
pub fn standalone_link(base: &str, view: &View, lang: Lang, dataset: Option<&str>) -> String {
    format!("{}#{}", with_dataset(&format!("{base}{}", page_name("", lang)), dataset), view.to_fragment())
}

/// `page` with `?dataset=` set to `dataset`'s address, if given.
fn with_dataset(page: &str, dataset: Option<&str>) -> String {
    with_param(page, "dataset", dataset.map(crate::route::encode).as_deref())
}

/// The build's page `name` (`embed.html`) in `lang`: `embed.uk.html`; the
/// standalone page (`""`) is `index.uk.html`. Each is prerendered in its
/// language, so a reader never sees another language first.
pub fn page_name(name: &str, lang: Lang) -> String {
    match (lang, name.rsplit_once('.')) {
        (Lang::En, _) => name.to_string(),
        (_, Some((stem, ext))) => format!("{stem}.{}.{ext}", lang.code()),
        (_, None) => format!("index.{}.html", lang.code()),
    }
}

/// `page` (an address without a fragment) of a page the widget owns, in
/// the folder of the build's files, as it shows `lang`. One of the build's
/// own pages by name (the standalone or the iframe page, in any language:
/// `page_name`; the folder, which serves the standalone `index.html`)
/// becomes that page in `lang`, prerendered in it, so that a reload or a
/// shared link never paints another language first; a page renamed, whose
/// other editions may not be beside it, takes `?lang=` set to `lang`, or
/// none where `lang` is its own (`default`, what its `<html lang>` makes it
/// show). Its other parameters are kept. (The folder's language is its
/// `index.html`'s, not the page's on screen: Back may land on the folder's
/// address from a page reloaded in another language.)
pub fn in_language(page: &str, lang: Lang, default: Lang) -> String {
    let (address, query) = page.split_once('?').unwrap_or((page, ""));
    let (folder, name) = address.rsplit_once('/').unwrap_or(("", address));
    let base = match name {
        // The folder serves the English index.html (as `Widget::link` has it).
        "" if lang == Lang::En => return with_param(page, "lang", None),
        "" => Some(STANDALONE_PAGE),
        name => [STANDALONE_PAGE, IFRAME_PAGE].into_iter().find(|&base| Lang::ALL.iter().any(|&l| page_name(base, l) == name)),
    };
    match base {
        Some(base) => with_param(&format!("{folder}/{}?{query}", page_name(base, lang)), "lang", None),
        None => with_param(page, "lang", (lang != default).then(|| lang.code())),
    }
}

/// `page` (an address without a fragment) without the settings pym.js
/// added to it, as the widget's links give it: they are the article's (its
/// address and title among them). Pym appends them last, from
/// `initialWidth` on, whatever it names the article's address.
pub fn without_framing(page: &str) -> String {
    let Some((address, query)) = page.split_once('?') else { return page.to_string() };
    let ours: Vec<&str> = query.split('&').take_while(|p| p.split_once('=').map_or(*p, |(key, _)| key) != "initialWidth").collect();
    if ours.iter().all(|p| p.is_empty()) { address.to_string() } else { format!("{address}?{}", ours.join("&")) }
}

/// `page` (an address without a fragment) with `?name=` set to `value`, at
/// the end, or without it (`None`); its other parameters are kept in order.
pub fn with_param(page: &str, name: &str, value: Option<&str>) -> String {
    let (address, query) = page.split_once('?').unwrap_or((page, ""));
    let own = |p: &&str| p.split_once('=').map_or(*p, |(key, _)| key) == name;
    let mut params: Vec<String> = query.split('&').filter(|p| !p.is_empty() && !own(p)).map(String::from).collect();
    params.extend(value.map(|value| format!("{name}={value}")));
    if params.is_empty() { address.to_string() } else { format!("{address}?{}", params.join("&")) }
}
