//! The "get the data" files: the whole dataset as JSON, and the stance matrix as CSV.

use crate::dataset::Dataset;

/// One row per actor × issue, including the cells with no stated position.
pub fn stances_csv(data: &Dataset) -> String {
    let mut out = String::from(
        "actor_id,actor,group,issue_id,issue,position,basis,summary,quote,speaker,source_id,source_headline,source_file\n",
    );
    for actor in &data.records.actors {
        for issue in &data.records.issues {
            let stance = data.stance(&actor.id, &issue.id);
            let source = stance.and_then(|s| data.source(&s.source));
            let fields = [
                actor.id.as_str(),
                &actor.name,
                actor.group.slug(),
                &issue.id,
                &issue.title,
                stance.map_or("no-stated-position", |s| s.position.slug()),
                stance.map_or("", |s| s.basis.slug()),
                stance.map_or("", |s| &s.summary),
                stance.and_then(|s| s.quote.as_ref()).map_or("", |q| &q.text),
                stance.and_then(|s| s.quote.as_ref()).map_or("", |q| &q.speaker),
                source.map_or("", |s| &s.id),
                source.map_or("", |s| &s.headline),
                source.map_or("", |s| &s.file),
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
    out
}

/// Quotes a field when it holds a comma, quote or line break (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The widget's stylesheets, in cascade order; the build joins them into one
/// file that every instance links inside its shadow root.
pub const STYLES: [&str; 6] = ["tokens.css", "base.css", "tabs.css", "cards.css", "matrix.css", "print.css"];

/// Where the static fallback goes in a page.
pub const FALLBACK_MARKER: &str = "<!-- stancemap:fallback -->";

/// The standalone page's mount settings, and what the iframe page uses instead.
const STANDALONE: &str = "data-chrome=\"standalone\"";
const EMBEDDED: &str = "data-chrome=\"embedded\" data-post-height";

/// `index.html` with the fallback filled in, and the iframe page made from it.
pub fn pages(index: &str, fallback: &str) -> Result<(String, String), String> {
    if !index.contains(FALLBACK_MARKER) || !index.contains(STANDALONE) {
        return Err(format!("index.html must hold {FALLBACK_MARKER} inside a mount element with {STANDALONE}"));
    }
    let index = index.replace(FALLBACK_MARKER, fallback);
    let embed = index.replace(STANDALONE, EMBEDDED);
    Ok((index, embed))
}
