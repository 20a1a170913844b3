//! Build a deal: one choice per issue (or leave it open), and for every
//! actor what the sources report about the package — the stated red lines
//! it crosses, rejections, conditions and acceptance, each with its quote,
//! and how much is unknown. Nothing is scored or ranked.

use yew::prelude::*;

use crate::components::name_list::name_list;
use crate::components::paused_status::PausedStatus;
use crate::components::progressive::{through, use_drawn, SCREENFUL};
use crate::components::reading::reading;
use crate::components::source_citation::source_citation;
use crate::components::view_link::view_link_from;
use crate::context::{use_kept_in_place, use_widget, Widget};
use crate::deal::{assess, ActorVerdict, Verdict};
use crate::ids::OptionId;
use crate::model::{DealOption, Issue, Reaction, ReactionKind};
use crate::state::Action;
use crate::tabs::ViewProps;

use super::verdict::{kind_counts, positions, reported, silent_actor, summary};
use crate::words::{P, T};

#[function_component(DealBuilder)]
pub fn deal_builder(props: &ViewProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let deal = &props.view.deal;
    let verdict = assess(data, deal);
    let with_options: Vec<&Issue> = data.issues_with_options().collect();
    // Drawn a few at a time (`use_drawn`), up to the last issue the package settles.
    let drawn = use_drawn(SCREENFUL, with_options.len(), through(&with_options, |issue| deal.choice(&issue.id).is_some()));
    let issues = with_options.iter().take(drawn).map(|issue| html! {
        <IssueChoice key={issue.id.as_str()} issue={(*issue).clone()} chosen={deal.choice(&issue.id).cloned()} on_action={props.on_action.clone()} />
    });
    let (known, silent): (Vec<&ActorVerdict>, Vec<&ActorVerdict>) = verdict.actors.iter().partition(|v| !v.reactions.is_empty());
    let silent: Vec<String> = silent.iter().map(|v| silent_actor(data, w, v)).collect();
    // Clearing leaves the reader's focus on the first choice, which is now
    // "leave open" (the matrix's link takes it to the matrix, `use_follow`),
    // in view once the cleared package is painted: the result beside it is
    // then much shorter, and WebKit, which scrolls to a focused element
    // late, had left the page at its foot, far below the choice.
    let refocus = use_mut_ref(|| None::<crate::browser::AfterPaint>);
    let on_clear = {
        let (on_action, widget) = (props.on_action.clone(), widget.clone());
        let first = with_options.first().map(|i| i.id.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(super::Action::Clear.into());
            // At once, so that focus never falls to the page with the
            // button it was on; brought into view once painted.
            if let Some(choice) = first.as_ref().and_then(|first| widget.element(&["choice", first])) {
                crate::browser::focus(&choice, false);
                *refocus.borrow_mut() = Some(widget.reveal_once_painted(choice));
            }
        })
    };
    // Where the summary stays in sight, what the reader moves to (Shift+Tab
    // goes up), a choice or a link in the result, must not end up under it.
    let summary_box = use_node_ref();
    let clearing = use_mut_ref(|| None::<crate::browser::AfterPaint>);
    {
        // Again as the window changes: a header may change height at a breakpoint.
        let summary_box = summary_box.clone();
        use_effect_with(with_options.is_empty(), move |_| {
            let stick = move || summary_box.cast::<web_sys::HtmlElement>().iter().for_each(crate::browser::stick_below_header);
            stick();
            let resizing = gloo_events::EventListener::new(&gloo_utils::window(), "resize", move |_| stick());
            move || drop(resizing)
        });
    }
    let onfocusin = {
        let summary_box = summary_box.clone();
        Callback::from(move |e: FocusEvent| {
            if let (Some(target), Some(cover)) = (e.target_dyn_into::<web_sys::Element>(), summary_box.cast::<web_sys::Element>()) {
                *clearing.borrow_mut() = Some(crate::browser::after_paint(move || crate::browser::clear_of(&target, &cover)));
            }
        })
    };
    html! {
        <div class="sm-deal">
            <h2>{ w.t(T::TabDeal) }</h2>
            <p class="sm-lead">{ w.t(T::DealLead) }</p>
            <p class="sm-muted">{ w.n(P::DealOptionsNote, with_options.len(), &[]) }</p>
            if with_options.is_empty() {
                <p class="sm-empty">{ w.t(T::DealNoOptions) }</p>
            } else {
                // What a screen reader hears, once the reader pauses on a
                // choice and when reading the page, is the status below it:
                // the counts, not the list of red lines again at every arrow
                // key (each is under its actor in the result), and not twice.
                // (Keyed by language: the switch says the language itself.)
                <p class="sm-deal-summary" ref={summary_box} aria-hidden="true">{ summary(w, &verdict, true) }</p>
                <PausedStatus key={w.lang.code()} text={summary(w, &verdict, false)} />
                <div class="sm-deal-layout" {onfocusin}>
                    <form class="sm-deal-choices" aria-label={w.t(T::DealPackage).to_string()} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                        { for issues }
                    </form>
                    <section class="sm-deal-result" aria-labelledby={widget.id(&["deal-result"])}>
                        <h3 id={widget.id(&["deal-result"])}>{ w.t(T::DealResult) }</h3>
                        if deal.is_empty() {
                            <p class="sm-muted">{ w.t(T::DealEmpty) }</p>
                        } else {
                            <p class="sm-deal-actions">
                                { view_link_from(&widget, w.t(T::DealMark), &props.view, crate::tabs::matrix::Action::ShowDeal.into(), &props.on_action) }
                                { " " }
                                <button type="button" class="sm-button" onclick={on_clear}>{ w.t(T::DealClear) }</button>
                            </p>
                            <ul class="sm-verdicts" role="list">
                                { for known.iter().map(|v| html! {
                                    <li key={v.actor.id.as_str()} class="sm-verdict">{ actor_verdict(&widget, &verdict, v, Some("h4"), |_| true) }</li>
                                }) }
                            </ul>
                            if !silent.is_empty() {
                                { name_list(widget.id(&["deal-silent"]), w.t(T::DealSilent), silent.iter().map(String::as_str)) }
                            }
                        }
                    </section>
                </div>
            }
        </div>
    }
}

