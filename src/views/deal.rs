//! Build a deal: one choice per issue (or leave it open), and for every
//! actor what the sources report about the package — the stated red lines
//! it crosses, rejections, conditions and acceptance, each with its quote,
//! and how much is unknown. Nothing is scored or ranked.

use yew::prelude::*;

use crate::components::reading::Reading;
use crate::components::source_citation::SourceCitation;
use crate::context::{use_widget, Widget};
use crate::dataset::Dataset;
use crate::deal::{assess, ActorVerdict, Verdict};
use crate::model::{DealOption, Issue, ReactionKind};
use crate::state::Action;
use crate::views::ViewProps;

#[function_component(DealBuilder)]
pub fn deal_builder(props: &ViewProps) -> Html {
    let widget = use_widget();
    let data = &widget.data;
    let deal = &props.view.deal;
    let verdict = assess(data, deal);
    let issues = data.negotiable().map(|issue| html! {
        <IssueChoice key={issue.id.clone()} issue={issue.clone()} chosen={deal.choice(&issue.id).map(AttrValue::from)} on_action={props.on_action.clone()} />
    });
    let (known, silent): (Vec<&ActorVerdict>, Vec<&ActorVerdict>) = verdict.actors.iter().partition(|v| !v.reactions.is_empty());
    let on_clear = props.on_action.reform(|_: MouseEvent| Action::LoadDeal(Default::default()));
    let on_matrix = props.on_action.reform(|_: MouseEvent| Action::MarkDealInMatrix);
    html! {
        <div class="sm-deal">
            <h2>{ "Build a deal" }</h2>
            <p class="sm-lead">{ "Choose how each issue would be settled, or leave it open. For every actor you then see what the sources report about your package: the red lines it crosses, rejections, conditions and acceptance, each with its quote. Where the sources say nothing, the reaction is unknown, and unknown never counts as acceptance. Nothing is scored." }</p>
            <p class="sm-muted">{ format!("The options are only those the sources put on the table, for the {} issues on which they name any.", data.negotiable().count()) }</p>
            if data.negotiable().next().is_none() {
                <p class="sm-empty">{ "This dataset names no options to choose from." }</p>
            } else {
                <p class="sm-deal-summary" role="status">{ summary(data, &verdict) }</p>
                <div class="sm-deal-layout">
                    <form class="sm-deal-choices" aria-label="Your package" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                        { for issues }
                    </form>
                    <section class="sm-deal-result" aria-labelledby={widget.id(&["deal-result"])}>
                        <h3 id={widget.id(&["deal-result"])}>{ "What the sources say about it" }</h3>
                        if !deal.is_empty() {
                            <p class="sm-deal-actions">
                                <button type="button" class="sm-button" onclick={on_matrix}>{ "Mark it in the matrix" }</button>
                                { " " }
                                <button type="button" class="sm-button" onclick={on_clear}>{ "Leave everything open" }</button>
                            </p>
                            <ul class="sm-verdicts">
                                { for known.iter().map(|v| actor_result(&widget, &verdict, v)) }
                            </ul>
                            if !silent.is_empty() {
                                <p class="sm-muted">
                                    { "The sources report no reaction to these options from: " }
                                    { silent.iter().map(|v| v.actor.name.as_str()).collect::<Vec<_>>().join(", ") }{ "." }
                                </p>
                            }
                        }
                    </section>
                </div>
            }
        </div>
    }
}

/// The one-line answer for the whole package: the stated red lines it
/// crosses, by name, and how many reactions are unknown.
pub fn summary(data: &Dataset, verdict: &Verdict) -> String {
    if verdict.chosen.is_empty() {
        return "Every issue is open. Choose an option for at least one issue to see how the actors have reacted to it.".into();
    }
    let crossed: Vec<String> = verdict
        .red_lines()
        .map(|(actor, option, _)| format!("{} on {}", actor.name, data.issue(&option.issue).map_or("", |i| i.title.as_str())))
        .collect();
    let lines = match crossed.len() {
        0 => "Crosses no stated red line.".to_string(),
        1 => format!("Crosses 1 stated red line: {}.", crossed[0]),
        n => format!("Crosses {n} stated red lines: {}.", crossed.join("; ")),
    };
    let rejections: usize = verdict.actors.iter().map(|v| v.count(ReactionKind::Rejects)).sum();
    let rejected = match rejections {
        0 => String::new(),
        1 => " 1 other reported rejection.".into(),
        n => format!(" {n} other reported rejections."),
    };
    format!("{lines}{rejected} {} of {} reactions unknown.", verdict.unknown(), verdict.possible())
}

