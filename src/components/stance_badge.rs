//! A position shown with an icon, a text label and a colour — never colour alone.

use yew::prelude::*;

use crate::model::Position;
use crate::words::{Words, T};

/// The badge for `position`; `None` is "no stated position". Drawn by the
/// hundred (a row on every issue card), so a function, not a component: a
/// component apiece would cost each badge a scope and a context subscription.
pub fn stance_badge(w: &Words, position: Option<Position>) -> Html {
    let (slug, icon, label) = match position {
        Some(p) => (p.slug(), p.icon(), p.label()),
        None => ("none", "–", T::PositionNone),
    };
    html! {
        <span class={format!("sm-badge sm-pos-{slug}")}>
            <span class="sm-badge-icon" aria-hidden="true">{ icon }</span>
            { w.t(label) }
        </span>
    }
}
