//! "Embed this view": copyable iframe and direct-mount snippets for exactly
//! the view on screen.

use yew::prelude::*;

use crate::components::disclosure::Disclosure;
use crate::context::use_widget;
use crate::embed::{iframe_snippet, mount_snippet};
use crate::route::View;

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
    let snippets = [
        ("iframe", "As an iframe (works in any article page)", iframe_snippet(&widget.base, &id, &props.view)),
        ("mount", "Mounted directly in the page (one script, any number of these divs)", mount_snippet(&widget.base, &props.view)),
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
        <Disclosure id={widget.id(&["embed"])} title="Embed this view" open={*open} {on_toggle} class="sm-embed">
            <p class="sm-muted">{ "Copy the code for exactly what is on screen now. Nothing is sent anywhere: the widget makes no third-party request and stores nothing." }</p>
            { for blocks }
        </Disclosure>
    }
}