/// One actor's reactions to a package (the kinds `shown` lets through), the
/// options with a red line first, one option's readings together, each with
/// its quote and source, and what is unknown, with the actor's position on
/// what the unknown options settle (`positions`).
/// Build a deal shows every kind; a scenario only the conflicts. The actor's
/// name is a heading of `level` (`h4`…) below the section's, or, where there
/// is none to stand under (a table's cell), bold text.
pub fn actor_verdict(widget: &Widget, verdict: &Verdict, v: &ActorVerdict, level: Option<&'static str>, shown: impl Fn(ReactionKind) -> bool) -> Html {
    let w = &widget.words;
    let counts = kind_counts(w, |kind| v.count(kind), &shown);
    let reactions = v.reactions.iter().filter(|(_, r)| shown(r.kind)).map(|&(option, r)| reaction_item(widget, option, r));
    // Whatever `shown` lets through: a scenario's crossings show a rejection
    // alone, and the acceptance another source reports must not go unsaid.
    let differing = v.differing();
    let differing = (!differing.is_empty()).then(|| w.f(T::DealDiffer, &[("options", &differing.iter().map(|o| o.label.as_str()).collect::<Vec<_>>().join("; "))]));
    let unknown = (!v.unknown.is_empty()).then(|| {
        let labels: Vec<&str> = v.unknown.iter().map(|o| o.label.as_str()).collect();
        w.n(P::VerdictUnknown, verdict.chosen.len(), &[("unknown", &v.unknown.len().to_string()), ("options", &labels.join("; "))])
    });
    let stances = positions(&widget.data, w, &v.actor.id, &v.unknown);
    let stances = (!stances.is_empty()).then(|| w.n(P::VerdictUnknownPositions, v.unknown.len(), &[("stances", &stances.join("; "))]));
    html! {
        <>
            if let Some(level) = level {
                <@{level} class="sm-verdict-actor">{ &v.actor.name }</@>
            } else {
                <p class="sm-verdict-actor"><strong>{ &v.actor.name }</strong></p>
            }
            <p class="sm-muted">{ counts.join(" · ") }</p>
            if let Some(differing) = differing {
                <p class="sm-differ">{ differing }</p>
            }
            <ul class="sm-reactions" role="list">{ for reactions }</ul>
            if let Some(unknown) = unknown {
                <p class="sm-muted">{ unknown }</p>
            }
            if let Some(stances) = stances {
                <p class="sm-muted">{ stances }</p>
            }
        </>
    }
}

