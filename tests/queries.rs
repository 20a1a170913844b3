//! The matrix grid and its table written as text, glossary marking and the CSV export, on the fixture.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use stancemap::export::stances_csv;
use stancemap::glossary::{mark, Segment};
use stancemap::tabs::matrix::{Cell, Grid, MatrixFilter, FIRST_CELLS, FIRST_ROWS};
use stancemap::model::Group;

fn grid_ids(filter: MatrixFilter) -> (Vec<String>, Vec<String>) {
    let data = common::dataset();
    let grid = filter.grid(&data);
    (grid.actors.iter().map(|a| a.id.to_string()).collect(), grid.issues.iter().map(|i| i.id.to_string()).collect())
}

#[test]
fn the_matrix_shows_everything_by_default() {
    assert_eq!(grid_ids(MatrixFilter::default()), (vec!["alpha".into(), "beta".into(), "gamma".into()], vec!["river".into(), "bridge".into(), "tolls".into()]));
}

#[test]
fn the_matrix_filters_by_group_and_issue() {
    let (actors, issues) = grid_ids(MatrixFilter { group: Some(Group::Institution), issue: Some("bridge".into()), ..Default::default() });
    assert_eq!((actors, issues), (vec!["gamma".to_string()], vec!["bridge".to_string()]));
}

#[test]
fn one_issue_chosen_the_others_can_still_be_chosen() {
    let data = common::dataset();
    let all: Vec<&str> = MatrixFilter::default().grid(&data).issues.iter().map(|i| i.id.as_str()).collect();
    for id in &all {
        let filter = MatrixFilter { issue: Some((*id).into()), ..Default::default() };
        assert_eq!(filter.grid(&data).issues.len(), 1);
        assert_eq!(filter.issue_choices(&data).iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), all, "with {id} chosen");
    }
    let disputed = MatrixFilter { disputed: true, issue: Some("bridge".into()), ..Default::default() };
    assert_eq!(disputed.issue_choices(&data).iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["river"], "the other filters still apply");
}

#[test]
fn only_disputed_issues_among_the_shown_actors_remain() {
    let (_, issues) = grid_ids(MatrixFilter { disputed: true, ..Default::default() });
    assert_eq!(issues, ["river"]);
    let (_, issues) = grid_ids(MatrixFilter { disputed: true, compare: (Some("beta".into()), Some("gamma".into())), ..Default::default() });
    assert!(issues.is_empty(), "beta and gamma are on the same side of every issue");
}

#[test]
fn comparing_two_actors_shows_just_them_in_that_order() {
    let (actors, _) = grid_ids(MatrixFilter { compare: (Some("gamma".into()), Some("alpha".into())), group: Some(Group::Public), ..Default::default() });
    assert_eq!(actors, ["gamma", "alpha"]);
}

#[test]
fn a_big_table_draws_its_first_rows_within_the_cell_budget_and_every_row_when_they_fit() {
    let data = common::dataset();
    let (actor, issue) = (&data.records.actors[0], &data.records.issues[0]);
    for (actors, issues) in [(3, 3), (FIRST_CELLS / 13, 13), (FIRST_CELLS / 13 + 1, 13), (400, 130), (40, 5_000), (FIRST_ROWS, 5_000)] {
        let grid = Grid { actors: vec![actor; actors], issues: vec![issue; issues] };
        match grid.first_rows() {
            None => assert!(actors * issues <= FIRST_CELLS || actors <= FIRST_ROWS, "{actors} × {issues}: every row, though over the budget"),
            Some(rows) => {
                assert!(rows < actors, "{actors} × {issues}: {rows} first rows are not fewer than all");
                assert!(rows == FIRST_ROWS || rows * issues <= FIRST_CELLS, "{actors} × {issues}: {rows} rows exceed the budget");
                assert!(rows == FIRST_ROWS || (rows + 1) * issues > FIRST_CELLS, "{actors} × {issues}: {rows} rows, though one more fits");
            }
        }
    }
}

