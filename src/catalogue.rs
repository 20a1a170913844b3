//! The interface catalogues (`data/interface/<lang>.json`): every word the
//! widget shows that is not data, one file per language.
//!
//! Native only, shared with `build.rs`: the build checks each catalogue
//! against the English one (every key there and no other, the same kind, the
//! language's plural categories, the same `{placeholders}`), generates the
//! typed keys the code uses (`words::T` for texts, `words::P` for counted
//! ones), writes the English messages as a Rust constant the wasm carries
//! (`words_source`), and every other catalogue as the compact form a fetched
//! edition carries (`compact`, which `words::Words` reads).
//!
//! A catalogue maps a key (`tab.overview`) to a text, or, for a message that
//! counts, to one text per plural category (`{"one": "{n} source", "other":
//! "{n} sources"}`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

use crate::lang::{Category, Lang};

/// Ends each message where the build writes a catalogue as Rust source
/// (`words_source`): the ASCII unit separator, which no message holds.
const END: char = '\u{1f}';

/// Where the catalogues live, relative to the crate's root.
pub const INTERFACE_DIR: &str = "data/interface";

/// One message: a text, or one text per plural category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Text(String),
    Counted(BTreeMap<String, String>),
}

/// A language's catalogue, keys in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogue {
    pub lang: Lang,
    pub entries: BTreeMap<String, Entry>,
}

/// The messages the wasm carries in every language, for the reader who
/// chose it and may read no other, before its words have arrived or where
/// they never will: each key, the function the build writes for it
/// (`own_words_source`), and what it says. (That the widget is shown in
/// English holds while every other language falls back to English.)
pub const OWN_WORDS: [(&str, &str, &str); 2] = [
    ("footer.language-loading", "on_its_way", "That `lang`'s edition is on its way"),
    ("notice.edition-unavailable-own", "edition_unavailable", "That `lang`'s edition could not be loaded, so the widget is in English"),
];

/// `data/interface/<lang>.json`.
pub fn path(dir: &Path, lang: Lang) -> std::path::PathBuf {
    dir.join(format!("{}.json", lang.code()))
}

impl Catalogue {
    /// Reads a catalogue; a problem names the file and the key.
    pub fn read(dir: &Path, lang: Lang) -> Result<Catalogue, Vec<String>> {
        let file = path(dir, lang);
        let name = file.display().to_string();
        let text = crate::load::read_text(&file).map_err(|reason| vec![format!("{name}: {reason}")])?;
        Catalogue::parse(&text, lang).map_err(|problems| problems.into_iter().map(|p| format!("{name}: {p}")).collect())
    }

