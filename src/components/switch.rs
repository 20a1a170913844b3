//! A row of buttons of which one is on: the footer's theme and language switches.

use yew::prelude::*;

/// One button of a switch.
pub struct Choice {
    /// What it sets, as the page's attribute gives it (`dark`, `uk`): the
    /// loader reads it to keep a choice made before the app arrives.
    pub value: &'static str,
    pub label: AttrValue,
    /// The label's language, where it differs from the widget's (a language's own name).
    pub lang: Option<&'static str>,
    pub on: bool,
    pub onclick: Callback<MouseEvent>,
}

/// The switch of the setting `name` (`theme`, `lang`), under its visible
/// `label` (which names the group, `id` its element's): "System", "Light"
/// and "Dark" alone do not say what they set.
pub fn switch(id: String, name: &'static str, label: &str, choices: impl IntoIterator<Item = Choice>) -> Html {
    let buttons = choices.into_iter().map(|c| html! {
        <button type="button" class="sm-chip" {name} value={c.value} lang={c.lang} aria-pressed={c.on.to_string()} onclick={c.onclick}>{ c.label }</button>
    });
    html! {
        <div class="sm-switch" role="group" aria-labelledby={id.clone()}>
            <span class="sm-switch-label" {id}>{ label }</span>
            // (Together: on a narrow screen the choices wrap below their label as one row, not one of them alone.)
            <span class="sm-switch-choices">{ for buttons }</span>
        </div>
    }
}
