//! Who wants what: the stance matrix, its filters, the open cell, and the
//! package from "Build a deal" marked on request
//! (`#matrix?group=european-state&disputed=1&compare=ukraine.russia&cell=russia.territory`).

mod filter;
pub mod table;
mod view;

pub use filter::{Grid, MatrixFilter, FIRST_CELLS, FIRST_ROWS};

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::deal::Conflict;
use crate::embed::HostEvent;
use crate::ids::{ActorId, IssueId};
use crate::model::Group;
use crate::notice::Unused;
use crate::state::Action as AppAction;
use crate::tabs::{deal, opened, Link, Section, Tab, View, Written};
use crate::words::T;

/// The matrix tab (`tabs::Section`).
pub struct MatrixTab;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The cell whose detail is open.
    pub cell: Option<Cell>,
    /// The filters above the matrix.
    pub filter: MatrixFilter,
    /// Whether the package from "Build a deal" is marked.
    pub overlay: bool,
}

impl State {
    /// Whether the filters hide the open cell: its actor's row or its issue's column.
    pub fn hides_cell(&self, data: &Dataset) -> bool {
        let Some(cell) = &self.cell else { return false };
        let grid = self.filter.grid(data);
        !(grid.actors.iter().any(|a| a.id == cell.actor) && grid.issues.iter().any(|i| i.id == cell.issue))
    }
}

/// Whether `view`'s open cell is one the matrix does not show or open: a
/// filter hides it, or it is an empty cell whose marks went (a package
/// chosen anew in the builder, the marks turned off). A link naming one
/// opens no detail (`MatrixTab::finish`), and an action that leaves one
/// closes it (`navigation::use_fragment`), so that the address, Back and
/// the embed code never carry it.
pub fn strands_cell(view: &View, data: &Dataset) -> bool {
    view.matrix.hides_cell(data) || view.matrix.cell.as_ref().is_some_and(|cell| !opens(view, cell, data))
}

/// Whether the matrix opens `cell`: one with a stance, or, without one, a
/// cell the marked package conflicts with, whose detail gives the reactions
/// behind the mark (a dash marked "!" that opened nothing would leave the
/// reader no way to see what it rests on).
pub fn opens(view: &View, cell: &Cell, data: &Dataset) -> bool {
    !data.readings(&cell.actor, &cell.issue).is_empty()
        || (view.matrix.overlay && view.deal.choice(&cell.issue).is_some_and(|option| Conflict::with(data, option, &cell.actor).is_some()))
}

/// The first part of a cell's button's element id in each of the matrix's
/// layouts: the table's, then the phone's list's (the cell's `id` is the
/// second).
pub const LAYOUTS: [&str; 2] = ["cell", "phone-cell"];

/// One actor's stance on one issue: a cell of the stance matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub actor: ActorId,
    pub issue: IssueId,
}

impl Cell {
    /// The one way a cell is written, in links and on the matrix's buttons:
    /// `actor.issue` (ids never contain a dot).
    pub fn key(&self) -> String {
        Cell::key_of(&self.actor, &self.issue)
    }

    /// The key of the cell of `actor` on `issue`.
    pub fn key_of(actor: &ActorId, issue: &IssueId) -> String {
        format!("{actor}.{issue}")
    }

    /// The cell's part of its button's element id, `actor--issue`:
    /// unambiguous, since kebab-case ids never hold two hyphens in a row
    /// (element ids join their parts with one).
    pub fn id(&self) -> String {
        Cell::id_of(&self.actor, &self.issue)
    }

    /// `id` of the cell of `actor` on `issue`.
    pub fn id_of(actor: &ActorId, issue: &IssueId) -> String {
        format!("{actor}--{issue}")
    }

    /// Reads what `key` wrote; ids are not checked here.
    pub fn from_key(key: &str) -> Option<Cell> {
        key.split_once('.').map(|(actor, issue)| Cell { actor: actor.into(), issue: issue.into() })
    }
}

/// A cell as host events name it: its key.
impl std::fmt::Display for Cell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.key())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SelectCell(Option<Cell>),
    FilterGroup(Option<Group>),
    FilterIssue(Option<IssueId>),
    ShowDisputedOnly(bool),
    /// The two actors to compare, each chosen or not yet.
    Compare(Option<ActorId>, Option<ActorId>),
    ClearFilters,
    /// Marks the package's conflicts, or stops.
    MarkDeal(bool),
    /// Opens this tab with the package's conflicts marked, from anywhere,
    /// and every one in sight: filters left from before would hide some.
    ShowDeal,
}

impl Section for MatrixTab {
    type State = State;
    type Action = Action;
    const SLUG: &'static str = "matrix";
    const LABEL: T = T::TabMatrix;

