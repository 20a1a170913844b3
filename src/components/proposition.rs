//! An issue's proposition, labelled as what each position is for or against:
//! on its card, in the matrix's cell detail and in the phone's list.

use yew::prelude::*;

use crate::model::Issue;
use crate::words::{Words, T};

pub fn proposition(w: &Words, issue: &Issue) -> Html {
    html! { <p class="sm-proposition">{ w.t(T::IssueProposition) }{ " " }<strong>{ &issue.proposition }</strong></p> }
}
