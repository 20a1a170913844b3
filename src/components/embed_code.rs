//! "Embed this view": copyable iframe and direct-mount snippets for exactly
//! the view on screen.

use yew::prelude::*;

use crate::components::disclosure::Disclosure;
use crate::context::use_widget;
use crate::embed::{iframe_snippet, mount_snippet};
use crate::tabs::View;
use crate::words::T;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub view: View,
}

#[function_component(EmbedCode)]
pub fn embed_code(props: &EmbedCodeProps) -> Html {
    let widget = use_widget();
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let id = format!("stancemap-{}", props.view.tab.slug());
    let w = &widget.words;
    let snippets = [
        ("iframe", w.t(T::EmbedIframe), iframe_snippet(&widget.base, &id, &props.view, w.lang, w.t(T::EmbedTitle))),
        ("mount", w.t(T::EmbedMount), mount_snippet(&widget.base, &props.view, w.lang, &widget.data.records.meta.title)),
    ];
    let blocks = snippets.into_iter().map(|(kind, label, code)| {
        let field = widget.id(&["embed", kind]);
        html! {
            <div class="sm-field sm-snippet">
                <label for={field.clone()}>{ label }</label>
                <textarea id={field} readonly=true rows="4" spellcheck="false" value={code} />
            </div>
        }
    });
    html! {
        <Disclosure id={widget.id(&["embed"])} title={w.t(T::EmbedOpen).to_string()} open={*open} {on_toggle} class="sm-embed">
            <p class="sm-muted">{ w.t(T::EmbedHelp) }</p>
            { for blocks }
        </Disclosure>
    }
}