    fn param(view: &mut View, key: &str, value: &str, link: &mut Link, data: &Dataset) -> bool {
        let m = &mut view.matrix;
        match key {
            "group" => match Group::from_slug(value) {
                Some(g) => m.filter.group = Some(g),
                None => link.dropped.push(Unused::Group(value.to_string())),
            },
            "issue" => m.filter.issue = link.known(Unused::Issue, value, |id| data.issue(id).is_some()),
            "disputed" => match value {
                "1" => m.filter.disputed = true,
                "0" => m.filter.disputed = false,
                _ => link.dropped.push(Unused::Setting(format!("disputed={value}"))),
            },
            "compare" => match value.split_once('.').map(|(a, b)| (ActorId::from(a), ActorId::from(b))) {
                Some((a, b)) if data.actor(&a).is_some() && data.actor(&b).is_some() && a != b => m.filter.compare = (Some(a), Some(b)),
                _ => link.dropped.push(Unused::Comparison(value.to_string())),
            },
            // Only a cell the table can open (`finish`: the package may come later in the link).
            "cell" => match Cell::from_key(value) {
                Some(cell) if data.actor(&cell.actor).is_some() && data.issue(&cell.issue).is_some() => m.cell = Some(cell),
                _ => link.dropped.push(Unused::Cell(value.to_string())),
            },
            // The package, marked: the builder's own syntax.
            "deal" => {
                deal::from_link(view, value, link, data);
                view.matrix.overlay = !view.deal.is_empty();
            }
            _ => return false,
        }
        true
    }

    /// A cell the filters hide, or that the matrix does not open (an empty
    /// cell is a button only while the package marks it, `opens`; unmarked,
    /// its detail would have nothing to return focus to), opens no detail
    /// (`strands_cell`).
    fn finish(view: &mut View, link: &mut Link, data: &Dataset) {
        if strands_cell(view, data) {
            link.dropped.extend(view.matrix.cell.take().map(|cell| Unused::Cell(cell.key())));
        }
    }

    /// The open cell's detail (`cell-detail`), below the table or the list.
    fn linked(view: &View) -> Option<[String; 2]> {
        view.matrix.cell.as_ref().map(|_| ["cell".into(), "detail".into()])
    }

    /// The open cell, in the table or the phone's list.
    fn opened_from(view: &View) -> Vec<[String; 2]> {
        let Some(cell) = &view.matrix.cell else { return Vec::new() };
        LAYOUTS.map(|layout| [layout.to_string(), cell.id()]).into()
    }

    fn write(view: &View, link: &mut Written) {
        let (m, f) = (&view.matrix, &view.matrix.filter);
        if let Some(g) = f.group {
            link.param("group", g.slug().into());
        }
        if let Some(issue) = &f.issue {
            link.param("issue", issue.to_string());
        }
        if f.disputed {
            link.param("disputed", "1".into());
        }
        if let Some((a, b)) = f.comparing() {
            link.param("compare", format!("{a}.{b}"));
        }
        if let Some(cell) = &m.cell {
            link.param("cell", cell.key());
        }
        if m.overlay && !view.deal.is_empty() {
            link.param("deal", deal::to_link(&view.deal));
        }
    }

    fn apply(view: &mut View, action: Action) {
        let m = &mut view.matrix;
        match action {
            Action::SelectCell(cell) => m.cell = cell,
            Action::FilterGroup(group) => m.filter.group = group,
            Action::FilterIssue(issue) => m.filter.issue = issue,
            Action::ShowDisputedOnly(on) => m.filter.disputed = on,
            Action::Compare(first, second) => m.filter.compare = (first, second),
            Action::ClearFilters => m.filter = MatrixFilter::default(),
            Action::MarkDeal(on) => m.overlay = on,
            Action::ShowDeal => {
                view.tab = Tab::Matrix;
                m.overlay = true;
                m.filter = MatrixFilter::default();
            }
        }
    }

    /// A choice in one of the filters' lists, and the open cell it hides
    /// closed, if it hides one.
    fn chosen(before: &View, after: &View, data: &Dataset) -> Option<String> {
        let filter = &after.matrix.filter;
        let list = before.matrix.filter.chosen_in(filter)?;
        let hidden = State { filter: filter.clone(), ..before.matrix.clone() }.hides_cell(data);
        let cell = before.matrix.cell.clone().filter(|_| !hidden);
        (*after == View { matrix: State { filter: filter.clone(), cell, ..before.matrix.clone() }, ..before.clone() }).then(|| format!("matrix {list}"))
    }

    fn events(old: &View, new: &View, events: &mut Vec<HostEvent>) {
        opened(events, "cell", old.matrix.cell.as_ref(), new.matrix.cell.as_ref());
    }

    fn panel(view: View, on_action: Callback<AppAction>) -> Html {
        html! { <view::Matrix {view} {on_action} /> }
    }
}
