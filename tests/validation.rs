//! A malformed dataset fails with the file, the record, the field and the reason.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use stancemap::load::load_dir;
use stancemap::model::Records;
use stancemap::validate::Problem;

/// Loads `records`, written to a folder of their own (`name`) and then
/// touched by `touch` (a file rewritten or added), which is then removed.
fn load(name: &str, records: &Value, touch: impl FnOnce(&Path)) -> Result<Records, Vec<Problem>> {
    let dir = common::write_dir(name, records);
    touch(&dir);
    let result = load_dir(&dir);
    std::fs::remove_dir_all(&dir).ok();
    result
}

/// Every message of a dataset that must not load.
fn messages(loaded: Result<Records, Vec<Problem>>) -> Vec<String> {
    loaded.expect_err("the broken dataset must not load").iter().map(|p| p.to_string()).collect()
}

/// Loads the fixture after `edit`, expecting failure; returns every message.
fn problems(name: &str, edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut records = common::records_json();
    edit(&mut records);
    messages(load(name, &records, |_| {}))
}

fn assert_reported(messages: &[String], parts: &[&str]) {
    assert!(
        messages.iter().any(|m| parts.iter().all(|p| m.contains(p))),
        "expected a message containing {parts:?}, got {messages:#?}"
    );
}

#[test]
fn the_fixture_itself_loads() {
    assert!(load("sound", &common::records_json(), |_| {}).is_ok());
}

#[test]
fn the_bundled_dataset_validates_with_every_quote_found_in_its_document() {
    let records = load_dir(Path::new("data/ukraine-peace-talks")).unwrap_or_else(|p| {
        panic!("{}", p.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))
    });
    assert!(records.issues.len() >= 10 && records.actors.len() >= 12);
    assert!(records.scenarios.len() >= 5 && records.faq.len() >= 12);
}

#[test]
fn a_duplicate_id_names_the_file_and_record() {
    let m = problems("dup", |r| {
        let copy = r["issues"][0].clone();
        r["issues"].as_array_mut().unwrap().push(copy);
    });
    assert_reported(&m, &["issues.json", "record \"river\"", "field \"id\"", "duplicate id"]);
}

#[test]
fn a_dangling_reference_names_the_missing_id() {
    let m = problems("dangling", |r| r["stances"][1]["actor"] = json!("delta"));
    assert_reported(&m, &["stances.json", "record \"delta/river/doc\"", "field \"actor\"", "unknown actors id \"delta\""]);
}

#[test]
fn an_unknown_position_is_reported_with_its_field() {
    let m = problems("category", |r| r["stances"][0]["position"] = json!("maybe"));
    assert_reported(&m, &["stances.json", "record \"alpha/river/doc\"", "field \"position\"", "unknown variant `maybe`"]);
}

#[test]
fn empty_text_is_refused() {
    let m = problems("empty", |r| r["issues"][1]["summary"] = json!("  "));
    assert_reported(&m, &["issues.json", "record \"bridge\"", "field \"summary\"", "empty text"]);
}

#[test]
fn a_quote_needs_a_speaker() {
    let m = problems("speaker", |r| r["stances"][0]["quote"]["speaker"] = json!(""));
    assert_reported(&m, &["record \"alpha/river/doc\"", "field \"quote.speaker\"", "needs its speaker"]);
}

#[test]
fn a_quote_in_the_dataset_carries_no_translation() {
    let m = problems("translated", |r| r["stances"][0]["quote"]["translation"] = json!("ми ніколи не віддамо річку"));
    assert_reported(&m, &["record \"alpha/river/doc\"", "field \"quote.translation\"", "the language's own folder"]);
}

#[test]
fn a_quote_must_appear_verbatim_in_its_source() {
    let m = problems("verbatim", |r| r["stances"][0]["quote"]["text"] = json!("we will never give up the sea"));
    assert_reported(&m, &["record \"alpha/river/doc\"", "field \"quote.text\"", "not found verbatim"]);
}

