//! What the build writes beside the app: the stance matrix as CSV, the
//! content of a mount element (prerendered first view and fallback), the
//! pages, the wasm-bindgen glue as a factory, and the stylesheet and
//! scripts without their comments.

use crate::dataset::Dataset;
use crate::files::STYLESHEET;
use crate::mount::{FALLBACK_SLOT, POST_HEIGHT, PRERENDERED};
use crate::panic::MOUNT_CLASS;
use crate::edition::Edition;
use crate::embed::page_name;
use crate::lang::Lang;
use crate::model::Stance;
use crate::state::Theme;
use crate::tabs::Tab;
use crate::words::T;

/// One row per stance (several where sources differ, the current stated line
/// first), and one row for each actor × issue with no stated position.
pub fn stances_csv(data: &Dataset) -> String {
    // A byte-order mark first: spreadsheet programs that guess the encoding
    // (Excel opening the file by a double click) then read it as UTF-8, and
    // show "—" and "’" as written, not as "â€”".
    let mut out = String::from(
        "\u{feff}actor_id,actor,group,issue_id,issue,position,basis,speaker,summary,quote,quote_speaker,source_id,source_headline,source_untitled,source_file\n",
    );
    for actor in &data.records.actors {
        for issue in &data.records.issues {
            let readings = data.readings(&actor.id, &issue.id);
            let rows: Vec<Option<&Stance>> = if readings.is_empty() { vec![None] } else { readings.into_iter().map(Some).collect() };
            for stance in rows {
                let source = stance.and_then(|s| data.source(&s.source));
                let quote = stance.and_then(|s| s.quote.as_ref());
                let fields = [
                    actor.id.as_str(),
                    &actor.name,
                    actor.group.slug(),
                    &issue.id,
                    &issue.title,
                    stance.map_or("no-stated-position", |s| s.position.slug()),
                    stance.map_or("", |s| s.basis.slug()),
                    // Who is on the record, for a statement; the quote's speaker may be fuller ("A. Person, Leader").
                    stance.and_then(|s| s.speaker.as_deref()).unwrap_or(""),
                    stance.map_or("", |s| &s.summary),
                    quote.map_or("", |q| &q.text),
                    quote.map_or("", |q| &q.speaker),
                    source.map_or("", |s| &s.id),
                    source.map_or("", |s| &s.headline),
                    // An untitled document's headline is its opening words.
                    source.map_or("", |s| if s.untitled { "true" } else { "false" }),
                    source.map_or("", |s| &s.file),
                ];
                let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
                out.push_str(&row.join(","));
                out.push('\n');
            }
        }
    }
    out
}

/// Quotes a field when it holds a comma, quote or line break (RFC 4180).
/// One a spreadsheet would take for a formula (`=HYPERLINK(…)`, `+`, `-`,
/// `@`, a tab or a carriage return first) begins with an apostrophe, which
/// spreadsheets show as text.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Where the widget's stylesheets are: every `.css` file in it, which the
/// build joins into one file that every instance links inside its shadow root.
pub const STYLES_DIR: &str = "styles";

/// The widget's stylesheets in `dir`, each `<n>-<name>.css`, in the order of
/// their numbers: each file's place in the cascade (the tokens first, the
/// print rules last), so a new file is joined without being listed anywhere.
/// Files whose names begin with a dot (an editor's) are not stylesheets.
#[cfg(not(target_arch = "wasm32"))]
pub fn stylesheets(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    let unlisted = |e: std::io::Error| format!("cannot list {}: {e}", dir.display());
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unlisted)? {
        let path = entry.map_err(unlisted)?.path();
        let name = path.file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned());
        if name.starts_with('.') || !name.ends_with(".css") {
            continue;
        }
        let place = name.split_once('-').and_then(|(n, _)| n.parse::<u32>().ok());
        let Some(place) = place else {
            return Err(format!("{}: a stylesheet's name begins with its place in the cascade (as in 45-{name}), so that it is joined where it belongs", path.display()));
        };
        files.push((place, path));
    }
    if files.is_empty() {
        return Err(format!("{} holds no stylesheet", dir.display()));
    }
    files.sort();
    Ok(files.into_iter().map(|(_, path)| path).collect())
}

/// Where a page's mount element gets its content.
pub const FALLBACK_MARKER: &str = "<!-- stancemap:fallback -->";

/// The standalone page's mount settings, and what the iframe page uses instead.
pub const STANDALONE: [(&str, &str); 2] = [("data-chrome", "standalone"), ("data-fragment", "own")];
pub const EMBEDDED: [(&str, &str); 3] = [("data-chrome", "embedded"), (POST_HEIGHT, ""), ("data-fragment", "own")];

