//! A row of buttons of which one is on: the footer's theme and language switches.

use yew::prelude::*;

/// One button of a switch.
pub struct Choice {
    pub label: AttrValue,
    /// The label's language, where it differs from the widget's (a language's own name).
    pub lang: Option<&'static str>,
    pub on: bool,
    pub onclick: Callback<MouseEvent>,
}

/// The switch, under its visible `label` (which names the group, `id` its
/// element's): "System", "Light" and "Dark" alone do not say what they set.
pub fn switch(id: String, label: &str, choices: impl IntoIterator<Item = Choice>) -> Html {
    let buttons = choices.into_iter().map(|c| html! {
        <button type="button" class="sm-chip" lang={c.lang} aria-pressed={c.on.to_string()} onclick={c.onclick}>{ c.label }</button>
    });
    html! {
        <div class="sm-switch" role="group" aria-labelledby={id.clone()}>
            <span class="sm-switch-label" {id}>{ label }</span>
            // (Together: on a narrow screen the choices wrap below their label as one row, not one of them alone.)
            <span class="sm-switch-choices">{ for buttons }</span>
        </div>
    }
}
