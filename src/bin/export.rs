//! Trunk's post-build hook: completes the build in the staging folder.
//!
//! Writes the "get the data" files (`stancemap-data.json`, `stancemap-stances.csv`)
//! and the corrections the Sources view loads on demand (`stancemap-corrections.json`),
//! joins `styles/` into `stancemap.css`, fills `index.html`'s mount with the
//! app's prerendered first view (and the no-JS fallback), derives the iframe
//! page `embed.html`, writes `stancemap-snippet.html` (a direct-mount `<div>`
//! with the same),
//! turns the wasm-bindgen glue into a factory (one download for every widget),
//! and leaves out the comments of what readers download (`compact_css`, `compact_js`).

#![cfg_attr(target_arch = "wasm32", allow(unused))]

use std::path::{Path, PathBuf};
use stancemap::dataset::Dataset;
use stancemap::edition::Edition;
use stancemap::lang::Lang;
use stancemap::words::Words;
#[cfg(not(target_arch = "wasm32"))]
use stancemap::catalogue::{Catalogue, INTERFACE_DIR};
#[cfg(not(target_arch = "wasm32"))]
use stancemap::translation::translate;
#[cfg(not(target_arch = "wasm32"))]
use stancemap::load::{load_dir, BUNDLED_DIR};
#[cfg(not(target_arch = "wasm32"))]
use stancemap::fallback::{static_html, Place};
#[cfg(not(target_arch = "wasm32"))]
use stancemap::prerender::first_view;
use stancemap::files::{CORRECTIONS_JSON, DATA_CSV, DATA_JSON, EMBED_SCRIPT, GLUE, IFRAME_PAGE, LOADER, PAGE_STYLESHEET, SNIPPET, STANDALONE_PAGE, STYLESHEET};
use stancemap::embed::page_name;
use stancemap::export::{compact_css, compact_js, first_views_ids, glue_factory, loader_facts, loader_words, stylesheet_built, with_colours_without_light_dark, localise_page, mount_content, pages, stances_csv, EMBEDDED, STANDALONE, STYLES_DIR};
#[cfg(not(target_arch = "wasm32"))]
use stancemap::export::stylesheets;

/// A native tool; `cargo test --target wasm32-unknown-unknown` still builds every binary.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        fail("usage: stancemap-export <staging folder>");
    };
    let source = std::env::var_os("TRUNK_SOURCE_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
    // The whole dataset, corrections included (the app bundles it without them).
    let records = load_dir(&source.join(BUNDLED_DIR)).unwrap_or_else(|problems| {
        fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    });
    write(&dir, CORRECTIONS_JSON, &serde_json::to_string_pretty(&records.corrections).expect("corrections serialise"));
    write(&dir, DATA_JSON, &serde_json::to_string_pretty(&records).expect("records serialise"));
    // Every other language's edition, beside the app: its words and its
    // records (the corrections stay in the English file).
    let mut editions = vec![Edition::new(Dataset::new(records.clone()), Words::english())];
    for lang in &Lang::ALL[1..] {
        let mut translated = translate(&source.join(BUNDLED_DIR), *lang, &records).unwrap_or_else(|problems| {
            fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
        });
        translated.corrections.clear();
        let words = Catalogue::read(&source.join(INTERFACE_DIR), *lang).unwrap_or_else(|problems| fail(&problems.join("\n"))).compact();
        let json = format!("{{\"words\":{words},\"records\":{}}}", serde_json::to_string(&translated).expect("records serialise"));
        write(&dir, &Edition::file(*lang), &json);
        editions.push(Edition::parse(&json, *lang).unwrap_or_else(|e| fail(&format!("the {} edition does not read back: {}", lang.code(), e.words(&Words::english())))));
    }
    // Where the files are served from, for a snippet pasted into other sites' pages.
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    if !public_url.contains("://") && !public_url.starts_with("//") {
        eprintln!("note: stancemap-snippet.html links {public_url}{STYLESHEET}, on the page's own site; for pages on other sites build with `make dist PUBLIC_URL=https://…/`");
    }
    write(&dir, DATA_CSV, &stances_csv(&editions[0].data));

    // Each language's first views: the own pages' (linking the stylesheet
    // beside them) and the snippet's (from the public URL). Each language's
    // id goes into the stylesheet and the loader, which know by them a
    // snippet from another build; a change to one language's views leaves
    // the other's snippets current.
    let views: Vec<[String; 3]> = editions
        .iter()
        .map(|edition| [first_view(edition, &STANDALONE, ""), first_view(edition, &EMBEDDED, ""), first_view(edition, &[("data-lang", edition.lang().code())], &public_url)])
        .collect();
    let built = first_views_ids(&views);

    // Readers get the stylesheet and scripts without the comments and
    // indentation kept for whoever edits them.
    let styles = source.join(STYLES_DIR);
    let css: Vec<String> = stylesheets(&styles).unwrap_or_else(|e| fail(&e)).iter().map(|path| read(path)).collect();
    let css = stylesheet_built(&css.join("\n"), &built).unwrap_or_else(|e| fail(&e));
    write(&dir, STYLESHEET, &compact_css(&css).and_then(|css| with_colours_without_light_dark(&css)).unwrap_or_else(|e| fail(&e)));
    let page_css = read(&dir.join(PAGE_STYLESHEET));
    write(&dir, PAGE_STYLESHEET, &compact_css(&page_css).unwrap_or_else(|e| fail(&format!("{PAGE_STYLESHEET}: {e}"))));

    let compact = |name: &str, js: &str| compact_js(js).unwrap_or_else(|e| fail(&format!("{name}: {e}")));

    let glue = read(&dir.join(GLUE));
    write(&dir, GLUE, &compact(GLUE, &glue_factory(&glue).unwrap_or_else(|e| fail(&e))));
    let loader = read(&dir.join(LOADER));
    let loader = loader_words(&loader, &editions).and_then(|loader| loader_facts(&loader, &built)).unwrap_or_else(|e| fail(&e));
    write(&dir, LOADER, &compact(LOADER, &loader));
    let host_script = read(&dir.join(EMBED_SCRIPT));
    write(&dir, EMBED_SCRIPT, &compact(EMBED_SCRIPT, &host_script));

    // Each language's pages, with its first view and fallback.
    let template = read(&dir.join(STANDALONE_PAGE));
    for ((edition, [standalone, embedded, snippet]), built) in editions.iter().zip(&views).zip(&built) {
        let (own, article) = (static_html(edition, Place::OwnPage), static_html(edition, Place::Article));
        let page = match edition.lang() {
            Lang::En => template.clone(),
            _ => localise_page(&template, edition).unwrap_or_else(|e| fail(&e)),
        };
        let (index, embed) = pages(&page, &mount_content(standalone, &own, "", built), &mount_content(embedded, &own, "", built)).unwrap_or_else(|e| fail(&e));
        write(&dir, &page_name(STANDALONE_PAGE, edition.lang()), &index);
        write(&dir, &page_name(IFRAME_PAGE, edition.lang()), &embed);
        let lang = edition.lang().code();
        let snippet = mount_content(snippet, &article, &public_url, built);
        write(&dir, &page_name(SNIPPET, edition.lang()), &format!("<div data-stancemap data-lang=\"{lang}\">{snippet}</div>\n"));
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())))
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Err(e) = std::fs::write(&path, text) {
        fail(&format!("cannot write {}: {e}", path.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
