//! FAQ: the questions, one open at a time, and a search
//! (`#faq/article-5?q=nato`).

mod view;

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::embed::HostEvent;
use crate::ids::FaqId;
use crate::notice::Unused;
use crate::route::{decode_exactly, encode};
use crate::state::Action as AppAction;
use crate::tabs::{opened, toggle, Link, Section, Tab, View, Written};
use crate::words::T;

/// The longest search, in characters, kept and read from a link alike, so a
/// search survives its own link whole; the field takes no more (its
/// `maxlength` counts an emoji as two, so sometimes fewer).
pub const MAX_QUERY: usize = 100;

/// The faq tab (`tabs::Section`).
pub struct FaqTab;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The question that is open.
    pub open: Option<FaqId>,
    /// The search text.
    pub query: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Opens a question, or closes it if it is open.
    Toggle(FaqId),
    /// Opens a question in this tab, from anywhere, with every question
    /// shown (a search may have hidden it).
    GoTo(FaqId),
    Search(String),
}

impl Section for FaqTab {
    type State = State;
    type Action = Action;
    const SLUG: &'static str = "faq";
    const LABEL: T = T::TabFaq;
    const TEXT_PARAM: Option<&'static str> = Some("q");

    fn path(view: &mut View, link: &mut Link, data: &Dataset) {
        view.faq.open = link.segment(Unused::Question, |id| data.faq_entry(id).is_some());
    }

    fn param(view: &mut View, key: &str, value: &str, link: &mut Link, _: &Dataset) -> bool {
        if key == "q" {
            match decode_exactly(value) {
                Some(query) => view.faq.query = query.chars().take(MAX_QUERY).collect(),
                None => link.dropped.push(Unused::Setting(format!("q={value}"))),
            }
        }
        key == "q"
    }

    fn write(view: &View, link: &mut Written) {
        link.segment(view.faq.open.as_deref());
        if !view.faq.query.is_empty() {
            link.param("q", encode(&view.faq.query));
        }
    }

    fn apply(view: &mut View, action: Action) {
        match action {
            Action::Toggle(id) => view.faq.open = toggle(&view.faq.open, id),
            Action::GoTo(id) => {
                view.tab = Tab::Faq;
                view.faq = State { open: Some(id), query: String::new() };
            }
            Action::Search(query) => view.faq.query = query.chars().take(MAX_QUERY).collect(),
        }
    }

    fn is_link(action: &Action) -> bool {
        matches!(action, Action::GoTo(_))
    }

    fn typed(before: &View, after: &View) -> bool {
        *after == View { faq: State { query: after.faq.query.clone(), ..before.faq.clone() }, ..before.clone() }
    }

    fn events(old: &View, new: &View, events: &mut Vec<HostEvent>) {
        opened(events, "question", old.faq.open.as_ref(), new.faq.open.as_ref());
        if old.faq.query != new.faq.query {
            events.push(HostEvent::Search { query: new.faq.query.clone() });
        }
    }

    fn linked(view: &View) -> Option<[String; 2]> {
        view.faq.open.as_ref().map(|id| ["faq".into(), id.to_string()])
    }

    fn panel(view: View, on_action: Callback<AppAction>) -> Html {
        html! { <view::Faq {view} {on_action} /> }
    }
}
