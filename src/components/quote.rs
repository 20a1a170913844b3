//! A verbatim quote as the source has it, in the source's language, with the
//! explainer's translation beside it in an edition of another language.

use yew::prelude::*;

use crate::context::use_widget;
use crate::lang::Lang;
use crate::words::T;

#[derive(Properties, PartialEq)]
pub struct QuoteFigureProps {
    pub text: AttrValue,
    pub translation: Option<AttrValue>,
    pub speaker: AttrValue,
}

#[function_component(QuoteFigure)]
pub fn quote_figure(props: &QuoteFigureProps) -> Html {
    let w = use_widget().words;
    html! {
        <figure class="sm-quote">
            // The sources are in the dataset's language, whatever the reader's.
            <blockquote lang={Lang::En.code()}><p>{ &props.text }</p></blockquote>
            if let Some(translation) = &props.translation {
                <p class="sm-translation"><span class="sm-translation-label">{ w.t(T::QuoteTranslation) }</span>{ " " }{ translation }</p>
            }
            <figcaption>{ "— " }{ &props.speaker }</figcaption>
        </figure>
    }
}