#[test]
fn an_untitled_documents_headline_must_be_its_opening_words() {
    let m = problems("untitled", |r| {
        r["sources"][0]["untitled"] = json!(true);
        r["sources"][0]["headline"] = json!("Alpha said “we will keep the river”…");
    });
    assert_reported(&m, &["sources.json", "record \"doc\"", "field \"headline\"", "opening words, verbatim", "doc.txt"]);
    let m = problems("untitled-open", |r| {
        r["sources"][0]["untitled"] = json!(true);
        r["sources"][0]["headline"] = json!("Alpha said “we will never give up the river”");
    });
    assert_reported(&m, &["record \"doc\"", "field \"headline\"", "ending in “…”"]);
    let mut records = common::records_json();
    records["sources"][0]["untitled"] = json!(true);
    records["sources"][0]["headline"] = json!("Alpha said “we will never give up the river”…");
    assert!(load("untitled-sound", &records, |_| {}).is_ok(), "the document's own opening words are accepted");
    // Cut inside a quotation, whose mark then never closes: still its opening words.
    let mut records = common::records_json();
    records["sources"][0]["untitled"] = json!(true);
    records["sources"][0]["headline"] = json!("Alpha said “we will never give…");
    let loaded = load("untitled-cut", &records, |_| {});
    assert!(loaded.is_ok(), "{:?}", loaded.err());
}

#[test]
fn an_answer_without_sources_is_refused() {
    let m = problems("nosource", |r| r["faq"][0]["sources"] = json!([]));
    assert_reported(&m, &["faq.json", "record \"who-owns\"", "field \"sources\"", "missing source"]);
}

#[test]
fn an_answer_may_send_the_reader_only_to_another_question_the_dataset_has() {
    let m = problems("related", |r| r["faq"][0]["related"] = json!(["who-owns", "atlantis"]));
    assert_reported(&m, &["faq.json", "record \"who-owns\"", "field \"related\"", "unknown faq id \"atlantis\""]);
    assert_reported(&m, &["faq.json", "record \"who-owns\"", "field \"related\"", "cannot send the reader to itself"]);
}

#[test]
fn a_figure_whose_number_is_not_in_its_quote_is_refused() {
    let m = problems("number", |r| r["figures"][0]["value"] = json!("45%"));
    assert_reported(&m, &["figures.json", "record \"share\"", "field \"value\"", "45"]);
}

#[test]
fn an_id_must_be_kebab_case() {
    let m = problems("kebab", |r| r["scenarios"][0]["id"] = json!("Shared River"));
    assert_reported(&m, &["scenarios.json", "field \"id\"", "kebab-case"]);
}

#[test]
fn two_stances_for_one_actor_and_issue_from_one_source_are_refused() {
    let m = problems("twice", |r| {
        let copy = r["stances"][0].clone();
        r["stances"].as_array_mut().unwrap().push(copy);
    });
    assert_reported(&m, &["record \"alpha/river/doc\"", "field \"source\"", "a second stance"]);
}

#[test]
fn a_statement_needs_a_speaker() {
    let m = problems("nospeaker", |r| {
        r["stances"][0].as_object_mut().unwrap().remove("speaker");
    });
    assert_reported(&m, &["stances.json", "record \"alpha/river/doc\"", "field \"speaker\"", "a statement needs a speaker"]);
}

#[test]
fn a_scenarios_reception_is_graded_as_a_stance_is() {
    let m = problems("receptionstatement", |r| r["scenarios"][0]["reception"][0]["basis"] = json!("statement"));
    assert_reported(&m, &["scenarios.json", "field \"reception.0.speaker\"", "a statement needs a speaker"]);
    let m = problems("receptionspeaker", |r| r["scenarios"][0]["reception"][0]["speaker"] = json!("Somebody Else"));
    assert_reported(&m, &["field \"reception.0.speaker\"", "\"Somebody Else\" is not one of alpha's people"]);
    let m = problems("receptionanalysis", |r| {
        r["scenarios"][0]["reception"][0]["basis"] = json!("analysis");
        r["scenarios"][0]["reception"][0]["speaker"] = json!("A. Person");
    });
    assert_reported(&m, &["field \"reception.0.speaker\"", "not the actor's statement"]);
    let m = problems("receptionbasis", |r| {
        r["scenarios"][0]["reception"][0].as_object_mut().unwrap().remove("basis");
    });
    assert_reported(&m, &["scenarios.json", "missing field `basis`"]);
}

#[test]
fn a_speaker_must_be_one_of_the_actors_people() {
    let m = problems("strangespeaker", |r| r["stances"][0]["speaker"] = json!("Somebody Else"));
    assert_reported(&m, &["record \"alpha/river/doc\"", "field \"speaker\"", "\"Somebody Else\" is not one of alpha's people"]);
}

#[test]
fn an_analysis_is_never_shown_as_the_actors_own_statement() {
    let m = problems("analysisspeaker", |r| r["stances"][0]["basis"] = json!("analysis"));
    assert_reported(&m, &["record \"alpha/river/doc\"", "field \"speaker\"", "not the actor's statement"]);
}

