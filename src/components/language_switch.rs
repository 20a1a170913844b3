//! The footer's language switch: each language named in itself.

use yew::prelude::*;

use crate::context::use_widget;
use crate::lang::Lang;
use crate::words::T;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub current: Lang,
    pub on_select: Callback<Lang>,
}

#[function_component(LanguageSwitch)]
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let w = use_widget().words;
    let buttons = Lang::ALL.into_iter().map(|lang| {
        let onclick = props.on_select.reform(move |_: MouseEvent| lang);
        html! {
            <button type="button" class="sm-chip" lang={lang.code()} aria-pressed={(lang == props.current).to_string()} {onclick}>
                { lang.endonym() }
            </button>
        }
    });
    html! { <div class="sm-languages" role="group" aria-label={w.t(T::FooterLanguage).to_string()}>{ for buttons }</div> }
}
