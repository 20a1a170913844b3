//! A position shown with an icon, a text label and a colour — never colour alone.

use yew::prelude::*;

use crate::context::use_widget;
use crate::model::Position;
use crate::words::T;

#[derive(Properties, PartialEq)]
pub struct StanceBadgeProps {
    /// `None` is "no stated position".
    pub position: Option<Position>,
}

#[function_component(StanceBadge)]
pub fn stance_badge(props: &StanceBadgeProps) -> Html {
    let w = use_widget().words;
    let (slug, icon, label) = match props.position {
        Some(p) => (p.slug(), p.icon(), p.label()),
        None => ("none", "–", T::PositionNone),
    };
    html! {
        <span class={classes!("sm-badge", format!("sm-pos-{slug}"))}>
            <span class="sm-badge-icon" aria-hidden="true">{ icon }</span>
            { w.t(label) }
        </span>
    }
}
