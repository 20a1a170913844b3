//! What one source reports about an actor: how firmly (the basis, and who is
//! on the record), our summary, the quote and the source. A stance's readings
//! and an actor's reaction to a deal option are both shown this way. The
//! quote stays as the source has it, in the source's language, with the
//! explainer's translation beside it in an edition of another language.

use yew::prelude::*;

use crate::ids::SourceId;

use crate::components::source_citation::SourceCitation;
use crate::context::use_widget;
use crate::lang::Lang;
use crate::model::{Basis, Quote};
use crate::words::T;

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
                <figure class="sm-quote">
                    // The sources are in the dataset's language, whatever the reader's.
                    <blockquote lang={Lang::En.code()}><p>{ &q.text }</p></blockquote>
                    if let Some(translation) = &q.translation {
                        <p class="sm-translation"><span class="sm-translation-label">{ w.t(T::QuoteTranslation) }</span>{ " " }{ translation }</p>
                    }
                    <figcaption>{ "— " }{ &q.speaker }</figcaption>
                </figure>
            }
            <SourceCitation sources={vec![props.source.clone()]} />
        </div>
    }
}
