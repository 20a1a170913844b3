//! Every reader action, applied to the view state natively.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use stancemap::deal::Deal;
use stancemap::lang::Lang;
use stancemap::notice::{Failure, Notice};
use stancemap::tabs::matrix::{self, Cell};
use stancemap::tabs::{deal, faq, issues, scenarios, sources, Tab, View};
use stancemap::state::{Action, State, Theme};

fn after(actions: impl IntoIterator<Item = Action>) -> State {
    actions.into_iter().fold(State::default(), |s, a| s.apply(a))
}

#[test]
fn an_issue_card_opens_and_closes_in_place() {
    let toggle = |id: &str| Action::from(issues::Action::Toggle(id.into()));
    let open = after([Action::ShowTab(Tab::Issues), toggle("river")]);
    assert_eq!(open.view.issues.open.as_deref(), Some("river"));
    let other = open.apply(toggle("bridge"));
    assert_eq!(other.view.issues.open.as_deref(), Some("bridge"), "opening another card moves to it");
    assert_eq!(other.apply(toggle("bridge")).view.issues.open, None);
}

#[test]
fn going_to_an_issue_from_elsewhere_opens_its_card_on_the_issues_tab() {
    let s = after([Action::ShowTab(Tab::Overview), issues::Action::GoTo("river".into()).into()]);
    assert_eq!((s.view.tab, s.view.issues.open.as_deref()), (Tab::Issues, Some("river")));
}

#[test]
fn links_inside_the_widget_that_open_another_tab_or_answer_are_counted_and_nothing_else_is() {
    let followed = |actions: Vec<Action>| after(actions).links_taken;
    assert_eq!(followed(vec![Action::ShowTab(Tab::Issues), Action::ShowTab(Tab::Sources)]), 0, "the tab list is not a link");
    assert_eq!(followed(vec![issues::Action::GoTo("river".into()).into()]), 1, "the overview's link to an issue");
    assert_eq!(followed(vec![Action::GoTo(Tab::Sources)]), 1, "the footer's link to the sources");
    assert_eq!(followed(vec![Action::GoTo(Tab::Sources), Action::GoTo(Tab::Sources)]), 2, "followed again, though on that tab already");
    assert_eq!(followed(vec![Action::ShowTab(Tab::Scenarios), scenarios::Action::GoTo("shared-river".into()).into()]), 0, "a tab's action that stays on its tab");
    assert_eq!(followed(vec![Action::ShowTab(Tab::Issues), issues::Action::Toggle("river".into()).into()]), 0);
    assert_eq!(followed(vec![Action::ShowTab(Tab::Faq), faq::Action::GoTo("who-owns".into()).into()]), 1, "an answer's link to another question");
    assert_eq!(followed(vec![Action::ShowTab(Tab::Scenarios), deal::Action::Load(Deal::default()).into()]), 1, "a scenario opened in the builder");
    assert_eq!(followed(vec![Action::ShowTab(Tab::Matrix), sources::Action::Show("doc".into()).into()]), 1, "a citation");
}

#[test]
fn a_view_read_from_the_address_supersedes_the_links_taken_before_it_and_no_link_after() {
    let data = common::dataset();
    let back = || Action::Navigate(Box::new(View::parse("#overview", &data)));
    let link = || Action::GoTo(Tab::Sources);
    let s = after([link(), link(), back()]);
    assert_eq!((s.links_taken, s.links_superseded), (2, 2), "Back after two links: their moves are superseded");
    let s = s.apply(link());
    assert_eq!((s.links_taken, s.links_superseded), (3, 2), "a link after Back is not");
}

#[test]
fn a_citation_opens_its_documents_entry_in_sources() {
    let s = after([Action::ShowTab(Tab::Matrix), sources::Action::Show("doc".into()).into()]);
    assert_eq!((s.view.tab, s.view.sources.shown.as_deref()), (Tab::Sources, Some("doc")));
}

