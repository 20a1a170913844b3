//! The count a search shows as the reader types, read out once they pause.
//! A live region that changed with each keystroke would be read out as
//! often, over the reader's own typing; so the line on screen follows the
//! query at once, hidden from screen readers, and a live region of its own
//! takes its text after a pause (as GOV.UK's accessible autocomplete does).

use std::time::Duration;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long the reader's typing must pause before the count is read out.
const PAUSE: Duration = Duration::from_millis(1000);

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
}

#[function_component(TypingStatus)]
pub fn typing_status(props: &Props) -> Html {
    // The text already there when the region appears is not read out.
    let said = use_state_eq(|| props.text.clone());
    {
        let said = said.clone();
        use_effect_with(props.text.clone(), move |text| {
            let text = text.clone();
            let pause = Timeout::new(PAUSE.as_millis() as u32, move || said.set(text));
            move || drop(pause)
        });
    }
    html! {
        <>
            <p class="sm-status" aria-hidden="true">{ props.text.clone() }</p>
            <p class="sm-visually-hidden" role="status">{ (*said).clone() }</p>
        </>
    }
}
