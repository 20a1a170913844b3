//! The app's first view as HTML, rendered at build time by the app's own
//! components (Yew's server renderer), so the pages paint it before any
//! script has run and the app can replace it without a visible change.
//!
//! Native only: the export step calls it; the wasm never contains it.

use yew::{Callback, LocalServerRenderer};

use crate::app::{App, AppProps};
use crate::edition::Edition;
use crate::embed::EmbedConfig;
use crate::lang::Lang;

/// The first view of a widget whose mount element carries `attributes`,
/// with its files served from `base`: exactly what the app renders first.
pub fn first_view(edition: &Edition, attributes: &[(&str, &str)], base: &str) -> String {
    let attr = |name: &str| attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string());
    let config = EmbedConfig::read(&attr, &edition.data);
    // A page of the build's own is in its edition's language; links from a
    // snippet point at the widget's English index page.
    let page_lang = if config.owns_fragment { edition.lang } else { Lang::En };
    // The first instance on a page; in the browser each instance has its own shadow root anyway.
    let props = AppProps { prefix: "sm1".into(), config, edition: edition.clone(), host: None, base: base.into(), page: base.into(), page_lang, on_rendered: Callback::noop() };
    futures::executor::block_on(LocalServerRenderer::<App>::with_props(props).hydratable(false).render())
}
