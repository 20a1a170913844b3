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
    /// The page that links to a view point at (without `#`): the host page
    /// when the instance owns its fragment, otherwise the widget's own page,
    /// so the host's fragment is never touched. Always absolute: a host page's
    /// `<base href>` must not send a reader elsewhere.
    pub page: AttrValue,
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

    /// A link to `view` (see `page`).
    pub fn link(&self, view: &View) -> String {
        format!("{}#{}", self.page, view.to_fragment())
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
            && (&self.prefix, &self.root, &self.base, &self.page) == (&other.prefix, &other.root, &other.base, &other.page)
    }
}

/// The widget context; provided by `App`, so it is always there below it.
#[hook]
pub fn use_widget() -> Widget {
    use_context::<Widget>().expect("components are rendered inside App's context provider")
}
