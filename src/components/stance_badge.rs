//! A position shown with an icon, a text label and a colour — never colour alone.

use yew::prelude::*;

use crate::model::{Basis, Position};
use crate::words::{Words, P, T};

/// The badge for `position`; `None` is "no stated position".
pub fn stance_badge(w: &Words, position: Option<Position>) -> Html {
    badge(w, position, None)
}

/// The badge of an actor's first reading on an issue, marked as the matrix's
/// cell is: its `basis` as the outline's style (solid, dashed, dotted) and
/// how many `more` sources read the actor ("+1"), both in words for a screen
/// reader. A badge that stands for the whole stance, at a glance, must not
/// read firmer than its sources.
pub fn reading_badge(w: &Words, position: Position, basis: Basis, more: usize) -> Html {
    badge(w, Some(position), Some((basis, more)))
}

/// Drawn by the hundred (a row on every issue card), so a function, not a
/// component: a component apiece would cost each badge a scope and a context
/// subscription.
fn badge(w: &Words, position: Option<Position>, reading: Option<(Basis, usize)>) -> Html {
    let (slug, icon, label) = match position {
        Some(p) => (p.slug(), p.icon(), p.label()),
        None => ("none", "–", T::PositionNone),
    };
    let (class, more, said) = match reading {
        None => (format!("sm-badge sm-pos-{slug}"), 0, None),
        Some((basis, more)) => {
            let others = if more == 0 { String::new() } else { format!("; {}", w.n(P::CellMoreSources, more, &[])) };
            (format!("sm-badge sm-pos-{slug} sm-basis-{}", basis.slug()), more, Some(format!(" ({}{others})", w.t(basis.label()))))
        }
    };
    html! {
        <span {class}>
            <span class="sm-badge-icon" aria-hidden="true">{ icon }</span>
            { w.t(label) }
            if more > 0 {
                <span class="sm-cell-more" aria-hidden="true">{ format!("+{more}") }</span>
            }
            if let Some(said) = said {
                <span class="sm-visually-hidden">{ said }</span>
            }
        </span>
    }
}
