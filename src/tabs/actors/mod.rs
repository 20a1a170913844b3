//! Actors: one actor's profile at a time (`#actors/russia`).

mod view;

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::embed::HostEvent;
use crate::ids::ActorId;
use crate::notice::Unused;
use crate::state::Action as AppAction;
use crate::tabs::{opened, Link, RecordAttribute, Section, View, Written};
use crate::words::T;

/// The actors tab (`tabs::Section`).
pub struct ActorsTab;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The profile shown (the first actor when none is chosen).
    pub shown: Option<ActorId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Show(ActorId),
}

impl Section for ActorsTab {
    type State = State;
    type Action = Action;
    const SLUG: &'static str = "actors";
    const ATTRIBUTE: Option<RecordAttribute> = Some(("data-actor", Unused::Actor));
    const LABEL: T = T::TabActors;

    fn path(view: &mut View, link: &mut Link, data: &Dataset) {
        view.actors.shown = link.segment(Unused::Actor, |id| data.actor(id).is_some());
    }

    fn write(view: &View, link: &mut Written) {
        link.segment(view.actors.shown.as_deref());
    }

    fn apply(view: &mut View, Action::Show(id): Action) {
        view.actors.shown = Some(id);
    }

    fn events(old: &View, new: &View, events: &mut Vec<HostEvent>) {
        opened(events, "actor", old.actors.shown.as_ref(), new.actors.shown.as_ref());
    }

    /// The profile a link names (`#actors/russia`), below the chips that
    /// choose it: a screen or two of them on a phone.
    fn linked(view: &View) -> Option<[String; 2]> {
        view.actors.shown.as_ref().map(|_| ["actor".into(), "profile".into()])
    }

    fn panel(view: View, on_action: Callback<AppAction>) -> Html {
        html! { <view::Actors {view} {on_action} /> }
    }
}
