//! The stance matrix: a real table of actors × issues, compact enough to take
//! in at a glance (icon, colour and a short label; the basis as the outline's
//! style), and on a phone one issue at a time with every actor's position.
//! The same cell button serves both; activating it opens a detail panel.
//!
//! The table and the phone's list are written as HTML text (`table`); the
//! cells need no handlers, since the matrix hears them all through one
//! listener.

use std::collections::HashSet;

use wasm_bindgen::JsCast;
use web_sys::Element;

use yew::prelude::*;

use crate::browser::{self, clicked, selected};
use crate::components::menu::menu;
use crate::components::paused_status::PausedStatus;
use crate::components::progressive::Opened;
use crate::components::proposition::{column_questions, proposition};
use crate::components::stance_badge::stance_badge;
use crate::components::stance_detail::stance_detail;
use crate::context::{use_widget, Widget};
use crate::ids::{ActorId, IssueId, OptionId};
use crate::model::{Group, Position};
use crate::state::Action;
use crate::tabs::{deal::reaction_item, ViewProps};
use crate::words::{P, T};

use super::table::{conflict, mark, write_phone_list, write_table};
use super::{Cell, Grid, MatrixFilter, LAYOUTS};

#[function_component(Matrix)]
pub fn matrix(props: &ViewProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let filter = &props.view.matrix.filter;
    let grid = filter.grid(data);
    let open_cell = props.view.matrix.cell.clone();

    let deal = &props.view.deal;
    let overlay = props.view.matrix.overlay && !deal.is_empty();
    // Written anew only when what they show changes: opening a cell rewrites
    // neither (but the list, when the cell is on another issue).
    let marked = overlay.then(|| deal.clone());
    // A big matrix draws its first rows (in the table and the phone's list
    // alike, so that the status's count holds for both layouts) until the
    // reader asks for every row, and every row once a link opens a cell
    // further down.
    let every_row = use_state(|| false);
    let first_rows = grid.first_rows();
    let below = match (first_rows, &open_cell) {
        (Some(first), Some(cell)) => grid.actors.iter().skip(first).any(|a| a.id == cell.actor),
        _ => false,
    };
    {
        let every_row = every_row.clone();
        use_effect_with(below, move |below| {
            if *below {
                every_row.set(true);
            }
        });
    }
    let rows = first_rows.filter(|_| !*every_row && !below);
    // The table is written with every actor and issue (two actors compared,
    // in the order chosen), and the other filters hide what they leave out
    // (`show_only`): filtering restyles the table rather than rebuilding it.
    // A big one (the first rows drawn) is written as filtered.
    let compare = filter.comparing().map(|(a, b)| (Some(a.clone()), Some(b.clone()))).unwrap_or_default();
    let everything = MatrixFilter { compare: compare.clone(), ..MatrixFilter::default() };
    let written = if everything.grid(data).first_rows().is_some() { MatrixFilter { compare, ..filter.clone() } } else { everything };
    let table = use_memo((widget.clone(), written.clone(), marked.clone(), rows), |(widget, written, marked, rows)| {
        write_table(widget, &written.grid(&widget.data).first(*rows), marked.as_ref())
    });
    {
        let widget = widget.clone();
        use_effect_with((filter.clone(), written, (*table).clone()), move |(filter, written, _)| {
            if let Some(table) = widget.element(&["matrix-table"]) {
                show_only(&table, &written.grid(&widget.data), &filter.grid(&widget.data));
            }
        });
    }
    // The phone shows one issue: the one chosen, else the open cell's, else,
    // with a deal marked, the first shown where it marks a cell (not one
    // with nothing marked, which would read as a deal without conflicts),
    // else the first shown.
    let first_marked = || marked.as_ref().and_then(|deal| grid.issues.iter().find(|i| grid.actors.iter().any(|a| conflict(&widget, Some(deal), a, i).is_some())));
    let phone_issue = filter.issue.clone()
        .or_else(|| open_cell.as_ref().map(|c| c.issue.clone()))
        .or_else(|| first_marked().or(grid.issues.first()).map(|i| i.id.clone()));
    let phone_list = use_memo((widget.clone(), filter.clone(), marked, phone_issue.clone(), rows), |(widget, filter, marked, issue, rows)| {
        let issue = issue.as_ref().and_then(|id| widget.data.issue(id))?;
        Some(write_phone_list(widget, &filter.grid(&widget.data).first(*rows), issue, marked.as_ref()))
    });
    use_open_cell(&widget, open_cell.clone(), ((*table).clone(), (*phone_list).clone()));
    let empty = grid.issues.is_empty() || grid.actors.is_empty();
    let on_box_left = use_scroll_stop(&widget, (*table).clone(), empty);
    let (matrix, on_focus_in, on_focus_out) = use_focus_across_layouts(&widget);
    // (A filter that comes to hide the open cell closes it: `strands_cell`.)
    // One callback for the matrix's life, so that opening a cell leaves the
    // filters as they are.
    let on_filter = use_callback(props.on_action.clone(), |action: super::Action, on_action| on_action.emit(action.into()));
    // One listener for every cell, in the table and the phone's list alike.
    let on_cell = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(cell) = clicked(&e, "button.sm-cell").and_then(|value| Cell::from_key(&value)) {
                on_action.emit(super::Action::SelectCell(Some(cell)).into());
            }
        })
    };
    // Arrow keys from cell to cell; the cells stay one stop for Tab.
    let cell_of = |e: &Event| e.target().and_then(|t| t.dyn_into::<Element>().ok()).filter(|t| t.matches("table button.sm-cell").unwrap_or(false));
    let on_cell_key = Callback::from(move |e: KeyboardEvent| {
        // Ctrl with Home or End: the table's first or last cell, as in a grid.
        let key = match (e.ctrl_key(), e.key()) {
            (true, key) if key == "Home" || key == "End" => format!("Ctrl+{key}"),
            (false, key) => key,
            _ => return,
        };
        if e.alt_key() || e.meta_key() || e.shift_key() {
            return;
        }
        let Some(from) = cell_of(&e) else { return };
        match step(&from, &key) {
            Some(Some(to)) => {
                e.prevent_default();
                browser::focus(&to, false);
                reveal_cell(&to);
            }
            // At the table's edge: the box scrolls on where it can (to the
            // silent cells past its edge), the page never.
            Some(None) if !from.closest(".sm-matrix-scroll").ok().flatten().is_some_and(|scroll| scrolls_on(&scroll, &key)) => e.prevent_default(),
            _ => {}
        }
    });
    let on_cell_focus = Callback::from(move |e: FocusEvent| {
        if let (Some(table), Some(cell)) = (e.current_target().and_then(|t| t.dyn_into::<Element>().ok()), cell_of(&e)) {
            rove(&table, &cell);
        }
    });
    let caption = widget.id(&["matrix-caption"]);
    let phone = phone_issue.as_ref().and_then(|id| data.issue(id)).zip((*phone_list).clone()).map(|(issue, items)| {
        let on_issue = on_filter.reform(|e: Event| super::Action::FilterIssue(selected(&e)));
        let issues = filter.issue_choices(data).into_iter().map(|i| (i.id.as_str(), i.title.as_str(), true));
        let chooser = widget.id(&["phone-issue"]);
        html! {
            <section class="sm-matrix-phone" aria-labelledby={widget.id(&["phone-title"])}>
                <div class="sm-field">
                    <label for={chooser.clone()}>{ w.t(T::MatrixIssue) }</label>
                    { menu(chooser, Some(issue.id.as_str()), None, issues, false, on_issue) }
                </div>
                <h3 id={widget.id(&["phone-title"])}>{ &issue.title }</h3>
                { proposition(w, issue) }
                { Html::from_html_unchecked(items) }
            </section>
        }
    });
    // The toggle between the first rows and every row; none while the open cell needs every row.
    let toggle = first_rows.filter(|_| !below).map(|_| {
        let drawn_all = rows.is_none();
        let onclick = {
            let every_row = every_row.clone();
            Callback::from(move |_: MouseEvent| every_row.set(!drawn_all))
        };
        let label = if drawn_all { w.t(T::MatrixFewerRows).to_string() } else { w.f(T::MatrixEveryRow, &[("n", &grid.actors.len().to_string())]) };
        html! { <p class="sm-more-rows"><button type="button" class="sm-button" {onclick}>{ label }</button></p> }
    });
    let summary = w.f(T::MatrixShowing, &[
        ("actors", &w.n(P::MatrixActorsOf, rows.unwrap_or(grid.actors.len()), &[("all", &data.records.actors.len().to_string())])),
        ("issues", &w.n(P::MatrixIssuesOf, grid.issues.len(), &[("all", &data.records.issues.len().to_string())])),
    ]);
    // Marked cells the filters hide are counted where the filters' count
    // is heard: a filtered table must not read as a deal with fewer conflicts.
    // (Only the issues the deal chooses can hold one; a big matrix has many actors.)
    let hidden_marks = overlay.then_some(deal).map_or(0, |deal| {
        let actors: HashSet<&ActorId> = grid.actors.iter().map(|a| &a.id).collect();
        let issues: HashSet<&IssueId> = grid.issues.iter().map(|i| &i.id).collect();
        let all = &data.records;
        all.issues.iter().filter(|i| deal.choice(&i.id).is_some())
            .flat_map(|i| all.actors.iter().map(move |a| (a, i)))
            .filter(|&(a, i)| !(actors.contains(&a.id) && issues.contains(&i.id)) && conflict(&widget, Some(deal), a, i).is_some())
            .count()
    });
    let summary = match hidden_marks {
        0 => summary,
        n => format!("{summary} {}", w.n(P::MatrixHiddenMarks, n, &[("button", w.t(T::MatrixShowAll))])),
    };
    html! {
        <div class={classes!("sm-matrix", empty.then_some("sm-matrix-empty"))} ref={matrix} onclick={on_cell} onfocusin={on_focus_in} onfocusout={on_focus_out}>
            <h2 class="sm-visually-hidden">{ w.t(T::TabMatrix) }</h2>
            <Filters filter={filter.clone()} overlay={(!deal.is_empty()).then_some(overlay)} {on_filter} />
            // Read out once the reader pauses: the arrow keys on a closed menu change the filter at each press.
            <PausedStatus key={w.lang.code()} text={summary} shown=true />
            if overlay {
                <p class="sm-muted sm-overlay-key">
                    // The marks, as the cells show them; the words say which is which.
                    <span class="sm-overlay-marks" aria-hidden="true">{ Html::from_html_unchecked(format!("{} {} {}", mark(false, false), mark(true, false), mark(false, true)).into()) }</span>
                    { w.graded(T::MatrixOverlayKey) }
                </p>
            }
            if empty {
                <p class="sm-empty">{ w.t(T::MatrixEmpty) }</p>
            } else {
                // The frame holds the shade that says the table scrolls (50-matrix.css).
                <div class="sm-matrix-frame">
                    <div class="sm-matrix-scroll" id={widget.id(&["matrix-table"])} role="region" aria-labelledby={caption}
                        onkeydown={on_cell_key} onfocusin={on_cell_focus} onfocusout={on_box_left}>{ Html::from_html_unchecked((*table).clone()) }</div>
                </div>
                { for phone }
                { for toggle }
            }
            if let Some(cell) = open_cell {
                <CellDetail deal_option={overlay.then(|| deal.choice(&cell.issue).cloned()).flatten()} {cell} on_action={props.on_action.clone()} />
            }
            // (An empty table has no columns to ask anything.)
            <Legend columns={grid.issues.iter().filter(|_| !empty).map(|i| i.id.clone()).collect::<Vec<_>>()} />
        </div>
    }
}

