//! "Source: <headline>", for any record that cites sources by id.

use yew::prelude::*;

use crate::context::use_widget;

#[derive(Properties, PartialEq)]
pub struct SourceCitationProps {
    pub sources: Vec<String>,
}

#[function_component(SourceCitation)]
pub fn source_citation(props: &SourceCitationProps) -> Html {
    let widget = use_widget();
    let cited: Vec<Html> = props
        .sources
        .iter()
        .filter_map(|id| widget.data.source(id))
        .map(|s| match (s.link(), &s.url) {
            (Some(href), _) => html! { <li><cite><a href={href.to_string()} rel="noopener noreferrer">{ &s.headline }</a></cite></li> },
            (None, Some(url)) => html! { <li><cite>{ &s.headline }</cite>{ format!(" ({url})") }</li> },
            (None, None) => html! { <li><cite>{ &s.headline }</cite></li> },
        })
        .collect();
    let label = if cited.len() == 1 { "Source:" } else { "Sources:" };
    html! {
        <div class="sm-citation">
            <span class="sm-citation-label">{ label }</span>
            <ul>{ for cited }</ul>
        </div>
    }
}
