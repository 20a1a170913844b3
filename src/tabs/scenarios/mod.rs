//! Scenarios: one picked, or two compared (`#scenarios/buffer-zone/frozen-conflict`).

mod view;

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::embed::HostEvent;
use crate::ids::ScenarioId;
use crate::model::Scenario;
use crate::notice::Unused;
use crate::state::Action as AppAction;
use crate::tabs::{opened, Link, RecordAttribute, Section, Tab, View, Written};
use crate::words::T;

/// The scenarios tab (`tabs::Section`).
pub struct ScenariosTab;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The scenario picked (the first when none is), and one to compare it with.
    pub picked: Option<ScenarioId>,
    pub versus: Option<ScenarioId>,
}

impl State {
    /// The scenario on screen: the one picked, else the first.
    pub fn shown<'a>(&self, data: &'a Dataset) -> Option<&'a Scenario> {
        self.picked.as_ref().and_then(|id| data.scenario(id)).or(data.records.scenarios.first())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Pick(Option<ScenarioId>),
    /// Compares the scenario shown (the first, where none is picked) with
    /// another, or with none: a link then names both.
    PickVersus { shown: ScenarioId, versus: Option<ScenarioId> },
    /// Opens a scenario in this tab, from anywhere.
    GoTo(ScenarioId),
}

impl Section for ScenariosTab {
    type State = State;
    type Action = Action;
    const SLUG: &'static str = "scenarios";
    const ATTRIBUTE: Option<RecordAttribute> = Some(("data-scenario", Unused::Scenario));
    const LABEL: T = T::TabScenarios;

    fn path(view: &mut View, link: &mut Link, data: &Dataset) {
        let s = &mut view.scenarios;
        s.picked = link.segment(Unused::Scenario, |id| data.scenario(id).is_some());
        s.versus = link.segment(Unused::Scenario, |id| data.scenario(id).is_some());
        if s.picked.is_none() {
            s.picked = s.versus.take();
        }
        // A scenario compared with itself is one scenario.
        if let Some(same) = s.versus.take_if(|versus| Some(&*versus) == s.picked.as_ref()) {
            link.dropped.push(Unused::Comparison(format!("{same}/{same}")));
        }
    }

    fn write(view: &View, link: &mut Written) {
        link.segment(view.scenarios.picked.as_deref());
        link.segment(view.scenarios.versus.as_deref());
    }

    fn apply(view: &mut View, action: Action) {
        let s = &mut view.scenarios;
        match action {
            Action::Pick(id) => {
                s.picked = id;
                if s.picked.is_none() || s.picked == s.versus {
                    s.versus = None;
                }
            }
            Action::PickVersus { shown, versus } => {
                s.versus = versus.filter(|id| id != &shown);
                s.picked = Some(shown);
            }
            Action::GoTo(id) => {
                view.tab = Tab::Scenarios;
                *s = State { picked: Some(id), versus: None };
            }
        }
    }

    /// Another scenario shown, or another compared with it (not none: as in
    /// the matrix's menus, going back to none is a step of its own).
    fn chosen(before: &View, after: &View, data: &Dataset) -> Option<String> {
        let (b, a) = (&before.scenarios, &after.scenarios);
        let list = match (b.shown(data).map(|s| &s.id) != a.shown(data).map(|s| &s.id), b.versus != a.versus && a.versus.is_some()) {
            (true, _) => "first",
            (false, true) => "second",
            (false, false) => return None,
        };
        (*after == View { scenarios: a.clone(), ..before.clone() }).then(|| format!("scenarios {list}"))
    }

    fn events(old: &View, new: &View, events: &mut Vec<HostEvent>) {
        opened(events, "scenario", old.scenarios.picked.as_ref(), new.scenarios.picked.as_ref());
        // The one compared with it is opened too.
        opened(events, "scenario", old.scenarios.versus.as_ref(), new.scenarios.versus.as_ref());
    }

    fn panel(view: View, on_action: Callback<AppAction>) -> Html {
        html! { <view::Scenarios {view} {on_action} /> }
    }
}
