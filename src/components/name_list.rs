//! Actors named as labels under a line that says what they share ("No
//! stated position:"), a dot between them: not in a sentence, where a name
//! may hold a comma ("Poland, Baltics") and a language writes a label
//! otherwise inside one (Ukrainian lower-cases "Дипломати" there).

use yew::prelude::*;

/// `label`, then `names` as a list it labels (`id`, the label's; `role`
/// kept where the list's style takes it away, as WebKit does).
pub fn name_list<'a>(id: String, label: &str, names: impl IntoIterator<Item = &'a str>) -> Html {
    html! {
        <>
            <p class="sm-muted sm-names-label" id={id.clone()}>{ label }</p>
            <ul class="sm-names sm-muted" role="list" aria-labelledby={id}>
                { for names.into_iter().map(|name| html! { <li>{ name }</li> }) }
            </ul>
        </>
    }
}