#[derive(Properties, PartialEq)]
struct IssueChoiceProps {
    issue: Issue,
    chosen: Option<AttrValue>,
    on_action: Callback<Action>,
}

/// One issue's options as a radio group, "leave open" first.
#[function_component(IssueChoice)]
fn issue_choice(props: &IssueChoiceProps) -> Html {
    let widget = use_widget();
    let issue = &props.issue;
    let name = widget.id(&["choice", &issue.id]);
    // Every option says who put it on the table; the chosen one also what it is and where.
    let radio = |option: Option<&DealOption>| {
        let value = option.map(|o| o.id.as_str());
        let id = widget.id(&["choice", &issue.id, value.unwrap_or("open")]);
        let chosen = props.chosen.as_deref() == value;
        let choose = Action::Choose { issue: issue.id.clone(), option: value.map(str::to_string) };
        let detail = option.filter(|_| chosen).map(|o| html! {
            <div class="sm-option-detail">
                <p>{ &o.summary }</p>
                <SourceCitation sources={vec![o.source.clone()]} />
            </div>
        });
        html! {
            <div class="sm-radio">
                <input type="radio" id={id.clone()} name={name.clone()} checked={chosen}
                    onchange={props.on_action.reform(move |_: Event| choose.clone())} />
                <div>
                    <label for={id}>
                        <span class="sm-option-label">{ option.map_or("Leave open", |o| o.label.as_str()) }</span>
                        if let Some(o) = option {
                            <span class="sm-option-note">{ &o.proposed_by }</span>
                        }
                    </label>
                    { for detail }
                </div>
            </div>
        }
    };
    let options = widget.data.options_for(&issue.id).map(|o| radio(Some(o)));
    html! {
        <fieldset class="sm-choice">
            <legend>{ &issue.title }</legend>
            { radio(None) }
            { for options }
        </fieldset>
    }
}

/// One actor's reactions to the package, red lines first, and what is unknown.
fn actor_result(widget: &Widget, verdict: &Verdict, v: &ActorVerdict) -> Html {
    let data = &widget.data;
    let counts: Vec<String> = ReactionKind::ALL
        .into_iter()
        .map(|kind| (kind, v.count(kind)))
        .filter(|&(_, n)| n > 0)
        .map(|(kind, n)| format!("{} {n}", kind.label()))
        .collect();
    let heading = widget.id(&["verdict", &v.actor.id]);
    let reactions = v.reactions.iter().map(|&(option, r)| {
        let issue = data.issue(&option.issue).map_or("", |i| i.title.as_str());
        html! {
            <li class={format!("sm-reaction sm-reaction-{}", r.kind.slug())}>
                <Reading basis={r.basis} speaker={r.speaker.clone()} summary={r.summary.clone()} quote={Some(r.quote.clone())} source={r.source.clone()}>
                    <p class="sm-reaction-head"><strong>{ r.kind.label() }</strong>{ format!(": {} ({issue})", option.label) }</p>
                    if let Some(condition) = &r.condition {
                        <p class="sm-reaction-condition">{ "The condition: " }{ condition }</p>
                    }
                </Reading>
            </li>
        }
    });
    let unknown = (!v.unknown.is_empty()).then(|| {
        let labels: Vec<&str> = v.unknown.iter().map(|o| o.label.as_str()).collect();
        format!("Unknown, {} of {}: {}.", v.unknown.len(), verdict.chosen.len(), labels.join("; "))
    });
    html! {
        <li key={v.actor.id.clone()} class="sm-verdict">
            <h4 id={heading}>{ &v.actor.name }</h4>
            <p class="sm-muted">{ counts.join(" · ") }</p>
            <ul class="sm-reactions">{ for reactions }</ul>
            if let Some(unknown) = unknown {
                <p class="sm-muted">{ unknown }</p>
            }
        </li>
    }
}
