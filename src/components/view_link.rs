//! A link to another view of the widget: an issue from the overview, a
//! scenario from an issue's card, the sources from the footer, the matrix
//! with the reader's deal marked (`view_link_from`), a scenario's package in
//! the builder (`view_button`), an answer's own link (`permalink`). A click
//! opens the view in place; like any link, it opens in a new tab or window
//! too (at its address: `Widget::link`), and it leads there wherever the
//! app never starts (the prerendered first view, left static).
//!
//! A function, not a component: the overview holds a dozen.

use yew::prelude::*;

use crate::context::Widget;
use crate::state::{Action, State};
use crate::tabs::View;

/// A link labelled `label` to the view `action` opens from the first view.
pub fn view_link(widget: &Widget, label: &str, action: Action, on_action: &Callback<Action>) -> Html {
    view_link_from(widget, label, &View::default(), action, on_action)
}

/// A link labelled `label` to the view `action` opens from `from`: where
/// the view it leads to carries what the reader chose there (their deal,
/// marked in the matrix).
pub fn view_link_from(widget: &Widget, label: &str, from: &View, action: Action, on_action: &Callback<Action>) -> Html {
    link(widget, "sm-link", html! { label }, None, from, action, on_action)
}

/// The link to what `action` opens, given for the reader to copy or open
/// elsewhere ("Link to this answer"); a plain click on it stays in place
/// too: on the iframe page its address is not quite the page's own (it
/// leaves out pym.js's settings, `embed::without_framing`), and the browser
/// would load that page afresh, outside pym.
pub fn permalink(widget: &Widget, label: &str, action: Action, on_action: &Callback<Action>) -> Html {
    link(widget, "sm-permalink", html! { label }, None, &View::default(), action, on_action)
}

/// A link to the view `action` opens from the first view, drawn as a button
/// (a step the reader takes: a scenario's package opened in the builder),
/// holding `content`, described by the element `described_by`.
pub fn view_button(widget: &Widget, content: Html, described_by: Option<String>, action: Action, on_action: &Callback<Action>) -> Html {
    link(widget, "sm-button", content, described_by, &View::default(), action, on_action)
}

fn link(widget: &Widget, class: &'static str, content: Html, described_by: Option<String>, from: &View, action: Action, on_action: &Callback<Action>) -> Html {
    let from = State { view: from.clone(), ..State::default() };
    let href = widget.link(&from.apply(action.clone()).view);
    let on_action = on_action.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if stays_in_widget(&e) {
            e.prevent_default();
            on_action.emit(action.clone());
        }
    });
    html! { <a {class} {href} aria-describedby={described_by} {onclick}>{ content }</a> }
}

/// Whether a click on a link to another view opens it in place: a plain
/// click (the Enter key's too); one asking for a new tab or window, or a
/// download, is the browser's.
pub fn stays_in_widget(e: &MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}
