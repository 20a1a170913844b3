//! An issue's proposition, labelled as what each position is for or against:
//! on its card, in the matrix's cell detail and in the phone's list; and
//! every issue's, as the key to a table whose columns are headed by their
//! short form (the matrix's, the fallback's).

use yew::prelude::*;

use crate::model::Issue;
use crate::words::{Words, T};

pub fn proposition(w: &Words, issue: &Issue) -> Html {
    html! { <p class="sm-proposition">{ w.t(T::IssueProposition) }{ " " }<strong>{ &issue.proposition }</strong></p> }
}

/// Each issue's column heading beside the question it stands for, which a
/// cell's "Yes" or "No" answers: in sight, as a heading's title is not on a
/// touch screen or to the keyboard.
pub fn column_questions<'a>(w: &Words, issues: impl IntoIterator<Item = &'a Issue>) -> Html {
    let questions = issues.into_iter().map(|i| html! { <><dt>{ &i.short }</dt><dd>{ &i.proposition }</dd></> });
    html! { <><h4>{ w.t(T::LegendQuestions) }</h4><dl class="sm-questions">{ for questions }</dl></> }
}
