//! Pick a scenario, or two to compare side by side: what each settles, who
//! backs or rejects it, preconditions, risks, analogues and sources.

use yew::prelude::*;

use crate::browser::selected;
use crate::components::source_citation::SourceCitation;
use crate::components::stance_badge::StanceBadge;
use crate::context::use_widget;
use crate::model::Scenario;
use crate::state::Action;
use crate::views::ViewProps;

#[function_component(Scenarios)]
pub fn scenarios(props: &ViewProps) -> Html {
    let widget = use_widget();
    let data = &widget.data;
    let first = props.view.scenario.as_deref().and_then(|id| data.scenario(id)).or(data.records.scenarios.first());
    let second = props.view.versus.as_deref().and_then(|id| data.scenario(id));
    let Some(first) = first else {
        return html! { <p>{ "This dataset has no scenarios." }</p> };
    };
    let options = |chosen: Option<&str>, none: Option<&str>| {
        let mut options: Vec<Html> = none.into_iter().map(|label| html! { <option value="" selected={chosen.is_none()}>{ label }</option> }).collect();
        options.extend(data.records.scenarios.iter().map(|s| html! {
            <option value={s.id.clone()} selected={chosen == Some(s.id.as_str())}>{ &s.title }</option>
        }));
        options
    };
    let id = |name: &str| widget.id(&["scenario", name]);
    html! {
        <div class="sm-scenarios">
            <h2 class="sm-visually-hidden">{ "Scenarios" }</h2>
            <div class="sm-filters" role="group" aria-label="Choose scenarios">
                <div class="sm-field">
                    <label for={id("first")}>{ "Scenario" }</label>
                    <select id={id("first")} onchange={props.on_action.reform(move |e| Action::PickScenario(selected(&e)))}>
                        { for options(Some(first.id.as_str()), None) }
                    </select>
                </div>
                <div class="sm-field">
                    <label for={id("second")}>{ "Compare with" }</label>
                    <select id={id("second")} onchange={props.on_action.reform(move |e| Action::PickVersus(selected(&e)))}>
                        { for options(second.map(|s| s.id.as_str()), Some("Nothing")) }
                    </select>
                </div>
            </div>
            <div class={classes!("sm-scenario-grid", second.is_some().then_some("sm-side-by-side"))}>
                <ScenarioPanel scenario={first.clone()} />
                if let Some(second) = second {
                    <ScenarioPanel scenario={second.clone()} />
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ScenarioPanelProps {
    scenario: Scenario,
}

#[function_component(ScenarioPanel)]
fn scenario_panel(props: &ScenarioPanelProps) -> Html {
    let widget = use_widget();
    let data = &widget.data;
    let s = &props.scenario;
    let settles = s.settles.iter().map(|x| html! {
        <div class="sm-settle">
            <dt>{ data.issue(&x.issue).map(|i| i.title.clone()).unwrap_or_default() }</dt>
            <dd>{ &x.outcome }</dd>
        </div>
    });
    let reception = s.reception.iter().map(|r| html! {
        <li>
            <strong>{ data.actor(&r.actor).map(|a| a.name.clone()).unwrap_or_default() }</strong>
            { " " }<StanceBadge position={Some(r.position)} />
            <p>{ &r.note }</p>
            <SourceCitation sources={vec![r.source.clone()]} />
        </li>
    }).collect::<Vec<_>>();
    let list = |title: &str, items: &[String], none: &str| html! {
        <>
            <h4>{ title }</h4>
            if items.is_empty() {
                <p class="sm-muted">{ none }</p>
            } else {
                <ul>{ for items.iter().map(|t| html! { <li>{ t }</li> }) }</ul>
            }
        </>
    };
    let heading = widget.id(&["scenario-title", &s.id]);
    html! {
        <article class="sm-scenario" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ &s.title }</h3>
            <p>{ &s.summary }</p>
            <h4>{ "What it settles" }</h4>
            <dl class="sm-settles">{ for settles }</dl>
            <h4>{ "Who backs or rejects it" }</h4>
            if reception.is_empty() {
                <p class="sm-muted">{ "The sources report no actor's view of this scenario." }</p>
            } else {
                <ul class="sm-reception">{ for reception }</ul>
            }
            { list("Preconditions", &s.preconditions, "The sources name none.") }
            { list("Risks", &s.risks, "The sources name no specific risks.") }
            { list("Historical analogues", &s.analogues, "The sources name none.") }
            <SourceCitation sources={s.sources.clone()} />
        </article>
    }
}
