//! "Source: <headline>", for any record that cites sources by id, and the
//! headline itself (linked only when its address is plain `https:`).

use yew::prelude::*;

use crate::ids::SourceId;

use crate::context::use_widget;
use crate::lang::Lang;
use crate::model::Source;
use crate::words::{P, T};

#[derive(Properties, PartialEq)]
pub struct SourceTitleProps {
    pub source: Source,
}

/// A source's headline, or, where the document has none, its opening words
/// so introduced (`fallback::cite` writes the same); any other address is
/// shown as text beside it.
#[function_component(SourceTitle)]
pub fn source_title(props: &SourceTitleProps) -> Html {
    let w = use_widget().words;
    let s = &props.source;
    // Headlines are in the dataset's language, whatever the reader's.
    let lang = Lang::En.code();
    let title = if s.untitled {
        html! { <>{ w.t(T::SourceUntitled) }{ " " }<q {lang}>{ &s.headline }</q></> }
    } else {
        html! { <cite {lang}>{ &s.headline }</cite> }
    };
    match (s.link(), &s.url) {
        (Some(href), _) => html! { <a href={href.to_string()} rel="noopener noreferrer">{ title }</a> },
        (None, Some(url)) => html! { <>{ title }{ format!(" ({url})") }</> },
        (None, None) => title,
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceCitationProps {
    pub sources: Vec<SourceId>,
}

#[function_component(SourceCitation)]
pub fn source_citation(props: &SourceCitationProps) -> Html {
    let widget = use_widget();
    let cited: Vec<Html> = props
        .sources
        .iter()
        .filter_map(|id| widget.data.source(id))
        .map(|s| html! { <li><SourceTitle source={s.clone()} /></li> })
        .collect();
    let label = widget.words.n(P::SourceLabel, cited.len(), &[]);
    html! {
        <div class="sm-citation">
            // A space, not only a margin: text read or copied as one line ("Source: …") keeps the two apart.
            <span class="sm-citation-label">{ label }</span>{ " " }
            // A list without markers is no list to some screen readers; its separators are not read out.
            <ul role="list">{ for cited }</ul>
        </div>
    }
}
