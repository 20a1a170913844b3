//! Which actors and issues the stance matrix shows, given the reader's filters,
//! and those rows and columns written as an HTML table's (`Grid::write_rows`).

use std::fmt::Write;

use crate::dataset::Dataset;
use crate::html_text::escape;
use crate::ids::{ActorId, IssueId};
use crate::model::{Actor, Group, Issue};

/// The reader's choices above the matrix.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MatrixFilter {
    /// Only actors of this group.
    pub group: Option<Group>,
    /// Only this issue.
    pub issue: Option<IssueId>,
    /// Only issues on which the shown actors disagree.
    pub disputed: bool,
    /// Two actors to show side by side (overriding `group`) once both are
    /// chosen; the reader picks them one at a time.
    pub compare: (Option<ActorId>, Option<ActorId>),
}

/// The rows and columns to draw.
#[derive(Debug, PartialEq)]
pub struct Grid<'a> {
    pub actors: Vec<&'a Actor>,
    pub issues: Vec<&'a Issue>,
}

/// How many cells a big table draws before the reader asks for every row:
/// enough for any matrix of the talks (13 × 13 is 169), few enough that a
/// table of a hundred times as many opens at once (`make bench`, the matrix
/// at 100×)...
pub const FIRST_CELLS: usize = 2_000;
/// ...but never fewer rows than these.
pub const FIRST_ROWS: usize = 10;

impl Grid<'_> {
    /// How many rows (actors) the table draws until the reader asks for all
    /// of them: `None` when they all fit in `FIRST_CELLS`, or are no more
    /// than `FIRST_ROWS`.
    pub fn first_rows(&self) -> Option<usize> {
        let rows = (FIRST_CELLS / self.issues.len().max(1)).max(FIRST_ROWS);
        (rows < self.actors.len()).then_some(rows)
    }

    /// Only its first `rows` rows (every row when `None`).
    pub fn first(mut self, rows: Option<usize>) -> Self {
        if let Some(rows) = rows {
            self.actors.truncate(rows);
        }
        self
    }

    /// Its rows and columns as an HTML table's, written into `h` from
    /// `<thead>` to `</tbody>`: `corner` heads the actors' column, `head`
    /// writes each issue's column heading and `cell` each actor's cell on
    /// each issue; the actors' short names head the rows. The app's matrix
    /// and the no-JS fallback's are both written so.
    pub fn write_rows(&self, h: &mut String, corner: &str, head: impl Fn(&mut String, &Issue), cell: impl Fn(&mut String, &Actor, &Issue)) {
        let _ = write!(h, "<thead><tr><th scope=\"col\">{}</th>", escape(corner));
        for i in &self.issues {
            head(h, i);
        }
        h.push_str("</tr></thead><tbody>");
        for a in &self.actors {
            let _ = write!(h, "<tr><th scope=\"row\">{}</th>", escape(&a.short));
            for i in &self.issues {
                cell(h, a, i);
            }
            h.push_str("</tr>");
        }
        h.push_str("</tbody>");
    }
}

impl MatrixFilter {
    pub fn is_active(&self) -> bool {
        *self != MatrixFilter::default()
    }

    /// The one list above the matrix (the group, the issue, either actor
    /// compared) in which `after` chooses another item than these filters,
    /// where it chooses one and changes nothing else.
    pub fn chosen_in(&self, after: &MatrixFilter) -> Option<&'static str> {
        let lists = [
            ("group", after.group.is_some() && *after == MatrixFilter { group: after.group, ..self.clone() }),
            ("issue", after.issue.is_some() && *after == MatrixFilter { issue: after.issue.clone(), ..self.clone() }),
            ("first actor", after.compare.0.is_some() && *after == MatrixFilter { compare: (after.compare.0.clone(), self.compare.1.clone()), ..self.clone() }),
            ("second actor", after.compare.1.is_some() && *after == MatrixFilter { compare: (self.compare.0.clone(), after.compare.1.clone()), ..self.clone() }),
        ];
        lists.into_iter().find(|&(_, chosen)| chosen && after != self).map(|(list, _)| list)
    }

    /// The two actors being compared, once two different ones are chosen.
    pub fn comparing(&self) -> Option<(&ActorId, &ActorId)> {
        match &self.compare {
            (Some(a), Some(b)) if a != b => Some((a, b)),
            _ => None,
        }
    }

    /// The issues to choose one from (the phone shows one at a time): those
    /// the other filters leave, so that another can be chosen once one is.
    pub fn issue_choices<'a>(&self, data: &'a Dataset) -> Vec<&'a Issue> {
        MatrixFilter { issue: None, ..self.clone() }.grid(data).issues
    }

    pub fn grid<'a>(&self, data: &'a Dataset) -> Grid<'a> {
        let actors: Vec<&Actor> = match self.comparing() {
            Some((a, b)) => [a, b].into_iter().filter_map(|id| data.actor(id)).collect(),
            None => data.records.actors.iter().filter(|a| self.group.is_none_or(|g| a.group == g)).collect(),
        };
        let issues = data
            .records
            .issues
            .iter()
            .filter(|i| self.issue.as_ref().is_none_or(|id| *id == i.id))
            .filter(|i| !self.disputed || data.is_disputed_among(&i.id, actors.iter().copied()))
            .collect();
        Grid { actors, issues }
    }
}
