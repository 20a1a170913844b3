//! Stancemap: an embeddable explainer of who wants what in the Ukraine peace talks.
//!
//! Data flows one way: the dataset (validated at build time, immutable) →
//! view state (a reducer, addressable through the URL fragment) → components.
//! Pure logic (`ids`, `lang`, `words`, `model`, `quotation`, `validate`, `dataset`, `search`, `deal`,
//! `glossary`, `embed`, `notice`, `route`, `state`, `export`, `files`, `html_text`; the build's own
//! `load`, `catalogue` and `translation`; and in `tabs` each tab's `mod.rs`:
//! its state, actions, links and events) has no `web_sys` in it and is
//! tested with plain `cargo test`; `tabs` also holds each tab's panel
//! (`view.rs`), so it is listed with the components below.

pub mod ids;
pub mod lang;
#[cfg(not(target_arch = "wasm32"))]
pub mod catalogue;
pub mod words;
pub mod model;
pub mod validate;
pub mod search;
pub mod dataset;
pub mod edition;
pub mod deal;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
#[cfg(not(target_arch = "wasm32"))]
pub mod translation;
pub mod notice;
pub mod route;
pub mod state;
pub mod quotation;
pub mod glossary;
pub mod embed;
pub mod export;
pub mod files;
pub mod html_text;
#[cfg(not(target_arch = "wasm32"))]
pub mod fallback;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod remote;

pub mod app;
pub mod browser;
pub mod focus;
pub mod history;
pub mod fetch;
pub mod components;
pub mod context;
pub mod mount;
pub mod navigation;
pub mod panic;
/// Each tab's state, actions, links and events (pure), and its panel.
pub mod tabs;
