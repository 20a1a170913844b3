//! A dataset's translations (`data/<dataset>/<lang>/<collection>.json`) and
//! the edition's records made from them.
//!
//! Native only, shared with `build.rs`. A translation file maps a record (as
//! problems name it: its id, `actor/issue/source` for a stance) to its
//! translated fields, each with the fingerprint of the English it
//! translates:
//!
//! ```json
//! { "territory": { "title": { "of": "3f2a19c0", "text": "Лінія фронту і території" } } }
//! ```
//!
//! Every reader-facing field listed in `FIELDS` must be translated, and its
//! fingerprint must match the English as it is now: editing the English
//! flags its translation as stale, with file, record and field. Quotes stay
//! verbatim; their translation is shown beside them (`Quote::translation`).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use crate::lang::Lang;
use crate::load::record_name;
use crate::model::Records;
use crate::validate::Problem;

/// The fields a reader sees, per file: `a.b` inside an object, `a[].b` in
/// each element of a list, a field ending in `!` a quote, kept as it is
/// and translated beside it, and one ending in `?` words each language gives
/// its own way, possibly where the English has none (a glossary term's forms
/// to find in running text). Ids, sources' headlines (what a citation
/// names) and dates stay as they are.
pub const FIELDS: [(&str, &[&str]); 12] = [
    ("meta", &["title", "description", "as_of"]),
    ("sources", &["byline", "period", "description"]),
    ("issues", &["title", "short", "proposition", "summary", "why_hard"]),
    ("actors", &["name", "short", "people[].name", "people[].role"]),
    ("stances", &["summary", "speaker", "quote.text!", "quote.speaker"]),
    ("scenarios", &["title", "summary", "settles[].outcome", "reception[].note", "reception[].speaker", "preconditions", "risks", "analogues"]),
    ("options", &["label", "summary", "proposed_by"]),
    ("reactions", &["condition", "summary", "speaker", "quote.text!", "quote.speaker"]),
    ("faq", &["question", "answer"]),
    ("figures", &["value", "label"]),
    ("timeline", &["when", "event"]),
    ("glossary", &["term", "aliases?", "definition"]),
];

/// One translated field.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translated {
    /// `fingerprint` of the English it translates.
    pub of: String,
    /// A text, or a list of texts for a list field.
    pub text: Value,
}

/// A file's translations: record → field path → translation.
pub type TranslationFile = BTreeMap<String, BTreeMap<String, Translated>>;

