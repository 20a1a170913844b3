//! Stancemap: an embeddable explainer of who wants what in the Ukraine peace talks.
//!
//! Data flows one way: the dataset (validated at build time, immutable) →
//! view state (a reducer, addressable through the URL fragment) → components.
//! Pure logic (`model`, `validate`, `dataset`, `route`, `state`, `export`) has
//! no `web_sys` in it and is tested with plain `cargo test`.

pub mod model;
pub mod validate;
pub mod dataset;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod matrix;
pub mod route;
pub mod state;
pub mod glossary;
pub mod export;

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod views;
mod panic;

/// Mounts the widget into `#stancemap`, or the body if there is none.
pub fn start() {
    panic::install();
    let document = gloo_utils::document();
    let root = document.get_element_by_id("stancemap").or_else(|| document.body().map(Into::into));
    let props = app::AppProps { prefix: "sm".into() };
    if let Some(root) = root {
        yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    }
}