#[test]
fn keyboard_steps_through_the_tabs_are_counted_in_a_row_and_anything_else_ends_the_run() {
    let steps = |actions: Vec<Action>| after(actions).steps;
    assert_eq!(steps(vec![Action::StepTab(Tab::Issues), Action::StepTab(Tab::Actors), Action::StepTab(Tab::Matrix)]), 3);
    assert_eq!(steps(vec![Action::StepTab(Tab::Issues), Action::ShowTab(Tab::Actors)]), 0, "a click is not a step");
    assert_eq!(steps(vec![Action::StepTab(Tab::Issues), issues::Action::Toggle("river".into()).into(), Action::StepTab(Tab::Actors)]), 1, "a new run");
    assert_eq!(after([Action::StepTab(Tab::Sources)]).view.tab, Tab::Sources);
    assert_eq!(steps(vec![Action::StepTab(Tab::Overview), Action::StepTab(Tab::Issues)]), 1, "Home on the first tab is no step");
}

#[test]
fn each_tab_keeps_its_selection_when_the_reader_comes_back() {
    let s = after([
        Action::ShowTab(Tab::Matrix),
        matrix::Action::SelectCell(Some(Cell { actor: "alpha".into(), issue: "river".into() })).into(),
        Action::ShowTab(Tab::Faq),
        Action::ShowTab(Tab::Matrix),
    ]);
    assert!(s.view.matrix.cell.is_some());
}

#[test]
fn matrix_filters_combine_and_clear_together() {
    let s = after([
        matrix::Action::FilterIssue(Some("river".into())).into(),
        matrix::Action::ShowDisputedOnly(true).into(),
        matrix::Action::Compare(Some("alpha".into()), Some("beta".into())).into(),
    ]);
    let filter = &s.view.matrix.filter;
    assert!(filter.disputed && filter.issue.is_some());
    assert_eq!(filter.comparing(), Some((&"alpha".into(), &"beta".into())));
    assert!(!s.apply(matrix::Action::ClearFilters.into()).view.matrix.filter.is_active());
}

#[test]
fn a_comparison_can_be_chosen_one_actor_at_a_time() {
    let half = after([matrix::Action::Compare(Some("alpha".into()), None).into()]);
    assert_eq!(half.view.matrix.filter.comparing(), None);
    assert_eq!(half.view.matrix.filter.compare.0.as_deref(), Some("alpha"), "the first choice is remembered");
    let none = half.apply(matrix::Action::Compare(None, None).into());
    assert!(!none.view.matrix.filter.is_active());
}

#[test]
fn a_scenario_is_never_compared_with_itself() {
    let pick = |id: &str| Action::from(scenarios::Action::Pick(Some(id.into())));
    let versus = |shown: &str, id: &str| Action::from(scenarios::Action::PickVersus { shown: shown.into(), versus: Some(id.into()) });
    let s = after([pick("a"), versus("a", "a")]);
    assert_eq!(s.view.scenarios.versus, None);
    let s = after([pick("a"), versus("a", "b"), pick("b")]);
    assert_eq!((s.view.scenarios.picked.as_deref(), s.view.scenarios.versus.as_deref()), (Some("b"), None));
}

#[test]
fn comparing_the_scenario_shown_by_default_names_both_in_the_link() {
    // Nothing picked: the tab shows the first scenario, "a", and the reader compares it with "b".
    let s = after([Action::ShowTab(Tab::Scenarios), scenarios::Action::PickVersus { shown: "a".into(), versus: Some("b".into()) }.into()]);
    assert_eq!(s.view.to_fragment(), "scenarios/a/b");
}

#[test]
fn following_a_link_replaces_the_view_and_shows_its_notice_until_dismissed() {
    let data = common::dataset();
    let s = after([Action::ShowTab(Tab::Sources), Action::Navigate(Box::new(View::parse("#issues/atlantis", &data)))]);
    assert_eq!(s.view.tab, Tab::Issues);
    assert!(!s.notices.is_empty());
    // Each link read from the address counts, the view on screen named again too: its address is then tidied.
    let again = s.apply(Action::Navigate(Box::new(View::parse("#issues/atlantis", &data))));
    assert_eq!((again.view == s.view, s.navigations, again.navigations), (true, 1, 2));
    assert_eq!(s.apply(Action::DismissNotice).notices, []);
    // A dataset the widget refused replaces what it said before.
    let refused = Notice::DatasetRefused { url: "d.json".into(), reason: Failure::Status(404) };
    assert_eq!(s.apply(Action::Notify(refused.clone())).notices, [refused]);
}

