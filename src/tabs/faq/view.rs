//! Questions a reader would ask, answered only from the sources: an accordion
//! with a search box that filters as you type, each question linkable.

use yew::prelude::*;

use crate::components::disclosure::Disclosure;
use crate::components::glossary_text::GlossaryText;
use crate::components::progressive::{through, use_drawn, SCREENFUL};
use crate::components::source_citation::{labelled_links, source_citation};
use crate::components::paused_status::PausedStatus;
use crate::components::view_link::{permalink, view_link};
use crate::context::use_widget;
use crate::ids::FaqId;
use crate::model::FaqEntry;
use crate::state::Action;
use crate::tabs::{ItemProps, ViewProps};
use crate::words::{P, T};

#[function_component(Faq)]
pub fn faq(props: &ViewProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let query = props.view.faq.query.clone();
    let shown: Vec<&FaqEntry> = data.faq_matching(&query, w.lang).collect();
    // The whole list drawn a few at a time, as issue cards are (`use_drawn`),
    // up to the question a link opens; a search's answers all at once, as
    // the status line counts them.
    let all = &data.records.faq;
    let last = if query.trim().is_empty() { props.view.faq.open.as_ref() } else { shown.last().map(|q| &q.id) };
    let drawn = use_drawn(SCREENFUL, all.len(), through(all, |q| last == Some(&q.id)));
    let place = |id: &FaqId| all.iter().position(|q| q.id == *id);
    let oninput = props.on_action.reform(|e: InputEvent| Action::from(super::Action::Search(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())));
    // Narrow, stable props: opening one question re-renders that question alone.
    let items = shown.iter().filter(|q| place(&q.id).is_some_and(|n| n < drawn)).map(|q| html! {
        <FaqItem key={q.id.as_str()} id={q.id.clone()} open={props.view.faq.open.as_ref() == Some(&q.id)} on_action={props.on_action.clone()} />
    });
    let search = widget.id(&["faq-search"]);
    // Clearing from the button the search then removes: the reader's focus goes back to the box.
    let on_clear = {
        let (on_action, widget) = (props.on_action.clone(), widget.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(super::Action::Search(String::new()).into());
            widget.focus(&["faq-search"]);
        })
    };
    let status = if query.trim().is_empty() {
        w.n(P::FaqCount, shown.len(), &[])
    } else {
        // The query isolated (FSI … PDI), its own bidi controls left out, so
        // that right-to-left text in it cannot reorder the sentence around it.
        let quoted: String = query.trim().chars().filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')).collect();
        w.n(P::FaqMatching, shown.len(), &[("all", &data.records.faq.len().to_string()), ("query", &format!("\u{2068}{quoted}\u{2069}"))])
    };
    html! {
        <div class="sm-faq">
            <h2 class="sm-visually-hidden">{ w.t(T::FaqTitle) }</h2>
            <div class="sm-field sm-search">
                <label for={search.clone()}>{ w.t(T::FaqSearch) }</label>
                <input type="search" id={search} value={query} {oninput} maxlength={super::MAX_QUERY.to_string()} autocomplete="off" spellcheck="false" />
            </div>
            // Keyed by language: in another, the region starts anew with its words, read out by nobody's typing.
            <PausedStatus key={w.lang.code()} text={status} shown=true />
            // Keyed items in a container of their own: mixed with the unkeyed
            // siblings above, a change in their number would rebuild them all,
            // the search box (and the reader's focus in it) included.
            <div class="sm-faq-list">{ for items }</div>
            // (No question at all, in a newsroom's own dataset: the count says so.)
            if shown.is_empty() && !all.is_empty() {
                <div class="sm-empty">
                    <p>{ w.t(T::FaqNone) }</p>
                    <button type="button" class="sm-button" onclick={on_clear}>{ w.t(T::FaqClear) }</button>
                </div>
            }
        </div>
    }
}

/// One question: its answer, sources and a permalink, shown on demand.
#[function_component(FaqItem)]
fn faq_item(props: &ItemProps<FaqId>) -> Html {
    let widget = use_widget();
    let Some(q) = widget.data.faq_entry(&props.id) else { return Html::default() };
    let id = q.id.clone();
    let related = q.related.iter().filter_map(|id| widget.data.faq_entry(id))
        .map(|other| view_link(&widget, &other.question, super::Action::GoTo(other.id.clone()).into(), &props.on_action))
        .collect();
    html! {
        <Disclosure id={widget.id(&["faq", &q.id])} title={q.question.clone()} open={props.open}
            on_toggle={props.on_action.reform(move |_| Action::from(super::Action::Toggle(id.clone())))} class="sm-faq-item">
            <GlossaryText text={q.answer.clone()} />
            { labelled_links(widget.words.t(T::FaqRelated), Some("sm-related"), related) }
            { source_citation(&widget, &q.sources) }
            <p>{ permalink(&widget, widget.words.t(T::FaqLink), super::Action::GoTo(q.id.clone()).into(), &props.on_action) }</p>
        </Disclosure>
    }
}
