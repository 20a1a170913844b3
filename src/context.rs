//! What every component may read: the dataset, this instance's id prefix,
//! and its root element (ids are looked up there: it lives in a shadow root).

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::tabs::View;
use crate::lang::Lang;
use crate::words::Words;

/// Shared, read-only data for one widget instance.
#[derive(Clone, Debug)]
pub struct Widget {
    pub data: Rc<Dataset>,
    /// The interface's words, in the language of `data`.
    pub words: Rc<Words>,
    /// Prefixes every element id with the instance's number on the page (`mount`).
    pub prefix: AttrValue,
    /// The instance's outermost element.
    pub root: NodeRef,
    /// Where the widget's files are served from (ends in `/`).
    pub base: AttrValue,
    /// The page that links to a view point at.
    pub page: Page,
    /// Whether the widget's first view is on screen: what is drawn after it
    /// may be drawn a part at a time (`progressive`). Shared by every
    /// `Widget` of the instance (one per edition).
    pub started: Rc<std::cell::Cell<bool>>,
    /// Whether Back or Forward is putting a view back, until it is painted:
    /// where the page is, and where focus goes, are then the browser's and
    /// `navigation`'s (`focus::keep_focus`), not an item's that closes to
    /// take back. Shared as `started` is.
    pub navigating: Rc<std::cell::Cell<bool>>,
}

/// Whether a print is under way (`App` provides it, listening from the
/// start): every disclosure then builds its body and every long list draws
/// every item (in the event's microtasks when Yew is idle, so before the
/// browser lays the page out for paper).
#[derive(Clone, Copy, PartialEq)]
pub struct Printing(pub bool);

/// Whether a print is under way (`Printing`; none provided: no).
#[hook]
pub fn use_printing() -> bool {
    use_context::<Printing>().is_some_and(|Printing(printing)| printing)
}

/// The page links to a view point at (followed by `#` and the view).
/// Addresses are absolute: a host page's `<base href>` must not send a
/// reader elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// A page of the build's own (standalone or iframe) the instance is on:
    /// its address, and the language it shows when `?lang=` does not say.
    Own { address: AttrValue, lang: Lang },
    /// The host's page, whose fragment the instance owns; its address is
    /// the host's, language and all.
    Host(AttrValue),
    /// Neither: the widget's own standalone page, in the reader's language
    /// (`index.uk.html`), so the host's fragment is never touched.
    Widget,
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
        let lang = self.words.lang;
        let page = match &self.page {
            Page::Own { address, lang: shown } => crate::embed::in_language(address, lang, *shown),
            Page::Host(address) => address.to_string(),
            Page::Widget => return crate::embed::standalone_link(&self.base, view, lang, self.data.address.as_deref()),
        };
        format!("{page}#{}", view.to_fragment())
    }

    /// A file served beside the widget.
    pub fn file(&self, name: &str) -> String {
        format!("{}{name}", self.base)
    }

    /// This instance's element with the id made of `parts`, if it is in the page.
    pub fn element(&self, parts: &[&str]) -> Option<web_sys::Element> {
        crate::browser::by_id(&self.root.cast::<web_sys::Element>()?, &self.id(parts))
    }

    /// Where focus goes on the item `view` opens, if it is in the page: its
    /// button (an issue's card), or, where it has none, its heading (a
    /// source's entry) or its title (the matrix's open cell's detail).
    pub fn linked_item(&self, view: &crate::tabs::View) -> Option<web_sys::Element> {
        let [kind, id] = view.tab.linked(view)?;
        ["button", "heading", "title"].into_iter().find_map(|part| self.element(&[&kind, &id, part]))
    }

    /// Where focus goes back to once the item `view` opens is closed: its
    /// button (a card's) where it is still in the page, else where the
    /// reader opened it (`opened_from`).
    pub fn closed_item(&self, view: &crate::tabs::View) -> Option<web_sys::Element> {
        self.linked_item(view).or_else(|| self.opened_from(view))
    }

    /// Where the reader opened the item `view` opens, as shown, where that
    /// is not the item's own button (a cell of the matrix, whose detail
    /// opens below the table).
    pub fn opened_from(&self, view: &crate::tabs::View) -> Option<web_sys::Element> {
        view.tab.opened_from(view).iter().filter_map(|[kind, id]| self.element(&[kind, id])).find(crate::browser::is_shown)
    }

    /// Where focus goes on what Back or Forward from `left` to `view`
    /// changed, on one tab, where `view` opens no item (`Tab::changed`: a
    /// deal's choice made now).
    pub fn changed_item(&self, left: &crate::tabs::View, view: &crate::tabs::View) -> Option<web_sys::Element> {
        let [kind, id] = (left.tab == view.tab).then(|| view.tab.changed(left, view, &self.data)).flatten()?;
        self.element(&[&kind, &id])
    }

    /// Brings `element` into view once the frame is painted, where it is out
    /// of view (the widget's rule, `browser::reveal`: the page, or the
    /// article around the iframe page). Dropping the handle cancels it.
    pub fn reveal_once_painted(&self, element: web_sys::Element) -> crate::browser::AfterPaint {
        let host = crate::browser::host_of(&self.root);
        crate::browser::after_paint(move || crate::browser::reveal(&element, host.as_ref()))
    }

    /// Moves keyboard focus to this instance's element with the id made of `parts`.
    pub fn focus(&self, parts: &[&str]) {
        if let Some(element) = self.element(parts) {
            crate::browser::focus(&element, true);
        }
    }

    /// Moves keyboard focus to the first of this instance's elements with the
    /// ids made of `each` parts that can take it (on screen, not disabled).
    pub fn focus_first(&self, each: &[&[&str]]) {
        crate::browser::focus_first(each.iter().filter_map(|parts| self.element(parts)));
    }
}

impl PartialEq for Widget {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
            && Rc::ptr_eq(&self.words, &other.words)
            && (&self.prefix, &self.root, &self.base, &self.page) == (&other.prefix, &other.root, &other.base, &other.page)
    }
}

/// The widget context; provided by `App`, so it is always there below it.
#[hook]
pub fn use_widget() -> Widget {
    use_context::<Widget>().expect("components are rendered inside App's context provider")
}

/// What the reader touched, and where it was on screen, marked just before
/// a change that may move it (`KeptInPlace::mark`): once the change is
/// rendered (`deps`), the page scrolls by as far as it moved, so that it
/// stays under their finger (`browser::keep_in_place`).
#[hook]
pub fn use_kept_in_place<D: PartialEq + 'static>(widget: &Widget, deps: D) -> KeptInPlace {
    let marked = use_mut_ref(|| None::<(web_sys::Element, f64)>);
    {
        let (root, marked) = (widget.root.clone(), marked.clone());
        use_effect_with(deps, move |_| {
            let kept = marked.borrow_mut().take().and_then(|(element, top)| crate::browser::keep_in_place(&element, top, crate::browser::host_of(&root).as_ref()));
            move || drop(kept)
        });
    }
    KeptInPlace(marked)
}

/// See `use_kept_in_place`.
#[derive(Clone)]
pub struct KeptInPlace(Rc<std::cell::RefCell<Option<(web_sys::Element, f64)>>>);

impl KeptInPlace {
    /// Marks `element` where it is on screen now.
    pub fn mark(&self, element: web_sys::Element) {
        let top = element.get_bounding_client_rect().top();
        *self.0.borrow_mut() = Some((element, top));
    }
}
