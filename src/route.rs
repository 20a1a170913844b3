//! What the reader is looking at (`View`), and its round trip through the URL fragment.
//!
//! `#matrix?group=european-state&disputed=1&cell=russia.territory` names a view
//! exactly, so any view can be linked and the back button can walk through them.
//! Parsing never fails: whatever it cannot use, it drops, falling back to the
//! nearest valid view and saying what it dropped.

use crate::dataset::Dataset;
use crate::deal::Deal;
use crate::ids::{ActorId, FaqId, IssueId, ScenarioId};
use crate::matrix::MatrixFilter;
use crate::notice::{Notice, Unused};
use crate::model::Group;
use crate::words::T;

/// The explainer's tabs, in the order the reader sees them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    Overview,
    Issues,
    Actors,
    Matrix,
    Scenarios,
    Deal,
    Faq,
    Sources,
}

impl Tab {
    pub const ALL: [Tab; 8] = [Tab::Overview, Tab::Issues, Tab::Actors, Tab::Matrix, Tab::Scenarios, Tab::Deal, Tab::Faq, Tab::Sources];

    pub fn slug(self) -> &'static str {
        match self {
            Tab::Overview => "overview",
            Tab::Issues => "issues",
            Tab::Actors => "actors",
            Tab::Matrix => "matrix",
            Tab::Scenarios => "scenarios",
            Tab::Deal => "deal",
            Tab::Faq => "faq",
            Tab::Sources => "sources",
        }
    }

    pub fn label(self) -> T {
        match self {
            Tab::Overview => T::TabOverview,
            Tab::Issues => T::TabIssues,
            Tab::Actors => T::TabActors,
            Tab::Matrix => T::TabMatrix,
            Tab::Scenarios => T::TabScenarios,
            Tab::Deal => T::TabDeal,
            Tab::Faq => T::TabFaq,
            Tab::Sources => T::TabSources,
        }
    }

    pub fn from_slug(slug: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.slug() == slug)
    }
}

/// One actor's stance on one issue: a cell of the stance matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub actor: ActorId,
    pub issue: IssueId,
}

impl Cell {
    /// The one way a cell is written, in links and on the matrix's buttons:
    /// `actor.issue` (ids never contain a dot).
    pub fn key(&self) -> String {
        format!("{}.{}", self.actor, self.issue)
    }

    /// Reads what `key` wrote; ids are not checked here.
    pub fn from_key(key: &str) -> Option<Cell> {
        key.split_once('.').map(|(actor, issue)| Cell { actor: actor.into(), issue: issue.into() })
    }
}

/// Everything that decides what the reader sees. Each tab keeps its own
/// selections, so coming back to a tab finds it as it was left.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    pub tab: Tab,
    /// Issues: the card that is open.
    pub issue: Option<IssueId>,
    /// Actors: the profile shown.
    pub actor: Option<ActorId>,
    /// Matrix: the cell whose detail is open.
    pub cell: Option<Cell>,
    /// Matrix: the filters above it.
    pub filter: MatrixFilter,
    /// Scenarios: the one picked, and optionally one to compare it with.
    pub scenario: Option<ScenarioId>,
    pub versus: Option<ScenarioId>,
    /// Build a deal: the reader's package. The matrix marks its conflicts when `overlay` is on.
    pub deal: Deal,
    pub overlay: bool,
    /// FAQ: the question that is open, and the search text.
    pub faq: Option<FaqId>,
    pub query: String,
}

/// A parsed fragment: the view, and notices of anything that had to be dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub view: View,
    pub notices: Vec<Notice>,
}

impl View {
    /// The fragment (without `#`) that names this view.
    pub fn to_fragment(&self) -> String {
        let mut path = self.tab.slug().to_string();
        let mut params: Vec<(&str, String)> = Vec::new();
        let mut segment = |id: Option<&str>| {
            if let Some(id) = id {
                path.push('/');
                path.push_str(id);
            }
        };
        match self.tab {
            Tab::Overview | Tab::Sources => {}
            Tab::Deal => {
                if !self.deal.is_empty() {
                    params.push(("deal", deal_param(&self.deal)));
                }
            }
            Tab::Issues => segment(self.issue.as_deref()),
            Tab::Actors => segment(self.actor.as_deref()),
            Tab::Scenarios => {
                segment(self.scenario.as_deref());
                segment(self.versus.as_deref());
            }
            Tab::Faq => {
                segment(self.faq.as_deref());
                if !self.query.is_empty() {
                    params.push(("q", encode(&self.query)));
                }
            }
            Tab::Matrix => {
                let f = &self.filter;
                if let Some(g) = f.group {
                    params.push(("group", g.slug().into()));
                }
                if let Some(c) = &f.issue {
                    params.push(("issue", c.to_string()));
                }
                if f.disputed {
                    params.push(("disputed", "1".into()));
                }
                if let Some((a, b)) = f.comparing() {
                    params.push(("compare", format!("{a}.{b}")));
                }
                if let Some(c) = &self.cell {
                    params.push(("cell", c.key()));
                }
                if self.overlay && !self.deal.is_empty() {
                    params.push(("deal", deal_param(&self.deal)));
                }
            }
        }
        if !params.is_empty() {
            let query: Vec<String> = params.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
            path.push('?');
            path.push_str(&query.join("&"));
        }
        path
    }

