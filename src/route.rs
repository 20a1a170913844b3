//! A view's round trip through the URL fragment.
//!
//! `#matrix?group=european-state&disputed=1&cell=russia.territory` names a view
//! exactly, so any view can be linked and the back button can walk through them.
//! The slug names the tab; what follows is the tab's own syntax (see `tabs`).
//! Parsing never fails: whatever it cannot use, it drops, falling back to the
//! nearest valid view and saying what it dropped.

use crate::dataset::Dataset;
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
        let mut link = Link { segments: segments.into_iter(), dropped: Vec::new() };
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
        for param in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = param.split_once('=').unwrap_or((param, ""));
            if !tab.param(&mut view, key, value, &mut link, data) {
                link.dropped.push(Unused::Setting(key.to_string()));
            }
        }
        let notices = if link.dropped.is_empty() { Vec::new() } else { vec![Notice::LinkPartlyUsed(link.dropped)] };
        Parsed { view, notices }
    }
}

/// Whether `fragment` links to one of the widget's views: its path is empty
/// (the overview) or starts with a tab's slug, as `View::parse` reads it.
/// On an article whose fragment the widget owns, any other (`#comments`) is
/// the article's own, left alone (and so is one of its ids: `browser::links_a_view`).
pub fn names_a_view(fragment: &str) -> bool {
    split(fragment).0.first().is_none_or(|slug| Tab::from_slug(slug).is_some())
}

/// A fragment's non-empty path segments (the first is the tab's slug) and its query.
fn split(fragment: &str) -> (Vec<&str>, &str) {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
    (path.split('/').filter(|s| !s.is_empty()).collect(), query)
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
    String::from_utf8_lossy(&out).into_owned()
}
