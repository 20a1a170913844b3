//! A card per issue; a card opens in place to show the summary, why it is
//! hard, its figures, every actor's stance, related scenarios and terms.

use yew::prelude::*;

use crate::components::disclosure::Disclosure;
use crate::components::figure_list::figure_list;
use crate::components::glossary_text::GlossaryText;
use crate::components::name_list::name_list;
use crate::components::progressive::{through, use_drawn, SCREENFUL};
use crate::components::proposition::proposition;
use crate::components::source_citation::source_citation;
use crate::components::stance_badge::reading_badge;
use crate::components::stance_detail::stance_detail;
use crate::components::view_link::view_link;
use crate::context::use_widget;
use crate::ids::IssueId;
use crate::state::Action;
use crate::tabs::{ItemProps, ViewProps};
use crate::words::T;

#[function_component(Issues)]
pub fn issues(props: &ViewProps) -> Html {
    let widget = use_widget();
    let w = &widget.words;
    let issues = &widget.data.records.issues;
    let drawn = use_drawn(SCREENFUL, issues.len(), through(issues, |i| props.view.issues.open.as_ref() == Some(&i.id)));
    // Narrow, stable props: opening one card re-renders that card alone.
    let cards = issues.iter().take(drawn).map(|issue| html! {
        <IssueCard key={issue.id.as_str()} id={issue.id.clone()} open={props.view.issues.open.as_ref() == Some(&issue.id)}
            on_action={props.on_action.clone()} />
    });
    html! {
        <div class="sm-issues">
            <h2 class="sm-visually-hidden">{ w.t(T::TabIssues) }</h2>
            <p class="sm-lead">{ w.t(T::IssuesLead) }</p>
            // Keyed cards in a container of their own (see the FAQ's list).
            <div class="sm-card-list">{ for cards }</div>
        </div>
    }
}

#[function_component(IssueCard)]
fn issue_card(props: &ItemProps<IssueId>) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let Some(issue) = data.issue(&props.id) else { return Html::default() };
    let stated: Vec<_> = data.records.actors.iter().map(|a| (a, data.readings(&a.id, &issue.id))).filter(|(_, readings)| !readings.is_empty()).collect();
    let badges = stated.iter().map(|(a, readings)| html! {
        <li><span class="sm-badge-actor">{ &a.short }</span><span class="sm-visually-hidden">{ ": " }</span>{ reading_badge(w, readings) }</li>
    });
    let aside = html! {
        <div class="sm-card-aside">
            { proposition(w, issue) }
            if stated.is_empty() {
                <p class="sm-muted">{ w.t(T::IssuesNoStances) }</p>
            } else {
                <ul class="sm-badge-row" aria-label={w.t(T::IssuesGlance).to_string()}>{ for badges }</ul>
            }
        </div>
    };
    let id = issue.id.clone();
    html! {
        <Disclosure id={widget.id(&["issue", &issue.id])} title={issue.title.clone()} open={props.open}
            on_toggle={props.on_action.reform(move |_| Action::from(super::Action::Toggle(id.clone())))} {aside} class="sm-card">
            <IssueBody id={issue.id.clone()} on_action={props.on_action.clone()} />
        </Disclosure>
    }
}

#[derive(Properties, PartialEq)]
struct IssueBodyProps {
    id: IssueId,
    on_action: Callback<Action>,
}

/// An open card's body: a component of its own, so that a closed card,
/// which never shows it, never builds it.
#[function_component(IssueBody)]
fn issue_body(props: &IssueBodyProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let (stated, silent): (Vec<_>, Vec<_>) = data.records.actors.iter().partition(|a| data.stance(&a.id, &props.id).is_some());
    // Every actor's stance is most of an open card, and it comes after the
    // card's text and figures: a card with up to `SCREENFUL` of them is
    // drawn whole; a longer one draws its first in the frame after the tap
    // and the rest below it, then what follows them (the actors with no
    // stated position, the scenarios, the terms), once, not pushed down at
    // each step.
    let first = if stated.len() <= SCREENFUL { stated.len() } else { 1 };
    let drawn = use_drawn(first, stated.len(), 0);
    let whole = drawn == stated.len();
    let Some(issue) = data.issue(&props.id) else { return Html::default() };
    let stances = stated.iter().take(drawn).map(|a| html! {
        <li>{ stance_detail(&widget, Some(&a.name), &a.id, &issue.id) }</li>
    });
    let scenarios: Vec<Html> = if whole {
        data.scenarios_settling(&issue.id).map(|s| html! {
            <li>{ view_link(&widget, &s.title, crate::tabs::scenarios::Action::GoTo(s.id.clone()).into(), &props.on_action) }</li>
        }).collect()
    } else {
        Vec::new()
    };
    // Each definition whole: only in running text does `glossary::mark`
    // leave out what the text around a term already says.
    let terms: Vec<Html> = if whole {
        data.terms_of(issue).map(|t| html! {
            <div class="sm-term-entry"><dt>{ &t.term }</dt><dd>{ &t.definition }</dd></div>
        }).collect()
    } else {
        Vec::new()
    };
    html! {
        <>
            <GlossaryText text={issue.summary.clone()} />
            <h4>{ w.t(T::IssuesWhyHard) }</h4>
            <GlossaryText text={issue.why_hard.clone()} />
            { source_citation(&widget, &issue.sources) }
            if !issue.figures.is_empty() {
                <h4>{ w.t(T::IssuesNumbers) }</h4>
                { figure_list(&widget, &issue.figures) }
            }
            // Where no source gives a position, the card's aside says so, once.
            if !stated.is_empty() {
                <h4>{ w.t(T::IssuesStances) }</h4>
                <ul class="sm-stances">{ for stances }</ul>
                if whole && !silent.is_empty() {
                    { name_list(widget.id(&["issue", &issue.id, "silent"]), w.t(T::IssuesSilent), silent.iter().map(|a| a.short.as_str())) }
                }
            }
            if !scenarios.is_empty() {
                <h4>{ w.t(T::IssuesScenarios) }</h4>
                <ul class="sm-inline-list">{ for scenarios }</ul>
            }
            if !terms.is_empty() {
                <h4>{ w.t(T::IssuesTerms) }</h4>
                <dl class="sm-terms">{ for terms }</dl>
            }
        </>
    }
}
