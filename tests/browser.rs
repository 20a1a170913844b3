//! Components rendered from data in a real browser (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use stancemap::app::{App, AppProps};
use stancemap::embed::EmbedConfig;
use stancemap::components::stance_badge::stance_badge;
use stancemap::components::stance_detail::stance_detail;
use stancemap::context::{Page, Widget};
use stancemap::dataset::Dataset;
use stancemap::edition::Edition;
use stancemap::lang::Lang;
use stancemap::words::{Words, T};
use stancemap::model::Position;
use stancemap::tabs::matrix;
use stancemap::tabs::{matrix::Cell, Tab, View};
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the document to render into.
fn mount_point() -> Element {
    let document = gloo_utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Lets Yew's scheduler render, and the effects that wait for a paint run
/// (20 ms proved too short for the open cell's mark once the stepwise
/// parse's test ran before it, on a two-core machine).
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(200)).await;
}

/// The props of an instance mounted on `host` with no attributes set.
fn app_props(host: &Element, prefix: &str) -> AppProps {
    let edition = Edition::english();
    let config = EmbedConfig::read(&|_| None, &edition.data);
    AppProps { prefix: prefix.to_string().into(), config, edition, host: Some(host.clone()), base: "/".into(), page: Page::Widget, on_rendered: Callback::noop() }
}

#[derive(Properties, PartialEq)]
struct WithDataProps {
    children: Html,
}

/// What App gives its components: the bundled dataset, English.
fn widget() -> Widget {
    Widget { data: Rc::new(Dataset::bundled()), words: Rc::new(Words::english()), prefix: "t".into(), root: NodeRef::default(), base: "/".into(), page: Page::Widget, started: Rc::default(), navigating: Rc::default() }
}

/// Provides the bundled dataset the way App does.
#[function_component(WithData)]
fn with_data(props: &WithDataProps) -> Html {
    let widget = use_memo((), |_| widget());
    // Its root, as App's: where the widget finds its elements by id.
    html! { <ContextProvider<Widget> context={(*widget).clone()}><div ref={widget.root.clone()}>{ props.children.clone() }</div></ContextProvider<Widget>> }
}

#[derive(Properties, PartialEq)]
struct Render {
    html: Html,
}

#[function_component(Harness)]
fn harness(props: &Render) -> Html {
    html! { <WithData>{ props.html.clone() }</WithData> }
}

async fn render(html: Html) -> Element {
    let root = mount_point();
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), Render { html }).render();
    settle().await;
    root
}