/// Marks the open cell pressed, in the table and the phone's list, and
/// moves focus into the detail panel when it opens, and back to its cell
/// when it closes from within. The cells are written without the mark
/// (`written`: the table's text and the list's), so that opening one
/// leaves them as they are; when they are written anew, the mark is set
/// again.
#[hook]
fn use_open_cell(widget: &Widget, selected: Option<Cell>, written: (AttrValue, Option<AttrValue>)) {
    let marked = use_mut_ref(|| None::<Cell>);
    {
        let widget = widget.clone();
        use_effect_with((selected.clone(), written), move |(selected, _)| {
            let detail = widget.id(&["cell-detail"]);
            for layout in LAYOUTS {
                if let Some(cell) = marked.borrow().as_ref().and_then(|cell| widget.element(&[layout, &cell.id()])) {
                    browser::set_attributes(&cell, &[("aria-pressed", Some("false")), ("aria-controls", None)]);
                }
                if let Some(cell) = selected.as_ref().and_then(|cell| widget.element(&[layout, &cell.id()])) {
                    browser::set_attributes(&cell, &[("aria-pressed", Some("true")), ("aria-controls", Some(&detail))]);
                    // The open cell is the table's stop for Tab (unless a filter hides it: `show_only`).
                    if let Some(table) = (layout == "cell" && !is_hidden(&cell)).then(|| widget.element(&["matrix-table"])).flatten() {
                        rove(&table, &cell);
                    }
                }
            }
            *marked.borrow_mut() = selected.clone();
        });
    }
    // A cell open in the widget's first view was opened by the link that
    // started it: an article, and the iframe page in one, keep their place
    // and focus (`App` takes the standalone page to it).
    let previous = use_mut_ref(|| selected.clone().filter(|_| !widget.started.get()));
    let widget = widget.clone();
    use_effect_with(selected, move |selected| {
        let before = previous.replace(selected.clone());
        match (before, selected) {
            // (Only on the first run: the first view's cell, which the link opened.)
            (Some(before), Some(cell)) if before == *cell => {}
            // (Not when Back or Forward opened it: `navigation` keeps focus, and the browser the page's place.)
            (_, Some(_)) if widget.navigating.get() => {}
            (_, Some(_)) => {
                widget.focus(&["cell-detail-title"]);
                // Below a tall table the detail opens at the foot of the
                // screen, its title alone in view: brought up, as what a link
                // opens is.
                if let Some(detail) = widget.element(&["cell-detail"]) {
                    browser::reveal(&detail, browser::host_of(&widget.root).as_ref());
                }
            }
            // Back to the cell (in the layout on screen), where the detail
            // held the reader's focus and took it away. (Not when a filter
            // closed it, `Matrix`: focus stays on the filter; nor when Back
            // did: `focus::keep_focus` then brings the cell into view and
            // focuses it.)
            (Some(_), None) if widget.navigating.get() => {}
            (Some(cell), None) if browser::focused_in(&widget.root).is_none() => {
                let id = cell.id();
                browser::focus_first(LAYOUTS.iter().filter_map(|layout| widget.element(&[layout, &id])));
            }
            (Some(_), None) | (None, None) => {}
        }
    });
}

