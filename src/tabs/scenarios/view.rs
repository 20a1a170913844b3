//! Pick a scenario, or two to compare side by side: what each settles, who
//! backs or rejects it, preconditions, risks, analogues and sources.

use yew::prelude::*;

use crate::browser::selected;
use crate::components::menu::menu;
use crate::components::reading::reading;
use crate::components::source_citation::source_citation;
use crate::components::stance_badge::stance_badge;
use crate::components::view_link::view_button;
use crate::context::{use_widget, Widget};
use crate::deal::{assess, Deal};
use crate::ids::ScenarioId;
use crate::model::{ReactionKind, Scenario};
use crate::state::Action;
use crate::tabs::{deal::actor_verdict, ViewProps};
use crate::words::{Words, P, T};

#[function_component(Scenarios)]
pub fn scenarios(props: &ViewProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let Some(first) = props.view.scenarios.shown(data) else {
        return html! { <p>{ w.t(T::ScenariosNone) }</p> };
    };
    // The scenario shown is never compared with itself: neither select
    // offers the scenario the other holds (as the matrix's comparison of two
    // actors does); the state and links never pair one with itself, and the
    // view holds to that too.
    let second = props.view.scenarios.versus.as_ref().filter(|&id| id != &first.id).and_then(|id| data.scenario(id));
    let scenarios = |other: Option<ScenarioId>| data.records.scenarios.iter().map(move |s| (s.id.as_str(), s.title.as_str(), other.as_ref() != Some(&s.id)));
    let id = |name: &str| widget.id(&["scenario", name]);
    let shown = first.id.clone();
    html! {
        <div class="sm-scenarios">
            <h2 class="sm-visually-hidden">{ w.t(T::TabScenarios) }</h2>
            <div class="sm-filters" role="group" aria-label={w.t(T::ScenariosChoose).to_string()}>
                <div class="sm-field">
                    <label for={id("first")}>{ w.t(T::ScenariosScenario) }</label>
                    { menu(id("first"), Some(first.id.as_str()), None, scenarios(second.map(|s| s.id.clone())), false, props.on_action.reform(move |e| Action::from(super::Action::Pick(selected(&e))))) }
                </div>
                <div class="sm-field">
                    <label for={id("second")}>{ w.t(T::ScenariosCompareWith) }</label>
                    { menu(id("second"), second.map(|s| s.id.as_str()), Some(w.t(T::ScenariosNothing)), scenarios(Some(first.id.clone())), false, props.on_action.reform(move |e| Action::from(super::Action::PickVersus { shown: shown.clone(), versus: selected(&e) }))) }
                </div>
            </div>
            if let Some(second) = second {
                <Comparison first={first.clone()} second={second.clone()} package={props.view.deal.clone()} on_action={props.on_action.clone()} />
            } else {
                <ScenarioPanel scenario={first.clone()} package={props.view.deal.clone()} on_action={props.on_action.clone()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ScenarioPanelProps {
    scenario: Scenario,
    /// The package now in the builder, which opening the scenario there replaces.
    package: Deal,
    on_action: Callback<Action>,
}

#[function_component(ScenarioPanel)]
fn scenario_panel(props: &ScenarioPanelProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let s = &props.scenario;
    let settles = s.settles.iter().map(|x| html! {
        <div class="sm-settle">
            <dt>{ data.issue(&x.issue).map(|i| i.title.clone()).unwrap_or_default() }</dt>
            <dd>{ &x.outcome }</dd>
        </div>
    });
    let lists = NAMED_LISTS.iter().map(|&(title, items, none)| {
        let (muted, content) = named(w, items(s), none);
        html! { <><h4>{ w.t(title) }</h4>if muted { <p class="sm-muted">{ content }</p> } else { { content } }</> }
    });
    let heading = widget.id(&["scenario-title", &s.id]);
    html! {
        <article class="sm-scenario" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ &s.title }</h3>
            <p>{ &s.summary }</p>
            <h4>{ w.t(T::ScenariosSettles) }</h4>
            <dl class="sm-settles">{ for settles }</dl>
            <h4>{ w.t(T::ScenariosCrossings) }</h4>
            <Crossings scenario={s.id.clone()} level={Some("h5")} package={props.package.clone()} on_action={props.on_action.clone()} />
            <h4>{ w.t(T::ScenariosReception) }</h4>
            { reception(&widget, s) }
            { for lists }
            { source_citation(&widget, &s.sources) }
        </article>
    }
}

/// What a scenario needs, risks and resembles, as the sources name them:
/// each list's heading, its items and its words where they name none. The
/// panel and the comparison show these three alike.
const NAMED_LISTS: [(T, Items, T); 3] = [
    (T::ScenariosPreconditions, |s| &s.preconditions, T::ScenariosNoneNamed),
    (T::ScenariosRisks, |s| &s.risks, T::ScenariosNoRisks),
    (T::ScenariosAnalogues, |s| &s.analogues, T::ScenariosNoneNamed),
];

/// A scenario's list of one kind (`NAMED_LISTS`).
type Items = fn(&Scenario) -> &[String];

/// A list the sources name, or their silence (muted: `true`).
fn named(w: &Words, items: &[String], none: T) -> (bool, Html) {
    if items.is_empty() {
        (true, html! { w.t(none) })
    } else {
        (false, html! { <ul>{ for items.iter().map(|t| html! { <li>{ t }</li> }) }</ul> })
    }
}

/// Who backs or rejects a scenario, as each source reports it. Where none
/// does, but a red line or rejection of its settlements is listed above
/// (`Crossings`), it is not contradicted: the silence is about it as a whole.
fn reception(widget: &Widget, s: &Scenario) -> Html {
    let (data, w) = (&widget.data, &widget.words);
    if s.reception.is_empty() {
        let rejected = assess(data, &Deal::of_scenario(data, &s.id)).conflicting().next().is_some();
        let none = if rejected { T::ScenariosNoReceptionWhole } else { T::ScenariosNoReception };
        return html! { <p class="sm-muted">{ w.t(none) }</p> };
    }
    let items = s.reception.iter().map(|r| {
        let who = html! {
            <p class="sm-reception-actor">
                <strong>{ data.actor(&r.actor).map(|a| a.name.clone()).unwrap_or_default() }</strong>
                { " " }{ stance_badge(w, Some(r.position)) }
            </p>
        };
        html! { <li>{ reading(widget, r.into(), who) }</li> }
    });
    html! { <ul class="sm-reception" role="list">{ for items }</ul> }
}

#[derive(Properties, PartialEq)]
struct ComparisonProps {
    first: Scenario,
    second: Scenario,
    package: Deal,
    on_action: Callback<Action>,
}

/// Two scenarios side by side, one row per issue either settles (in issue
/// order), then what each would cross, who backs or rejects each, what each
/// needs and risks, and its analogues: everything one scenario shows.
#[function_component(Comparison)]
fn comparison(props: &ComparisonProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let pair = [&props.first, &props.second];
    // The roles the elements have anyway, said outright: on a phone the rows
    // are laid out as grids, and some browsers then stop exposing a table.
    let cell = |muted: bool, content: Html| html! { <td role="cell" class={muted.then_some("sm-muted")}>{ content }</td> };
    let row = |title: &str, cells: Vec<Html>| html! { <tr role="row"><th scope="row" role="rowheader">{ title.to_string() }</th>{ for cells }</tr> };
    // Rows of quoted verdicts, too long for half a phone's width: there each
    // scenario's cell runs the whole width, under its title (which a screen
    // reader has from the column's heading).
    let long_row = |title: &str, content: &dyn Fn(&Scenario) -> Html| html! {
        <tr role="row" class="sm-row-long">
            <th scope="row" role="rowheader">{ title.to_string() }</th>
            { for pair.iter().map(|s| html! { <td role="cell"><p class="sm-cell-scenario" aria-hidden="true">{ &s.title }</p>{ content(s) }</td> }) }
        </tr>
    };
    let outcome = |s: &Scenario, issue: &str| match s.settles.iter().find(|x| x.issue == issue) {
        Some(x) => cell(false, html! { &x.outcome }),
        None => cell(true, html! { w.t(T::ScenariosNotSettled) }),
    };
    let issues = data.records.issues.iter().filter(|i| pair.iter().any(|s| s.settles.iter().any(|x| x.issue == i.id)));
    let rows = issues.map(|i| row(&i.title, pair.iter().map(|s| outcome(s, &i.id)).collect()));
    let lists = NAMED_LISTS.iter().map(|&(title, items, none)| {
        row(w.t(title), pair.iter().map(|s| {
            let (muted, content) = named(w, items(s), none);
            cell(muted, content)
        }).collect())
    });
    html! {
        <table class="sm-comparison" role="table">
            <caption>{ w.f(T::ScenariosComparison, &[("first", &props.first.title), ("second", &props.second.title)]) }</caption>
            <thead role="rowgroup"><tr role="row"><td role="cell"></td>{ for pair.iter().map(|s| html! { <th scope="col" role="columnheader">{ &s.title }</th> }) }</tr></thead>
            <tbody role="rowgroup">
                { row(w.t(T::ScenariosInShort), pair.iter().map(|s| cell(false, html! { &s.summary })).collect()) }
                { for rows }
                { long_row(w.t(T::ScenariosCrossings), &|s| html! { <Crossings scenario={s.id.clone()} package={props.package.clone()} on_action={props.on_action.clone()} /> }) }
                { long_row(w.t(T::ScenariosReception), &|s| reception(&widget, s)) }
                { for lists }
                { row(w.t(T::TabSources), pair.iter().map(|s| cell(false, source_citation(&widget, &s.sources))).collect()) }
            </tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
struct CrossingsProps {
    scenario: ScenarioId,
    /// The heading level of each actor's name (see `actor_verdict`); none in a table's cell.
    #[prop_or_default]
    level: Option<&'static str>,
    /// The package now in the builder: the button says when it would replace it.
    package: Deal,
    on_action: Callback<Action>,
}

/// What the sources report against a scenario, read as a deal: how many of
/// its settlements are builder options, how many reactions to them are
/// unknown, each actor's stated red lines and rejections with their quotes
/// (and its position on what the options it has no reaction to settle), and
/// a way to take it into the builder.
#[function_component(Crossings)]
fn crossings(props: &CrossingsProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let scenario = data.scenario(&props.scenario);
    let settles = scenario.map_or(0, |s| s.settles.len());
    let deal = Deal::of_scenario(data, &props.scenario);
    if deal.is_empty() {
        return html! { <p class="sm-muted">{ w.t(T::CrossingsNoOptions) }</p> };
    }
    let verdict = assess(data, &deal);
    let conflicting: Vec<_> = verdict.conflicting().collect();
    // Opening it puts the scenario's package in place of the reader's: said beforehand, where theirs differs.
    let replaces = (!props.package.is_empty() && props.package != deal).then(|| widget.id(&["scenario", &props.scenario, "replaces"]));
    html! {
        <div class="sm-crossings">
            <p class="sm-muted">
                { w.n(P::CrossingsOptions, verdict.chosen.len(), &[("all", &settles.to_string())]) }{ " " }
                { w.n(P::CrossingsUnknown, verdict.possible(), &[("unknown", &verdict.unknown().to_string())]) }
            </p>
            if verdict.nothing_known() {
                <p>{ w.t(T::CrossingsNoneKnown) }</p>
            } else if conflicting.is_empty() {
                <p>{ w.t(T::CrossingsNone) }</p>
            } else {
                <ul class="sm-verdicts" role="list">
                    { for conflicting.iter().map(|v| html! {
                        <li key={v.actor.id.as_str()} class="sm-verdict">{ actor_verdict(&widget, &verdict, v, props.level, ReactionKind::conflicts) }</li>
                    }) }
                </ul>
            }
            if let Some(id) = &replaces {
                <p class="sm-muted" id={id.clone()}>{ w.t(T::CrossingsReplaces) }</p>
            }
            // A link: Back returns to it, and it opens in a new tab too. Named
            // for its scenario as well, since a comparison holds two.
            { view_button(&widget, html! { <>{ w.t(T::CrossingsOpen) }<span class="sm-visually-hidden">{ ": " }{ scenario.map(|s| s.title.clone()) }</span></> },
                replaces, crate::tabs::deal::Action::Load(deal).into(), &props.on_action) }
        </div>
    }
}
