//! A profile per actor: its group, the people the sources quote for it, and
//! its stance on every issue, "no stated position" included.

use yew::prelude::*;

use crate::components::progressive::use_drawn;
use crate::components::source_citation::source_citation;
use crate::components::stance_detail::stance_detail;
use crate::context::use_widget;
use crate::deal::Tally;
use crate::tabs::ViewProps;
use crate::words::{P, T};

#[function_component(Actors)]
pub fn actors(props: &ViewProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let shown = props.view.actors.shown.as_ref().and_then(|id| data.actor(id)).or(data.records.actors.first());
    // Up to the first stance the sources give, and no further: with its
    // readings in full, it fills what the screen has left below the chips
    // (about 900 px tall on a wide screen, two screens on a phone), and the
    // lines of silence before it are short; the rest follow as the list
    // grows. Needed, not first: the actor shown may change once drawn.
    let to_first_stance = shown.and_then(|a| data.records.issues.iter().position(|i| data.stance(&a.id, &i.id).is_some())).map_or(1, |n| n + 1);
    let drawn = use_drawn(1, data.records.issues.len(), to_first_stance);
    // On a phone the chips fill a screen or two above the profile: a tap
    // brings its name into view once painted, where it is out of view (the
    // widget's rule, `browser::reveal`), even on the actor already shown.
    // Not a key, whose focus stays on the chip: the page would scroll away
    // from it.
    let revealing = use_mut_ref(|| None::<crate::browser::AfterPaint>);
    let Some(actor) = shown else {
        return html! { <p>{ w.t(T::ActorsNone) }</p> };
    };
    let groups = data.groups().map(|g| {
        let buttons = data.actors_in(g).map(|a| {
            let (id, on_action, widget, revealing) = (a.id.clone(), props.on_action.clone(), widget.clone(), revealing.clone());
            let onclick = Callback::from(move |e: MouseEvent| {
                on_action.emit(super::Action::Show(id.clone()).into());
                // (Its name, as it is: the profile it heads is redrawn in place.)
                if let Some(name) = widget.element(&["actor", "profile", "title"]).filter(|_| e.detail() > 0) {
                    *revealing.borrow_mut() = Some(widget.reveal_once_painted(name));
                }
            });
            html! {
                <li><button type="button" class="sm-chip" aria-pressed={(a.id == actor.id).to_string()} {onclick}>{ &a.name }</button></li>
            }
        });
        html! {
            <li><h3 class="sm-group-label">{ w.t(g.label(data.is_bundled())) }</h3><ul class="sm-chips">{ for buttons }</ul></li>
        }
    });
    let people = actor.people.iter().map(|p| html! {
        <li><strong>{ &p.name }</strong>{ ", " }{ &p.role }{ source_citation(&widget, std::slice::from_ref(&p.source)) }</li>
    }).collect::<Vec<_>>();
    // The issues the sources give a position on, those only readings graded
    // analysis give counted apart: never as its own line.
    let positions = Tally::of(data.records.stances.iter().filter(|s| s.actor == actor.id).map(|s| (&s.issue, s.basis)));
    let stated = positions.given.len() + positions.read.len();
    let read = w.read_apart(positions.read.len(), stated, P::ActorsStatedAllRead, P::ActorsStatedRead);
    let stated = format!("{}{read}", w.n(P::ActorsStated, stated, &[("all", &data.records.issues.len().to_string())]));
    let stances = data.records.issues.iter().take(drawn).map(|i| html! {
        <li>{ stance_detail(&widget, Some(&w.f(T::ActorsIssueTitle, &[("issue", &i.title), ("question", &i.proposition)])), &actor.id, &i.id) }</li>
    });
    let heading = widget.id(&["actor", "profile", "title"]);
    html! {
        <div class="sm-actors">
            <h2 class="sm-visually-hidden">{ w.t(T::TabActors) }</h2>
            <nav aria-label={w.t(T::ActorsChoose).to_string()}><ul class="sm-groups">{ for groups }</ul></nav>
            <section class="sm-profile" id={widget.id(&["actor", "profile"])} aria-labelledby={heading.clone()}>
                <h3 id={heading} class="sm-profile-name" tabindex="-1">{ &actor.name }</h3>
                <p class="sm-muted">{ w.t(actor.group.label(data.is_bundled())) }{ " · " }{ stated }</p>
                if !people.is_empty() {
                    <h4>{ w.t(T::ActorsPeople) }</h4>
                    <ul class="sm-people">{ for people }</ul>
                }
                <h4>{ w.t(T::ActorsStances) }</h4>
                <ul class="sm-stances">{ for stances }</ul>
            </section>
        </div>
    }
}
