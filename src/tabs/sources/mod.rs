//! Sources: the documents, the corrections and the data. No state of its own.

mod view;

use yew::prelude::*;

pub use view::{CORRECTIONS_JSON, DATA_CSV, DATA_JSON};

use crate::state::Action as AppAction;
use crate::tabs::{Section, View};
use crate::words::T;

/// The sources tab (`tabs::Section`).
pub struct SourcesTab;

/// Nothing to do here but read and follow links elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {}

impl Section for SourcesTab {
    type State = ();
    type Action = Action;
    const SLUG: &'static str = "sources";
    const LABEL: T = T::TabSources;

    fn apply(_: &mut View, action: Action) {
        match action {}
    }

    fn panel(_: View, _: Callback<AppAction>) -> Html {
        html! { <view::Sources /> }
    }
}
