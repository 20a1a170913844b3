//! The five documents, what each contributed, the corrections published since,
//! and the data to download.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::progressive::{use_drawn, SCREENFUL};
use crate::components::source_citation::source_title;
use crate::dataset::RecordLabel;
use crate::ids::SourceId;
use crate::context::use_widget;
use crate::lang::Lang;
use crate::model::Correction;
use crate::files::{CORRECTIONS_JSON, DATA_CSV, DATA_JSON};
use crate::notice::Failure;
use crate::words::{Words, P, T};

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// The document a citation took the reader to: marked, and focused (`linked`).
    pub shown: Option<SourceId>,
}

#[function_component(Sources)]
pub fn sources(props: &SourcesProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let sources = data.records.sources.iter().map(|s| {
        let shown = props.shown.as_ref() == Some(&s.id);
        let counts = super::cited_by(&data.citations(&s.id), w);
        html! {
            <li class={classes!("sm-source", shown.then_some("sm-shown"))} id={widget.id(&["source", &s.id])} aria-current={shown.then_some("true")}>
                // The shown entry's heading takes the focus a citation brings (`Widget::linked_item`).
                <h3 id={widget.id(&["source", &s.id, "heading"])} tabindex={shown.then_some("-1")}>{ source_title(w, s) }</h3>
                if let Some(byline) = &s.byline {
                    <p class="sm-muted">{ byline }</p>
                }
                <p><strong>{ w.t(T::SourcesWhen) }</strong>{ " " }{ &s.period }</p>
                <p>{ &s.description }</p>
                <p class="sm-muted">{ counts }</p>
            </li>
        }
    });
    let reviewed = w.date(&data.records.meta.reviewed);
    html! {
        <div class="sm-sources">
            <h2 class="sm-visually-hidden">{ w.t(T::TabSources) }</h2>
            <p class="sm-lead">{ w.n(P::SourcesLead, data.records.sources.len(), &[]) }</p>
            <ol class="sm-source-list">{ for sources }</ol>
            <h3>{ w.t(T::SourcesCorrections) }</h3>
            <p>{ w.f(T::SourcesReviewed, &[("date", &reviewed)]) }</p>
            // A fresh list for each dataset (a run-time one brings its own).
            <Corrections key={format!("{:p}", std::rc::Rc::as_ptr(data))} />
            <h3>{ w.t(T::SourcesData) }</h3>
            // A dataset loaded at run time is the document at its address;
            // the build's table of stances is the bundled data's, not its.
            <ul>
                <li><a href={data.address.clone().unwrap_or_else(|| widget.file(DATA_JSON))} download="">{ w.t(T::SourcesDataJson) }</a></li>
                if data.address.is_none() {
                    <li><a href={widget.file(DATA_CSV)} download="">{ w.t(T::SourcesDataCsv) }</a></li>
                }
            </ul>
        </div>
    }
}

/// Where the list of corrections stands: it loads when a reader first asks.
#[derive(Clone, PartialEq)]
enum Loaded {
    Hidden,
    Loading,
    Shown(Rc<Vec<Correction>>),
    Failed(Failure),
}