#[wasm_bindgen_test]
async fn the_app_mounts_with_its_name_tabs_and_overview() {
    let root = mount_point();
    yew::Renderer::<App>::with_root_and_props(root.clone(), app_props(&root, "app")).render();
    settle().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Stancemap"));
    assert_eq!(root.query_selector_all("[role=tab]").unwrap().length(), Tab::ALL.len() as u32);
    let selected = root.query_selector("[role=tab][aria-selected=true]").unwrap().unwrap();
    assert_eq!(selected.text_content().unwrap(), "Overview");
    assert!(root.query_selector("#app-panel-overview[role=tabpanel]").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_stance_shows_its_quote_speaker_basis_and_source() {
    let data = Dataset::bundled();
    // A stance that is its actor's only reading on the issue, with a quote.
    let stance = data.records.stances.iter().find(|s| s.quote.is_some() && data.readings(&s.actor, &s.issue).len() == 1).unwrap().clone();
    let quote = stance.quote.clone().unwrap();
    let headline = data.source(&stance.source).unwrap().headline.clone();
    let root = render(stance_detail(&widget(), Some("Someone"), &stance.actor, &stance.issue)).await;
    let text = root.text_content().unwrap();
    assert!(text.contains(&quote.text) && text.contains(&quote.speaker));
    let w = Words::english();
    assert!(text.contains(w.t(stance.basis.label())) && text.contains(w.t(stance.position.label())));
    assert_eq!(root.query_selector("cite").unwrap().unwrap().text_content().unwrap(), headline);
    assert!(root.query_selector("blockquote").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn silence_reads_no_stated_position() {
    let data = Dataset::bundled();
    let (actor, issue) = data.records.actors.iter().flat_map(|a| data.records.issues.iter().map(move |i| (a, i)))
        .find(|(a, i)| data.stance(&a.id, &i.id).is_none()).expect("some actor is silent on some issue");
    let root = render(stance_detail(&widget(), None, &actor.id, &issue.id)).await;
    assert!(root.text_content().unwrap().contains("No stated position"));
    assert!(root.query_selector("blockquote").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn where_sources_differ_each_reading_shows_with_its_own_source() {
    let data = Dataset::bundled();
    let (actor, issue) = data.records.stances.iter().map(|s| (s.actor.clone(), s.issue.clone()))
        .find(|(a, i)| data.readings(a, i).len() > 1).expect("the sources differ somewhere");
    let readings = data.readings(&actor, &issue);
    let root = render(stance_detail(&widget(), None, &actor, &issue)).await;
    let shown: Vec<String> = (0..readings.len() as u32).map(|n| root.query_selector_all(".sm-reading").unwrap().item(n).unwrap().text_content().unwrap()).collect();
    assert_eq!(shown.len(), readings.len());
    for (text, reading) in shown.iter().zip(&readings) {
        assert!(text.contains(&reading.summary), "{text}");
        assert!(text.contains(&data.source(&reading.source).unwrap().headline), "each reading cites its own source: {text}");
    }
}

#[wasm_bindgen_test]
async fn a_badge_pairs_an_icon_with_a_text_label() {
    for (position, label) in [(Position::Opposes, "Opposes"), (Position::OpposesIf, "Might forgo it on a condition")] {
        let root = render(stance_badge(&Words::english(), Some(position))).await;
        let badge = root.query_selector(&format!(".sm-badge.sm-pos-{}", position.slug())).unwrap().unwrap();
        assert!(badge.text_content().unwrap().contains(label));
        assert_eq!(badge.query_selector("[aria-hidden=true]").unwrap().unwrap().text_content().unwrap(), position.icon());
    }
}

#[wasm_bindgen_test]
async fn the_matrix_is_a_real_table_with_a_cell_per_actor_and_issue() {
    let data = Dataset::bundled();
    let view = View { tab: Tab::Matrix, ..View::default() };
    let root = render(Tab::Matrix.panel(view, Callback::noop())).await;
    assert!(root.query_selector("table caption").unwrap().is_some());
    let cols = root.query_selector_all("thead th[scope=col]").unwrap().length() as usize;
    let rows = root.query_selector_all("tbody th[scope=row]").unwrap().length() as usize;
    assert_eq!((rows, cols), (data.records.actors.len(), data.records.issues.len() + 1));
    let buttons = root.query_selector_all("tbody button.sm-cell").unwrap().length() as usize;
    let stated: std::collections::HashSet<(&str, &str)> = data.records.stances.iter().map(|s| (s.actor.as_str(), s.issue.as_str())).collect();
    assert_eq!(buttons, stated.len(), "every cell with a stated position is a button; silence is not");
}

#[wasm_bindgen_test]
async fn a_selected_cell_opens_its_detail_panel() {
    let data = Dataset::bundled();
    let s = &data.records.stances[0];
    let view = View { tab: Tab::Matrix, matrix: matrix::State { cell: Some(Cell { actor: s.actor.clone(), issue: s.issue.clone() }), ..Default::default() }, ..View::default() };
    let root = render(Tab::Matrix.panel(view, Callback::noop())).await;
    let panel = root.query_selector(".sm-cell-detail").unwrap().expect("the detail panel is open");
    assert!(panel.text_content().unwrap().contains(&s.summary));
    let pressed = root.query_selector("button.sm-cell[aria-pressed=true]").unwrap().unwrap();
    assert_eq!(pressed.id(), format!("t-cell-{}--{}", s.actor, s.issue));
}

#[wasm_bindgen_test]
async fn a_crash_leaves_a_readable_message_not_a_blank_box() {
    let root = mount_point();
    yew::Renderer::<App>::with_root_and_props(root.clone(), app_props(&root, "crash")).render();
    settle().await;
    let message = Words::english().t(T::PanicMessage).to_string();
    stancemap::panic::show_error(&root, &message, Lang::En);
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert replaces the widget");
    assert_eq!(alert.text_content().unwrap(), message);
    assert!(root.query_selector(".sm-root").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_bundled_dataset_parses_the_same_a_collection_a_task() {
    assert_eq!(Dataset::bundled_in_steps().await, Dataset::bundled());
}