#[test]
fn words_in_quotation_marks_must_be_in_the_cited_source() {
    let m = problems("quoted", |r| r["stances"][1]["summary"] = json!("Calls sharing “the only way”."));
    assert_reported(&m, &["record \"beta/river/doc\"", "field \"summary\"", "\"the only way\" is in quotation marks but not in the cited source (doc)"]);
    // The memo's words, but cited to the other document:
    let m = problems("quotedelsewhere", |r| r["faq"][0]["answer"] = json!("Beta would \"rather keep the river\"."));
    assert_reported(&m, &["faq.json", "record \"who-owns\"", "field \"answer\"", "(doc)"]);
}

#[test]
fn quoted_words_match_however_their_marks_and_apostrophes_are_typeset() {
    let mut records = common::records_json();
    // The memo has a typographic apostrophe (Beta’s); the summary a straight one.
    records["stances"][2]["summary"] = json!("Officials said \"Beta's leaders would\" keep it.");
    let loaded = load("typeset", &records, |_| {});
    assert!(loaded.is_ok(), "{:?}", loaded.err());
}

#[test]
fn a_correction_names_a_record_that_exists_unless_it_was_removed() {
    let m = problems("correction", |r| r["corrections"][0]["record"] = json!("beta/river/nowhere"));
    assert_reported(&m, &["corrections.json", "field \"record\"", "no record \"beta/river/nowhere\" in stances.json"]);
    let m = problems("removed", |r| r["corrections"][0]["removed"] = json!(true));
    assert_reported(&m, &["corrections.json", "field \"removed\"", "still in stances.json"]);
    let m = problems("correctionfile", |r| r["corrections"][0]["file"] = json!("notes"));
    assert_reported(&m, &["corrections.json", "field \"file\"", "unknown file \"notes\""]);
    // A record corrected, then removed: the earlier entry stays as published.
    let mut records = common::records_json();
    let corrected = records["corrections"][0].clone();
    let record = corrected["record"].as_str().unwrap().to_string();
    records["stances"].as_array_mut().unwrap().retain(|s| format!("{}/{}/{}", s["actor"].as_str().unwrap(), s["issue"].as_str().unwrap(), s["source"].as_str().unwrap()) != record);
    let mut removal = corrected.clone();
    removal["removed"] = json!(true);
    records["corrections"].as_array_mut().unwrap().push(removal);
    let loaded = load("correctedthenremoved", &records, |_| {});
    assert!(loaded.is_ok(), "{:?}", loaded.err());
    // A correction dated after the removal names a record that was already gone.
    let m = problems("removedthencorrected", |r| {
        let mut removal = r["corrections"][0].clone();
        let record = removal["record"].as_str().unwrap().to_string();
        r["stances"].as_array_mut().unwrap().retain(|s| format!("{}/{}/{}", s["actor"].as_str().unwrap(), s["issue"].as_str().unwrap(), s["source"].as_str().unwrap()) != record);
        removal["removed"] = json!(true);
        removal["date"] = json!("2026-01-01");
        r["corrections"].as_array_mut().unwrap().push(removal);
    });
    assert_reported(&m, &["corrections.json", "field \"record\"", "no record \"beta/river/doc\""]);
}

#[test]
fn a_correction_is_dated_no_later_than_the_last_review() {
    let m = problems("correctiondate", |r| r["corrections"][0]["date"] = json!("5 January"));
    assert_reported(&m, &["corrections.json", "field \"date\"", "not a date written YYYY-MM-DD"]);
    let m = problems("correctionlater", |r| r["corrections"][0]["date"] = json!("2026-02-01"));
    assert_reported(&m, &["corrections.json", "field \"date\"", "after the data was last reviewed (2026-01-05"]);
    let m = problems("reviewed", |r| r["meta"]["reviewed"] = json!("2026-02-30"));
    assert_reported(&m, &["meta.json", "field \"reviewed\"", "not a date"]);
}

#[test]
fn a_file_that_is_not_json_is_named_with_its_path() {
    let mut faq = PathBuf::new();
    let m = messages(load("notjson", &common::records_json(), |dir| {
        faq = dir.join("faq.json");
        std::fs::write(&faq, "[{ oops").unwrap();
    }));
    assert_reported(&m, &[&faq.display().to_string(), "not valid JSON"]);
}