/// One reported reaction to an option: its kind, what it is a reaction to,
/// the condition if any, and the reading with its quote and source.
pub fn reaction_item(widget: &Widget, option: &DealOption, r: &Reaction) -> Html {
    let w = &widget.words;
    let issue = widget.data.issue(&option.issue).map_or("", |i| i.title.as_str());
    html! {
        <li class={format!("sm-reaction sm-reaction-{}", r.kind.slug())}>
            { reading(widget, r.into(), html! {
                <>
                    <p class="sm-reaction-head"><strong>{ w.t(r.heading()) }</strong>{ format!(": {} ({issue})", option.label) }</p>
                    if let Some(condition) = &r.condition {
                        <p class="sm-reaction-condition">{ w.t(T::ReactionCondition) }{ " " }{ condition }</p>
                    }
                </>
            }) }
        </li>
    }
}

/// What the sources report about a chosen option, where the reader chose
/// it: each kind of reaction counted, and who, as labels (`verdict::reported`).
fn option_reactions(widget: &Widget, option: &OptionId) -> Html {
    let w = &widget.words;
    let reported = reported(&widget.data, w, option);
    if reported.is_empty() {
        return html! { <p class="sm-option-reactions">{ w.t(T::DealOptionNoReactions) }</p> };
    }
    let kinds = reported.into_iter().enumerate().map(|(i, (label, names))| html! {
        <div class="sm-option-reaction">{ name_list(widget.id(&["option", option.as_str(), &i.to_string()]), &label, names) }</div>
    });
    html! {
        <div class="sm-option-reactions">
            <p>{ w.t(T::DealOptionReactions) }</p>
            { for kinds }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct IssueChoiceProps {
    issue: Issue,
    chosen: Option<OptionId>,
    on_action: Callback<Action>,
}

/// One issue's options as a radio group, "leave open" first. A radio's
/// name is its option's label; who put it on the table describes it. Once
/// chosen, what it is and where follows it. The radio the reader chose
/// stays where it was on screen: the detail of the one chosen before, above
/// it, closes (on a phone, a tap's target jumped up by that detail's height).
#[function_component(IssueChoice)]
fn issue_choice(props: &IssueChoiceProps) -> Html {
    let widget = use_widget();
    let kept = use_kept_in_place(&widget, props.chosen.clone());
    let issue = &props.issue;
    let name = widget.id(&["choice", &issue.id]);
    let radio = |option: Option<&DealOption>| {
        let value = option.map(|o| &o.id);
        let id = widget.id(&["choice", &super::choice_id(&issue.id, value)]);
        let chosen = props.chosen.as_ref() == value;
        let choose = Action::from(super::Action::Choose { issue: issue.id.clone(), option: value.cloned() });
        // Described by who put it on the table, and no more: the chosen
        // option's detail follows it in reading order, and read with every
        // arrow press it would drown the choice.
        let note = format!("{id}-note");
        let described = option.map(|_| note.clone());
        html! {
            <div class={classes!("sm-radio", chosen.then_some("sm-chosen"))}>
                <input type="radio" id={id.clone()} name={name.clone()} checked={chosen} aria-describedby={described}
                    onchange={props.on_action.reform({
                        let kept = kept.clone();
                        move |e: Event| {
                            if let Some(radio) = e.target_dyn_into::<web_sys::Element>() {
                                kept.mark(radio);
                            }
                            choose.clone()
                        }
                    })} />
                <div>
                    <label for={id}>{ option.map_or(widget.words.t(T::DealLeaveOpen), |o| o.label.as_str()) }</label>
                    if let Some(o) = option {
                        <p class="sm-option-note" id={note}>{ &o.proposed_by }</p>
                        if chosen {
                            <div class="sm-option-detail">
                                <p>{ &o.summary }</p>
                                { source_citation(&widget, std::slice::from_ref(&o.source)) }
                                { option_reactions(&widget, &o.id) }
                            </div>
                        }
                    }
                </div>
            </div>
        }
    };
    let options = widget.data.options_for(&issue.id).map(|o| radio(Some(o)));
    // Left open, the issue is no part of the package a print gives.
    let class = classes!("sm-choice", props.chosen.is_none().then_some("sm-choice-open"));
    html! {
        <fieldset {class}>
            <legend>{ &issue.title }</legend>
            { radio(None) }
            { for options }
        </fieldset>
    }
}
