//! A position shown with an icon, a text label and a colour — never colour alone.

use yew::prelude::*;

use crate::model::Position;

#[derive(Properties, PartialEq)]
pub struct StanceBadgeProps {
    /// `None` is "no stated position".
    pub position: Option<Position>,
}

#[function_component(StanceBadge)]
pub fn stance_badge(props: &StanceBadgeProps) -> Html {
    let (slug, icon, label) = match props.position {
        Some(p) => (p.slug(), p.icon(), p.label()),
        None => ("none", "–", "No stated position"),
    };
    html! {
        <span class={classes!("sm-badge", format!("sm-pos-{slug}"))}>
            <span class="sm-badge-icon" aria-hidden="true">{ icon }</span>
            { label }
        </span>
    }
}
