//! One module per tab the reader sees. Each takes the view state it needs and
//! a callback for the actions it can take.

pub mod actors;
pub mod faq;
pub mod issues;
pub mod matrix;
pub mod overview;
pub mod scenarios;
pub mod sources;

use yew::prelude::*;

use crate::route::View;
use crate::state::Action;

/// What every view receives.
#[derive(Properties, PartialEq)]
pub struct ViewProps {
    pub view: View,
    pub on_action: Callback<Action>,
}
