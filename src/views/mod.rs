//! One module per tab the reader sees. Each takes the view state it needs and
//! a callback for the actions it can take.

pub mod actors;
pub mod deal;
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

/// What an item that opens in place (an issue card, an FAQ question) needs:
/// narrow, stable props, so opening one re-renders that one alone.
#[derive(Properties, PartialEq)]
pub struct ItemProps<Id: PartialEq> {
    /// The record's id.
    pub id: Id,
    pub open: bool,
    pub on_action: Callback<Action>,
}
