//! Running text whose glossary terms open their definitions on demand: a
//! button per term (not hover-only), the definition shown inline after it.

use yew::prelude::*;

use crate::context::use_widget;
use crate::glossary::{closing, mark, Segment};

#[derive(Properties, PartialEq)]
pub struct GlossaryTextProps {
    pub text: AttrValue,
}

#[function_component(GlossaryText)]
pub fn glossary_text(props: &GlossaryTextProps) -> Html {
    let widget = use_widget();
    let segments = mark(&props.text, &widget.data.records.glossary);
    let mut shown = Vec::with_capacity(segments.len());
    // What of the next text went with the term before it.
    let mut taken = 0;
    for (i, segment) in segments.iter().enumerate() {
        match segment {
            Segment::Text(text) => shown.push(html! { { &text[std::mem::take(&mut taken)..] } }),
            Segment::Term { text, definition, .. } => {
                let next = match segments.get(i + 1) {
                    Some(Segment::Text(next)) => *next,
                    _ => "",
                };
                // The term and the punctuation right after it: one unit on a line.
                taken = closing(next);
                let term = html! { <Term text={text.to_string()} definition={definition.clone()} /> };
                shown.push(if taken == 0 { term } else { html! { <span class="sm-term-run">{ term }{ &next[..taken] }</span> } });
            }
        }
    }
    html! { <p class="sm-text">{ for shown }</p> }
}

#[derive(Properties, PartialEq)]
struct TermProps {
    text: AttrValue,
    definition: AttrValue,
}

#[function_component(Term)]
fn term(props: &TermProps) -> Html {
    let open = use_state(|| false);
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.stop_propagation();
                open.set(false);
            }
        })
    };
    // In the sentence, right after the term: no space of its own before the
    // punctuation that follows (“Crimea (…), and”).
    html! {
        <>
            <button type="button" class="sm-term" aria-expanded={open.to_string()} {onclick} {onkeydown}>{ &props.text }</button>
            if *open {
                <span class="sm-definition" role="note">{ " (" }{ &props.definition }{ ")" }</span>
            }
        </>
    }
}
