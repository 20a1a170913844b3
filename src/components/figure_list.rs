//! Numbers from the sources, each with what it measures and where it comes from.

use yew::prelude::*;

use crate::components::source_citation::source_citation;
use crate::context::Widget;
use crate::ids::FigureId;

/// The figures `figures` names, in that order.
pub fn figure_list(widget: &Widget, figures: &[FigureId]) -> Html {
    let figures = figures.iter().filter_map(|id| widget.data.figure(id)).map(|f| {
        html! {
            <li class="sm-figure">
                <p class="sm-figure-value">{ &f.value }</p>
                <p class="sm-figure-label">{ &f.label }</p>
                { source_citation(widget, std::slice::from_ref(&f.source)) }
            </li>
        }
    });
    html! { <ul class="sm-figures">{ for figures }</ul> }
}
