//! All view state in one place: a plain `State` and the `Action`s that change it.
//!
//! `App` holds it with `use_reducer`; every reader action is an `Action`, so
//! each one can be tested natively as `state.apply(action)`.

use std::rc::Rc;

use yew::Reducible;

use crate::deal::Deal;
use crate::ids::{ActorId, FaqId, IssueId, OptionId, ScenarioId};
use crate::matrix::MatrixFilter;
use crate::notice::Notice;
use crate::model::Group;
use crate::route::{Cell, Parsed, Tab, View};
use crate::words::T;

/// The colour theme the reader picked; `Auto` follows the system.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self) -> T {
        match self {
            Theme::Auto => T::ThemeAuto,
            Theme::Light => T::ThemeLight,
            Theme::Dark => T::ThemeDark,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub view: View,
    /// What the reader should know about the widget itself: a link that
    /// could not be followed in full, a setting or a dataset that could not
    /// be used.
    pub notices: Vec<Notice>,
    pub theme: Theme,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    ShowTab(Tab),
    /// Opens an issue card, or closes it if it is open.
    ToggleIssue(IssueId),
    /// Opens an issue's card in the Issues tab, from anywhere.
    GoToIssue(IssueId),
    ShowActor(ActorId),
    SelectCell(Option<Cell>),
    FilterGroup(Option<Group>),
    FilterIssue(Option<IssueId>),
    ShowDisputedOnly(bool),
    /// The two actors to compare, each chosen or not yet.
    Compare(Option<ActorId>, Option<ActorId>),
    ClearFilters,
    PickScenario(Option<ScenarioId>),
    PickVersus(Option<ScenarioId>),
    /// Opens a scenario in the Scenarios tab, from anywhere.
    GoToScenario(ScenarioId),
    /// Chooses an option for an issue in the deal builder, or leaves it open.
    Choose { issue: IssueId, option: Option<OptionId> },
    /// Puts a whole package in the builder (a scenario's) and opens it there.
    LoadDeal(Deal),
    /// Leaves every issue open again.
    ClearDeal,
    /// Marks the deal's conflicts in the matrix, or stops.
    OverlayDeal(bool),
    /// Opens the matrix with the deal's conflicts marked.
    MarkDealInMatrix,
    ToggleFaq(FaqId),
    Search(String),
    /// The URL changed (a link was opened, or back/forward pressed).
    Navigate(Box<Parsed>),
    DismissNotice,
    /// Tells the reader something about the widget itself (a dataset that did not load).
    Notify(Notice),
    SetTheme(Theme),
}

impl State {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        let v = &mut next.view;
        match action {
            Action::ShowTab(tab) => v.tab = tab,
            Action::ToggleIssue(id) => v.issue = toggle(&v.issue, id),
            Action::GoToIssue(id) => {
                v.tab = Tab::Issues;
                v.issue = Some(id);
            }
            Action::ShowActor(id) => v.actor = Some(id),
            Action::SelectCell(cell) => v.cell = cell,
            Action::FilterGroup(group) => v.filter.group = group,
            Action::FilterIssue(issue) => v.filter.issue = issue,
            Action::ShowDisputedOnly(on) => v.filter.disputed = on,
            Action::Compare(first, second) => v.filter.compare = (first, second),
            Action::ClearFilters => v.filter = MatrixFilter::default(),
            Action::PickScenario(id) => {
                v.scenario = id;
                if v.scenario.is_none() || v.scenario == v.versus {
                    v.versus = None;
                }
            }
            Action::PickVersus(id) => v.versus = id.filter(|id| Some(id) != v.scenario.as_ref()),
            Action::GoToScenario(id) => {
                v.tab = Tab::Scenarios;
                v.scenario = Some(id);
                v.versus = None;
            }
            Action::Choose { issue, option } => v.deal.choose(&issue, option.as_ref()),
            Action::LoadDeal(deal) => {
                v.tab = Tab::Deal;
                v.deal = deal;
            }
            Action::ClearDeal => v.deal = Deal::default(),
            Action::OverlayDeal(on) => v.overlay = on,
            Action::MarkDealInMatrix => {
                v.tab = Tab::Matrix;
                v.overlay = true;
            }
            Action::ToggleFaq(id) => v.faq = toggle(&v.faq, id),
            Action::Search(query) => v.query = query,
            Action::Navigate(parsed) => {
                let mut parsed = *parsed;
                // Only the builder's own links always carry the package
                // (the matrix's only while marking it): elsewhere, keep it.
                if parsed.view.tab != Tab::Deal && parsed.view.deal.is_empty() {
                    parsed.view.deal = std::mem::take(&mut v.deal);
                }
                next.view = parsed.view;
                next.notices = parsed.notices;
            }
            Action::DismissNotice => next.notices.clear(),
            Action::Notify(notice) => next.notices = vec![notice],
            Action::SetTheme(theme) => next.theme = theme,
        }
        next
    }
}

fn toggle<Id: PartialEq>(open: &Option<Id>, id: Id) -> Option<Id> {
    if open.as_ref() == Some(&id) { None } else { Some(id) }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