#[test]
fn a_missing_required_field_is_named() {
    let m = problems("missing", |r| {
        r["actors"][2].as_object_mut().unwrap().remove("group");
    });
    assert_reported(&m, &["actors.json", "record \"gamma\"", "missing field `group`"]);
}

#[test]
fn a_quotation_mark_left_open_is_checked_to_the_end_of_the_text() {
    use stancemap::validate::quoted_passages;
    assert_eq!(quoted_passages("He said “never” and \"twice”."), ["never", "twice"], "either kind of mark closes either kind");
    assert_eq!(quoted_passages("an “open quote"), ["open quote"]);
    assert_eq!(quoted_passages("He said “a \"buffer\" zone” and “never\" again."), ["buffer", "a \"buffer\" zone", "never"], "a straight mark before a word opens a quotation inside");
    let m = problems("unclosed", |r| r["stances"][1]["summary"] = json!("Says “we will share"));
    assert_reported(&m, &["record \"beta/river/doc\"", "field \"summary\"", "\"we will share\" is in quotation marks"]);
}

#[test]
fn every_reaction_quotes_its_document_verbatim() {
    let m = problems("reaction-quote", |r| r["reactions"][0]["quote"]["text"] = json!("we shall never give up the river"));
    assert_reported(&m, &["reactions.json", "record \"share-river/alpha/doc\"", "field \"quote.text\"", "not found verbatim"]);
}

#[test]
fn a_red_line_cannot_rest_on_an_analysts_reading() {
    let m = problems("red-line-analysis", |r| {
        r["reactions"][0]["basis"] = json!("analysis");
        r["reactions"][0].as_object_mut().unwrap().remove("speaker");
    });
    assert_reported(&m, &["reactions.json", "record \"share-river/alpha/doc\"", "field \"basis\"", "red line"]);
}

#[test]
fn a_conditional_reaction_says_what_it_depends_on() {
    let m = problems("condition", |r| {
        r["reactions"][3].as_object_mut().unwrap().remove("condition");
    });
    assert_reported(&m, &["reactions.json", "record \"build-bridge/gamma/doc\"", "field \"condition\"", "what it depends on"]);
    let m = problems("stray-condition", |r| r["reactions"][0]["condition"] = json!("If asked."));
    assert_reported(&m, &["record \"share-river/alpha/doc\"", "field \"condition\"", "only a conditional"]);
}

#[test]
fn one_reaction_per_actor_option_and_source() {
    let m = problems("two-reactions", |r| {
        let copy = r["reactions"][1].clone();
        r["reactions"].as_array_mut().unwrap().push(copy);
    });
    assert_reported(&m, &["reactions.json", "record \"share-river/beta/memo\"", "field \"source\"", "a second reaction"]);
}

#[test]
fn a_reaction_and_a_settlement_name_options_that_exist_on_the_right_issue() {
    let m = problems("unknown-option", |r| r["reactions"][1]["option"] = json!("dam-river"));
    assert_reported(&m, &["reactions.json", "field \"option\"", "unknown options id \"dam-river\""]);
    let m = problems("wrong-issue", |r| r["scenarios"][0]["settles"][0]["option"] = json!("build-bridge"));
    assert_reported(&m, &["scenarios.json", "record \"shared-river\"", "field \"settles.option\"", "settles issue \"bridge\", not \"river\""]);
}

#[test]
fn a_misspelt_field_is_refused_rather_than_its_value_lost() {
    let m = problems("misspelt", |r| {
        let issue = r["issues"][0].as_object_mut().unwrap();
        let pillar = issue.remove("pillar").unwrap();
        issue.insert("piller".into(), pillar);
    });
    assert_reported(&m, &["issues.json", "record \"river\"", "unknown field `piller`", "`pillar`"]);
    let m = problems("misspelt-removed", |r| r["corrections"][0]["remove"] = json!(true));
    assert_reported(&m, &["corrections.json", "unknown field `remove`", "`removed`"]);
}

#[test]
fn a_document_not_saved_as_utf8_is_named_as_such_and_alone() {
    let m = messages(load("latin1", &common::records_json(), |dir| {
        // The memo as a Windows editor saves it (cp1252: ’ “ ” are bytes 0x92, 0x93, 0x94).
        std::fs::write(dir.join("documents/memo.txt"), b"Officials said Beta\x92s leaders would \x93rather keep the river\x94 for now.").unwrap();
        // Beside it, what a system leaves in a folder is no document.
        std::fs::write(dir.join("documents/.DS_Store"), [0u8, 0x92, 0xff]).unwrap();
    }));
    assert_eq!(m.len(), 1, "{m:#?}");
    assert_reported(&m, &["documents/memo.txt", "not UTF-8", "save it again with the encoding UTF-8", "move it out of documents/"]);
}

