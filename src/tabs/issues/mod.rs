//! Issues: a card per issue, one open at a time (`#issues/territory`).

mod view;

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::embed::HostEvent;
use crate::ids::IssueId;
use crate::notice::Unused;
use crate::state::Action as AppAction;
use crate::tabs::{opened, toggle, Link, RecordAttribute, Section, Tab, View, Written};
use crate::words::T;

/// The issues tab (`tabs::Section`).
pub struct IssuesTab;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The card that is open.
    pub open: Option<IssueId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Opens a card, or closes it if it is open.
    Toggle(IssueId),
    /// Opens an issue's card in this tab, from anywhere.
    GoTo(IssueId),
}

impl Section for IssuesTab {
    type State = State;
    type Action = Action;
    const SLUG: &'static str = "issues";
    const ATTRIBUTE: Option<RecordAttribute> = Some(("data-issue", Unused::Issue));
    const LABEL: T = T::TabIssues;

    fn path(view: &mut View, link: &mut Link, data: &Dataset) {
        view.issues.open = link.segment(Unused::Issue, |id| data.issue(id).is_some());
    }

    fn write(view: &View, link: &mut Written) {
        link.segment(view.issues.open.as_deref());
    }

    fn apply(view: &mut View, action: Action) {
        match action {
            Action::Toggle(id) => view.issues.open = toggle(&view.issues.open, id),
            Action::GoTo(id) => {
                view.tab = Tab::Issues;
                view.issues.open = Some(id);
            }
        }
    }

    fn events(old: &View, new: &View, events: &mut Vec<HostEvent>) {
        opened(events, "issue", old.issues.open.as_ref(), new.issues.open.as_ref());
    }

    fn linked(view: &View) -> Option<[String; 2]> {
        view.issues.open.as_ref().map(|id| ["issue".into(), id.to_string()])
    }

    fn panel(view: View, on_action: Callback<AppAction>) -> Html {
        html! { <view::Issues {view} {on_action} /> }
    }
}