/// Makes the table's box a stop for Tab while it scrolls (a window
/// narrower than the table, a big matrix), so that the keyboard scrolls it
/// to the silent cells, which the arrow keys pass over. Where the table
/// fits, it is no stop: the one cell that is reaches every other. Read
/// when the box or the table changes size (a window resized, a filter
/// hiding columns), after the layout, and when focus has left the box,
/// which stays a stop while the reader is on it. (A box in a panel rendered
/// ahead is read again once its panel is opened: WebKit may not report the
/// size of a box it laid out while the panel was hidden.) Returns the box's
/// focus-leaving listener.
#[hook]
fn use_scroll_stop(widget: &Widget, table: AttrValue, empty: bool) -> Callback<FocusEvent> {
    let root = widget.root.clone();
    let widget = widget.clone();
    let opened = use_context::<Opened>().is_none_or(|Opened(opened)| opened);
    use_effect_with((table, empty, opened), move |_| {
        let resizing = widget.element(&["matrix-table"]).and_then(|scroll| {
            let table = scroll.first_element_child()?;
            let watched = scroll.clone();
            browser::on_resize(&[&scroll, &table], move || {
                set_scroll_stop(&watched, browser::focused_in(&widget.root).is_some_and(|f| f == watched));
            })
        });
        move || drop(resizing)
    });
    // Read once focus has moved: a window losing focus leaves the box the
    // element focused in its page, and gives focus back only to a box that
    // is still a stop.
    Callback::from(move |e: FocusEvent| {
        let Some(scroll) = e.target().and_then(|t| t.dyn_into::<Element>().ok()).filter(|t| t.matches(".sm-matrix-scroll").unwrap_or(false)) else { return };
        let root = root.clone();
        gloo_timers::callback::Timeout::new(0, move || {
            if browser::focused_in(&root).as_ref() != Some(&scroll) {
                set_scroll_stop(&scroll, false);
            }
        }).forget();
    })
}

