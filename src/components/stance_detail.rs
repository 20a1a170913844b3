//! One actor's stance on one issue: position, basis, summary, quote and source.
//! Issue cards, actor profiles and the matrix's detail panel all show it this way.

use yew::prelude::*;

use crate::components::source_citation::SourceCitation;
use crate::components::stance_badge::StanceBadge;
use crate::model::Stance;

#[derive(Properties, PartialEq)]
pub struct StanceDetailProps {
    /// Who or what the stance is about, where the surroundings do not say it.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    pub stance: Option<Stance>,
}

#[function_component(StanceDetail)]
pub fn stance_detail(props: &StanceDetailProps) -> Html {
    let title = props.title.as_ref().map(|t| html! { <h4 class="sm-stance-title">{ t }</h4> });
    let body = match &props.stance {
        None => html! {
            <p class="sm-muted">{ "None of the five sources reports a position here." }</p>
        },
        Some(s) => html! {
            <>
                <p class="sm-basis">{ s.basis.label() }</p>
                <p>{ &s.summary }</p>
                if let Some(q) = &s.quote {
                    <figure class="sm-quote">
                        <blockquote><p>{ &q.text }</p></blockquote>
                        <figcaption>{ "— " }{ &q.speaker }</figcaption>
                    </figure>
                }
                <SourceCitation sources={vec![s.source.clone()]} />
            </>
        },
    };
    html! {
        <article class="sm-stance">
            { for title }
            <StanceBadge position={props.stance.as_ref().map(|s| s.position)} />
            { body }
        </article>
    }
}
