//! A position shown with an icon, a text label and a colour — never colour alone.

use yew::prelude::*;

use crate::model::{Position, Stance};
use crate::words::{Words, P, T};

/// The badge for `position`; `None` is "no stated position".
pub fn stance_badge(w: &Words, position: Option<Position>) -> Html {
    badge(w, position, None)
}

/// The badge of an actor's first reading on an issue (of its `readings`),
/// marked as the matrix's cell is: its basis as the outline's
/// style (solid, dashed, dotted) and how many more sources read the actor
/// ("+1"), both in words for a screen reader. A badge that stands for the
/// whole stance, at a glance, must not read firmer than its sources.
pub fn reading_badge(w: &Words, readings: &[&Stance]) -> Html {
    badge(w, readings.first().map(|s| s.position), Some(readings))
}

/// What the readings after an actor's first on an issue say, in words, or
/// `None` if there are none: "3 more sources: 2 Conditional and 1 Opposes",
/// "2 more sources: Conditional".
/// The "+3" beside the first reading counts them whatever they read, so its
/// words say how they read it.
pub fn more_sources(w: &Words, others: &[&Stance]) -> Option<String> {
    let mut counted: Vec<(Position, usize)> = Vec::new();
    for s in others {
        match counted.iter_mut().find(|(p, _)| *p == s.position) {
            Some((_, n)) => *n += 1,
            None => counted.push((s.position, 1)),
        }
    }
    let positions = match counted.as_slice() {
        [] => return None,
        // All read alike: "+2" has said how many.
        [(p, _)] => w.f(T::CellReadingsAlike, &[("position", w.t(p.label()))]),
        _ => w.list(&counted.iter().map(|&(p, n)| w.f(T::CellReadingsOf, &[("n", &n.to_string()), ("position", w.t(p.label()))])).collect::<Vec<_>>()),
    };
    Some(w.n(P::CellMoreSources, others.len(), &[("positions", &positions)]))
}

/// How a reading is given (`basis`, in words) and, after it, how the
/// `others` read the actor ("Reported; one more source: Opposes"): a glance
/// badge's words and a silent actor's position in the deal builder.
pub fn basis_and_more(w: &Words, basis: &str, others: &[&Stance]) -> String {
    match more_sources(w, others) {
        Some(more) => format!("{basis}; {more}"),
        None => basis.to_string(),
    }
}

/// Drawn by the hundred (a row on every issue card), so a function, not a
/// component: a component apiece would cost each badge a scope and a context
/// subscription.
fn badge(w: &Words, position: Option<Position>, readings: Option<&[&Stance]>) -> Html {
    let (slug, icon, label) = match position {
        Some(p) => (p.slug(), p.icon(), p.label()),
        None => ("none", "–", T::PositionNone),
    };
    let (class, more, said) = match readings {
        Some([first, others @ ..]) => {
            (format!("sm-badge sm-pos-{slug} sm-basis-{}", first.basis.slug()), others.len(), Some(format!(" ({})", basis_and_more(w, w.t(first.basis.label()), others))))
        }
        _ => (format!("sm-badge sm-pos-{slug}"), 0, None),
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