/// Makes the table's box `scroll` a stop for Tab if it scrolls, or if `kept`.
fn set_scroll_stop(scroll: &Element, kept: bool) {
    let scrolls = scroll.scroll_width() > scroll.client_width() || scroll.scroll_height() > scroll.client_height();
    browser::set_attributes(scroll, &[("tabindex", (scrolls || kept).then_some("0"))]);
}

/// Keeps the reader's focus in place when the matrix turns from its table
/// to the phone's list or back (a phone turned, a window narrowed, the page
/// zoomed): the layout that held it is hidden, which would leave focus on
/// nothing and a screen reader at the top of the page. A cell's focus goes
/// to the same cell in the layout shown, else (the phone's list shows
/// another issue) to the list's menu of issues; the menu of issues', and
/// the table's own, to the menu of issues shown; brought into view as a
/// link's target is (`browser::reveal`, by the article around the iframe
/// page). Only when the layout changed (or came after an empty matrix, on
/// a phone the table's menu of issues giving way to the list's), and only
/// where focus is on nothing else. Returns the matrix's ref and the focus
/// listeners that follow where focus is.
#[hook]
fn use_focus_across_layouts(widget: &Widget) -> (NodeRef, Callback<FocusEvent>, Callback<FocusEvent>) {
    let matrix = use_node_ref();
    // What focus is on in one layout only, until the reader moves it (it
    // loses focus too when its layout is hidden, but is no longer shown).
    let on = use_mut_ref(|| None::<Element>);
    {
        let (matrix, on, widget) = (matrix.clone(), on.clone(), widget.clone());
        use_effect_with((), move |_| {
            let resizing = matrix.cast::<Element>().and_then(|element| {
                // Which layout is shown: whether the table is (none while
                // the matrix shows neither).
                let table = std::cell::Cell::new(None::<bool>);
                browser::on_resize(&[&element.clone()], move || {
                    let now = element.query_selector(".sm-matrix-scroll").ok().flatten().map(|t| browser::is_shown(&t));
                    let before = table.replace(now);
                    if now.is_none() || before == now {
                        return;
                    }
                    let Some(was) = on.borrow().clone().filter(|was| was.is_connected() && !browser::is_shown(was)) else { return };
                    // Focus the reader put elsewhere, in the widget or around it, stays.
                    if !(browser::focus_on_nothing() || browser::focused_in(&widget.root).is_some_and(|f| !browser::is_shown(&f))) {
                        return;
                    }
                    let cell = was.matches("button.sm-cell").unwrap_or(false).then(|| was.get_attribute("value")).flatten().and_then(|key| Cell::from_key(&key));
                    let id = cell.as_ref().map(Cell::id);
                    let places: Vec<[&str; 2]> = match &id {
                        Some(id) => LAYOUTS.map(|layout| [layout, id.as_str()]).into(),
                        None => vec![["filter", "issue"]],
                    };
                    let places = places.iter().map(|parts| widget.element(parts)).chain([widget.element(&["phone-issue"])]);
                    if let Some(to) = places.flatten().find(browser::is_shown) {
                        browser::focus(&to, false);
                        browser::reveal(&to, browser::host_of(&widget.root).as_ref());
                        browser::reveal_in_table(&to);
                    }
                })
            });
            move || drop(resizing)
        });
    }
    let target = |e: &FocusEvent| e.target().and_then(|t| t.dyn_into::<Element>().ok());
    let on_focus_in = {
        let on = on.clone();
        Callback::from(move |e: FocusEvent| {
            *on.borrow_mut() = target(&e).filter(|t| t.closest(".sm-matrix-scroll, .sm-issue-filter, .sm-matrix-phone").ok().flatten().is_some());
        })
    };
    let on_focus_out = Callback::from(move |e: FocusEvent| {
        if target(&e).is_some_and(|t| browser::is_shown(&t)) {
            on.borrow_mut().take();
        }
    });
    (matrix, on_focus_in, on_focus_out)
}

