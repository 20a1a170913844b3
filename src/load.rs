//! Reads a dataset folder (`data/<dataset>/`) from disk: one JSON file per
//! collection plus the source documents' texts, then validates it.
//!
//! Native only: `build.rs` uses it to validate and bundle the data, the
//! export tool to write the downloadable files, and `cargo test` to feed it
//! broken datasets. The wasm never parses these files.

use std::fs;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::model::{Meta, Records, COLLECTIONS};
use crate::validate::{validate, Documents, Problem};

/// The dataset this build bundles, relative to the crate's root.
pub const BUNDLED_DIR: &str = "data/ukraine-peace-talks";

/// Loads and validates the dataset in `dir`; on failure, every problem found, each naming its file.
pub fn load_dir(dir: &Path) -> Result<Records, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut records = Records::default();
    let name = |file: &str| dir.join(file).display().to_string();

    let meta = read_json(dir, "meta.json")
        .and_then(|value| parse::<Meta>(&value).map_err(|(field, reason)| problem("meta.json", "-", &field, reason)));
    match meta {
        Ok(meta) => records.meta = meta,
        Err(p) => problems.push(p),
    }
    for collection in COLLECTIONS {
        let file = format!("{collection}.json");
        let items = match read_json(dir, &file) {
            Ok(Value::Array(items)) => items,
            Ok(_) => {
                problems.push(problem(&file, "-", "-", "the file must hold a JSON array of records".into()));
                continue;
            }
            Err(p) => {
                problems.push(p);
                continue;
            }
        };
        for (n, item) in items.iter().enumerate() {
            let record = record_name(collection, item, n);
            let added = match collection {
                "sources" => push(&mut records.sources, item),
                "issues" => push(&mut records.issues, item),
                "actors" => push(&mut records.actors, item),
                "stances" => push(&mut records.stances, item),
                "scenarios" => push(&mut records.scenarios, item),
                "faq" => push(&mut records.faq, item),
                "figures" => push(&mut records.figures, item),
                "timeline" => push(&mut records.timeline, item),
                "glossary" => push(&mut records.glossary, item),
                "options" => push(&mut records.options, item),
                "reactions" => push(&mut records.reactions, item),
                _ => push(&mut records.corrections, item),
            };
            if let Err((field, reason)) = added {
                problems.push(problem(&file, &record, &field, reason));
            }
        }
    }
    let documents = read_documents(&dir.join("documents"), &mut problems);
    if problems.is_empty() {
        problems = validate(&records, Some(&documents));
    }
    if problems.is_empty() {
        Ok(records)
    } else {
        for p in &mut problems {
            p.file = name(&p.file);
        }
        Err(problems)
    }
}

fn problem(file: &str, record: &str, field: &str, reason: String) -> Problem {
    Problem { file: file.into(), record: record.into(), field: field.into(), reason }
}

fn read_json(dir: &Path, file: &str) -> Result<Value, Problem> {
    let text = read_text(&dir.join(file)).map_err(|reason| problem(file, "-", "-", reason))?;
    serde_json::from_str(&text).map_err(|e| problem(file, "-", "-", format!("not valid JSON: {e}")))
}

/// A file's text, without the byte-order mark some editors save at its start;
/// a text in another encoding than UTF-8 is named as such, not as missing.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read the file: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text: save it again with the encoding UTF-8".to_string())?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

/// Parses one record, naming the field at fault when it does not fit its type.
fn parse<T: DeserializeOwned>(value: &Value) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." { "-".to_string() } else { path };
        (field, e.into_inner().to_string())
    })
}

fn push<T: DeserializeOwned>(list: &mut Vec<T>, item: &Value) -> Result<(), (String, String)> {
    list.push(parse(item)?);
    Ok(())
}

/// How the record `item`, the `n`th of `collection`, is named in a message
/// before it has parsed (`model::record_name`).
pub fn record_name(collection: &str, item: &Value, n: usize) -> String {
    crate::model::record_name(collection, |k| item.get(k).and_then(Value::as_str).map(str::to_string), n)
}

fn read_documents(dir: &Path, problems: &mut Vec<Problem>) -> Documents {
    let mut documents = Documents::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(problem("documents/", "-", "-", format!("cannot read the source documents: {e}")));
            return documents;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        // Files a system leaves beside them (.DS_Store) are no documents.
        let Some(file) = path.file_name().and_then(|f| f.to_str()).filter(|f| !f.starts_with('.') && path.is_file()) else { continue };
        match read_text(&path) {
            Ok(text) => {
                documents.insert(file.to_string(), text);
            }
            Err(reason) => problems.push(problem(&format!("documents/{file}"), "-", "-", format!("{reason} (or, if it is no source's text, move it out of documents/)"))),
        }
    }
    documents
}