/// A button that shows the corrections, newest first: for the bundled dataset
/// from the file beside the app, for a run-time dataset from its own records.
#[function_component(Corrections)]
fn corrections() -> Html {
    let widget = use_widget();
    let w = &widget.words;
    let list = use_state(|| Loaded::Hidden);
    let region = widget.id(&["corrections"]);
    let onclick = {
        let (list, widget) = (list.clone(), widget.clone());
        Callback::from(move |_: MouseEvent| match &*list {
            Loaded::Shown(_) => list.set(Loaded::Hidden),
            Loaded::Loading => {}
            _ if !widget.data.corrections_beside => list.set(Loaded::Shown(Rc::new(widget.data.records.corrections.clone()))),
            _ => {
                list.set(Loaded::Loading);
                let (list, url, base) = (list.clone(), widget.file(CORRECTIONS_JSON), widget.base.to_string());
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = crate::fetch::fetch_document(&url, &base, false).await.and_then(|text| crate::dataset::parse_json(&text).map_err(Failure::NotData));
                    list.set(match loaded {
                        Ok(corrections) => Loaded::Shown(Rc::new(corrections)),
                        Err(reason) => Loaded::Failed(reason),
                    });
                });
            }
        })
    };
    let body = match &*list {
        Loaded::Hidden => Html::default(),
        Loaded::Loading => html! { <p class="sm-status" role="status">{ w.t(T::CorrectionsLoading) }</p> },
        Loaded::Failed(reason) => html! {
            <p class="sm-status" role="status">{ w.f(T::CorrectionsFailed, &[("reason", &reason.words(w))]) }</p>
        },
        Loaded::Shown(corrections) if corrections.is_empty() => html! { <p>{ w.t(T::CorrectionsNone) }</p> },
        Loaded::Shown(corrections) => html! { <Log corrections={corrections.clone()} /> },
    };
    let expanded = matches!(&*list, Loaded::Shown(_));
    html! {
        // The chevron says open or closed, as the cards' and answers' do.
        <div class={classes!("sm-corrections-block", expanded.then_some("sm-open"))}>
            <button type="button" class="sm-link" aria-expanded={expanded.to_string()} aria-controls={region.clone()} {onclick}>
                <span class="sm-chevron" aria-hidden="true"></span>{ w.t(T::CorrectionsToggle) }
            </button>
            <div id={region}>{ body }</div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LogProps {
    corrections: Rc<Vec<Correction>>,
}

/// Entries in a part of the log: a part, once whole, is not rendered again
/// as the log grows.
const PART: usize = 12;

/// The corrections, newest first, drawn a few at a time (`use_drawn`), in
/// parts: the log's two hundred entries built in one task kept a slow
/// phone's tap waiting, and one list growing whole would build its every
/// entry again each step.
#[function_component(Log)]
fn log(props: &LogProps) -> Html {
    let w = &use_widget().words;
    let entries = use_memo(props.corrections.clone(), |corrections| {
        // Editors append corrections; the sort is stable, so on one day the last written comes first too.
        let mut newest_first: Vec<Correction> = corrections.iter().rev().cloned().collect();
        newest_first.sort_by(|a, b| b.date.cmp(&a.date));
        newest_first
    });
    let drawn = use_drawn(SCREENFUL, entries.len(), 0);
    let parts = (0..drawn).step_by(PART).map(|from| html! {
        <LogPart key={from} entries={entries.clone()} {from} to={(from + PART).min(drawn)} />
    });
    html! {
        <>
            <p class="sm-status" role="status">{ w.n(P::CorrectionsCount, entries.len(), &[]) }</p>
            if w.lang != Lang::En {
                <p class="sm-muted">{ w.t(T::CorrectionsInEnglish) }</p>
            }
            <ol class="sm-corrections">{ for parts }</ol>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LogPartProps {
    entries: Rc<Vec<Correction>>,
    from: usize,
    to: usize,
}

#[function_component(LogPart)]
fn log_part(props: &LogPartProps) -> Html {
    let widget = use_widget();
    let w = &widget.words;
    let items = props.entries[props.from..props.to].iter().map(|c| html! {
        <li class="sm-correction">
            <p><strong>{ record_label(widget.data.record_label(c), w) }</strong>
                // A dot to the eye, a pause to the ear.
                <span aria-hidden="true">{ " · " }</span><span class="sm-visually-hidden">{ ", " }</span><time datetime={c.date.clone()}>{ w.date(&c.date) }</time></p>
            // The log is kept in the dataset's language.
            <p lang={Lang::En.code()}>{ &c.change }</p>
            <p class="sm-muted">{ w.t(T::CorrectionsWhy) }{ " " }<span lang={Lang::En.code()}>{ &c.reason }</span></p>
        </li>
    });
    html! { <>{ for items }</> }
}

/// A correction's record: its title, the headline it cites, or its id.
fn record_label(label: RecordLabel, w: &Words) -> Html {
    match label {
        RecordLabel::Title(text) => html! { { text } },
        RecordLabel::Source(source) => source_title(w, &source),
        RecordLabel::Reading { actor, on, source } => html! {
            <>{ w.f(T::CellOn, &[("actor", &actor), ("issue", &on)]) }{ " (" }{ source_title(w, &source) }{ ")" }</>
        },
        RecordLabel::Id(id) => html! { <code>{ id }</code> },
    }
}