/// A short, stable digest of an English text (FNV-1a, 32 bits, in hex); a
/// list's items are joined by line breaks.
pub fn fingerprint(english: &Value) -> String {
    let text = match english {
        Value::Array(items) => items.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("\n"),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    let hash = text.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{hash:08x}")
}

/// `records` (the English, checked) in `lang`, from the translations in
/// `dir/<lang>/`; every missing, stale or unknown translation is a problem.
pub fn translate(dir: &Path, lang: Lang, records: &Records) -> Result<Records, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut value = serde_json::to_value(records).expect("records serialise");
    for (collection, fields) in FIELDS {
        let file = format!("{}/{collection}.json", lang.code());
        let mut translations = match read(&dir.join(&file)) {
            Ok(t) => t,
            Err(reason) => {
                problems.push(problem(&file, "-", "-", reason));
                continue;
            }
        };
        let items: Vec<&mut Value> = match value.get_mut(collection) {
            Some(Value::Array(items)) => items.iter_mut().collect(),
            Some(meta @ Value::Object(_)) => vec![meta],
            _ => continue,
        };
        for (n, item) in items.into_iter().enumerate() {
            let record = if collection == "meta" { "meta".to_string() } else { record_name(collection, item, n) };
            let mut mine = translations.remove(&record).unwrap_or_default();
            for field in fields {
                let own_words = field.ends_with('?');
                for (path, english) in paths(item, field) {
                    let Some(t) = mine.remove(&path) else {
                        if own_words && english == Value::Array(Vec::new()) {
                            continue;
                        }
                        problems.push(problem(&file, &record, &path, format!("no translation of {english} (fingerprint {})", fingerprint(&english))));
                        continue;
                    };
                    if t.of != fingerprint(&english) {
                        problems.push(problem(&file, &record, &path, format!(
                            "stale: it translates an earlier English (fingerprint {}); translate {english} again and set \"of\" to {}",
                            t.of,
                            fingerprint(&english)
                        )));
                        continue;
                    }
                    if let Err(reason) = set(item, field, &path, &english, t.text) {
                        problems.push(problem(&file, &record, &path, reason));
                    }
                }
            }
            for path in mine.keys() {
                problems.push(problem(&file, &record, path, "the English has no such field to translate".into()));
            }
        }
        for record in translations.keys() {
            problems.push(problem(&file, record, "-", "the English has no such record".into()));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    serde_json::from_value(value).map_err(|e| vec![problem(lang.code(), "-", "-", format!("the translated records do not fit the model: {e}"))])
}

/// A translation file; none yet is an empty one (every field is then named as missing).
fn read(path: &Path) -> Result<TranslationFile, String> {
    if !path.exists() {
        return Ok(TranslationFile::new());
    }
    let text = crate::load::read_text(path)?;
    serde_json::from_str(&text).map_err(|e| format!("not a translation file: {e}"))
}

/// The concrete paths (`people.0.role`) a field pattern (`people[].role`)
/// names in `item`, with the English at each; empty and absent fields need
/// no translation, but may have one where the language gives its own words
/// (`?`: they are named with an empty English).
fn paths(item: &Value, pattern: &str) -> Vec<(String, Value)> {
    fn walk(value: &Value, parts: &[&str], own: bool, prefix: String, out: &mut Vec<(String, Value)>) {
        let Some((head, rest)) = parts.split_first() else { return };
        if let Some(list) = head.strip_suffix("[]") {
            for (i, element) in value.get(list).and_then(Value::as_array).into_iter().flatten().enumerate() {
                walk(element, rest, own, format!("{prefix}{list}.{i}."), out);
            }
        } else if let Some(next) = value.get(*head) {
            if !rest.is_empty() {
                walk(next, rest, own, format!("{prefix}{head}."), out);
            } else if own || (!matches!(next, Value::Null) && next != &Value::String(String::new()) && next != &Value::Array(Vec::new())) {
                out.push((format!("{prefix}{head}"), next.clone()));
            }
        }
    }
    let parts: Vec<&str> = pattern.trim_end_matches(['!', '?']).split('.').collect();
    let mut out = Vec::new();
    walk(item, &parts, pattern.ends_with('?'), String::new(), &mut out);
    out
}

/// Puts a translation at `path` in `item`: in place of the `english` there,
/// or, for a quote (`pattern` ends in `!`), beside it as the quote's `translation`.
fn set(item: &mut Value, pattern: &str, path: &str, english: &Value, text: Value) -> Result<(), String> {
    let texts: Vec<&str> = match &text {
        Value::String(t) => vec![t.as_str()],
        Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let (english_len, len) = (english.as_array().map(Vec::len), text.as_array().map(Vec::len));
    if english.is_array() != text.is_array() || len.is_some_and(|n| n != texts.len()) {
        return Err("a translation has the English's shape: a text for a text, a list of texts for a list".into());
    }
    // A language's own words (`?`, a glossary term's forms) are as many as it has.
    if english_len != len && !pattern.ends_with('?') {
        return Err(format!("the English list has {} items, the translation {}", english_len.unwrap_or(0), len.unwrap_or(0)));
    }
    if texts.is_empty() || texts.iter().any(|t| t.trim().is_empty()) {
        return Err("the translation is empty".into());
    }
    let (parent, field) = path.rsplit_once('.').map_or(("", path), |(p, f)| (p, f));
    let mut target = &mut *item;
    for part in parent.split('.').filter(|p| !p.is_empty()) {
        target = match part.parse::<usize>() {
            Ok(i) => &mut target[i],
            Err(_) => &mut target[part],
        };
    }
    let field = if pattern.ends_with('!') { "translation" } else { field };
    target[field] = text;
    Ok(())
}

fn problem(file: &str, record: &str, field: &str, reason: String) -> Problem {
    Problem { file: file.into(), record: record.into(), field: field.into(), reason }
}
