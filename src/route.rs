//! A view's round trip through the URL fragment.
//!
//! `#matrix?group=european-state&disputed=1&cell=russia.territory` names a view
//! exactly, so any view can be linked and the back button can walk through them.
//! The slug names the tab; what follows is the tab's own syntax (see `tabs`).
//! Parsing never fails: whatever it cannot use, it drops, falling back to the
//! nearest valid view and saying what it dropped.

use crate::dataset::Dataset;
use crate::embed::History;
use crate::notice::{Notice, Unused};
use crate::tabs::{Link, Tab, View, Written};

/// A parsed fragment: the view, and notices of anything that had to be dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub view: View,
    pub notices: Vec<Notice>,
}

impl View {
    /// The fragment (without `#`) that names this view.
    pub fn to_fragment(&self) -> String {
        let mut link = Written::default();
        self.tab.write(self, &mut link);
        let mut path = self.tab.slug().to_string();
        for segment in link.segments {
            path.push('/');
            path.push_str(&segment);
        }
        if !link.params.is_empty() {
            let query: Vec<String> = link.params.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
            path.push('?');
            path.push_str(&query.join("&"));
        }
        path
    }

    /// Reads a fragment (with or without `#`) against the dataset's ids.
    pub fn parse(fragment: &str, data: &Dataset) -> Parsed {
        let (segments, query) = split(fragment);
        let mut link = Link { segments: segments.iter().map(String::as_str).collect::<Vec<_>>().into_iter(), dropped: Vec::new() };
        let mut view = View::default();
        if let Some(slug) = link.segments.next() {
            match Tab::from_slug(slug) {
                Some(tab) => view.tab = tab,
                None => return Parsed { view, notices: vec![Notice::UnknownView(slug.to_string())] },
            }
        }
        let tab = view.tab;
        tab.path(&mut view, &mut link, data);
        if link.segments.next().is_some() {
            link.dropped.push(Unused::RestOfAddress);
        }
        // Keys and ids in any case, as the path (`?Deal=Territory.Cede-Donbas`);
        // the reader's own text as written.
        let params: Vec<(&str, String, String)> = query.split('&').filter(|p| !p.is_empty()).map(|p| {
            let (key, value) = p.split_once('=').unwrap_or((p, ""));
            let key = key.to_ascii_lowercase();
            let value = if tab.text_param() == Some(key.as_str()) { value.to_string() } else { value.to_ascii_lowercase() };
            (p, key, value)
        }).collect();
        // A setting given twice: the last counts, and the reader is told of
        // the others (but those that say the same), not left with a view the
        // link did not show.
        let mut later = std::collections::HashMap::new();
        let last: Vec<Option<&str>> = params.iter().rev().map(|(_, key, value)| match later.get(key.as_str()) {
            Some(&shown) => Some(shown),
            None => {
                later.insert(key.as_str(), value.as_str());
                None
            }
        }).collect();
        for ((param, key, value), shown) in params.iter().zip(last.into_iter().rev()) {
            if let Some(shown) = shown {
                if shown != value {
                    link.dropped.push(Unused::Setting(param.to_string()));
                }
                continue;
            }
            if !tab.param(&mut view, key, value, &mut link, data) {
                link.dropped.push(Unused::Setting(key.to_string()));
            }
        }
        tab.finish(&mut view, &mut link, data);
        // Each part named once, however often the link repeats it.
        let mut named = std::collections::HashSet::new();
        let dropped: Vec<Unused> = link.dropped.into_iter().filter(|part| named.insert(part.clone())).collect();
        let notices = if dropped.is_empty() { Vec::new() } else { vec![Notice::LinkPartlyUsed(dropped)] };
        Parsed { view, notices }
    }
}

/// Where the page's address stands when a view on screen is to be written
/// into it, as the widget reads it from the page (`navigation::use_fragment`).
pub struct Address<'a> {
    /// The fragment now.
    pub now: &'a str,
    /// The fragment when the view was made: another now means the reader
    /// went back or forward meanwhile, and the address has moved on.
    pub then: &'a str,
    /// Whether `now` links one of the widget's views (`history::links_a_view`),
    /// not an article's own anchor.
    pub links_a_view: bool,
    /// Whether the address has no fragment at all (`history::bare`).
    pub bare: bool,
    /// The view as the address would carry it (`history::written`).
    pub written: &'a str,
    /// The view the entry on the address keeps (`history::kept_view`).
    pub kept: Option<&'a str>,
}

/// How the reader came to the view to be written.
pub struct Painted {
    /// It is the widget's start view: it rewrites the entry the page was
    /// opened with (a link tidied), so Back leaves the page as before; an
    /// article opened without a fragment keeps its address.
    pub first: bool,
    /// Keyboard steps through the tabs in a row (`State::steps`).
    pub steps: u32,
    /// Whether the entry on the address was written by the last such step.
    pub after_a_step: bool,
    /// Whether the view is another choice in the list whose choice wrote
    /// the entry on the address (`chosen`).
    pub again: bool,
    /// Whether the view on screen was read from the address (a link, Back,
    /// Forward: `State::navigations`): a link that names it otherwise is
    /// tidied, but an article's own address or anchor is never written over,
    /// whether the view stayed or changed (Back to a bare address whose
    /// entry keeps no view, the host's state being there, shows the start
    /// view: written, it would push an entry and cut off Forward).
    pub read: bool,
}

