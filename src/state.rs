//! All view state in one place: a plain `State` and the `Action`s that change it.
//!
//! `App` holds it with `use_reducer`; every reader action is an `Action`, so
//! each one can be tested natively as `state.apply(action)`.

use std::rc::Rc;

use yew::Reducible;

use crate::notice::Notice;
use crate::route::Parsed;
use crate::tabs::{Tab, TabAction, View};
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

    /// The theme a `data-theme` (or `?theme=`) value asks for, spaces
    /// around it and its case aside: none (or an empty one), or `auto`, is
    /// the system's; `Err` holds a value that names no theme.
    pub fn from_setting(value: Option<&str>) -> Result<Theme, &str> {
        match value.map(str::trim).filter(|value| !value.is_empty()) {
            None => Ok(Theme::Auto),
            Some(slug) => Theme::ALL.into_iter().find(|theme| theme.slug().eq_ignore_ascii_case(slug)).ok_or(slug),
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
    /// How many times a link inside the widget has taken the reader to
    /// another tab (an issue from the overview, the sources from the
    /// footer…), or away within one (an answer's "See also", whose answer
    /// closes: `Section::is_link`): each time, `navigation::use_follow`
    /// takes their focus and eyes there, since the link they used is no
    /// longer on screen.
    pub links_taken: u32,
    /// How many steps through the tab list with the keyboard (arrow keys,
    /// Home, End) in a row led to this view: the first writes a history
    /// entry, the others rewrite it, so one Back leaves them all.
    pub steps: u32,
    /// How many times the widget has read a view from the address (a link
    /// opened on the page, Back or Forward): each time, a link that names
    /// the view is tidied to the view's own, even where the view was on
    /// screen (`route::Painted::read`).
    pub navigations: u32,
    /// `links_taken` when a view was last read from the address: a link
    /// taken before it, whose move was still to come (`navigation::use_follow`),
    /// is superseded by it.
    pub links_superseded: u32,
}

/// What the reader does: switch tab, act within a tab (its own actions,
/// see `tabs`), follow a link, or set the widget itself up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The tab list selects a tab.
    ShowTab(Tab),
    /// The keyboard moves the tab list's selection to a tab.
    StepTab(Tab),
    /// A link inside the widget opens a tab (the footer's, the sources).
    GoTo(Tab),
    /// An action of one tab (`issues::Action::Toggle(id).into()`).
    Tab(TabAction),
    /// The URL changed (a link was opened, or back/forward pressed).
    Navigate(Box<Parsed>),
    DismissNotice,
    /// Tells the reader something about the widget itself (a dataset that did not load).
    Notify(Notice),
    /// The reader's language is on screen: a notice that it could not load is
    /// moot, and so is a search typed in the other.
    LanguageShown,
    SetTheme(Theme),
}

impl State {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = State { steps: 0, ..self.clone() };
        match action {
            Action::ShowTab(tab) => next.view.tab = tab,
            // (Home on the first tab, End on the last: no step, and the run goes on.)
            Action::StepTab(tab) if tab == self.view.tab => next.steps = self.steps,
            Action::StepTab(tab) => {
                next.view.tab = tab;
                next.steps = self.steps + 1;
            }
            Action::GoTo(tab) => {
                next.view.tab = tab;
                next.links_taken += 1;
            }
            Action::Tab(action) => {
                let link = action.is_link();
                action.apply(&mut next.view);
                // A tab's link to another tab (an issue's scenario, the deal on the matrix), or one within it.
                if link || next.view.tab != self.view.tab {
                    next.links_taken += 1;
                }
            }
            Action::Navigate(parsed) => {
                let Parsed { mut view, notices } = *parsed;
                self.view.followed_by(&mut view);
                next.view = view;
                next.notices = notices;
                next.navigations += 1;
                next.links_superseded = self.links_taken;
            }
            Action::DismissNotice => next.notices.clear(),
            Action::Notify(notice) => next.notices = vec![notice],
            Action::LanguageShown => {
                next.notices.retain(|n| !matches!(n, Notice::EditionUnavailable { .. }));
                // Words typed in one language find nothing in the other, and would hide the open answer.
                next.view.faq.query.clear();
            }
            Action::SetTheme(theme) => next.theme = theme,
        }
        next
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