#[test]
fn cells_of_hyphenated_ids_never_share_an_element_id() {
    let cell = |actor: &str, issue: &str| Cell { actor: actor.into(), issue: issue.into() };
    assert_ne!(cell("north-east", "river").id(), cell("north", "east-river").id());
}

#[test]
fn glossary_terms_are_marked_once_as_whole_words_ignoring_case() {
    let terms = common::records().glossary;
    let text = "A buffer zone, then another Buffer Zone; no buffers.";
    let marked: Vec<&str> = mark(text, &terms).iter().filter_map(|s| match s { Segment::Term { text, .. } => Some(*text), _ => None }).collect();
    assert_eq!(marked, ["buffer zone"], "longest name first, first mention only, not inside 'buffers'");
    let rebuilt: String = mark(text, &terms).iter().map(|s| match s { Segment::Text(t) | Segment::Term { text: t, .. } => *t }).collect();
    assert_eq!(rebuilt, text, "marking never changes the text");
}

#[test]
fn nothing_opens_inside_a_quotation() {
    let terms = common::records().glossary;
    let marked = |text: &str| -> Vec<String> { mark(text, &terms).iter().filter_map(|s| match s { Segment::Term { text, .. } => Some(text.to_string()), _ => None }).collect() };
    assert_eq!(marked(r#"They call it a "buffer zone" now."#), [r#""buffer zone""#], "a whole quotation: marked with its marks");
    assert_eq!(marked(r#"He said "a buffer zone is not enough", then buffer zone again."#), ["buffer zone"], "inside a longer quotation: not a mention; the next one is");
    assert_eq!(marked("«Вони хочуть „buffer“, кажуть» — вони"), Vec::<String>::new(), "a whole quotation inside another is still inside it");
    assert_eq!(marked("Both say “buffer” and «buffer»."), ["“buffer”"], "curly marks too; the first mention only");
    assert_eq!(marked("Кажуть «buffer», а не „buffer“."), ["«buffer»"], "a language's own marks");
    assert_eq!(marked("Кажуть „buffer“."), ["„buffer“"]);
    assert_eq!(marked("Russia’s buffer and Kyiv’s."), ["buffer"], "an apostrophe begins no quotation");
    assert_eq!(marked("It called it ‘a buffer zone, no more’."), Vec::<String>::new(), "curly single marks quote too");
    assert_eq!(marked(r#"They said “a "buffer zone" now”."#), Vec::<String>::new(), "straight marks inside curly ones quote inside them");
    assert_eq!(marked("It said ‘buffer’ in the ‘90s."), ["‘buffer’"], "a whole quotation in single marks, and ‘90s opens none");
    assert_eq!(marked(r#"An "unclosed buffer"#), ["buffer"], "an unclosed mark is no quotation");
    for text in [r#"They call it a "buffer zone" now."#, "Кажуть «buffer», а не „buffer“."] {
        let rebuilt: String = mark(text, &terms).iter().map(|s| match s { Segment::Text(t) | Segment::Term { text: t, .. } => *t }).collect();
        assert_eq!(rebuilt, text, "a term marked with its quotation marks changes nothing of the text");
    }
}

#[test]
fn a_definition_opened_in_a_text_says_only_what_the_text_does_not() {
    let mut terms = common::records().glossary;
    terms[0].definition = "A strip of land between the two forces. One report says the river would be its border.".into();
    let opened = |text: &str| -> Vec<String> { mark(text, &terms).into_iter().filter_map(|s| match s { Segment::Term { definition, .. } => Some(definition), _ => None }).collect() };
    assert_eq!(opened("Alpha wants a buffer zone."), [terms[0].definition.clone()], "a text that says none of it: all of it");
    assert_eq!(opened("Alpha wants a buffer zone; One Report says the river would be its line."), ["A strip of land between the two forces."], "seven words in a run, in any case: said");
    assert_eq!(opened("A buffer zone: one report says the river would, in time."), [terms[0].definition.clone()], "six in a run: an attribution, not the sentence");
    assert_eq!(opened("Alpha wants a buffer zone, a strip of land between the two forces."), Vec::<String>::new(), "its first sentence said: not marked, lest the next stand alone");
    assert_eq!(opened("A buffer zone: the border would be the river, one report says."), [terms[0].definition.clone()], "the same words, not in a run: not said");
}

#[test]
fn glossary_terms_are_found_in_any_case_in_cyrillic_too() {
    let mut terms = common::records().glossary;
    terms[0].term = "Буферна зона".into();
    terms[0].aliases = vec!["буферної зони".into()];
    let text = "Ідея БУФЕРНОЇ ЗОНИ, а потім буферна зона — «Ї» і «ї» займають однаково байтів.";
    let marked: Vec<&str> = mark(text, &terms).iter().filter_map(|s| match s { Segment::Term { text, .. } => Some(*text), _ => None }).collect();
    assert_eq!(marked, ["БУФЕРНОЇ ЗОНИ"], "the first mention, in the text's own case");
    let rebuilt: String = mark(text, &terms).iter().map(|s| match s { Segment::Text(t) | Segment::Term { text: t, .. } => *t }).collect();
    assert_eq!(rebuilt, text);
}

#[test]
fn the_csv_has_a_row_per_reading_and_per_silent_cell_with_who_is_on_the_record_sources_and_escaped_quotes() {
    let mut records = common::records();
    records.stances[1].summary = "Wants to \"share\", mostly.".into();
    let csv = stances_csv(&stancemap::dataset::Dataset::new(records));
    let lines: Vec<&str> = csv.lines().collect();
    let readings = common::records().stances.len();
    let silent = 3 * 3 - 5; // the fixture has stances in five of its nine actor × issue cells
    assert_eq!(lines.len(), 1 + readings + silent, "a header, a row per stance and a row per silent cell");
    let beta_river: Vec<&&str> = lines.iter().filter(|l| l.starts_with("beta,Beta Land,belligerent,river,")).collect();
    assert_eq!(beta_river.len(), 2, "both sources' readings of Beta on the river");
    assert!(beta_river[0].contains(",supports,") && beta_river[1].contains(",opposes,") && beta_river[1].ends_with(",memo,A memo,false,memo.txt"));
    assert!(lines[0].starts_with("\u{feff}actor_id,"), "a byte-order mark, for spreadsheets that guess the encoding");
    assert!(lines[0].contains("source_headline,source_untitled,"));
    assert!(csv.contains("\"Wants to \"\"share\"\", mostly.\""));
    assert!(csv.contains("gamma,Gamma Union,institution,bridge,The bridge,no-stated-position"));
    assert!(csv.contains(",bridge,The bridge,supports,statement,A. Person,Wants a bridge.,,,doc,"), "who is on the record for a statement without a quote");
    assert!(lines[0].contains(",basis,speaker,summary,quote,quote_speaker,"));
}

#[test]
fn no_field_of_the_csv_is_read_by_a_spreadsheet_as_a_formula() {
    let mut records = common::records();
    let formulas = ["=HYPERLINK(A1)", "+1", "-1", "@SUM(A1)", "\tSUM(A1)"];
    for (stance, formula) in records.stances.iter_mut().zip(formulas) {
        stance.summary = formula.into();
    }
    let csv = stances_csv(&stancemap::dataset::Dataset::new(records));
    for line in csv.lines() {
        assert!(!line.split(',').any(|field| field.starts_with(['=', '+', '-', '@', '\t'])), "{line}");
    }
    for formula in formulas {
        assert!(csv.contains(&format!(",'{formula},")), "{formula} is kept, as text");
    }
}

#[test]
fn a_list_drawn_in_parts_draws_through_the_last_item_wanted() {
    use stancemap::components::progressive::through;
    // A link's item, a package's choices, a search's answers: the last one wanted sets how far to draw.
    assert_eq!(through(["a", "b", "c", "d"], |&s| s == "b"), 2);
    assert_eq!(through(["a", "b", "c", "d"], |&s| s == "a" || s == "c"), 3);
    assert_eq!(through(["a", "b"], |_| false), 0);
}

/// A widget of `records`, in English, as the app gives its views.
fn widget(records: stancemap::model::Records) -> stancemap::context::Widget {
    use std::rc::Rc;
    use stancemap::context::{Page, Widget};
    let data = Rc::new(stancemap::dataset::Dataset::new(records));
    let words = Rc::new(stancemap::words::Words::english());
    Widget { data, words, prefix: "t".into(), root: Default::default(), base: "/".into(), page: Page::Widget, started: Rc::default(), navigating: Rc::default() }
}

/// The name (`aria-label`) of the element with `id` in `html`.
fn name_of(html: &str, id: &str) -> String {
    let element = &html[html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("{id} in {html}"))..];
    let name = &element[element.find("aria-label=\"").unwrap() + "aria-label=\"".len()..];
    name[..name.find('"').unwrap()].to_string()
}

#[test]
fn the_matrix_written_as_text_escapes_every_text_of_the_records() {
    use stancemap::tabs::matrix::table::{write_phone_list, write_table};
    let mut records = common::records();
    records.actors[0].name = "<b>Alpha</b> & \"Co\"".into();
    records.issues[0].short = "<i>River</i>".into();
    records.issues[0].title = "The <i>river</i>".into();
    records.issues[0].proposition = "The river is \"shared\"".into();
    let w = widget(records);
    let grid = MatrixFilter::default().grid(&w.data);
    let issue = w.data.records.issues[0].clone();
    for html in [write_table(&w, &grid, None).to_string(), write_phone_list(&w, &grid, &issue, None).to_string()] {
        assert!(!html.contains("<b>") && !html.contains("<i>"), "no markup of the records': {html}");
        assert!(html.contains("&lt;b&gt;Alpha&lt;/b&gt; &amp; &quot;Co&quot;"), "{html}");
        assert!(html.matches('"').count().is_multiple_of(2), "every attribute closed where it should be: {html}");
    }
    assert!(write_table(&w, &grid, None).contains("title=\"The river is &quot;shared&quot;\""));
}

#[test]
fn each_matrix_cell_says_in_words_what_it_shows_and_the_table_is_one_stop_for_tab() {
    use stancemap::model::{Basis, Position};
    use stancemap::tabs::matrix::table::{write_phone_list, write_table};
    use stancemap::words::T;
    let w = widget(common::records());
    let grid = MatrixFilter::default().grid(&w.data);
    let table = write_table(&w, &grid, None).to_string();
    let t = |key| w.words.t(key).to_string();
    // Beta on the river: two sources, which differ: what the cell shows ("+1"), who, on what, the first reading in full.
    let name = name_of(&table, &format!("t-cell-{}", Cell::id_of(&"beta".into(), &"river".into())));
    for part in [t(Position::Supports.short()), "+1".into(), "Beta Land".into(), "River".into(), t(Position::Supports.label()), t(Basis::Reported.label())] {
        assert!(name.contains(&part), "{part:?} in {name:?}");
    }
    // A silence: a dash named in words, no button to open.
    assert_eq!(table.matches(&format!("role=\"img\" aria-label=\"{}\">–</span>", t(T::PositionNone))).count(), 3 * 3 - 5, "one per cell without a stance");
    assert_eq!(table.matches("tabindex=\"0\"").count(), 1, "one stop for Tab; arrow keys within");
    // The phone's list names the issue as its heading there does, and each cell is a stop.
    let issue = w.data.records.issues[0].clone();
    let list = write_phone_list(&w, &grid, &issue, None).to_string();
    assert!(name_of(&list, &format!("t-phone-cell-{}", Cell::id_of(&"beta".into(), &"river".into()))).contains(&issue.title));
    assert_eq!(list.matches("<li>").count(), grid.actors.len());
    assert!(!list.contains("tabindex"));
}