#[test]
fn a_byte_order_mark_at_the_start_of_a_file_is_no_part_of_its_text() {
    let mut records = common::records_json();
    records["sources"][0]["untitled"] = json!(true);
    records["sources"][0]["headline"] = json!("Alpha said “we will never give up the river”…");
    let loaded = load("bom", &records, |dir| {
        std::fs::write(dir.join("documents/doc.txt"), format!("\u{feff}{}", common::DOCUMENT)).unwrap();
        let faq = std::fs::read_to_string(dir.join("faq.json")).unwrap();
        std::fs::write(dir.join("faq.json"), format!("\u{feff}{faq}")).unwrap();
    });
    assert!(loaded.is_ok(), "{:?}", loaded.err());
}

#[test]
fn one_mistyped_reference_is_one_message_not_a_cascade() {
    // A document's file name mistyped: its quotations are not each reported as unquotable.
    let m = problems("file-typo", |r| r["sources"][1]["file"] = json!("memo.text"));
    assert_eq!(m.len(), 1, "{m:#?}");
    assert_reported(&m, &["sources.json", "record \"memo\"", "field \"file\"", "no document \"memo.text\""]);
    // A stance's source mistyped: neither its quotations nor the correction
    // published for it (under its old key) are reported.
    let m = problems("source-typo", |r| {
        r["stances"][1]["source"] = json!("dok");
        r["stances"][1]["summary"] = json!("Alpha said “we will never give up the river”.");
    });
    assert_eq!(m.len(), 1, "{m:#?}");
    assert_reported(&m, &["stances.json", "record \"beta/river/dok\"", "field \"source\"", "unknown sources id \"dok\""]);
}

#[test]
fn a_quote_not_found_verbatim_says_where_it_parts_from_the_document() {
    let m = problems("verbatim-where", |r| r["stances"][0]["quote"]["text"] = json!("we will never give up the river on Monday"));
    assert_reported(&m, &["field \"quote.text\"", "the document has \"…e will never give up the river\", then \"”\" (U+201D) where the quote has U+0020"]);
    let m = problems("verbatim-mark", |r| r["reactions"][0]["quote"]["text"] = json!("Alpha said \"we will never give up the river\""));
    assert_reported(&m, &["field \"quote.text\"", "the document has \"Alpha said \", then \"“\" (U+201C) where the quote has \"\"\" (U+0022)"]);
    let m = problems("verbatim-end", |r| r["figures"][0]["quote"] = json!("About 40 percent agreed. Then"));
    assert_reported(&m, &["field \"quote\"", "then nothing (the document ends) where the quote has U+0020"]);
}

#[test]
fn optional_texts_given_are_not_empty() {
    let m = problems("byline", |r| r["sources"][0]["byline"] = json!(""));
    assert_reported(&m, &["sources.json", "record \"doc\"", "field \"byline\"", "empty text"]);
    let m = problems("alias", |r| r["glossary"][0]["aliases"] = json!(["buffer", " "]));
    assert_reported(&m, &["glossary.json", "record \"buffer\"", "field \"aliases\"", "empty text"]);
}

#[test]
fn words_in_single_quotation_marks_and_in_a_sources_description_must_be_its_documents() {
    use stancemap::validate::quoted_passages;
    assert_eq!(quoted_passages("It called ‘Kyiv’s line’ firm, and “the ‘red lines’ too”."), ["Kyiv’s line", "red lines", "the ‘red lines’ too"]);
    assert_eq!(quoted_passages("Talks of the ‘90s ended."), Vec::<&str>::new(), "an apostrophe typed the wrong way round opens nothing");
    let m = problems("single", |r| r["stances"][1]["summary"] = json!("Beta said ‘never surrender an inch’."));
    assert_reported(&m, &["record \"beta/river/doc\"", "field \"summary\"", "\"never surrender an inch\" is in quotation marks"]);
    let m = problems("description", |r| r["sources"][1]["description"] = json!("A memo on Beta’s “major progress”."));
    assert_reported(&m, &["sources.json", "record \"memo\"", "field \"description\"", "\"major progress\" is in quotation marks but not in the cited source (memo)"]);
}