#[test]
fn a_language_that_failed_to_load_is_forgotten_once_one_is_shown_and_nothing_else_is() {
    let failed = Notice::EditionUnavailable { lang: Lang::Uk, reason: Failure::Unreachable };
    let s = after([Action::Notify(failed)]);
    assert_eq!(s.apply(Action::LanguageShown).notices, []);
    let other = after([Action::Notify(Notice::UnknownView("x".into()))]);
    assert_eq!(other.apply(Action::LanguageShown).notices, other.notices, "other notices stay");
    let searched = after([faq::Action::Toggle("who-owns".into()).into(), faq::Action::Search("river".into()).into()]);
    let shown = searched.apply(Action::LanguageShown);
    assert_eq!((shown.view.faq.query.as_str(), shown.view.faq.open.as_ref().map(|id| id.as_str())), ("", Some("who-owns")), "the search goes, the open answer stays");
}

#[test]
fn faq_items_toggle_and_search_text_is_kept() {
    let s = after([faq::Action::Toggle("who-owns".into()).into(), faq::Action::Search("river".into()).into()]);
    assert_eq!((s.view.faq.open.as_deref(), s.view.faq.query.as_str()), (Some("who-owns"), "river"));
    assert_eq!(s.apply(faq::Action::Toggle("who-owns".into()).into()).view.faq.open, None);
}

#[test]
fn an_answers_link_to_another_question_opens_it_with_every_question_shown() {
    let searched = after([Action::ShowTab(Tab::Overview), faq::Action::Search("river".into()).into()]);
    let s = searched.apply(faq::Action::GoTo("who-owns".into()).into());
    assert_eq!((s.view.tab, s.view.faq.open.as_deref(), s.view.faq.query.as_str()), (Tab::Faq, Some("who-owns"), ""), "a search could hide it");
}

#[test]
fn the_theme_override_is_remembered() {
    assert_eq!(after([Action::SetTheme(Theme::Dark)]).theme, Theme::Dark);
}

#[test]
fn a_deal_is_built_one_choice_at_a_time_and_can_be_loaded_whole_or_marked_in_the_matrix() {
    let choose = |issue: &str, option: Option<&str>| Action::from(deal::Action::Choose { issue: issue.into(), option: option.map(Into::into) });
    let s = after([Action::ShowTab(Tab::Deal), choose("river", Some("share-river")), choose("river", Some("keep-river")), choose("bridge", Some("build-bridge"))]);
    assert_eq!(s.view.deal, Deal::from_iter([("bridge", "build-bridge"), ("river", "keep-river")]));
    let open = s.apply(choose("bridge", None));
    assert_eq!(open.view.deal, Deal::from_iter([("river", "keep-river")]), "leaving an issue open removes its choice");
    let marked = open.apply(matrix::Action::ShowDeal.into());
    assert_eq!((marked.view.tab, marked.view.matrix.overlay), (Tab::Matrix, true));
    // Filters left on the matrix earlier would hide cells the package conflicts with.
    let filtered = open.apply(matrix::Action::FilterIssue(Some("bridge".into())).into()).apply(matrix::Action::ShowDisputedOnly(true).into());
    assert!(!filtered.apply(matrix::Action::ShowDeal.into()).view.matrix.filter.is_active(), "every conflict in sight");
    let data = common::dataset();
    let loaded = after([deal::Action::Load(Deal::of_scenario(&data, &"shared-river".into())).into()]);
    assert_eq!((loaded.view.tab, loaded.view.deal), (Tab::Deal, Deal::from_iter([("river", "share-river")])));
}

#[test]
fn following_a_link_elsewhere_or_going_back_keeps_the_package_unless_the_builders_own_link_says_otherwise() {
    let data = common::dataset();
    let built = after([Action::ShowTab(Tab::Deal), deal::Action::Choose { issue: "river".into(), option: Some("share-river".into()) }.into()]);
    let navigate = |s: &State, fragment: &str| s.apply(Action::Navigate(Box::new(View::parse(fragment, &data))));
    let elsewhere = navigate(&built, "#scenarios/shared-river");
    assert_eq!(elsewhere.view.deal, built.view.deal);
    assert!(navigate(&elsewhere, "#deal").view.deal.is_empty(), "the builder's own link names its whole package");
    assert!(built.apply(deal::Action::Clear.into()).view.deal.is_empty());
}
