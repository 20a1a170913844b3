//! The five documents, what each contributed, the corrections published since,
//! and the data to download.

use yew::prelude::*;

use crate::components::source_citation::SourceTitle;
use crate::context::use_widget;
use crate::dataset::long_date;

/// The files Trunk's post-build hook writes beside the app (see `src/bin/export.rs`).
pub const DATA_JSON: &str = "stancemap-data.json";
pub const DATA_CSV: &str = "stancemap-stances.csv";

#[function_component(Sources)]
pub fn sources() -> Html {
    let widget = use_widget();
    let data = &widget.data;
    let sources = data.records.sources.iter().map(|s| {
        let c = data.citations(&s.id);
        let counts = format!(
            "Cited by {} stances ({} with a quote), {} figures, {} FAQ answers and {} scenarios.",
            c.stances, c.quotes, c.figures, c.faq, c.scenarios
        );
        html! {
            <li class="sm-source">
                <h3><SourceTitle source={s.clone()} /></h3>
                if let Some(byline) = &s.byline {
                    <p class="sm-muted">{ byline }</p>
                }
                <p><strong>{ "When: " }</strong>{ &s.period }</p>
                <p>{ &s.description }</p>
                <p class="sm-muted">{ counts }</p>
            </li>
        }
    });
    let corrections = data.records.corrections.iter().rev().map(|c| html! {
        <li class="sm-correction">
            <p><strong>{ data.record_label(c) }</strong>{ " · " }<time datetime={c.date.clone()}>{ long_date(&c.date) }</time></p>
            <p>{ &c.change }</p>
            <p class="sm-muted">{ "Why: " }{ &c.reason }</p>
        </li>
    });
    let reviewed = long_date(&data.records.meta.reviewed);
    html! {
        <div class="sm-sources">
            <h2 class="sm-visually-hidden">{ "Sources" }</h2>
            <p class="sm-lead">{ "Every position, number and quote in this explainer comes from one of these five documents. Quotes are verbatim; everything else is summarised in neutral words. Where the documents are silent, we say “no stated position”." }</p>
            <ol class="sm-source-list">{ for sources }</ol>
            <h3>{ "Corrections" }</h3>
            <p>{ format!("Every record was last re-read against its source document on {reviewed}. ") }
                { match data.records.corrections.len() {
                    0 => "No correction has been needed so far.".to_string(),
                    1 => "One correction has been published, listed here; the data downloads include it.".to_string(),
                    n => format!("{n} corrections have been published, newest first; the data downloads include them."),
                } }</p>
            if !data.records.corrections.is_empty() {
                <details class="sm-corrections">
                    <summary>{ "Show every correction: what changed and why" }</summary>
                    <ol>{ for corrections }</ol>
                </details>
            }
            <h3>{ "Get the data" }</h3>
            <ul>
                <li><a href={widget.file(DATA_JSON)} download="">{ "The whole dataset (JSON)" }</a></li>
                <li><a href={widget.file(DATA_CSV)} download="">{ "The stance matrix with sources (CSV)" }</a></li>
            </ul>
        </div>
    }
}
