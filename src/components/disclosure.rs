//! A heading whose button shows or hides a region: issue cards and FAQ items
//! (the WAI-ARIA disclosure and accordion patterns) are both this. On paper
//! every region is shown.

use web_sys::Element;
use yew::prelude::*;

use crate::context::{use_kept_in_place, use_printing, use_widget};

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// Unique DOM id; the button and region derive theirs from it.
    pub id: AttrValue,
    pub title: AttrValue,
    pub open: bool,
    pub on_toggle: Callback<()>,
    /// The heading's level: 3 in a panel, under the panel's heading; 2 for
    /// one that begins a part of the widget of its own (the footer's).
    #[prop_or(3)]
    pub level: u8,
    /// Shown beside the title whether open or not.
    #[prop_or_default]
    pub aside: Html,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

#[function_component(Disclosure)]
pub fn disclosure(props: &DisclosureProps) -> Html {
    let button = format!("{}-button", props.id);
    let region = format!("{}-region", props.id);
    // One item is open at a time: opening one closes any other, maybe a long
    // one above it, and the widget keeps no scroll anchor (`overflow-anchor`,
    // 20-base.css), so the button the reader used would move away from under
    // them, thousands of pixels on a phone. It stays where it was on screen.
    let heading = use_node_ref();
    let widget = use_widget();
    let kept = use_kept_in_place(&widget, props.open);
    let onclick = {
        let (heading, toggle) = (heading.clone(), props.on_toggle.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(heading) = heading.cast::<Element>() {
                kept.mark(heading);
            }
            toggle.emit(());
        })
    };
    // Once opened, the body stays in the page, hidden while closed, so
    // opening it again only shows it (as panels do). Closed, on screen where
    // `content-visibility` is known, only its content is skipped (40-cards.css):
    // `aria-hidden` keeps the region, an empty landmark, from screen readers
    // (older WebKit also exposes skipped content). A print shows every body
    // (90-print.css), so one begun renders them all, also in items drawn for
    // the print (`progressive`).
    let printing = use_printing();
    let opened = use_mut_ref(|| false);
    *opened.borrow_mut() |= props.open || printing;
    html! {
        <section id={props.id.clone()} class={classes!("sm-disclosure", props.open.then_some("sm-open"), props.class.clone())}>
            <@{format!("h{}", props.level)} class="sm-disclosure-heading" ref={heading}>
                <button type="button" id={button.clone()} aria-expanded={props.open.to_string()} aria-controls={region.clone()} {onclick}>
                    <span class="sm-chevron" aria-hidden="true"></span>
                    <span class="sm-disclosure-title">{ &props.title }</span>
                </button>
            </@>
            { props.aside.clone() }
            <div id={region} role="region" aria-labelledby={button} class="sm-disclosure-body" hidden={!props.open}
                aria-hidden={(!props.open).then_some("true")}>
                if *opened.borrow() { { props.children.clone() } }
            </div>
        </section>
    }
}
