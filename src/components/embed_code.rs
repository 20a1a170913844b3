//! "Embed this view": copyable iframe and direct-mount snippets for exactly
//! the view on screen, and a link to it on the widget's own page (an
//! article's address bar, or an iframe's, never shows the view), each with a
//! button that copies it, or, where the browser will not let a page write to
//! the clipboard, selects it.

use yew::prelude::*;

use crate::browser;
use crate::components::disclosure::Disclosure;
use crate::context::use_widget;
use crate::embed::{iframe_snippet, mount_snippet, standalone_link};
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
    // The code last copied, and whether to the clipboard: its status shows
    // beside that code only, not beside another view's or language's.
    let copied = use_state_eq(|| None::<(AttrValue, bool)>);
    let on_toggle = {
        let (open, copied) = (open.clone(), copied.clone());
        Callback::from(move |_| {
            copied.set(None);
            open.set(!*open);
        })
    };
    let id = format!("stancemap-{}", props.view.tab.slug());
    let w = &widget.words;
    // Written only while shown: the panel follows every change of view.
    // A newsroom's own dataset goes with the code, as it goes with links.
    let dataset = widget.data.address.as_deref();
    let snippets = open.then(|| [
        // Its title is a newsroom's own dataset's, where it has one.
        ("iframe", w.t(T::EmbedIframe), iframe_snippet(&widget.base, &id, &props.view, w.lang, dataset, if widget.data.is_bundled() { w.t(T::EmbedTitle) } else { &widget.data.records.meta.title })),
        ("mount", w.t(T::EmbedMount), mount_snippet(&widget.base, &props.view, w.lang, dataset, &widget.data.records.meta.title)),
        ("link", w.t(T::EmbedLink), standalone_link(&widget.base, &props.view, w.lang, dataset)),
    ]);
    let blocks = snippets.into_iter().flatten().map(|(kind, label, code)| {
        let field = widget.id(&["embed", kind]);
        let (label_id, button) = (format!("{field}-label"), format!("{field}-copy"));
        let code = AttrValue::from(code);
        let onclick = {
            let (widget, copied, code) = (widget.clone(), copied.clone(), code.clone());
            Callback::from(move |_: MouseEvent| {
                // Cleared first, so that copying again is said again.
                copied.set(None);
                let written = browser::copy_to_clipboard(&code);
                let (widget, copied, code) = (widget.clone(), copied.clone(), code.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let done = written.await;
                    if let Some(field) = widget.element(&["embed", kind]).filter(|_| !done) {
                        browser::select_all(&field);
                    }
                    copied.set(Some((code, done)));
                });
            })
        };
        let said = match &*copied {
            Some((c, true)) if *c == code => w.t(T::EmbedCopied),
            Some((c, false)) if *c == code => w.t(T::EmbedCopyByHand),
            _ => "",
        };
        html! {
            <div class="sm-field sm-snippet">
                <label id={label_id.clone()} for={field.clone()}>{ label }</label>
                <textarea id={field} readonly=true rows="4" spellcheck="false" value={code} />
                <p class="sm-copy">
                    <button type="button" id={button.clone()} class="sm-button" aria-labelledby={format!("{button} {label_id}")} {onclick}>{ w.t(T::EmbedCopy) }</button>
                    <span role="status">{ said }</span>
                </p>
            </div>
        }
    });
    html! {
        <Disclosure id={widget.id(&["embed"])} title={w.t(T::EmbedOpen).to_string()} open={*open} {on_toggle} level={2} class="sm-embed">
            <p class="sm-muted">{ w.t(T::EmbedHelp) }</p>
            { for blocks }
        </Disclosure>
    }
}
