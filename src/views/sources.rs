//! The five documents, what each contributed, and the data to download.

use yew::prelude::*;

use crate::components::source_citation::SourceTitle;
use crate::context::use_widget;

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
    html! {
        <div class="sm-sources">
            <h2 class="sm-visually-hidden">{ "Sources" }</h2>
            <p class="sm-lead">{ "Every position, number and quote in this explainer comes from one of these five documents. Quotes are verbatim; everything else is summarised in neutral words. Where the documents are silent, we say “no stated position”." }</p>
            <ol class="sm-source-list">{ for sources }</ol>
            <h3>{ "Get the data" }</h3>
            <ul>
                <li><a href={widget.file(DATA_JSON)} download="">{ "The whole dataset (JSON)" }</a></li>
                <li><a href={widget.file(DATA_CSV)} download="">{ "The stance matrix with sources (CSV)" }</a></li>
            </ul>
        </div>
    }
}
