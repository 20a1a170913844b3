//! A status read out once the reader pauses: the FAQ search's count as they
//! type, the deal's summary as the arrow keys pass over an issue's options,
//! the matrix's count as they pass over a filter's.
//! A live region that changed at each key would be read out as often, over
//! the reader's own typing or each option's name; so the line on screen
//! follows at once, hidden from screen readers (`shown`), and
//! this live region takes its text after a pause (as GOV.UK's accessible
//! autocomplete does).

use std::time::Duration;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long the reader must pause before the status is read out.
const PAUSE: Duration = Duration::from_millis(1000);

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    /// Whether it draws the line on screen too (`.sm-status`, hidden from
    /// screen readers); else its view draws its own (the deal's summary).
    #[prop_or_default]
    pub shown: bool,
}

#[function_component(PausedStatus)]
pub fn paused_status(props: &Props) -> Html {
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
            if props.shown {
                <p class="sm-status" aria-hidden="true">{ props.text.clone() }</p>
            }
            <p class="sm-visually-hidden" role="status">{ (*said).clone() }</p>
        </>
    }
}
