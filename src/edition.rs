//! An edition: the dataset and the interface's words in one language.
//!
//! The wasm carries the English edition. Every other one is a file the
//! build writes beside the app (`stancemap-<lang>.json`: the compacted
//! catalogue and the translated records, both checked at build time), loaded
//! from the widget's own origin only for readers who ask for that language,
//! so English readers download none of it.

use std::rc::Rc;

use serde::Deserialize;

use crate::dataset::{parse_json, Dataset};
use crate::lang::Lang;
use crate::model::Records;
use crate::notice::Failure;
use crate::tabs::Tab;
use crate::words::Words;

/// The data and the words a widget shows, in one language.
#[derive(Clone, Debug)]
pub struct Edition {
    pub data: Rc<Dataset>,
    pub words: Rc<Words>,
}

impl PartialEq for Edition {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data) && Rc::ptr_eq(&self.words, &other.words)
    }
}

/// The file an edition other than English is in, as the build writes it.
#[derive(Deserialize)]
struct File {
    words: Words,
    records: Records,
}

impl Edition {
    /// The edition the wasm carries (parsed once per instance).
    pub fn english() -> Edition {
        Edition::cached(Lang::En).unwrap_or_else(|| Edition::keep_english(Edition::new(Dataset::bundled(), Words::english())))
    }

    /// The same, its dataset parsed a collection a task
    /// (`Dataset::bundled_in_steps`), with `words`, the English words the
    /// caller already has (`Words::english`), unless this instance already
    /// has it.
    pub async fn english_in_steps(words: Words) -> Edition {
        match Edition::cached(Lang::En) {
            Some(english) => english,
            None => Edition::keep_english(Edition::new(Dataset::bundled_in_steps().await, words)),
        }
    }

    /// Keeps `english` for this instance, unless another mount parsed it
    /// meanwhile (`english_in_steps` lets tasks pass): that first copy, then.
    fn keep_english(english: Edition) -> Edition {
        Edition::cached(Lang::En).unwrap_or_else(|| {
            LOADED.with(|l| l.borrow_mut().push(english.clone()));
            english
        })
    }

    pub fn new(data: Dataset, words: Words) -> Edition {
        Edition { data: Rc::new(data), words: Rc::new(words) }
    }

    /// Its language: its words'.
    pub fn lang(&self) -> Lang {
        self.words.lang
    }

    /// The title of a page the widget fills, in this language, on `tab`: the
    /// tab's name (none on the first), the brand, then the dataset's title,
    /// so that the browser's tabs and history tell the reader's steps apart.
    pub fn page_title(&self, tab: Tab) -> String {
        let page = format!("{} — {}", self.words.t(crate::words::T::Brand), self.data.records.meta.title);
        if tab == Tab::default() { page } else { format!("{} — {page}", self.words.t(tab.label())) }
    }

    /// The file name of `lang`'s edition, beside the app.
    pub fn file(lang: Lang) -> String {
        format!("stancemap-{}.json", lang.code())
    }

    /// Reads an edition file (see `file`).
    pub fn parse(json: &str, lang: Lang) -> Result<Edition, Failure> {
        let file: File = parse_json(json).map_err(Failure::NotData)?;
        let words = file.words.checked(lang).map_err(Failure::NotData)?;
        Ok(Edition::new(Dataset::beside(file.records), words))
    }
}

thread_local! {
    /// Editions this instance has loaded, so a reader switching back and forth downloads each once.
    static LOADED: std::cell::RefCell<Vec<Edition>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Edition {
    /// The edition in `lang`: the one the wasm carries, or its file beside
    /// the app at `base`; or why not.
    pub async fn load(lang: Lang, base: &str) -> Result<Edition, Failure> {
        if lang == Lang::En {
            return Ok(Edition::english());
        }
        if let Some(loaded) = Edition::cached(lang) {
            return Ok(loaded);
        }
        let edition = Edition::parse(&crate::fetch::fetch_document(&Edition::file(lang), base, true).await?, lang)?;
        LOADED.with(|l| l.borrow_mut().push(edition.clone()));
        Ok(edition)
    }

    /// Whether `lang`'s edition is here without a request: English, which
    /// the wasm carries, or one this instance has read.
    pub fn at_hand(lang: Lang) -> bool {
        lang == Lang::En || Edition::cached(lang).is_some()
    }

    /// `lang`'s edition, if this instance has it already.
    fn cached(lang: Lang) -> Option<Edition> {
        LOADED.with(|l| l.borrow().iter().find(|e| e.lang() == lang).cloned())
    }
}
