//! Sources: the documents, the corrections and the data. A citation
//! anywhere in the widget links to its document's entry here
//! (`#sources/berlin-talks`).

mod view;

use yew::prelude::*;


use crate::dataset::{Citations, Dataset};
use crate::embed::HostEvent;
use crate::ids::SourceId;
use crate::notice::Unused;
use crate::state::Action as AppAction;
use crate::tabs::{opened, Link, Section, Tab, View, Written};
use crate::words::{Words, P, T};

/// What cites a document, as its entry says: every kind of record that
/// does, with its count, and none that does not (nor a count of quotes
/// when no stance quotes it).
pub fn cited_by(c: &Citations, w: &Words) -> String {
    let quotes = c.quotes.to_string();
    let stances = match c.quotes {
        0 => (P::SourcesStances, &[][..]),
        _ => (P::SourcesStancesQuoted, &[("quotes", quotes.as_str())][..]),
    };
    let kinds = [
        (c.issues, P::SourcesIssues, &[][..]),
        (c.stances, stances.0, stances.1),
        (c.people, P::SourcesPeople, &[]),
        (c.options, P::SourcesOptions, &[]),
        (c.reactions, P::SourcesReactions, &[]),
        (c.scenarios, P::SourcesScenarios, &[]),
        (c.receptions, P::SourcesReceptions, &[]),
        (c.faq, P::SourcesFaq, &[]),
        (c.figures, P::SourcesFigures, &[]),
        (c.events, P::SourcesEvents, &[]),
        (c.terms, P::SourcesTerms, &[]),
    ];
    let records: Vec<String> = kinds.into_iter().filter(|&(n, ..)| n > 0).map(|(n, key, args)| w.n(key, n, args)).collect();
    match records.is_empty() {
        true => w.t(T::SourcesUncited).to_string(),
        false => w.f(T::SourcesCited, &[("records", &w.list(&records))]),
    }
}

/// The sources tab (`tabs::Section`).
pub struct SourcesTab;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The document a citation took the reader to.
    pub shown: Option<SourceId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// A citation takes the reader to its document's entry, from anywhere.
    Show(SourceId),
}

impl Section for SourcesTab {
    type State = State;
    type Action = Action;
    const SLUG: &'static str = "sources";
    const LABEL: T = T::TabSources;

    fn path(view: &mut View, link: &mut Link, data: &Dataset) {
        view.sources.shown = link.segment(Unused::Source, |id| data.source(id).is_some());
    }

    fn write(view: &View, link: &mut Written) {
        link.segment(view.sources.shown.as_deref());
    }

    fn apply(view: &mut View, action: Action) {
        match action {
            Action::Show(id) => {
                view.tab = Tab::Sources;
                view.sources.shown = Some(id);
            }
        }
    }

    fn events(old: &View, new: &View, events: &mut Vec<HostEvent>) {
        opened(events, "source", old.sources.shown.as_ref(), new.sources.shown.as_ref());
    }

    fn linked(view: &View) -> Option<[String; 2]> {
        view.sources.shown.as_ref().map(|id| ["source".into(), id.to_string()])
    }

    fn panel(view: View, _: Callback<AppAction>) -> Html {
        html! { <view::Sources shown={view.sources.shown} /> }
    }
}