    /// Parses a catalogue's JSON.
    pub fn parse(json: &str, lang: Lang) -> Result<Catalogue, Vec<String>> {
        let value: Value = serde_json::from_str(json).map_err(|e| vec![format!("not valid JSON: {e}")])?;
        let Value::Object(map) = value else { return Err(vec!["the file must hold one JSON object of keys".into()]) };
        let mut problems = Vec::new();
        let mut entries = BTreeMap::new();
        for (key, value) in map {
            if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-') {
                problems.push(format!("{key}: a key is lower-case letters, digits, dots and hyphens"));
                continue;
            }
            let entry = match value {
                Value::String(text) => Entry::Text(text),
                Value::Object(forms) => {
                    let mut counted = BTreeMap::new();
                    for (category, text) in forms {
                        match text {
                            Value::String(text) => {
                                counted.insert(category, text);
                            }
                            _ => problems.push(format!("{key}.{category}: each plural form is a text")),
                        }
                    }
                    Entry::Counted(counted)
                }
                _ => {
                    problems.push(format!("{key}: a message is a text, or an object of plural forms"));
                    continue;
                }
            };
            entries.insert(key, entry);
        }
        if problems.is_empty() { Ok(Catalogue { lang, entries }) } else { Err(problems) }
    }

    /// Everything wrong with this catalogue, measured against the English one
    /// (which is measured against itself: its own plural forms).
    pub fn problems(&self, english: &Catalogue) -> Vec<String> {
        let mut problems = Vec::new();
        for key in english.entries.keys().filter(|k| !self.entries.contains_key(*k)) {
            problems.push(format!("{key}: missing (English: {})", english.entries[key].sample()));
        }
        for (key, entry) in &self.entries {
            let Some(original) = english.entries.get(key) else {
                problems.push(format!("{key}: not a key of the English catalogue"));
                continue;
            };
            match (entry, original) {
                (Entry::Text(text), Entry::Text(en)) => {
                    check_text(key, text, en, false, &mut problems);
                }
                (Entry::Counted(forms), Entry::Counted(en)) => {
                    let en = en.get("other").map_or("", String::as_str);
                    // A form may leave the count out only where it stands for
                    // exactly one thing: English "one", not Ukrainian (21, 31…).
                    let one_is_one = self.lang.category(21) != Category::One;
                    for category in self.lang.categories() {
                        let countless = *category == Category::One && one_is_one;
                        match forms.get(category.name()) {
                            Some(text) => check_text(&format!("{key}.{}", category.name()), text, en, countless, &mut problems),
                            None => problems.push(format!("{key}: no “{}” form, which {} needs", category.name(), self.lang.code())),
                        }
                    }
                    for category in forms.keys().filter(|c| !self.lang.categories().iter().any(|k| k.name() == *c)) {
                        problems.push(format!("{key}.{category}: {} has no such plural form", self.lang.code()));
                    }
                }
                _ => problems.push(format!("{key}: the English message is {}, this one is not", original.kind())),
            }
        }
        problems
    }

    /// Its messages in the order `words::Words` holds them: texts, then
    /// counted messages (one text per category, `Category::ALL` order), each
    /// in key order.
    fn messages(&self) -> (Vec<&str>, Vec<[&str; 4]>) {
        let texts = self.entries.values().filter_map(|e| match e {
            Entry::Text(t) => Some(t.as_str()),
            Entry::Counted(_) => None,
        }).collect();
        let counted = self.entries.values().filter_map(|e| match e {
            Entry::Counted(forms) => Some(Category::ALL.map(|c| forms.get(c.name()).unwrap_or(&forms["other"]).as_str())),
            Entry::Text(_) => None,
        }).collect();
        (texts, counted)
    }

    /// The catalogue as `words::Words` reads it (a fetched edition's words).
    pub fn compact(&self) -> String {
        let (texts, counted) = self.messages();
        serde_json::json!({ "texts": texts, "counted": counted }).to_string()
    }

    /// Rust source of the (checked) catalogue's messages as one constant, in
    /// `compact`'s order, each ended by `END`: the words the wasm carries,
    /// ready without a parse (and as compact as that form).
    pub fn words_source(&self) -> String {
        let (texts, counted) = self.messages();
        let mut all = String::new();
        for message in texts.into_iter().chain(counted.into_iter().flatten()) {
            all.push_str(message);
            all.push(END);
        }
        // A string's debug form is a Rust string literal.
        format!("/// Ends each message in `MESSAGES`.\nconst END: char = {END:?};\n/// The {} messages, in the order of `T`, then `P`'s forms, each ended by `END`.\nconst MESSAGES: &str = {all:?};\n", self.lang.code())
    }

    /// Rust source of one function for each message of `OWN_WORDS`, taking a
    /// language and giving that message from its catalogue, one arm a
    /// language, so that a language without one does not compile; or, for
    /// each language whose catalogue lacks one, why.
    pub fn own_words_source(catalogues: &[Catalogue]) -> Result<String, Vec<(Lang, String)>> {
        let mut problems = Vec::new();
        let mut source = String::new();
        for (key, function, says) in OWN_WORDS {
            let mut arms = String::new();
            for lang in Lang::ALL {
                match catalogues.iter().find(|c| c.lang == lang).and_then(|c| c.entries.get(key)) {
                    Some(Entry::Text(text)) if !text.is_empty() => arms.push_str(&format!("        Lang::{lang:?} => {text:?},\n")),
                    _ => problems.push((lang, format!("{key}: a text is needed, said in the language itself"))),
                }
            }
            source.push_str(&format!("/// {says}, said in `lang` (each catalogue's `{key}`).\npub fn {function}(lang: Lang) -> &'static str {{\n    match lang {{\n{arms}    }}\n}}\n"));
        }
        if problems.is_empty() { Ok(source) } else { Err(problems) }
    }

    /// Rust source of the typed keys (`T`, `P`), from the English catalogue:
    /// a key the code names but English lacks does not compile.
    pub fn keys_source(&self) -> String {
        let mut out = String::new();
        for (name, counted) in [("T", false), ("P", true)] {
            out.push_str(&format!("/// Keys of the catalogue's {} messages.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum {name} {{\n", if counted { "counted" } else { "plain" }));
            for (key, entry) in &self.entries {
                if matches!(entry, Entry::Counted(_)) == counted {
                    out.push_str(&format!("    /// {}\n    {},\n", entry.sample().replace('\n', " "), variant(key)));
                }
            }
            out.push_str("}\n");
        }
        let texts = self.entries.values().filter(|e| matches!(e, Entry::Text(_))).count();
        out.push_str(&format!("const TEXTS: usize = {texts};\nconst COUNTED: usize = {};\n", self.entries.len() - texts));
        out
    }
}

impl Entry {
    fn sample(&self) -> String {
        match self {
            Entry::Text(t) => format!("“{t}”"),
            Entry::Counted(forms) => format!("“{}”", forms.get("other").map_or("", String::as_str)),
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Entry::Text(_) => "a text",
            Entry::Counted(_) => "counted",
        }
    }
}

/// A message must not be empty and must use English's placeholders; a
/// `countless` form may leave out the count itself (“one source”).
fn check_text(key: &str, text: &str, english: &str, countless: bool, problems: &mut Vec<String>) {
    if text.trim().is_empty() && !english.trim().is_empty() {
        problems.push(format!("{key}: empty"));
    }
    if text.contains(END) {
        problems.push(format!("{key}: holds the control character U+001F"));
    }
    let uses = |text| placeholders(text).into_iter().filter(|p| !(countless && *p == "n")).collect::<BTreeSet<_>>();
    let (mine, theirs) = (uses(text), uses(english));
    if mine != theirs {
        problems.push(format!("{key}: placeholders {mine:?}, but English has {theirs:?}"));
    }
}

/// The `{names}` in a message.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect()
}

/// `tab.overview` → `TabOverview`.
fn variant(key: &str) -> String {
    key.split(['.', '-'])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}
