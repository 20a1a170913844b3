//! What every component may read: the dataset, this instance's id prefix,
//! and its root element (ids are looked up there: it lives in a shadow root).

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::route::View;
use crate::lang::Lang;
use crate::words::Words;

/// Shared, read-only data for one widget instance.
#[derive(Clone, Debug)]
pub struct Widget {
    pub data: Rc<Dataset>,
    /// The interface's words, in the language of `data`.
    pub words: Rc<Words>,
    pub lang: Lang,
    /// Prefixes every element id, so several instances can share a page.
    pub prefix: AttrValue,
    /// The instance's outermost element.
    pub root: NodeRef,
    /// Where the widget's files are served from (ends in `/`).
    pub base: AttrValue,
    /// The page that links to a view point at (without `#`): the host page
    /// when the instance owns its fragment, otherwise the widget's own page,
    /// so the host's fragment is never touched. Always absolute: a host page's
    /// `<base href>` must not send a reader elsewhere.
    pub page: AttrValue,
    /// The language `page` shows when its address does not say (`?lang=`).
    pub page_lang: Lang,
}

impl Widget {
    /// A DOM id unique to this instance.
    pub fn id(&self, parts: &[&str]) -> String {
        let mut id = self.prefix.to_string();
        for part in parts {
            id.push('-');
            id.push_str(part);
        }
        id
    }

    /// A link to `view` (see `page`), in this instance's language.
    pub fn link(&self, view: &View) -> String {
        format!("{}#{}", crate::embed::in_language(&self.page, self.lang, self.page_lang), view.to_fragment())
    }

    /// A file served beside the widget.
    pub fn file(&self, name: &str) -> String {
        format!("{}{name}", self.base)
    }

    /// Moves keyboard focus to this instance's element with the id made of `parts`.
    pub fn focus(&self, parts: &[&str]) {
        if let Some(root) = self.root.cast::<web_sys::Element>() {
            crate::browser::focus(&root, &self.id(parts));
        }
    }
}

impl PartialEq for Widget {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
            && Rc::ptr_eq(&self.words, &other.words)
            && self.lang == other.lang
            && (&self.prefix, &self.root, &self.base, &self.page, self.page_lang) == (&other.prefix, &other.root, &other.base, &other.page, other.page_lang)
    }
}

/// The widget context; provided by `App`, so it is always there below it.
#[hook]
pub fn use_widget() -> Widget {
    use_context::<Widget>().expect("components are rendered inside App's context provider")
}
