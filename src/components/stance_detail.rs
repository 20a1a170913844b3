//! One actor's stance on one issue: position, basis, summary, quote and source,
//! once per source where sources differ. Issue cards, actor profiles and the
//! matrix's detail panel all show it this way.

use yew::prelude::*;

use crate::components::reading::reading;
use crate::components::stance_badge::stance_badge;
use crate::context::Widget;
use crate::ids::{ActorId, IssueId};
use crate::words::P;

/// `actor`'s stance on `issue`, under `title` (who or what it is about)
/// where the surroundings do not say it. A function, not a component: an
/// actor's profile shows thirteen.
pub fn stance_detail(widget: &Widget, title: Option<&str>, actor: &ActorId, issue: &IssueId) -> Html {
    let w = &widget.words;
    // Every source's reading, the current stated line first; none for silence.
    let readings = widget.data.readings(actor, issue);
    // Under its section's heading ("Where each actor stands", "Its stance, issue by issue").
    let title = title.map(|t| html! { <h5 class="sm-stance-title">{ t }</h5> });
    let Some(first) = readings.first() else {
        return html! {
            <article class="sm-stance">
                { for title }
                { stance_badge(w, None) }
                <p class="sm-muted">{ w.n(P::StanceNoneReports, widget.data.records.sources.len(), &[]) }</p>
            </article>
        };
    };
    let differ = readings.iter().any(|s| s.position != first.position);
    let note = match (readings.len(), differ) {
        (1, _) => None,
        (n, true) => Some(w.n(P::StanceDiffer, n, &[])),
        (n, false) => Some(w.n(P::StanceAgree, n, &[])),
    };
    // The first reading's badge heads the whole stance; the others show theirs where they differ.
    let each = readings.iter().enumerate().map(|(n, s)| {
        let lead = if n > 0 && differ { stance_badge(w, Some(s.position)) } else { Html::default() };
        reading(widget, (*s).into(), lead)
    });
    // Several are a list, so that a screen reader tells one from the next (no list of one).
    let readings = match readings.len() {
        1 => each.collect::<Html>(),
        _ => html! { <ul class="sm-readings" role="list">{ for each.map(|r| html! { <li>{ r }</li> }) }</ul> },
    };
    html! {
        <article class="sm-stance">
            { for title }
            { stance_badge(w, Some(first.position)) }
            if let Some(note) = note {
                <p class="sm-muted">{ note }</p>
            }
            { readings }
        </article>
    }
}
