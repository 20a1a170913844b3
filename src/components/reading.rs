//! What one source reports about an actor: how firmly (the basis, and who is
//! on the record), our summary, the quote and the source. A stance's readings,
//! an actor's reaction to a deal option and its reception of a scenario are
//! all shown this way. The quote stays as the source has it, in the source's
//! language, with the explainer's translation beside it in an edition of
//! another language.

use yew::prelude::*;

use crate::components::source_citation::source_citation;
use crate::context::Widget;
use crate::ids::SourceId;
use crate::lang::Lang;
use crate::model::{Basis, Quote, Reaction, Reception, Stance};
use crate::words::T;

/// What a reading shows: the parts a stance, a reaction and a reception
/// share (a reception has no quote).
pub struct Said<'a> {
    pub basis: Basis,
    pub speaker: Option<&'a str>,
    pub summary: &'a str,
    pub quote: Option<&'a Quote>,
    pub source: &'a SourceId,
}

impl<'a> From<&'a Stance> for Said<'a> {
    fn from(s: &'a Stance) -> Self {
        Said { basis: s.basis, speaker: s.speaker.as_deref(), summary: &s.summary, quote: s.quote.as_ref(), source: &s.source }
    }
}

impl<'a> From<&'a Reception> for Said<'a> {
    fn from(r: &'a Reception) -> Self {
        Said { basis: r.basis, speaker: r.speaker.as_deref(), summary: &r.note, quote: None, source: &r.source }
    }
}

impl<'a> From<&'a Reaction> for Said<'a> {
    fn from(r: &'a Reaction) -> Self {
        Said { basis: r.basis, speaker: r.speaker.as_deref(), summary: &r.summary, quote: Some(&r.quote), source: &r.source }
    }
}

/// One reading, `lead` shown first (a badge, or what it is a reaction to).
/// A function, not a component: an actor's profile holds dozens.
pub fn reading(widget: &Widget, said: Said, lead: Html) -> Html {
    let w = &widget.words;
    html! {
        <div class="sm-reading">
            { lead }
            <p class="sm-basis">{ w.t(said.basis.label()) }{ said.speaker.map(|who| format!(": {who}")) }</p>
            <p>{ said.summary }</p>
            if let Some(q) = said.quote {
                <figure class="sm-quote">
                    // The sources are in the dataset's language, whatever the reader's.
                    <blockquote lang={Lang::En.code()}><p>{ &q.text }</p></blockquote>
                    if let Some(translation) = &q.translation {
                        <p class="sm-translation"><span class="sm-translation-label">{ w.t(T::QuoteTranslation) }</span>{ " " }{ translation }</p>
                    }
                    <figcaption>{ "— " }{ &q.speaker }</figcaption>
                </figure>
            }
            { source_citation(widget, std::slice::from_ref(said.source)) }
        </div>
    }
}