    /// Reads a fragment (with or without `#`) against the dataset's ids.
    pub fn parse(fragment: &str, data: &Dataset) -> Parsed {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        let mut dropped: Vec<Unused> = Vec::new();
        let mut view = View::default();

        match segments.next() {
            None => {}
            Some(slug) => match Tab::from_slug(slug) {
                Some(tab) => view.tab = tab,
                None => {
                    return Parsed { view, notices: vec![Notice::UnknownView(slug.to_string())] };
                }
            },
        }
        match view.tab {
            Tab::Issues => view.issue = known(&mut dropped, Unused::Issue, segments.next(), &|id| data.issue(id).is_some()),
            Tab::Actors => view.actor = known(&mut dropped, Unused::Actor, segments.next(), &|id| data.actor(id).is_some()),
            Tab::Scenarios => {
                view.scenario = known(&mut dropped, Unused::Scenario, segments.next(), &|id| data.scenario(id).is_some());
                view.versus = known(&mut dropped, Unused::Scenario, segments.next(), &|id| data.scenario(id).is_some());
                if view.scenario.is_none() {
                    view.scenario = view.versus.take();
                }
            }
            Tab::Faq => view.faq = known(&mut dropped, Unused::Question, segments.next(), &|id| data.faq_entry(id).is_some()),
            Tab::Overview | Tab::Matrix | Tab::Deal | Tab::Sources => {}
        }
        if segments.next().is_some() {
            dropped.push(Unused::RestOfAddress);
        }

        let pair = |v: &str| v.split_once('.').map(|(a, b)| (ActorId::from(a), ActorId::from(b)));
        for param in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = param.split_once('=').unwrap_or((param, ""));
            match (view.tab, key) {
                (Tab::Faq, "q") => view.query = decode(value).chars().take(MAX_QUERY).collect(),
                (Tab::Matrix, "group") => match Group::from_slug(value) {
                    Some(g) => view.filter.group = Some(g),
                    None => dropped.push(Unused::Group(value.to_string())),
                },
                (Tab::Matrix, "issue") => view.filter.issue = known(&mut dropped, Unused::Issue, Some(value), &|id| data.issue(id).is_some()),
                (Tab::Matrix, "disputed") => view.filter.disputed = value == "1",
                (Tab::Matrix, "compare") => match pair(value) {
                    Some((a, b)) if data.actor(&a).is_some() && data.actor(&b).is_some() && a != b => view.filter.compare = (Some(a), Some(b)),
                    _ => dropped.push(Unused::Comparison(value.to_string())),
                },
                (Tab::Matrix, "cell") => match Cell::from_key(value) {
                    Some(cell) if data.actor(&cell.actor).is_some() && data.issue(&cell.issue).is_some() => view.cell = Some(cell),
                    _ => dropped.push(Unused::Cell(value.to_string())),
                },
                (Tab::Deal | Tab::Matrix, "deal") => {
                    for choice in value.split(',').filter(|c| !c.is_empty()) {
                        match choice.split_once('.') {
                            Some((issue, option)) => match data.option(&option.into()).filter(|o| o.issue == issue) {
                                Some(o) => view.deal.choose(&o.issue, Some(&o.id)),
                                None => dropped.push(Unused::Choice(choice.to_string())),
                            },
                            _ => dropped.push(Unused::Choice(choice.to_string())),
                        }
                    }
                    view.overlay = view.tab == Tab::Matrix && !view.deal.is_empty();
                }
                _ => dropped.push(Unused::Setting(key.to_string())),
            }
        }
        let notices = if dropped.is_empty() { Vec::new() } else { vec![Notice::LinkPartlyUsed(dropped)] };
        Parsed { view, notices }
    }
}

/// `id` if `exists` says the dataset has it; otherwise notes it as dropped.
fn known<Id: for<'a> From<&'a str>>(dropped: &mut Vec<Unused>, what: fn(String) -> Unused, id: Option<&str>, exists: &dyn Fn(&Id) -> bool) -> Option<Id> {
    let id = id?;
    if exists(&id.into()) {
        Some(id.into())
    } else {
        dropped.push(what(id.to_string()));
        None
    }
}

/// A package as links write it: `issue.option` pairs, comma-separated.
fn deal_param(deal: &Deal) -> String {
    deal.choices().map(|(issue, option)| format!("{issue}.{option}")).collect::<Vec<_>>().join(",")
}

/// The longest FAQ search we keep from a link.
const MAX_QUERY: usize = 100;

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