#[derive(Properties, PartialEq)]
struct FiltersProps {
    filter: MatrixFilter,
    /// Whether the deal's conflicts are marked; `None` while the deal is empty.
    overlay: Option<bool>,
    on_filter: Callback<super::Action>,
}

/// Group, issue, disagreement and comparison controls.
#[function_component(Filters)]
fn filters(props: &FiltersProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let f = &props.filter;

    let on_group = props.on_filter.reform(|e: Event| super::Action::FilterGroup(selected::<String>(&e).and_then(|g| Group::from_slug(&g))));
    let on_issue = props.on_filter.reform(|e: Event| super::Action::FilterIssue(selected(&e)));
    let on_disputed = props.on_filter.reform(|e: Event| super::Action::ShowDisputedOnly(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()));
    let (first, second) = f.compare.clone();
    let on_first = {
        let second = second.clone();
        props.on_filter.reform(move |e: Event| super::Action::Compare(selected(&e), second.clone()))
    };
    let on_second = {
        let first = first.clone();
        props.on_filter.reform(move |e: Event| super::Action::Compare(first.clone(), selected(&e)))
    };
    // The button goes with the filters: once they are cleared (and the
    // first, disabled while comparing, is enabled), focus moves to the first.
    let refocus = use_mut_ref(|| false);
    {
        let (refocus, widget) = (refocus.clone(), widget.clone());
        use_effect_with(f.is_active(), move |_| {
            if refocus.replace(false) {
                widget.focus_first(&[&["filter", "group"], &["filter", "disputed"]]);
            }
        });
    }
    let on_clear = {
        let on_filter = props.on_filter.clone();
        Callback::from(move |_: MouseEvent| {
            *refocus.borrow_mut() = true;
            on_filter.emit(super::Action::ClearFilters);
        })
    };
    let on_overlay = props.on_filter.reform(|e: Event| super::Action::MarkDeal(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()));

    // The actor chosen in the other box cannot be chosen again: an actor
    // compared with itself would compare nothing.
    let actors = |other: Option<ActorId>| data.records.actors.iter().map(move |a| (a.id.as_str(), a.name.as_str(), other.as_ref() != Some(&a.id)));
    let groups = data.groups().map(|g| (g.slug(), w.t(g.label(data.is_bundled())), true));
    let issues = data.records.issues.iter().map(|i| (i.id.as_str(), i.title.as_str(), true));
    let id = |name: &str| widget.id(&["filter", name]);
    html! {
        <div class="sm-filters" role="group" aria-label={w.t(T::MatrixFilters).to_string()}>
            <div class="sm-field">
                <label for={id("group")}>{ w.t(T::TabActors) }</label>
                { menu(id("group"), f.group.map(Group::slug), Some(w.t(T::MatrixAllActors)), groups, f.comparing().is_some(), on_group) }
            </div>
            <div class="sm-field sm-issue-filter">
                <label for={id("issue")}>{ w.t(T::MatrixIssue) }</label>
                { menu(id("issue"), f.issue.as_ref().map(IssueId::as_str), Some(w.t(T::MatrixAllIssues)), issues, false, on_issue) }
            </div>
            <div class="sm-field sm-check">
                <input type="checkbox" id={id("disputed")} checked={f.disputed} onchange={on_disputed} />
                <label for={id("disputed")}>{ w.t(T::MatrixDisputed) }</label>
            </div>
            if let Some(on) = props.overlay {
                <div class="sm-field sm-check">
                    <input type="checkbox" id={id("overlay")} checked={on} onchange={on_overlay} />
                    <label for={id("overlay")}>{ w.t(T::MatrixMarkDeal) }</label>
                </div>
            }
            <fieldset class="sm-field sm-compare">
                <legend>{ w.t(T::MatrixCompare) }</legend>
                <label class="sm-visually-hidden" for={id("first")}>{ w.t(T::MatrixFirstActor) }</label>
                { menu(id("first"), first.as_ref().map(ActorId::as_str), Some(w.t(T::MatrixChoose)), actors(second.clone()), false, on_first) }
                <span aria-hidden="true">{ " " }{ w.t(T::MatrixVersus) }{ " " }</span>
                <label class="sm-visually-hidden" for={id("second")}>{ w.t(T::MatrixSecondActor) }</label>
                { menu(id("second"), second.as_ref().map(ActorId::as_str), Some(w.t(T::MatrixChoose)), actors(first.clone()), false, on_second) }
            </fieldset>
            if f.is_active() {
                <button type="button" class="sm-button" onclick={on_clear}>{ w.t(T::MatrixShowAll) }</button>
            }
        </div>
    }
}

