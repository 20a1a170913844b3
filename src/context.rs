//! What every component may read: the dataset, this instance's id prefix,
//! and its root element (ids are looked up there: it lives in a shadow root).

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::route::View;

/// Shared, read-only data for one widget instance.
#[derive(Clone, Debug)]
pub struct Widget {
    pub data: Rc<Dataset>,
    /// Prefixes every element id, so several instances can share a page.
    pub prefix: AttrValue,
    /// The instance's outermost element.
    pub root: NodeRef,
    /// Where the widget's files are served from (ends in `/`).
    pub base: AttrValue,
    /// Whether this instance owns the page's URL fragment.
    pub owns_fragment: bool,
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

    /// A link to `view`: in this page when the instance owns its fragment,
    /// otherwise on the widget's own page, so the host's fragment is never touched.
    pub fn link(&self, view: &View) -> String {
        let page = if self.owns_fragment { "" } else { self.base.as_str() };
        format!("{page}#{}", view.to_fragment())
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
            && (&self.prefix, &self.root, &self.base, self.owns_fragment) == (&other.prefix, &other.root, &other.base, other.owns_fragment)
    }
}

/// The widget context; provided by `App`, so it is always there below it.
#[hook]
pub fn use_widget() -> Widget {
    use_context::<Widget>().expect("components are rendered inside App's context provider")
}
