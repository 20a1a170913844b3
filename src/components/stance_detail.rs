//! One actor's stance on one issue: position, basis, summary, quote and source,
//! once per source where sources differ. Issue cards, actor profiles and the
//! matrix's detail panel all show it this way.

use yew::prelude::*;

use crate::ids::{ActorId, IssueId};

use crate::components::reading::Reading;
use crate::components::stance_badge::StanceBadge;
use crate::context::use_widget;
use crate::words::P;

#[derive(Properties, PartialEq)]
pub struct StanceDetailProps {
    /// Who or what the stance is about, where the surroundings do not say it.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    pub actor: ActorId,
    pub issue: IssueId,
}

#[function_component(StanceDetail)]
pub fn stance_detail(props: &StanceDetailProps) -> Html {
    let widget = use_widget();
    let w = &widget.words;
    // Every source's reading, the current stated line first; none for silence.
    let readings = widget.data.readings(&props.actor, &props.issue);
    // Under its section's heading ("Where each actor stands", "Its stance, issue by issue").
    let title = props.title.as_ref().map(|t| html! { <h5 class="sm-stance-title">{ t }</h5> });
    let Some(first) = readings.first() else {
        return html! {
            <article class="sm-stance">
                { for title }
                <StanceBadge position={None} />
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
    let readings = readings.iter().enumerate().map(|(n, s)| html! {
        <Reading basis={s.basis} speaker={s.speaker.clone()} summary={s.summary.clone()} quote={s.quote.clone()} source={s.source.clone()}>
            // The first reading's badge heads the whole stance; the others show theirs where they differ.
            if n > 0 && differ {
                <StanceBadge position={Some(s.position)} />
            }
        </Reading>
    });
    html! {
        <article class="sm-stance">
            { for title }
            <StanceBadge position={Some(first.position)} />
            if let Some(note) = note {
                <p class="sm-muted">{ note }</p>
            }
            { for readings }
        </article>
    }
}