/// Hides the rows and columns of the table in `scroll`, written for
/// `written`, that `shown` leaves out: the table is restyled, not rebuilt
/// (`tests/bench/ROUNDS.md`, the third run of 2026-12-01). What an earlier
/// filter hid is shown again, then only the rows and the cells of the
/// columns left out are visited: a table shown whole, a big one's every
/// row among them, costs no walk over its thousands of cells. Where the
/// table's stop for Tab is hidden, its first shown cell becomes it.
fn show_only(scroll: &Element, written: &Grid, shown: &Grid) {
    if let Ok(hidden) = scroll.query_selector_all("tr[hidden], th[hidden], td[hidden]") {
        for at in 0..hidden.length() {
            if let Some(el) = hidden.item(at).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.remove_attribute("hidden");
            }
        }
    }
    let actors: Vec<bool> = written.actors.iter().map(|a| shown.actors.iter().any(|s| s.id == a.id)).collect();
    // Each column left out, as its cells' place in a row (after the row's heading).
    let columns: Vec<u32> = written.issues.iter().zip(1..).filter(|(i, _)| !shown.issues.iter().any(|s| s.id == i.id)).map(|(_, at)| at).collect();
    let Ok(rows) = scroll.query_selector_all("tr") else { return };
    // The head's row, then one row per actor.
    for (at, row) in (0..rows.length()).filter_map(|at| rows.item(at)?.dyn_into::<Element>().ok()).enumerate() {
        if at.checked_sub(1).and_then(|actor| actors.get(actor)) == Some(&false) {
            let _ = row.set_attribute("hidden", "");
        }
        let cells = row.children();
        for cell in columns.iter().filter_map(|&at| cells.item(at)) {
            let _ = cell.set_attribute("hidden", "");
        }
    }
    let stop = scroll.query_selector("button.sm-cell[tabindex='0']").ok().flatten();
    if stop.is_none_or(|stop| is_hidden(&stop))
        && let Ok(Some(first)) = scroll.query_selector("tr:not([hidden]) > td:not([hidden]) > button.sm-cell")
    {
        rove(scroll, &first);
    }
}