/// How a view enters the session history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A new entry, which Back leaves for the one before.
    Push,
    /// The current entry, rewritten.
    Replace,
}

/// How `view`, on screen, is written into the address at `at`, if at all:
/// not where the address already says it or has moved on, nor over an
/// article's own anchor (`#comments`) that the page was opened at or Back
/// returned to. Typing in the search box, tidying the link the page was
/// opened with, a further step through the tabs and a further choice in the
/// same list rewrite the entry; any other change is a move (`moved`).
pub fn entry(view: &View, at: &Address, how: &Painted, on_article: bool, history: History, data: &Dataset) -> Option<Entry> {
    let next = view.to_fragment();
    // On an article, an address without a fragment is the article's own, as
    // an anchor is: the start view the widget's attributes chose is not
    // written over it, and Back to it shows the view its entry kept.
    let links = at.links_a_view && !(on_article && at.bare);
    let anchor = on_article && !links && (how.first || how.read || at.kept == Some(next.as_str()));
    if at.now != at.then || at.now == at.written || anchor || (at.now.is_empty() && *view == View::default()) {
        return None;
    }
    // As links read them: the address carries only what its view's link does.
    let typed = at.links_a_view && View::only_typed(&View::parse(at.now, data).view, &View::parse(&next, data).view);
    Some(match how.first || typed || how.again || (how.steps > 1 && how.after_a_step) {
        true => Entry::Replace,
        false => moved(history, on_article, at.links_a_view, at.bare),
    })
}

/// How a move of the reader's from the address (`links_a_view`, `bare`, as
/// `Address` reads them) enters the history: a new entry, or, where the
/// widget is told to (`History::Replace`), the one it is on rewritten, but
/// for an article's own anchor (`#comments`), which keeps its entry.
pub fn moved(history: History, on_article: bool, links_a_view: bool, bare: bool) -> Entry {
    let anchor = on_article && !links_a_view && !bare;
    match history {
        History::Replace if !anchor => Entry::Replace,
        _ => Entry::Push,
    }
}

/// The list in which the view `next` (a fragment) chooses another item than
/// the address `now` shows, where it chooses one and nothing else changed
/// (`Section::chosen`: one issue's options in the deal, one of the matrix's
/// lists, either scenario menu). Choices in a row in one list are one history step
/// (`Painted::again`), however many options the arrow keys pass over.
pub fn chosen(now: &str, next: &str, data: &Dataset) -> Option<String> {
    View::chosen(&View::parse(now, data).view, &View::parse(next, data).view, data)
}

/// The view Back or Forward shows, as a fragment, on landing at the address
/// `now` (read as `Address` reads it): the one it names; on an article whose
/// address is its own (an anchor, or no fragment at all, as in `entry`), the
/// one its entry kept, else, at the bare address, the view its attributes
/// start on (`start`: a host's router keeps its own state there), and, at an
/// anchor, none: the view stays as it is.
pub fn returned_to(now: &str, links_a_view: bool, bare: bool, kept: Option<&str>, start: &str, on_article: bool) -> Option<String> {
    match on_article && (bare || !links_a_view) {
        false => Some(now.to_string()),
        true if bare => Some(kept.unwrap_or(start).to_string()),
        true => kept.map(str::to_string),
    }
}

/// Whether `fragment` links to one of the widget's views: its path is empty
/// (the overview) or starts with a tab's slug, as `View::parse` reads it.
/// On an article whose fragment the widget owns, any other (`#comments`) is
/// the article's own, left alone (and so is one of its ids: `history::links_a_view`).
pub fn names_a_view(fragment: &str) -> bool {
    split(fragment).0.first().is_none_or(|slug| Tab::from_slug(slug).is_some())
}

/// A fragment's non-empty path segments (the first is the tab's slug) and
/// its query. The path is read as a reader or a mail program may have
/// written it: its escapes decoded (`issues%2Fterr%69tory`) and in any case
/// (`#FAQ`): slugs and ids are lower-case words (`validate`). A segment
/// no id matches is echoed back as its characters (`notice::echo`, which
/// decodes): a `%` its escapes spell stays one (`%2541` is “%41”), and a
/// segment whose escapes spell no text stays as written, not “�”, while
/// the others are read.
fn split(fragment: &str) -> (Vec<String>, &str) {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
    let path = path.replace("%2F", "/").replace("%2f", "/");
    let segments = path.split('/').filter(|s| !s.is_empty()).map(|segment| {
        decode_exactly(segment).map_or_else(|| segment.to_string(), |text| text.replace('%', "%25")).to_ascii_lowercase()
    });
    (segments.collect(), query)
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes `%XX` escapes; malformed escapes stay as written and bad UTF-8 is replaced.
pub fn decode(text: &str) -> String {
    String::from_utf8_lossy(&unescaped(text)).into_owned()
}

/// Decodes `%XX` escapes as `decode` does, or none if they spell no UTF-8
/// text: for the reader's own words, which a replacement character would
/// change.
pub fn decode_exactly(text: &str) -> Option<String> {
    String::from_utf8(unescaped(text)).ok()
}

fn unescaped(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).and_then(|&b| hex(b)), bytes.get(i + 2).and_then(|&b| hex(b))) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}
