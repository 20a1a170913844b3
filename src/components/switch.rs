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

/// The switch, named `label` for screen readers.
pub fn switch(label: &str, choices: impl IntoIterator<Item = Choice>) -> Html {
    let buttons = choices.into_iter().map(|c| html! {
        <button type="button" class="sm-chip" lang={c.lang} aria-pressed={c.on.to_string()} onclick={c.onclick}>{ c.label }</button>
    });
    html! { <div class="sm-switch" role="group" aria-label={label.to_string()}>{ for buttons }</div> }
}