/// Whether a filter hides `cell` (its column or its row).
fn is_hidden(cell: &Element) -> bool {
    cell.closest("td[hidden], tr[hidden]").ok().flatten().is_some()
}

/// Brings `cell`, reached by an arrow key, into view, clear of the sticky
/// actors' column where the table scrolls sideways: WebKit's own scroll on
/// focus ignores the room the table's box keeps for that column
/// (`scroll-padding-inline-start`, 50-matrix.css) and left the cell under it.
fn reveal_cell(cell: &Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    cell.scroll_into_view_with_scroll_into_view_options(&options);
    browser::reveal_in_table(cell);
}

/// Keeps the table one stop for Tab: the cell that takes focus becomes it.
fn rove(table: &Element, to: &Element) {
    if let Ok(Some(stop)) = table.query_selector("button.sm-cell[tabindex='0']") {
        let _ = stop.set_attribute("tabindex", "-1");
    }
    let _ = to.set_attribute("tabindex", "0");
}

/// Whether the table's box `scroll` can scroll further the way the arrow
/// `key` points.
fn scrolls_on(scroll: &Element, key: &str) -> bool {
    let (left, top) = (scroll.scroll_left(), scroll.scroll_top());
    match key {
        "ArrowRight" => left + scroll.client_width() < scroll.scroll_width() - 1,
        "ArrowLeft" => left > 0,
        "ArrowDown" => top + scroll.client_height() < scroll.scroll_height() - 1,
        "ArrowUp" => top > 0,
        _ => false,
    }
}

/// The cell an arrow key, Home or End moves to from the cell `from`: the
/// nearest in that direction, in its row or column, that has a button (a
/// silent cell has none, unless the package marks it), `Some(None)` where
/// none does (the table's edge); Ctrl+Home and Ctrl+End, the table's first
/// and last. `None` for a key the table does not take.
fn step(from: &Element, key: &str) -> Option<Option<Element>> {
    let td = from.closest("td").ok()??;
    let row = td.parent_element()?;
    // (Nor does a cell a filter hides.)
    let button = |el: Element| el.query_selector("button.sm-cell").ok().flatten().filter(|b| !is_hidden(b));
    let after = |el: &Element| el.next_element_sibling();
    let before = |el: &Element| el.previous_element_sibling();
    let column = std::iter::successors(before(&td), before).count() + 1;
    let in_column = |row: Element| row.query_selector(&format!(":scope > :nth-child({column})")).ok().flatten().and_then(button);
    let rows = row.parent_element()?;
    Some(match key {
        "ArrowRight" => std::iter::successors(after(&td), after).find_map(button),
        "ArrowLeft" => std::iter::successors(before(&td), before).find_map(button),
        "ArrowDown" => std::iter::successors(after(&row), after).find_map(in_column),
        "ArrowUp" => std::iter::successors(before(&row), before).find_map(in_column),
        "Home" => std::iter::successors(row.first_element_child(), after).find_map(button),
        "End" => std::iter::successors(row.last_element_child(), before).find_map(button),
        "Ctrl+Home" => std::iter::successors(rows.first_element_child(), after).flat_map(|r| std::iter::successors(r.first_element_child(), after)).find_map(button),
        "Ctrl+End" => std::iter::successors(rows.last_element_child(), before).flat_map(|r| std::iter::successors(r.last_element_child(), before)).find_map(button),
        _ => return None,
    })
}

