//! Numbers from the sources, each with what it measures and where it comes from.

use yew::prelude::*;

use crate::components::source_citation::SourceCitation;
use crate::context::use_widget;
use crate::ids::FigureId;

#[derive(Properties, PartialEq)]
pub struct FigureListProps {
    pub figures: Vec<FigureId>,
}

#[function_component(FigureList)]
pub fn figure_list(props: &FigureListProps) -> Html {
    let widget = use_widget();
    let figures = props.figures.iter().filter_map(|id| widget.data.figure(id)).map(|f| {
        html! {
            <li class="sm-figure">
                <p class="sm-figure-value">{ &f.value }</p>
                <p class="sm-figure-label">{ &f.label }</p>
                <SourceCitation sources={vec![f.source.clone()]} />
            </li>
        }
    });
    html! { <ul class="sm-figures">{ for figures }</ul> }
}
