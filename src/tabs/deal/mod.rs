//! Build a deal: the reader's package, one option per issue
//! (`#deal?deal=territory.freeze-current-line,…`). The matrix marks it too.

mod verdict;
mod view;

pub use verdict::{reported, silent_actor, summary};
pub use view::{actor_verdict, reaction_item};

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::deal::Deal;
use crate::embed::{Choice, HostEvent};
use crate::ids::{IssueId, OptionId};
use crate::notice::Unused;
use crate::route::decode;
use crate::state::Action as AppAction;
use crate::tabs::{Link, Section, Tab, View, Written};
use crate::words::T;

/// The deal tab (`tabs::Section`).
pub struct DealTab;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Chooses an option for an issue, or leaves it open.
    Choose { issue: IssueId, option: Option<OptionId> },
    /// Puts a whole package here (a scenario's) and opens this tab.
    Load(Deal),
    /// Leaves every issue open again.
    Clear,
}

impl Section for DealTab {
    /// The package, which the matrix marks too.
    type State = Deal;
    type Action = Action;
    const SLUG: &'static str = "deal";
    const LABEL: T = T::TabDeal;

    fn param(view: &mut View, key: &str, value: &str, link: &mut Link, data: &Dataset) -> bool {
        if key == "deal" {
            from_link(view, value, link, data);
        }
        key == "deal"
    }

    fn write(view: &View, link: &mut Written) {
        if !view.deal.is_empty() {
            link.param("deal", to_link(&view.deal));
        }
    }

    fn apply(view: &mut View, action: Action) {
        match action {
            Action::Choose { issue, option } => view.deal.choose(&issue, option.as_ref()),
            Action::Load(deal) => {
                view.tab = Tab::Deal;
                view.deal = deal;
            }
            Action::Clear => view.deal = Deal::default(),
        }
    }

    fn chosen(before: &View, after: &View, _: &Dataset) -> Option<String> {
        let issue = before.deal.chosen_in(&after.deal)?;
        (*after == View { deal: after.deal.clone(), ..before.clone() }).then(|| format!("deal {issue}"))
    }

    /// Only the builder's own links always carry the package (the matrix's
    /// only while marking it): a link elsewhere keeps it.
    fn followed(current: &View, next: &mut View) {
        if next.tab != Tab::Deal && next.deal.is_empty() {
            next.deal = current.deal.clone();
        }
    }

    fn events(old: &View, new: &View, events: &mut Vec<HostEvent>) {
        if old.deal != new.deal {
            let choices = new.deal.choices().map(|(issue, option)| Choice { issue: issue.to_string(), option: option.to_string() }).collect();
            events.push(HostEvent::Deal { choices });
        }
    }

    /// The choice now made on the first issue, as the builder lists them,
    /// whose choice changed (a step changes one, "Leave everything open" all).
    fn changed(left: &View, view: &View, data: &Dataset) -> Option<[String; 2]> {
        let issue = data.records.issues.iter().map(|i| &i.id).find(|issue| view.deal.choice(issue) != left.deal.choice(issue))?;
        Some(["choice".into(), choice_id(issue, view.deal.choice(issue))])
    }

    fn panel(view: View, on_action: Callback<AppAction>) -> Html {
        html! { <view::DealBuilder {view} {on_action} /> }
    }
}

/// The id (after the instance's `choice-`) of `issue`'s radio for `option`:
/// "leave open" is the group's own id (`None`); an option's joins it with
/// "--", which no kebab-case id contains, so no two can collide.
pub fn choice_id(issue: &IssueId, option: Option<&OptionId>) -> String {
    match option {
        Some(option) => format!("{issue}--{option}"),
        None => issue.to_string(),
    }
}

/// A package as links write it: `issue.option` pairs, comma-separated.
pub fn to_link(deal: &Deal) -> String {
    deal.choices().map(|(issue, option)| format!("{issue}.{option}")).collect::<Vec<_>>().join(",")
}

/// Reads a package from a link into `view` (`to_link`'s inverse); a choice the
/// dataset does not have is dropped. Commas may come percent-encoded (`%2C`),
/// as some mail and chat programs rewrite them.
pub fn from_link(view: &mut View, value: &str, link: &mut Link, data: &Dataset) {
    let value = decode(value);
    let mut chosen = Vec::new();
    for choice in value.split(',').filter(|c| !c.is_empty()) {
        match choice.split_once('.').and_then(|(issue, option)| data.option(&option.into()).filter(|o| o.issue == issue)) {
            Some(o) => {
                view.deal.choose(&o.issue, Some(&o.id));
                chosen.push((choice, o));
            }
            None => link.dropped.push(Unused::Choice(choice.to_string())),
        }
    }
    // One option an issue: the last one for an issue counts, and the reader
    // is told of any other the link gave for it, once each.
    let mut said = std::collections::HashSet::new();
    for (choice, o) in chosen {
        if view.deal.choice(&o.issue) != Some(&o.id) && said.insert(&o.id) {
            link.dropped.push(Unused::Choice(choice.to_string()));
        }
    }
}