#[derive(Properties, PartialEq)]
struct CellDetailProps {
    cell: Cell,
    /// The deal's option on this cell's issue, while the matrix marks the deal.
    deal_option: Option<OptionId>,
    on_action: Callback<Action>,
}

/// The selected cell's stance in full; Escape or the close button dismisses it.
#[function_component(CellDetail)]
fn cell_detail(props: &CellDetailProps) -> Html {
    let widget = use_widget();
    let (data, w) = (&widget.data, &widget.words);
    let (Some(actor), Some(issue)) = (data.actor(&props.cell.actor), data.issue(&props.cell.issue)) else {
        return Html::default();
    };
    let close = props.on_action.reform(|_: MouseEvent| super::Action::SelectCell(None).into());
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_action.emit(super::Action::SelectCell(None).into());
            }
        })
    };
    // The deal's option on this issue, and how the actor receives it.
    let deal = props.deal_option.as_ref().and_then(|o| data.option(o)).map(|o| (o, data.reactions(&o.id, &actor.id)));
    html! {
        <section id={widget.id(&["cell-detail"])} class="sm-cell-detail" aria-labelledby={widget.id(&["cell-detail-title"])} {onkeydown}>
            <h3 id={widget.id(&["cell-detail-title"])} tabindex="-1">{ w.f(T::CellOn, &[("actor", &actor.name), ("issue", &issue.title)]) }</h3>
            { proposition(w, issue) }
            { stance_detail(&widget, None, &actor.id, &issue.id) }
            if let Some((option, reactions)) = deal {
                <div class="sm-cell-deal">
                    <h4>{ w.f(T::CellYourDeal, &[("option", &option.label)]) }</h4>
                    if reactions.is_empty() {
                        <p class="sm-muted">{ w.f(T::CellNoReaction, &[("actor", &w.within(&actor.name))]) }</p>
                    } else {
                        <ul class="sm-reactions" role="list">{ for reactions.into_iter().map(|r| reaction_item(&widget, option, r)) }</ul>
                    }
                </div>
            }
            <button type="button" class="sm-button" onclick={close}>{ w.t(T::CellClose) }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct LegendProps {
    /// The issues the table shows, as its columns.
    columns: Vec<IssueId>,
}

/// What the icons, labels and outlines mean, and the question each column
/// the table shows asks in full (its heading gives it in a few words).
#[function_component(Legend)]
fn legend(LegendProps { columns }: &LegendProps) -> Html {
    let widget = use_widget();
    let w = &widget.words;
    let positions = Position::ALL.into_iter().map(|p| html! {
        <li>{ stance_badge(w, Some(p)) }<span class="sm-muted">{ " " }{ w.f(T::LegendShort, &[("label", w.t(p.short()))]) }</span></li>
    });
    html! {
        <div class="sm-legend">
            <h3>{ w.t(T::LegendTitle) }</h3>
            <ul class="sm-badge-row">{ for positions }<li>{ stance_badge(w, None) }</li></ul>
            // What a cell answers: its column's question in the table; on a
            // phone, which shows one issue, the question above the list.
            <p class="sm-muted">
                if !columns.is_empty() {
                    <span class="sm-for-table">{ w.t(T::LegendCells) }</span>
                }
                <span class="sm-for-phone">{ w.f(T::LegendCellsPhone, &[("label", w.t(T::IssueProposition))]) }</span>
                { " " }{ w.t(T::LegendText) }
            </p>
            if !columns.is_empty() {
                <div class="sm-for-table">{ column_questions(w, widget.data.records.issues.iter().filter(|i| columns.contains(&i.id))) }</div>
            }
        </div>
    }
}
