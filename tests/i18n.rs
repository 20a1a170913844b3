//! Languages: plural rules, the catalogues' checks, dates, and the dataset's
//! translations (complete, and flagged stale when the English changes).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use stancemap::catalogue::{Catalogue, INTERFACE_DIR};
use stancemap::dataset::Dataset;
use stancemap::edition::Edition;
use stancemap::export::loader_words;
use stancemap::lang::{Category, Lang};
use stancemap::load::{load_dir, BUNDLED_DIR};
use stancemap::translation::{fingerprint, translate, TranslationFile};
use stancemap::words::{Words, P, T};

mod common;
use common::words;

#[test]
fn the_english_words_the_wasm_carries_are_the_catalogues() {
    // The constant the build writes and the compact form another edition is
    // fetched in come from one catalogue, in one order.
    assert_eq!(Words::english(), words(Lang::En));
}

#[test]
fn each_language_says_its_edition_is_on_its_way_or_unavailable_in_itself_from_its_catalogue() {
    // The wasm carries those messages in every language: the reader who
    // chooses one reads them before, or without, its words.
    for lang in Lang::ALL {
        assert_eq!(stancemap::words::on_its_way(lang), words(lang).t(T::FooterLanguageLoading), "{}", lang.code());
        assert_eq!(stancemap::words::edition_unavailable(lang), words(lang).t(T::NoticeEditionUnavailableOwn), "{}", lang.code());
    }
    assert_ne!(stancemap::words::on_its_way(Lang::Uk), stancemap::words::on_its_way(Lang::En));
    assert_ne!(stancemap::words::edition_unavailable(Lang::Uk), stancemap::words::edition_unavailable(Lang::En));
    // A language without one, or with one empty, fails the build, named.
    let unavailable = r#""notice.edition-unavailable-own": "This language's version could not be loaded.""#;
    let en = Catalogue::parse(&format!(r#"{{"footer.language-loading": "Loading the English version…", {unavailable}}}"#), Lang::En).unwrap();
    let uk = Catalogue::parse(&format!(r#"{{"footer.language-loading": "", {unavailable}}}"#), Lang::Uk).unwrap();
    let missing = |keys: &[&str]| keys.iter().map(|key| (Lang::Uk, format!("{key}: a text is needed, said in the language itself"))).collect::<Vec<_>>();
    assert_eq!(Catalogue::own_words_source(std::slice::from_ref(&en)).unwrap_err(), missing(&["footer.language-loading", "notice.edition-unavailable-own"]));
    assert_eq!(Catalogue::own_words_source(&[uk, en.clone()]).unwrap_err(), missing(&["footer.language-loading"]));
    let uk = Catalogue::parse(&format!(r#"{{"footer.language-loading": "Завантажуємо українську версію…", {unavailable}}}"#), Lang::Uk).unwrap();
    let source = Catalogue::own_words_source(&[uk, en]).unwrap();
    assert!(source.contains(r#"Lang::En => "Loading the English version…","#) && source.contains(r#"Lang::Uk => "Завантажуємо українську версію…","#), "{source}");
    assert!(source.contains("pub fn on_its_way(lang: Lang)") && source.contains("pub fn edition_unavailable(lang: Lang)"), "{source}");
}

#[test]
fn plural_categories_follow_cldr() {
    use Category::*;
    for (n, category) in [(0, Many), (1, One), (2, Few), (4, Few), (5, Many), (11, Many), (12, Many), (14, Many), (21, One), (22, Few), (25, Many), (101, One), (111, Many), (112, Many)] {
        assert_eq!(Lang::Uk.category(n), category, "uk {n}");
    }
    for (n, category) in [(0, Other), (1, One), (2, Other), (21, Other)] {
        assert_eq!(Lang::En.category(n), category, "en {n}");
    }
}

#[test]
fn a_counted_message_takes_the_form_its_number_needs() {
    // The forms as the catalogue file has them.
    let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(Path::new(INTERFACE_DIR).join("uk.json")).unwrap()).unwrap();
    let form = |category: &str, n: usize| file["sources.figures"][category].as_str().unwrap().replace("{n}", &n.to_string());
    let uk = words(Lang::Uk);
    for (n, category) in [(1, "one"), (21, "one"), (2, "few"), (3, "few"), (5, "many"), (11, "many"), (0, "many")] {
        assert_eq!(uk.n(P::SourcesFigures, n, &[]), form(category, n));
    }
    let en = words(Lang::En);
    assert_eq!((en.n(P::SourcesFigures, 1, &[]), en.n(P::SourcesFigures, 2, &[])), ("1 figure".to_string(), "2 figures".to_string()));
    // A form without the count stands for one thing alone: 21 sources are "Джерела:", not "Джерело:".
    let label = |category: &str| file["source.label"][category].as_str().unwrap().to_string();
    assert!(!label("one").contains("{n}"));
    assert_eq!([1, 21, 2].map(|n| uk.n(P::SourceLabel, n, &[])), [label("one"), label("other"), label("few")]);
}

#[test]
fn a_message_fills_each_name_once_and_never_inside_a_value() {
    let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(Path::new(INTERFACE_DIR).join("en.json")).unwrap()).unwrap();
    let template = file["cell.on"].as_str().unwrap();
    assert!(template.contains("{actor}") && template.contains("{issue}"), "{template}");
    // A newsroom's actor whose name holds what reads as a placeholder keeps it.
    let filled = words(Lang::En).f(T::CellOn, &[("actor", "Bloc {issue}"), ("issue", "NATO")]);
    assert_eq!(filled, template.replace("{issue}", "NATO").replace("{actor}", "Bloc {issue}"));
    // A name without a value stays as written.
    assert_eq!(words(Lang::En).f(T::CellOn, &[("issue", "NATO")]), template.replace("{issue}", "NATO"));
}

#[test]
fn dates_are_written_the_languages_way() {
    assert_eq!(words(Lang::En).date("2026-01-05"), "5 January 2026");
    let uk = words(Lang::Uk);
    // A line never breaks between the day and the month, nor before "року".
    assert_eq!(uk.date("2026-11-30"), "30\u{a0}листопада 2026\u{a0}року");
    for odd in ["2026-13-05", "soon"] {
        assert_eq!(uk.date(odd), odd, "not a date: left as written");
    }
}

#[test]
fn languages_are_chosen_by_their_primary_subtag() {
    assert_eq!(Lang::from_tag("uk-UA"), Some(Lang::Uk));
    assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
    assert_eq!(Lang::from_tag("ru"), None);
    assert_eq!(Lang::from_tag(""), None);
}

#[test]
fn the_ukrainian_catalogue_is_ukrainian() {
    // (That it has every key, form and placeholder, the build itself checks.)
    let dir = Path::new(INTERFACE_DIR);
    // Nothing left in English but the brand (and messages that are only placeholders and punctuation), form by form.
    let words_in = |text: &str| text.split('{').map(|p| p.split_once('}').map_or(p, |(_, rest)| rest)).collect::<String>().chars().any(char::is_alphabetic);
    let texts = |value: &serde_json::Value| -> Vec<String> {
        match value {
            serde_json::Value::Object(forms) => forms.values().filter_map(|f| f.as_str().map(String::from)).collect(),
            other => other.as_str().map(String::from).into_iter().collect(),
        }
    };
    let (en, uk) = (words(Lang::En), words(Lang::Uk));
    assert_eq!(uk.t(T::Brand), en.t(T::Brand));
    let file: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(dir.join("uk.json")).unwrap()).unwrap();
    let english_file: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(dir.join("en.json")).unwrap()).unwrap();
    let untranslated: Vec<&String> = file
        .iter()
        .filter(|(key, value)| *key != "brand" && texts(value).iter().any(|t| words_in(t) && texts(&english_file[key.as_str()]).contains(t)))
        .map(|(k, _)| k)
        .collect();
    assert!(untranslated.is_empty(), "still English: {untranslated:?}");
}

#[test]
fn the_build_refuses_a_catalogue_that_lacks_a_key_a_form_or_a_placeholder() {
    let en = Catalogue::parse(r#"{"a": "Hello {name}", "b": {"one": "{n} file", "other": "{n} files"}, "c": "Bye"}"#, Lang::En).unwrap();
    let uk = Catalogue::parse(r#"{"a": "Привіт", "b": {"one": "{n} файл", "few": "{n} файли", "other": "{n} файлу"}, "d": "Зайвий"}"#, Lang::Uk).unwrap();
    let problems = uk.problems(&en);
    for expected in ["c: missing", "a: placeholders", "b: no “many” form", "d: not a key of the English catalogue"] {
        assert!(problems.iter().any(|p| p.starts_with(expected)), "{expected} not in {problems:?}");
    }
    // Ukrainian "one" is also 21, 31…: its form must show the count; English "one" need not.
    let countless = Catalogue::parse(r#"{"a": "Hello {name}", "b": {"one": "один файл", "few": "{n} файли", "many": "{n} файлів", "other": "{n} файлу"}, "c": "Бувай"}"#, Lang::Uk).unwrap();
    let problems = countless.problems(&en);
    assert!(problems.iter().any(|p| p.starts_with("b.one: placeholders")), "{problems:?}");
    assert_eq!(problems.len(), 1, "{problems:?}");
    let english_without_other = Catalogue::parse(r#"{"b": {"one": "a file"}}"#, Lang::En).unwrap();
    assert!(english_without_other.problems(&english_without_other).iter().any(|p| p.starts_with("b: no “other” form")));
    let mixed = Catalogue::parse(r#"{"a": {"one": "x {name}", "few": "x {name}", "many": "x {name}", "other": "x {name}"}, "b": "y", "c": "z"}"#, Lang::Uk).unwrap();
    let problems = mixed.problems(&en);
    assert!(problems.iter().any(|p| p.starts_with("a: the English message is a text")), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("b: the English message is counted")), "{problems:?}");
    assert!(Catalogue::parse(r#"{"Bad Key": "x"}"#, Lang::Uk).is_err());
    // The character that ends each message in the words the wasm carries.
    let separated = Catalogue::parse("{\"c\": \"By\\u001fe\"}", Lang::En).unwrap();
    assert!(separated.problems(&separated).iter().any(|p| p.starts_with("c: holds the control character U+001F")));
}

#[test]
fn the_ukrainian_edition_translates_every_field_a_reader_sees_and_keeps_quotes_verbatim() {
    let english = load_dir(Path::new(BUNDLED_DIR)).unwrap();
    let uk = translate(Path::new(BUNDLED_DIR), Lang::Uk, &english).expect("the translation is complete and current");
    // As the translation file has it.
    let file: TranslationFile = serde_json::from_str(&std::fs::read_to_string(Path::new(BUNDLED_DIR).join("uk/issues.json")).unwrap()).unwrap();
    let issue = &english.issues[0];
    assert_eq!(serde_json::Value::String(uk.issues[0].title.clone()), file[issue.id.as_str()]["title"].text);
    assert_ne!(uk.issues[0].title, issue.title);
    let (en_stance, uk_stance) = english.stances.iter().zip(&uk.stances).find(|(s, _)| s.quote.is_some()).unwrap();
    let (en_quote, uk_quote) = (en_stance.quote.as_ref().unwrap(), uk_stance.quote.as_ref().unwrap());
    assert_eq!(uk_quote.text, en_quote.text, "the quote stays verbatim");
    assert!(uk_quote.translation.as_ref().is_some_and(|t| !t.is_empty() && *t != en_quote.text), "with the translation beside it");
    assert_eq!(en_quote.translation, None, "the English has none");
    assert_eq!((uk.actors[0].id.clone(), uk.sources[0].headline.clone()), (english.actors[0].id.clone(), english.sources[0].headline.clone()), "ids and headlines stay");
}

#[test]
fn editing_the_english_flags_its_translation_as_stale_with_file_record_and_field() {
    let mut english = load_dir(Path::new(BUNDLED_DIR)).unwrap();
    english.issues[1].summary.push_str(" An editor's addition.");
    english.faq[0].question = "A new question?".into();
    let problems = translate(Path::new(BUNDLED_DIR), Lang::Uk, &english).unwrap_err();
    let found = |record: &str, field: &str| problems.iter().find(|p| p.record == record && p.field == field);
    let summary = found(&english.issues[1].id, "summary").expect("the edited summary is flagged");
    assert_eq!(summary.file, "uk/issues.json");
    assert!(summary.reason.starts_with("stale") && summary.reason.contains(&fingerprint(&english.issues[1].summary.clone().into())), "{}", summary.reason);
    assert!(found(&english.faq[0].id, "question").is_some());
    assert_eq!(problems.len(), 2, "nothing else: {problems:?}");
}

#[test]
fn a_missing_translation_or_one_of_a_record_that_is_gone_is_named() {
    let mut english = load_dir(Path::new(BUNDLED_DIR)).unwrap();
    let removed = english.timeline.remove(0);
    let mut added = english.timeline[0].clone();
    added.id = "a-new-event".into();
    english.timeline.push(added);
    let problems = translate(Path::new(BUNDLED_DIR), Lang::Uk, &english).unwrap_err();
    assert!(problems.iter().any(|p| p.file == "uk/timeline.json" && p.record == removed.id && p.reason.contains("no such record")), "{problems:?}");
    assert!(problems.iter().any(|p| p.record == "a-new-event" && p.field == "event" && p.reason.starts_with("no translation")), "{problems:?}");
}

#[test]
fn a_translated_list_has_the_englishs_items_and_a_missing_file_names_every_field() {
    let english = load_dir(Path::new(BUNDLED_DIR)).unwrap();
    let dir = std::env::temp_dir().join(format!("stancemap-i18n-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("uk")).unwrap();
    for entry in std::fs::read_dir(Path::new(BUNDLED_DIR).join("uk")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join("uk").join(entry.file_name())).unwrap();
    }
    // One risk fewer than the English, with the English's fingerprint.
    let scenario = english.scenarios.iter().find(|s| !s.risks.is_empty()).unwrap();
    let mut file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("uk/scenarios.json")).unwrap()).unwrap();
    file[scenario.id.as_str()]["risks"]["text"].as_array_mut().unwrap().pop();
    std::fs::write(dir.join("uk/scenarios.json"), file.to_string()).unwrap();
    std::fs::remove_file(dir.join("uk/timeline.json")).unwrap();
    let problems = translate(&dir, Lang::Uk, &english).unwrap_err();
    assert!(problems.iter().any(|p| p.record == scenario.id.as_str() && p.field == "risks" && p.reason.contains(&format!("{} items", scenario.risks.len()))), "{problems:?}");
    let missing = problems.iter().filter(|p| p.file == "uk/timeline.json" && p.reason.starts_with("no translation")).count();
    assert_eq!(missing, english.timeline.len() * 2, "every event's date and text");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn in_either_edition_a_definition_never_opens_inside_a_quotation() {
    use stancemap::glossary::{mark, Segment};
    let english = load_dir(Path::new(BUNDLED_DIR)).unwrap();
    let uk = translate(Path::new(BUNDLED_DIR), Lang::Uk, &english).unwrap();
    // Where a definition opens, every quotation begun before it has ended:
    // counted by each edition's own marks (English “…”, Ukrainian «…» and
    // „…“ within), and straight ones, which a newsroom's dataset may use.
    let english_marks: &[(char, char)] = &[('“', '”')];
    let ukrainian_marks: &[(char, char)] = &[('«', '»'), ('„', '“')];
    for (records, marks) in [(&english, english_marks), (&uk, ukrainian_marks)] {
        let balanced = |text: &str| text.matches('"').count().is_multiple_of(2) && marks.iter().all(|&(open, close)| text.matches(open).count() == text.matches(close).count());
        let texts = records.issues.iter().flat_map(|i| [&i.summary, &i.why_hard]).chain(records.faq.iter().map(|q| &q.answer));
        for text in texts {
            let mut at = 0;
            for segment in mark(text, &records.glossary) {
                let (Segment::Text(piece) | Segment::Term { text: piece, .. }) = segment;
                at += piece.len();
                if let Segment::Term { text: term, .. } = segment {
                    assert!(balanced(&text[..at]), "{term:?} opens inside a quotation in {text:?}");
                }
            }
        }
    }
}

#[test]
fn a_glossary_term_gets_its_languages_own_forms_even_where_the_english_has_none() {
    let mut english = load_dir(Path::new(BUNDLED_DIR)).unwrap();
    let at = english.glossary.iter().position(|g| g.aliases.is_empty()).expect("a term with no English aliases");
    let file: TranslationFile = serde_json::from_str(&std::fs::read_to_string(Path::new(BUNDLED_DIR).join("uk/glossary.json")).unwrap()).unwrap();
    let forms = &file[english.glossary[at].id.as_str()]["aliases"].text;
    let uk = translate(Path::new(BUNDLED_DIR), Lang::Uk, &english).unwrap();
    assert_eq!(serde_json::to_value(&uk.glossary[at].aliases).unwrap(), *forms, "the Ukrainian forms, though English lists none");
    // Once the English gives forms, the Ukrainian ones are checked against them like any translation.
    english.glossary[at].aliases = vec!["a new form".into()];
    let problems = translate(Path::new(BUNDLED_DIR), Lang::Uk, &english).unwrap_err();
    assert!(problems.iter().any(|p| p.field == "aliases" && p.reason.starts_with("stale")), "{problems:?}");
}

#[test]
fn a_name_inside_a_sentence_loses_the_capital_of_its_english_article_and_nothing_else() {
    let english = Words::english();
    assert_eq!(english.within("The Ukrainian public"), "the Ukrainian public");
    assert_eq!(english.within("United Kingdom"), "United Kingdom");
    assert_eq!(english.within("Thessaly"), "Thessaly", "only the word “The”");
    assert_eq!(words(Lang::Uk).within("The Ukrainian public"), "The Ukrainian public", "Ukrainian has no article to lower");
}

#[test]
fn an_empty_mount_says_it_is_loading_or_cannot_start_in_its_language_from_the_catalogue() {
    let records = load_dir(Path::new(BUNDLED_DIR)).unwrap_or_else(|_| panic!("the dataset loads"));
    let editions: Vec<Edition> = Lang::ALL.into_iter().map(|l| Edition::new(Dataset::new(records.clone()), words(l))).collect();
    let loader = std::fs::read_to_string("assets/stancemap-loader.js").expect("the loader reads");
    let written = loader_words(&loader, &editions).expect("the loader has its line of words");
    let line = written.lines().find(|l| l.starts_with("const WORDS = ")).expect("the line is kept");
    let said: serde_json::Value = serde_json::from_str(line.trim_start_matches("const WORDS = ").trim_end_matches(';')).expect("the words are JSON");
    for e in &editions {
        let said = &said[e.lang().code()];
        let w = &e.words;
        assert_eq!(
            (said["loading"].as_str(), said["text"].as_str(), said["link"].as_str()),
            (Some(w.t(T::LoaderLoading)), Some(w.t(T::LoaderFailed)), Some(w.t(T::LoaderOpen))),
            "{}",
            e.lang().code()
        );
    }
    // The link leads to the widget's own page in that language.
    assert_eq!((said["en"]["page"].as_str(), said["uk"]["page"].as_str()), (Some(""), Some("index.uk.html")));
    // Only that line changes, and the loader as written carries the English words.
    assert_eq!(written.lines().count(), loader.lines().count());
    assert_eq!(loader_words(&loader, &editions[..1]).unwrap(), loader, "the English words in assets/stancemap-loader.js are the catalogue's");
    assert!(loader_words("const x = 1;\n", &editions).unwrap_err().contains("const WORDS"));
}

#[test]
fn a_documents_entry_lists_what_cites_it_in_the_languages_way_and_no_kind_that_does_not() {
    use stancemap::dataset::Citations;
    use stancemap::tabs::sources::cited_by;
    let (en, uk) = (words(Lang::En), words(Lang::Uk));
    let three = Citations { issues: 1, stances: 2, quotes: 0, terms: 5, ..Citations::default() };
    assert_eq!(cited_by(&three, &en), "Cited in 1 issue, 2 stances and 5 glossary terms.");
    assert_eq!(cited_by(&three, &uk), "На це джерело посилаються: 1\u{a0}питання, 2\u{a0}позиції та 5\u{a0}термінів глосарію.");
    let quoted = Citations { stances: 5, quotes: 1, ..Citations::default() };
    assert_eq!(cited_by(&quoted, &en), "Cited in 5 stances (1 with a quote).");
    assert_eq!(cited_by(&quoted, &uk), "На це джерело посилаються: 5\u{a0}позицій (із цитатою\u{a0}— 1).");
    let one = Citations { receptions: 21, ..Citations::default() };
    assert_eq!(cited_by(&one, &en), "Cited in 21 views of scenarios by actors.");
    assert_eq!(cited_by(&Citations::default(), &en), en.t(T::SourcesUncited));
}

#[test]
fn a_search_word_loses_the_ending_its_forms_vary_by_and_keeps_four_letters_or_more_where_stems_end_so() {
    let stems = |lang: Lang, words: &[&str]| words.iter().map(|w| lang.stem(w).to_string()).collect::<Vec<_>>();
    assert_eq!(stems(Lang::Uk, &["росія", "гарантіями", "зеленського", "україна", "переговорів", "перемир'я"]), ["росі", "гаранті", "зеленськ", "україн", "переговор", "перемир'"]);
    assert_eq!(stems(Lang::Uk, &["нато", "миру", "натові", "донбас", "розмові", "домовленостей", "росією", "угодами", "землях"]), ["нато", "миру", "натов", "донбас", "розмов", "домовленост", "росі", "угод", "земл"]);
    assert_eq!(stems(Lang::En, &["guarantees", "russia's", "talks", "territories", "territory", "party", "parties", "treaty", "news", "us", "ceasefire"]), ["guarantee", "russia", "talk", "territor", "territor", "party", "partie", "treaty", "news", "us", "ceasefir"]);
    // (The search folds a letter's double first: "agreement" as "agrement".)
    assert_eq!(
        stems(Lang::En, &["negotiations", "recognise", "recognising", "agrement", "security", "matches", "state", "stated", "signed", "promise", "alied"]),
        ["negoti", "recogn", "recogn", "agrement", "secur", "match", "state", "stated", "signed", "promis", "alied"],
    );
    assert_eq!(stems(Lang::Uk, &["гарантувати", "визнати", "розміщеня"]), ["гарант", "визнат", "розміще"], "an infinitive, and a noun in -ння as the search folds it");
    // Where no stem reaches both, a word's other forms do.
    let others = ["party", "parties", "party's", "allies", "alied", "spy", "day", "by", "news", "ceasefire", "pays", "wars", "plus", "this", "boss", "ones", "does"].map(|w| Lang::En.other_forms(w));
    assert_eq!(others.map(|o| o.join("|")), ["parties", "party", "parties", "ally", "alies", "spies", "", "", "", "", "pay ", "war ", "", "", "", "", ""]);
    // In Ukrainian, an infinitive's noun, else, for a word without an
    // ending, its cases that open its last syllable, as whole words, and for
    // such a case the word that closes it again.
    let others = ["визнати", "київ", "києва", "львова", "нато", "мир", "гарантій", "party"].map(|w| Lang::Uk.other_forms(w));
    assert_eq!(others.map(|o| o.join("|")), ["визнан", "києва |києву |києві |києвом |києвові |києве ", "київ ", "львів ", "", "", "", ""]);
    assert!(Lang::Uk.other_forms("схід").contains(&"сходу ".to_string()));
}

#[test]
fn the_ukrainian_translations_quote_with_guillemets_and_nest_with_low_quotes_only_inside_them() {
    // As Ukrainian print does, and as the catalogue is checked to: «…», and „…“ only within it.
    for path in std::fs::read_dir(Path::new(BUNDLED_DIR).join("uk")).unwrap().map(|e| e.unwrap().path()) {
        let file: TranslationFile = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for (record, fields) in &file {
            for (field, translation) in fields {
                let mut texts = vec![];
                collect_strings(&translation.text, &mut texts);
                for text in texts {
                    let mut depth = 0i32;
                    for c in text.chars() {
                        match c {
                            '«' => depth += 1,
                            '»' => depth -= 1,
                            '„' | '“' if depth == 0 => panic!("{}: {record}, {field}: a quotation outside «…» in {text:?}", path.display()),
                            '"' | '”' => panic!("{}: {record}, {field}: an English quotation mark in {text:?}", path.display()),
                            _ => {}
                        }
                        assert!(depth >= 0, "{}: {record}, {field}: » before « in {text:?}", path.display());
                    }
                    assert_eq!(depth, 0, "{}: {record}, {field}: «…» unbalanced in {text:?}", path.display());
                }
            }
        }
    }
}

#[test]
fn the_builders_count_of_readings_agrees_in_number_in_ukrainian() {
    let uk = words(Lang::Uk);
    let grade = [("grade", uk.t(T::BasisAnalysis))];
    let all = |n| uk.n(P::DealRejectionsAllRead, n, &grade);
    assert_eq!(all(1), "\u{a0}— лише тлумачення з позначкою «Аналітична оцінка»");
    assert_eq!(all(2), ", і всі вони\u{a0}— лише тлумачення з позначкою «Аналітична оцінка»");
    assert_eq!(all(5), all(2));
    assert_eq!(all(21), all(2), "21 is more than one thing");
    // Some of them: the count as a subject of its own, which agrees with any number.
    let some = |n| uk.n(P::DealRejections, 25, &[("read", &uk.n(P::DealRejectionsRead, n, &grade))]);
    assert_eq!(some(4), "Джерела повідомляють про 25\u{a0}відмов, з них 4\u{a0}— лише тлумачення з позначкою «Аналітична оцінка».");
    assert_eq!(some(1), some(4).replace("з них 4", "з них 1"));
    assert_eq!(some(21), some(4).replace("з них 4", "з них 21"));
}

#[test]
fn the_ukrainian_texts_never_break_before_a_dash_a_years_word_or_a_count_after_its_preposition_or_before_its_word() {
    // Ukrainian typesetting: a no-break space before a dash (“Нижче\u{a0}— огляд”),
    // between a year and “року”, after “з”/“із” before a count
    // (“13 питань із\u{a0}13”) and between a count and what it counts
    // (“2\u{a0}відмови”), so that none of them starts a line.
    let uk = |path: &Path| serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut files: Vec<_> = std::fs::read_dir(Path::new(BUNDLED_DIR).join("uk")).unwrap().map(|e| e.unwrap().path()).collect();
    files.push(Path::new(INTERFACE_DIR).join("uk.json"));
    for path in files {
        let value = uk(&path);
        let mut texts = vec![];
        collect_strings(&value, &mut texts);
        for text in texts {
            let words: Vec<&str> = text.split(' ').collect();
            for pair in words.windows(2) {
                let (before, after) = (pair[0], pair[1]);
                assert!(!after.starts_with('—'), "{}: a breaking space before a dash in {text:?}", path.display());
                assert!(!(before.ends_with(|c: char| c.is_ascii_digit()) && ["року", "років", "рік", "році"].iter().any(|w| after.trim_end_matches([',', '.', ';', ')']) == *w)),
                    "{}: a breaking space between a year and its word in {text:?}", path.display());
                assert!(!(["з", "із"].contains(&before) && after.starts_with('{')), "{}: a breaking space between “{before}” and a count in {text:?}", path.display());
                assert!(!(before.ends_with("{n}") && after.starts_with(char::is_alphabetic)), "{}: a breaking space between a count and its word in {text:?}", path.display());
            }
        }
    }
}

/// Every string in a translation's text (a string, or a list of them).
fn collect_strings<'a>(value: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match value {
        serde_json::Value::String(s) => out.push(s),
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

#[test]
fn both_editions_set_their_quotation_marks_and_apostrophes_as_type() {
    // Straight marks are a typewriter's: English quotes “…” (‘…’ within) and
    // writes Kyiv’s, Ukrainian «…» and інтерв’ю. Only an untitled document's
    // headline keeps its marks, as its opening words verbatim.
    let verbatim: Vec<String> = load_dir(Path::new(BUNDLED_DIR)).unwrap().sources.into_iter().filter(|s| s.untitled).map(|s| s.headline).collect();
    let translations = Lang::ALL.into_iter().filter(|&lang| lang != Lang::En).map(|lang| Path::new(BUNDLED_DIR).join(lang.code()));
    let dirs: Vec<_> = [Path::new(BUNDLED_DIR).to_path_buf(), Path::new(INTERFACE_DIR).to_path_buf()].into_iter().chain(translations).collect();
    let mut read = 0;
    for dir in dirs {
        for file in std::fs::read_dir(&dir).unwrap().map(|entry| entry.unwrap().path()).filter(|path| path.extension().is_some_and(|e| e == "json")) {
            let value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
            let mut found = Vec::new();
            collect_strings(&value, &mut found);
            read += found.len();
            for text in found.into_iter().filter(|text| !verbatim.iter().any(|v| v == text)) {
                assert!(!text.contains(['"', '\'']), "{}: a straight mark in {text:?}", file.display());
            }
        }
    }
    assert!(read > 1000, "the editions' texts were read ({read})");
}
