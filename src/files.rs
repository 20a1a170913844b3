//! The names of the files the build writes beside the app, as the Rust side
//! writes them (the app, the export step, the code it gives editors): one
//! place for all of them. The loader, `index.html` and `Trunk.toml` name
//! some of them too, and `Edition::file` names each edition's.

/// The one stylesheet every instance links, built from `styles/` by the export step.
pub const STYLESHEET: &str = "stancemap.css";
/// The script a page loads to start every widget on it (`assets/stancemap-loader.js`).
pub const LOADER: &str = "stancemap-loader.js";
/// The host script that sizes iframe embeds (`assets/stancemap-embed.js`).
pub const EMBED_SCRIPT: &str = "stancemap-embed.js";
/// wasm-bindgen's glue module, as Trunk names it for the `stancemap` binary.
pub const GLUE: &str = "stancemap.js";
/// The own pages' stylesheet, outside the widget.
pub const PAGE_STYLESHEET: &str = "page.css";

/// The standalone page, the iframe's page and the mount snippet, in English
/// (`embed::page_name` names another language's).
pub const STANDALONE_PAGE: &str = "index.html";
pub const IFRAME_PAGE: &str = "embed.html";
pub const SNIPPET: &str = "stancemap-snippet.html";

/// The data downloads.
pub const DATA_JSON: &str = "stancemap-data.json";
pub const DATA_CSV: &str = "stancemap-stances.csv";
/// The corrections, kept out of the wasm: only readers who ask for them download them.
pub const CORRECTIONS_JSON: &str = "stancemap-corrections.json";
