//! What is being negotiated: the three open pillars, key figures, where the
//! actors disagree most, and how we got here.

use yew::prelude::*;

use crate::components::figure_list::figure_list;
use crate::components::source_citation::source_citation;
use crate::components::view_link::view_link;
use crate::context::use_widget;
use crate::dataset::Side;
use crate::ids::FigureId;
use crate::model::{Issue, Pillar, Position};
use crate::tabs::ViewProps;
use crate::words::T;

/// How many figures and contested issues the overview leads with.
const LEADING: usize = 6;
const CONTESTED: usize = 3;

#[function_component(Overview)]
pub fn overview(props: &ViewProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let go = |i: &Issue| view_link(&widget, &i.title, crate::tabs::issues::Action::GoTo(i.id.clone()).into(), &props.on_action);
    // A section the dataset has nothing for is left out (a newsroom's own may have no figures).
    let pillars: Vec<Html> = Pillar::ALL.into_iter().filter_map(|pillar| {
        let issues: Vec<Html> = data.issues_in(pillar).map(|i| html! {
            <li>{ go(i) }</li>
        }).collect();
        (!issues.is_empty()).then(|| html! {
            <li class="sm-pillar">
                <h3>{ w.t(pillar.label()) }</h3>
                <ul>{ for issues }</ul>
            </li>
        })
    }).collect();
    let contested: Vec<Html> = data.most_contested().into_iter().take(CONTESTED).map(|i| {
        // The split it is ranked by, in so many words, with the positions
        // named as the issue's card names them.
        // And every other actor, divided or silent: a split of a few is not
        // a vote of all.
        let split = data.split(&i.id);
        let divided = match split.divided {
            0 => String::new(),
            n => w.f(T::OverviewSplitDivided, &[("label", w.t(Position::Divided.label())), ("n", &n.to_string())]),
        };
        let [for_, against, silent] = [split.for_, split.against, split.silent].map(|n| n.to_string());
        // Every position on a side, by its slug (the message's placeholders).
        let mut named: Vec<(&str, &str)> = Position::ALL.iter().filter(|p| p.side() != Side::Mixed).map(|p| (p.slug(), w.t(p.label()))).collect();
        named.extend([("for", for_.as_str()), ("against", against.as_str()), ("divided", divided.as_str()), ("silent", silent.as_str())]);
        let split = w.f(T::OverviewSplit, &named);
        html! {
            <li>
                { go(i) }
                <span class="sm-muted">{ "\u{a0}— " }{ split }</span>
            </li>
        }
    }).collect();
    let leading: Vec<FigureId> = data.records.figures.iter().take(LEADING).map(|f| f.id.clone()).collect();
    let timeline = data.records.timeline.iter().map(|e| html! {
        <li>
            <p class="sm-when">{ &e.when }</p>
            <p>{ &e.event }</p>
            { source_citation(&widget, std::slice::from_ref(&e.source)) }
        </li>
    });
    // Three of the bundled sources lead the pillars; a newsroom's own
    // dataset gets a heading that cites none.
    let (open, lead) = if data.is_bundled() { (T::OverviewOpen, Some(T::OverviewOpenLead)) } else { (T::OverviewOpenNewsroom, None) };
    html! {
        <div class="sm-overview">
            if !pillars.is_empty() {
                <section aria-labelledby={widget.id(&["pillars"])}>
                    <h2 id={widget.id(&["pillars"])}>{ w.t(open) }</h2>
                    if let Some(lead) = lead {
                        <p>{ w.t(lead) }</p>
                    }
                    <ul class="sm-pillars">{ for pillars }</ul>
                </section>
            }
            if !contested.is_empty() {
                <section aria-labelledby={widget.id(&["contested"])}>
                    <h2 id={widget.id(&["contested"])}>{ w.t(T::OverviewContested) }</h2>
                    <ol class="sm-contested">{ for contested }</ol>
                </section>
            }
            if !leading.is_empty() {
                <section aria-labelledby={widget.id(&["figures"])}>
                    <h2 id={widget.id(&["figures"])}>{ w.t(T::OverviewFigures) }</h2>
                    { figure_list(&widget, &leading) }
                </section>
            }
            if !data.records.timeline.is_empty() {
                <section aria-labelledby={widget.id(&["timeline"])}>
                    <h2 id={widget.id(&["timeline"])}>{ w.t(T::OverviewTimeline) }</h2>
                    <p class="sm-muted">{ w.t(T::OverviewTimelineNote) }</p>
                    <ol class="sm-timeline">{ for timeline }</ol>
                </section>
            }
        </div>
    }
}
