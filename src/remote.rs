//! A dataset loaded at run time in place of the bundled one
//! (`data-dataset-url` on a mount, `?dataset=` on the widget's pages).
//!
//! A crafted link must never put words in a newsroom's mouth under its own
//! address, so a document is fetched only from the widget's own origin or an
//! origin on the allow-list fixed at build time, must be small, and must pass
//! the same validation as the build. Any failure keeps the bundled data and
//! says why.

use crate::dataset::{parse_records, Dataset};
use crate::notice::Failure;
use crate::validate::validate;

/// The largest dataset document accepted, in bytes.
pub const MAX_BYTES: usize = 1024 * 1024;

/// Origins (besides the widget's own) allowed to serve datasets, set at build
/// time: `STANCEMAP_DATASET_ORIGINS="https://data.example.org,https://…"`.
pub fn allowed_origins() -> Vec<&'static str> {
    option_env!("STANCEMAP_DATASET_ORIGINS").unwrap_or_default().split(',').map(str::trim).filter(|o| !o.is_empty()).collect()
}

/// Whether a document at `origin` may replace the data of a widget served from `own`.
pub fn is_allowed(origin: &str, own: &str, allowed: &[&str]) -> bool {
    origin == own || allowed.contains(&origin)
}

/// Turns the document fetched from `address` into a dataset, or says why not.
pub fn accept(text: &str, address: &str) -> Result<Dataset, Failure> {
    if text.len() > MAX_BYTES {
        return Err(Failure::TooLarge(MAX_BYTES / 1024));
    }
    let records = parse_records(text).map_err(Failure::NotData)?;
    let problems = validate(&records, None);
    if let Some(first) = problems.first() {
        return Err(Failure::Invalid { first: first.to_string(), more: problems.len() - 1 });
    }
    Ok(Dataset::loaded_from(records, address))
}
