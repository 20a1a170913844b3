//! "Source: <headline>", for any record that cites sources by id, the
//! headline a link to the document's entry in Sources (one listener on the
//! panels follows them all: `use_citation_links`); and the headline as
//! that entry shows it (linked only when its address is plain `https:`);
//! both name a source as `headline` does, as the no-JS fallback's lists do.
//! Functions, not components: every stance, figure and event cites, so a
//! panel holds dozens of them. The same line of a label and its links
//! (`labelled_links`) says "See also" under an answer.

use yew::prelude::*;

use crate::context::Widget;
use crate::ids::SourceId;
use crate::lang::Lang;
use crate::model::Source;
use crate::components::view_link::stays_in_widget;
use crate::state::{Action, State};
use crate::tabs::sources;
use crate::words::{Words, P, T};

/// The attribute of a citation's link that names the source it cites.
const CITES: &str = "data-source";

/// The one listener, on the panels, that follows every citation's link: a
/// plain click opens the document's entry in Sources in place.
#[hook]
pub fn use_citation_links(dispatch: Callback<Action>) -> Callback<MouseEvent> {
    use_callback(dispatch, |e: MouseEvent, dispatch| {
        let link = e.target_dyn_into::<web_sys::Element>().and_then(|t| t.closest(&format!("a[{CITES}]")).ok().flatten());
        if let Some(source) = link.and_then(|a| a.get_attribute(CITES)).filter(|_| stays_in_widget(&e)) {
            e.prevent_default();
            dispatch.emit(sources::Action::Show(source.as_str().into()).into());
        }
    })
}

/// A source's headline, or, where the document has none, its opening words
/// so introduced: in a citation, a source's entry and the no-JS fallback.
pub fn headline(w: &Words, s: &Source) -> Html {
    // Headlines are in the dataset's language, whatever the reader's.
    let lang = Lang::En.code();
    if s.untitled {
        html! { <>{ w.t(T::SourceUntitled) }{ " " }<q {lang}>{ &s.headline }</q></> }
    } else {
        html! { <cite {lang}>{ &s.headline }</cite> }
    }
}

/// The headline as the source's entry shows it: linked to the document
/// where its address is plain `https:` (in a tab of its own: followed in an
/// iframe, the other site would take the widget's box in the article and
/// see the article's origin), any other address shown as text.
pub fn source_title(w: &Words, s: &Source) -> Html {
    let title = headline(w, s);
    match (s.link(), &s.url) {
        (Some(href), _) => html! { <a href={href.to_string()} target="_blank" rel="noopener noreferrer">{ title }</a> },
        (None, Some(url)) => html! { <>{ title }{ format!(" ({url})") }</> },
        (None, None) => title,
    }
}

/// The sources `sources` names, each by its headline.
pub fn source_citation(widget: &Widget, sources: &[SourceId]) -> Html {
    let w = &widget.words;
    let cited: Vec<Html> = sources
        .iter()
        .filter_map(|id| widget.data.source(id))
        .map(|s| {
            let href = widget.link(&State::default().apply(sources::Action::Show(s.id.clone()).into()).view);
            html! { <a class="sm-link" {href} data-source={s.id.to_string()}>{ headline(w, s) }</a> }
        })
        .collect();
    labelled_links(&w.n(P::SourceLabel, cited.len(), &[]), None, cited)
}

/// "`label` <link>; <link>", as a line of small print in running text
/// (links inline, not the controls' tall boxes), with a `class` of its own
/// beside `sm-citation`'s; nothing without links.
pub fn labelled_links(label: &str, class: Option<&'static str>, links: Vec<Html>) -> Html {
    let titles = match links.as_slice() {
        [] => return Html::default(),
        // One link (most records' one source): no list of one for a screen
        // reader to announce, and fewer elements where a card cites dozens of times.
        [one] => one.clone(),
        // A list without markers is no list to some screen readers; its separators are not read out.
        _ => html! { <ul role="list">{ for links.into_iter().map(|link| html! { <li>{ link }</li> }) }</ul> },
    };
    html! {
        <div class={classes!("sm-citation", class)}>
            // A space, not only a margin: text read or copied as one line ("Source: …") keeps the two apart.
            <span class="sm-citation-label">{ label }</span>{ " " }{ titles }
        </div>
    }
}
