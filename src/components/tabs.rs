//! The tab list (WAI-ARIA tabs pattern): arrow keys, Home and End move between
//! tabs and select them; only the selected tab is in the Tab order.

use yew::prelude::*;

use crate::context::use_widget;
use crate::tabs::Tab;
use crate::words::T;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub current: Tab,
    pub on_select: Callback<Tab>,
    /// The arrow keys, Home and End select a tab.
    pub on_step: Callback<Tab>,
}

#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let widget = use_widget();
    // On a phone the tabs scroll sideways: keep the selected one in view,
    // whether a click, a link or back and forward selected it, and when the
    // strip is laid out anew (shown in place of the prerendered view, turned).
    let strip = use_node_ref();
    {
        let (widget, strip) = (widget.clone(), strip.clone());
        // Keyed on the words too: another language's labels change the tabs' widths.
        let words = std::rc::Rc::as_ptr(&widget.words) as usize;
        use_effect_with((props.current, words), move |&(tab, _)| {
            // A new observer reports once, after the frame's layout (so
            // reading the tabs' places forces none), then on every resize.
            let reveal = move || {
                if let Some((tab, strip)) = widget.element(&["tab", tab.slug()]).and_then(|tab| Some((tab.clone(), tab.parent_element()?))) {
                    crate::browser::reveal_in_strip(&tab, &strip, None, 0.0);
                }
            };
            let resizing = strip.cast::<web_sys::Element>().and_then(|strip| crate::browser::on_resize(&[&strip], reveal));
            move || drop(resizing)
        });
    }
    let last = Tab::ALL.len() - 1;
    let tabs = Tab::ALL.iter().copied().enumerate().map(|(at, tab)| {
        let selected = tab == props.current;
        let onclick = props.on_select.reform(move |_: MouseEvent| tab);
        // Each tab moves from itself, so quick key presses never act on a stale selection.
        let onkeydown = {
            let (on_step, widget) = (props.on_step.clone(), widget.clone());
            Callback::from(move |e: KeyboardEvent| {
                let next = match e.key().as_str() {
                    "ArrowRight" => if at == last { 0 } else { at + 1 },
                    "ArrowLeft" => if at == 0 { last } else { at - 1 },
                    "Home" => 0,
                    "End" => last,
                    _ => return,
                };
                e.prevent_default();
                on_step.emit(Tab::ALL[next]);
                widget.focus(&["tab", Tab::ALL[next].slug()]);
            })
        };
        html! {
            <button type="button" role="tab" class="sm-tab"
                id={widget.id(&["tab", tab.slug()])}
                aria-selected={selected.to_string()}
                aria-controls={widget.id(&["panel", tab.slug()])}
                tabindex={if selected { "0" } else { "-1" }}
                {onclick} {onkeydown}>
                { widget.words.t(tab.label()) }
            </button>
        }
    });
    html! {
        <div class="sm-tablist" role="tablist" aria-label={widget.words.t(T::TabsLabel).to_string()} ref={strip}>
            { for tabs }
        </div>
    }
}
