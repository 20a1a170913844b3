//! A menu (`<select>`) that shows the choice the view holds: the matrix's
//! filters, its comparison and its phone list's issue, and the scenarios compared.

use yew::prelude::*;

/// One entry of a menu: its value, its label and whether it is offered
/// (an entry the other menu of a pair holds is not).
pub type Choice<'a> = (&'a str, &'a str, bool);

/// The menu `id`: `none` first where it may be left without a choice (value
/// `""`), then `choices`, showing `chosen` (`None`: `none`). The choice is set
/// as the select's `value` as well as each option's `selected` attribute, which
/// the prerendered page needs: once the reader has chosen in it, the browser no
/// longer moves the choice when an attribute changes, and Back or Forward
/// would leave the menu showing a choice the view no longer holds.
///
/// Each option is keyed by its value: Yew sets the select's `value` before
/// it updates the options, so an option reused for another value (the phone
/// list's issues change with the filters) would otherwise take the choice
/// the value was set to.
pub fn menu<'a>(id: String, chosen: Option<&str>, none: Option<&'a str>, choices: impl IntoIterator<Item = Choice<'a>>, disabled: bool, onchange: Callback<Event>) -> Html {
    let none = none.map(|label| ("", label, true));
    let options = none.into_iter().chain(choices).map(|(value, label, offered)| html! {
        <option key={value} value={value.to_string()} selected={chosen.unwrap_or_default() == value} disabled={!offered}>{ label }</option>
    });
    html! {
        <select {id} ~value={chosen.unwrap_or_default().to_string()} {disabled} {onchange}>{ for options }</select>
    }
}
