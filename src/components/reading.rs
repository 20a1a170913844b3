//! What one source reports about an actor: how firmly (the basis, and who is
//! on the record), our summary, the quote and the source. A stance's readings
//! and an actor's reaction to a deal option are both shown this way.

use yew::prelude::*;

use crate::ids::SourceId;

use crate::components::quote::QuoteFigure;
use crate::components::source_citation::SourceCitation;
use crate::context::use_widget;
use crate::model::{Basis, Quote};

#[derive(Properties, PartialEq)]
pub struct ReadingProps {
    pub basis: Basis,
    pub speaker: Option<String>,
    pub summary: AttrValue,
    pub quote: Option<Quote>,
    pub source: SourceId,
    /// Shown first: a badge, or what the reading is a reaction to.
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Reading)]
pub fn reading(props: &ReadingProps) -> Html {
    let w = use_widget().words;
    html! {
        <div class="sm-reading">
            { props.children.clone() }
            <p class="sm-basis">{ w.t(props.basis.label()) }{ props.speaker.as_ref().map(|who| format!(": {who}")) }</p>
            <p>{ &props.summary }</p>
            if let Some(q) = &props.quote {
                <QuoteFigure text={q.text.clone()} translation={q.translation.clone()} speaker={q.speaker.clone()} />
            }
            <SourceCitation sources={vec![props.source.clone()]} />
        </div>
    }
}