/// What goes inside a mount element before any script runs: a declarative
/// shadow root with the widget's stylesheet and the prerendered `first_view`
/// (revealed by that stylesheet, so never shown unstyled), and the static
/// `fallback` in the light DOM, shown through the shadow root's slot to
/// readers without scripts, when the widget cannot start and when no loader
/// came for it (`styles/20-base.css`). Files are linked from `base`; the
/// first view names the build that wrote it (`built`: its language's
/// `first_views_id`).
pub fn mount_content(first_view: &str, fallback: &str, base: &str, built: &str) -> String {
    let stylesheet = crate::html_text::escape(&format!("{base}{STYLESHEET}"));
    format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{stylesheet}\"><div class=\"{MOUNT_CLASS}\" {PRERENDERED}=\"{built}\" hidden>{first_view}</div><slot class=\"{FALLBACK_SLOT}\"></slot></template>{fallback}"
    )
}

/// What names one language's first views in a build (the own pages' and
/// the snippet's): a hash of their HTML (FNV-1a, the same on every machine
/// and toolchain), so that a snippet pasted from another build, whose
/// records may have been corrected since or whose markup differs, is known
/// as such by this build's stylesheet and loader (`stylesheet_built`,
/// `loader_facts`), and one whose language no change touched is not.
pub fn first_views_id<'a>(views: impl IntoIterator<Item = &'a str>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for view in views {
        // A byte no UTF-8 text holds between views: ["ab", "c"] is not ["a", "bc"].
        for &byte in view.as_bytes().iter().chain(&[0xff]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// Each language's id (`first_views_id`) of its first views, `languages`
/// in the editions' order: a change to one language's views leaves the
/// others' ids, and their snippets, as they were.
pub fn first_views_ids<const N: usize>(languages: &[[String; N]]) -> Vec<String> {
    languages.iter().map(|views| first_views_id(views.iter().map(String::as_str))).collect()
}

/// Writes `attributes` the way they stand on a mount element.
fn attributes(list: &[(&str, &str)]) -> String {
    list.iter().map(|(name, value)| if value.is_empty() { name.to_string() } else { format!("{name}=\"{value}\"") }).collect::<Vec<_>>().join(" ")
}

/// What the iframe page tells search engines (see `pages`).
const EMBED_ROBOTS: &str = "<meta name=\"robots\" content=\"noindex, indexifembedded\">";

/// `index.html` with the standalone mount's content filled in, and the iframe
/// page made from it with `embedded` as its content and `EMBED_ROBOTS`;
/// without the `<link data-trunk rel="rust">` that Trunk leaves where it
/// injects no script (the loader starts the wasm), a link to nothing a browser knows.
pub fn pages(index: &str, standalone: &str, embedded: &str) -> Result<(String, String), String> {
    let settings = attributes(&STANDALONE);
    if !index.contains(FALLBACK_MARKER) || !index.contains(&settings) {
        return Err(format!("index.html must hold {FALLBACK_MARKER} inside a mount element with {settings}"));
    }
    if !index.contains("</head>") {
        return Err("index.html must close its <head> (with </head>)".into());
    }
    let mut index = index.to_string();
    while let Some(start) = index.find("<link data-trunk ") {
        let end = index[start..].find('>').map_or(index.len(), |end| start + end + 1);
        index.replace_range(start..end, "");
    }
    if index.contains("data-trunk") {
        return Err("index.html still holds a Trunk directive after the build, written otherwise than `<link data-trunk …>`: write it so, or leave it out".into());
    }
    let page = index.replace(FALLBACK_MARKER, standalone);
    // The iframe page is the standalone page's content in a frame: search
    // engines leave it out of their results (Google, not out of the articles
    // it is embedded in: `indexifembedded`).
    let robots = format!("  {EMBED_ROBOTS}\n</head>");
    let embed = index.replace(&settings, &attributes(&EMBEDDED)).replacen("</head>", &robots, 1).replace(FALLBACK_MARKER, embedded);
    Ok((page, embed))
}

/// `index.html` made a page of `edition`'s language: its `lang`, its title
/// (`Edition::page_title` of the first view, as the app titles it;
/// `index.html` carries the English one) and its description.
pub fn localise_page(page: &str, edition: &Edition) -> Result<String, String> {
    let tag = |name: &str| {
        let start = page.find(&format!("<{name}")).ok_or_else(|| format!("index.html has no <{name}>"))?;
        Ok::<_, String>((start, page[start..].find('>').map(|end| start + end + 1).unwrap_or(page.len())))
    };
    let (html_start, html_end) = tag("html")?;
    let (title_start, title_end) = tag("title")?;
    let title_close = page[title_end..].find("</title>").map(|i| title_end + i).ok_or("index.html's <title> is not closed")?;
    let description_at = page.find("<meta name=\"description\"").ok_or("index.html has no description")?;
    let description_end = description_at + page[description_at..].find('>').unwrap_or(0) + 1;
    let e = crate::html_text::escape;
    Ok(format!(
        "{}<html lang=\"{}\">{}{}{}{}<meta name=\"description\" content=\"{}\">{}",
        &page[..html_start],
        edition.lang().code(),
        &page[html_end..title_start],
        &page[title_start..title_end],
        e(&edition.page_title(crate::tabs::Tab::default())),
        &page[title_close..description_at],
        e(&edition.data.records.meta.description),
        &page[description_end..],
    ))
}

/// `loader` with the value of its line `const {name} = …;` written as `value`.
fn with_constant(loader: &str, name: &str, value: serde_json::Value, what: &str) -> Result<String, String> {
    let start = format!("const {name} = ");
    let line = loader.lines().find(|l| l.starts_with(&start)).ok_or_else(|| format!("the loader has no `const {name} = …;` line for {what}"))?;
    Ok(loader.replacen(line, &format!("{start}{value};"), 1))
}

/// The stylesheet with the ids of the first views this build wrote (each
/// language's `first_views_id`) for its placeholder
/// `[data-prerendered="BUILT"]`, which stands inside a `:not()`, so that
/// another build's first view is unseen from the first paint.
pub fn stylesheet_built(css: &str, built: &[String]) -> Result<String, String> {
    const PLACEHOLDER: &str = "[data-prerendered=\"BUILT\"]";
    if !css.contains(PLACEHOLDER) {
        return Err(format!("the stylesheet has no rule for another build's first view ({PLACEHOLDER})"));
    }
    let ids: Vec<String> = built.iter().map(|id| format!("[data-prerendered=\"{id}\"]")).collect();
    Ok(css.replace(PLACEHOLDER, &ids.join(", ")))
}

/// The loader with what it must know of the build: the ids of the first
/// views it wrote (each language's `first_views_id`), to know a snippet
/// from another build; each language's edition file but English's (which
/// the wasm carries), to fetch beside the app (`Edition::file`);
/// each tab's record attribute (`data-issue`: `issues`), to select the
/// tab a mount asks for before the app, as `EmbedConfig::read` reads them;
/// and the themes, the system's first (`Theme::ALL`), for the first view's
/// theme and its switch.
pub fn loader_facts(loader: &str, built: &[String]) -> Result<String, String> {
    let records: serde_json::Map<String, serde_json::Value> = Tab::ALL.iter().filter_map(|&tab| Some((tab.attribute()?.to_string(), tab.slug().into()))).collect();
    let editions: serde_json::Map<String, serde_json::Value> = Lang::ALL.iter().filter(|&&lang| lang != Lang::En).map(|&lang| (lang.code().to_string(), Edition::file(lang).into())).collect();
    let loader = with_constant(loader, "BUILT", built.into(), "the ids of the first views the build wrote")?;
    let loader = with_constant(&loader, "EDITIONS", editions.into(), "each language's edition file")?;
    let loader = with_constant(&loader, "RECORDS", records.into(), "each tab's record attribute")?;
    with_constant(&loader, "THEMES", Theme::ALL.map(Theme::slug).as_slice().into(), "the themes")
}

/// The loader (`assets/stancemap-loader.js`) with each edition's words for a
/// widget that has no static view to show (an empty `<div data-stancemap>`):
/// that it is loading, or that it cannot start, and its own page's name in
/// that language; in place of the English ones it is written with: the
/// catalogues stay the one place a reader's words are kept.
pub fn loader_words(loader: &str, editions: &[Edition]) -> Result<String, String> {
    let words: serde_json::Map<String, serde_json::Value> = editions
        .iter()
        .map(|e| {
            let w = &e.words;
            let said = serde_json::json!({ "loading": w.t(T::LoaderLoading), "text": w.t(T::LoaderFailed), "link": w.t(T::LoaderOpen), "page": page_name("", e.lang()) });
            (e.lang().code().to_string(), said)
        })
        .collect();
    with_constant(loader, "WORDS", serde_json::Value::Object(words), "the words of a widget with nothing of its own to show")
}

/// What the loader calls on the glue module to get one widget's own copy of it.
pub const GLUE_FACTORY: &str = "instance";

/// Rewrites wasm-bindgen's glue module (`--target web`) into a factory, so
/// that one download serves every widget on a page: the module's body moves
/// into `export function instance()`, and each call returns a fresh copy of
/// the glue's state, ready to bind one wasm instance. One wasm instance per
/// widget is what keeps a crash (which traps its instance) inside that widget;
/// before this, each copy of the state cost a request for its own module URL.
///
/// Top-level `import`s stay at the top. Any `export` form this function does
/// not know is an error, so a wasm-bindgen upgrade cannot break it silently.
pub fn glue_factory(glue: &str) -> Result<String, String> {
    let (mut imports, mut body, mut exported) = (String::new(), String::new(), Vec::new());
    for line in glue.lines() {
        if line.starts_with("import ") {
            if !line.trim_end().ends_with(';') {
                return Err(format!("the glue module has an import over several lines, which this build does not know how to move: {line}"));
            }
            imports.push_str(line);
            imports.push('\n');
            continue;
        }
        let Some(rest) = line.strip_prefix("export ") else {
            body.push_str(line);
            body.push('\n');
            continue;
        };
        if let Some(list) = rest.strip_prefix('{').and_then(|r| r.trim_end().strip_suffix("};")) {
            // `name` or `name as key`
            exported.extend(list.split(',').filter(|item| !item.trim().is_empty()).map(|item| match item.trim().split_once(" as ") {
                Some((name, key)) => (key.trim().to_string(), name.trim().to_string()),
                None => (item.trim().to_string(), item.trim().to_string()),
            }));
        } else if let Some(name) = rest.strip_prefix("default ").and_then(|r| r.trim_end().strip_suffix(';')) {
            exported.push(("default".to_string(), name.trim().to_string()));
        } else {
            let declared = ["function ", "async function ", "class ", "const ", "let "].iter().find_map(|kw| rest.strip_prefix(kw));
            let name: String = declared
                .map(|d| d.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect())
                .filter(|n: &String| !n.is_empty())
                .ok_or_else(|| format!("the glue module has an export this build does not know how to wrap: {line}"))?;
            exported.push((name.clone(), name));
            body.push_str(rest);
            body.push('\n');
        }
    }
    if !exported.iter().any(|(key, _)| key == "default") {
        return Err("the glue module has no default export (its init function)".to_string());
    }
    let fields: Vec<String> = exported.iter().map(|(key, name)| if key == name { key.clone() } else { format!("{key}: {name}") }).collect();
    Ok(format!("{imports}export function {GLUE_FACTORY}() {{\n{body}return {{ {} }};\n}}\n", fields.join(", ")))
}

/// Whitespace at a line's edges, as CSS and JavaScript both count it outside
/// strings (a no-break space may belong to a CSS identifier).
fn trim_line(line: &str) -> &str {
    line.trim_matches([' ', '\t', '\r', '\x0c'])
}

/// A stylesheet (compacted: `compact_css`) with its colours for engines that
/// lack `light-dark()` (Safari before 17.5, Chrome before 123, Firefox
/// before 120, Firefox ESR 115 among them), where every colour token written
/// with it is invalid once used: the widget lost its focus ring, its
/// positions' colours and its dark theme. Each token's two values are
/// written again, for those engines alone (`@supports not`), right after
/// the rule that declares them, and with its weight, so the rules after it
/// still win (asked for more contrast): light; dark where the reader chose
/// it or, chosen none, where the system is dark; on screen only, as paper
/// is light whatever the theme. Every `light-dark()` must be such a token's
/// whole value, in that rule.
pub fn with_colours_without_light_dark(css: &str) -> Result<String, String> {
    let lines: Vec<&str> = css.lines().collect();
    let Some(first) = lines.iter().position(|l| l.contains("light-dark(")) else {
        return Ok(css.to_string());
    };
    let opened = lines[..first].iter().rposition(|l| l.ends_with('{')).ok_or("a light-dark() outside any rule")?;
    let closed = first + lines[first..].iter().position(|l| *l == "}").ok_or("the rule of the light-dark() tokens never closes")?;
    let (selector, mut light, mut dark) = (lines[opened].trim_end_matches('{').trim(), String::new(), String::new());
    for line in &lines[opened + 1..closed] {
        let Some((name, value)) = line.split_once(": light-dark(") else { continue };
        let pair = value.strip_suffix(");").filter(|pair| !pair.contains(['(', ')']));
        let Some((day, night)) = pair.and_then(|pair| pair.split_once(", ")).filter(|_| name.starts_with("--")) else {
            return Err(format!("a light-dark() this build cannot write again for engines without it (a token's whole value, two values without parentheses): {line}"));
        };
        light.push_str(&format!("{name}: {day}; "));
        dark.push_str(&format!("{name}: {night}; "));
    }
    if let Some(stray) = lines.iter().enumerate().find(|&(n, l)| l.contains("light-dark(") && !(opened..closed).contains(&n)) {
        return Err(format!("a light-dark() outside the rule of the colour tokens ({selector}), which engines without it would lose: {}", stray.1));
    }
    let fallback = format!(
        "@supports not (color: light-dark(#000, #fff)) {{\n{selector} {{ {light}}}\n@media screen and (prefers-color-scheme: dark) {{ {selector}:where(:not([data-theme=\"light\"])) {{ {dark}}} }}\n@media screen {{ {selector}:where([data-theme=\"dark\"]) {{ {dark}}} }}\n}}"
    );
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    out.insert(closed + 1, fallback);
    Ok(out.join("\n") + if css.ends_with('\n') { "\n" } else { "" })
}

/// A stylesheet as readers download it: without its comments, indentation
/// and blank lines, which are for whoever edits `styles/` (the comments were
/// half of its compressed bytes). A comment is anything between `/*` and
/// `*/` outside a quoted string; one between two tokens leaves `/**/`, so
/// that they never join. What this cannot compact without changing a rule
/// is an error: a string continued on the next line (whose next line's
/// indentation is part of it), an unquoted `url(` (which may hold `/*`).
/// A few lines of our own rather than a minifier crate, which would add
/// minutes of compiling to every fresh build for what is mostly comments.
pub fn compact_css(css: &str) -> Result<String, String> {
    if let Some((n, line)) = css.lines().enumerate().find(|(_, l)| l.contains("url(") && !l.contains("url(\"") && !l.contains("url('")) {
        return Err(format!("stylesheet line {}: an unquoted url(), which may hold what reads as a comment: {line}", n + 1));
    }
    let mut out = String::with_capacity(css.len());
    let (mut rest, mut quote) = (css, None::<char>);
    while let Some(c) = rest.chars().next() {
        match (quote, c) {
            (None, '/') if rest.starts_with("/*") => {
                rest = rest[2..].split_once("*/").map_or("", |(_, after)| after);
                let joins = |c: Option<char>| c.is_some_and(|c| !c.is_ascii_whitespace());
                if joins(out.chars().next_back()) && joins(rest.chars().next()) {
                    out.push_str("/**/");
                }
                continue;
            }
            // An escaped character, a quote or a newline too, is never a delimiter.
            (_, '\\') => {
                let escaped: String = rest.chars().take(2).collect();
                if quote.is_some() && escaped.ends_with(['\n', '\r']) {
                    let line = css[..css.len() - rest.len()].lines().count();
                    return Err(format!("stylesheet line {line}: a string continued on the next line"));
                }
                out.push_str(&escaped);
                rest = &rest[escaped.len()..];
                continue;
            }
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    Ok(out.lines().map(trim_line).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n") + "\n")
}

/// A script as readers download it: without the comments that are whole
/// lines (doc comments, `//` notes, blocks between them), indentation and
/// blank lines. It reads lines, never inside one: a comment after code
/// stays, and so does any line of code as it was. A line of code kept that
/// could make the next line's start mean something else is an error, so
/// that a script, or a wasm-bindgen upgrade, with one fails the build here:
/// an odd number of backquotes (a template literal going on), a backslash
/// at its end (a string going on), a block comment opened and not closed.
/// (A template literal over several lines with backquotes paired on each,
/// as nested ones can be, would pass; the scripts here have none.)
/// Comments the build's tools read, `//# sourceMappingURL` or `/*!`
/// licences, would go too: there are none.
pub fn compact_js(js: &str) -> Result<String, String> {
    let mut out = Vec::new();
    let mut in_comment = false;
    for (n, line) in js.lines().map(trim_line).enumerate() {
        let mut code = line;
        if !in_comment && line.starts_with("//") {
            continue;
        }
        if let Some(comment) = line.strip_prefix("/*").filter(|_| !in_comment) {
            (code, in_comment) = (comment, true);
        }
        if in_comment {
            let Some((_, after)) = code.split_once("*/") else { continue };
            (code, in_comment) = (trim_line(after), false);
        }
        if code.is_empty() {
            continue;
        }
        let goes_on = code.matches('`').count() % 2 == 1 || code.ends_with('\\') || code.rfind("/*").is_some_and(|open| !code[open..].contains("*/"));
        if goes_on {
            return Err(format!("script line {}: a template literal, string or comment goes on to the next line, which cannot be compacted safely: {code}", n + 1));
        }
        out.push(code);
    }
    Ok(out.join("\n") + "\n")
}
