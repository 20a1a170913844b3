//! Overview: what is being negotiated. No state of its own; its links lead
//! to issues.

mod view;

use yew::prelude::*;

use crate::state::Action as AppAction;
use crate::tabs::{Section, View};
use crate::words::T;

/// The overview tab (`tabs::Section`).
pub struct OverviewTab;

/// Nothing to do here but read and follow links elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {}

impl Section for OverviewTab {
    type State = ();
    type Action = Action;
    const SLUG: &'static str = "overview";
    const LABEL: T = T::TabOverview;

    fn apply(_: &mut View, action: Action) {
        match action {}
    }

    fn panel(view: View, on_action: Callback<AppAction>) -> Html {
        html! { <view::Overview {view} {on_action} /> }
    }
}
