//! The explainer's tabs. Each is one folder that owns its part of the view
//! state, the actions that change it, its link syntax, the host events it
//! sends and its view (`view.rs`); this file lists them and delegates. A new
//! tab is a new folder and one line in `tabs!` below, plus what it shares
//! with the rest: its name in each catalogue (`tab.<slug>`), a variant of
//! `notice::Unused` for each new kind of link part it may drop, a
//! `HostEvent` kind if `Open` and the others do not fit, and its part of the
//! no-JS fallback (`fallback.rs`), if any.

pub mod actors;
pub mod deal;
pub mod faq;
pub mod issues;
pub mod matrix;
pub mod overview;
pub mod scenarios;
pub mod sources;

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::embed::HostEvent;
use crate::notice::Unused;
use crate::state::Action;
use crate::words::T;

/// A mount attribute that names a tab's record (`data-issue`), and how a
/// record it names is reported where the start view does not read it
/// (`Unused::Issue`).
pub type RecordAttribute = (&'static str, fn(String) -> Unused);

/// What a tab is: its part of the view state and what changes it, how a
/// link names it, what the host hears of it, and how it looks.
///
/// Its functions get the whole `View`, by convention writing only their own
/// tab's part (and `tab`, to open themselves).
pub trait Section {
    /// This tab's part of `View`, kept while the reader is on other tabs.
    type State: Clone + std::fmt::Debug + Default + PartialEq + Eq;
    /// What the reader can do here (or elsewhere, to come here).
    type Action: Clone + std::fmt::Debug + PartialEq + Eq;
    /// The tab's name in links (`#issues/territory`) and in host events.
    const SLUG: &'static str;
    /// Its name on the tab (the catalogue's).
    const LABEL: T;
    /// The mount attribute that names its record, for
    /// `data-tab="issues" data-issue="territory"`.
    const ATTRIBUTE: Option<RecordAttribute> = None;
    /// The link parameter whose value is the reader's own text (`q`), read
    /// as written; every other value is an id or a setting, read in any case.
    const TEXT_PARAM: Option<&'static str> = None;

    /// Reads what a link says after the slug: path segments, then each
    /// parameter (returning whether it is one of this tab's). Anything it
    /// cannot use goes to `link.dropped`.
    fn path(_view: &mut View, _link: &mut Link, _data: &Dataset) {}
    fn param(_view: &mut View, _key: &str, _value: &str, _link: &mut Link, _data: &Dataset) -> bool {
        false
    }
    /// Once every parameter is read: drops, to `link.dropped`, what the
    /// parameters together leave the view unable to show.
    fn finish(_view: &mut View, _link: &mut Link, _data: &Dataset) {}
    /// Writes the view as a link would name it (the inverse of the two above).
    fn write(_view: &View, _link: &mut Written) {}
    /// The view after `action`.
    fn apply(view: &mut View, action: Self::Action);
    /// Whether `action` is a link followed within this tab that takes the
    /// reader away from where it was (one answer's "See also" to another
    /// question, whose own answer closes): counted with the links to other
    /// tabs (`State::links_taken`). A link to another tab always is.
    fn is_link(_action: &Self::Action) -> bool {
        false
    }
    /// A link was followed: `next` replaces `current`, unless this tab keeps
    /// something a link does not carry.
    fn followed(_current: &View, _next: &mut View) {}
    /// Whether `after` is `before` with only something typed changed (its
    /// history entry is then rewritten, not added: one per keystroke would
    /// bury the reader's real steps).
    fn typed(_before: &View, _after: &View) -> bool {
        false
    }
    /// The list (named) in which `after` chooses another item than `before`,
    /// where it chooses one and nothing else changed (`route::chosen`).
    fn chosen(_before: &View, _after: &View, _data: &Dataset) -> Option<String> {
        None
    }
    /// What the host page hears when the view changes.
    fn events(_old: &View, _new: &View, _events: &mut Vec<HostEvent>) {}
    /// The element (its id's parts) of the one item `view` opens in a long
    /// list (`#faq/article-5`): where the standalone page starts when a
    /// link opens it.
    fn linked(_view: &View) -> Option<[String; 2]> {
        None
    }
    /// Where the reader opened that item, when it is not the item's own
    /// button: the elements (their ids' parts), in order, that take the
    /// reader's focus back when Back closes it.
    fn opened_from(_view: &View) -> Vec<[String; 2]> {
        Vec::new()
    }
    /// The element (its id's parts) that Back or Forward from `left` to
    /// `view`, both of this tab, changed where it opens no item: the deal's
    /// choice made now, where a reader's choice may be unmade under focus.
    fn changed(_left: &View, _view: &View, _data: &Dataset) -> Option<[String; 2]> {
        None
    }
    /// The tab's panel.
    fn panel(view: View, on_action: Callback<Action>) -> Html;
}

/// Path segments and parameters being read from a link, and what could not be used.
pub struct Link<'a> {
    /// The path's non-empty segments after the slug.
    pub segments: std::vec::IntoIter<&'a str>,
    pub dropped: Vec<Unused>,
}

impl Link<'_> {
    /// The next path segment, if the dataset has it (`exists`); otherwise
    /// noted as dropped (`what`).
    pub fn segment<Id: for<'s> From<&'s str>>(&mut self, what: fn(String) -> Unused, exists: impl Fn(&Id) -> bool) -> Option<Id> {
        let id = self.segments.next()?;
        self.known(what, id, exists)
    }

    /// `id` if the dataset has it; otherwise noted as dropped.
    pub fn known<Id: for<'s> From<&'s str>>(&mut self, what: fn(String) -> Unused, id: &str, exists: impl Fn(&Id) -> bool) -> Option<Id> {
        if exists(&id.into()) {
            Some(id.into())
        } else {
            self.dropped.push(what(id.to_string()));
            None
        }
    }
}

/// A link being written: path segments after the slug, then parameters.
#[derive(Default)]
pub struct Written {
    pub segments: Vec<String>,
    pub params: Vec<(&'static str, String)>,
}

impl Written {
    pub fn segment(&mut self, id: Option<&str>) {
        self.segments.extend(id.map(String::from));
    }

    pub fn param(&mut self, key: &'static str, value: String) {
        self.params.push((key, value));
    }
}

/// Lists the tabs, in the order the reader sees them, and generates the
/// enum of tabs, the view made of their states, their actions, and the
/// delegation to each.
macro_rules! tabs {
    ($($module:ident::$section:ident => $tab:ident),+ $(,)?) => {
        /// The explainer's tabs, in the order the reader sees them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Tab {
            $($tab),+
        }

        impl Tab {
            pub const ALL: &'static [Tab] = &[$(Tab::$tab),+];

            pub fn slug(self) -> &'static str {
                match self { $(Tab::$tab => <$module::$section as Section>::SLUG),+ }
            }

            pub fn label(self) -> T {
                match self { $(Tab::$tab => <$module::$section as Section>::LABEL),+ }
            }

            /// The mount attribute that names this tab's record, if any.
            pub fn attribute(self) -> Option<&'static str> {
                self.record().map(|(name, _)| name)
            }

            /// That attribute, with how a record it names is reported unused.
            pub fn record(self) -> Option<RecordAttribute> {
                match self { $(Tab::$tab => <$module::$section as Section>::ATTRIBUTE),+ }
            }
        }

        /// Everything that decides what the reader sees: the tab on screen and
        /// every tab's own state, so coming back to a tab finds it as it was left.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct View {
            pub tab: Tab,
            $(pub $module: <$module::$section as Section>::State,)+
        }

        /// An action of one tab.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum TabAction {
            $($tab(<$module::$section as Section>::Action),)+
        }

        $(impl From<<$module::$section as Section>::Action> for Action {
            fn from(action: <$module::$section as Section>::Action) -> Action {
                Action::Tab(TabAction::$tab(action))
            }
        })+

        impl Tab {
            pub(crate) fn path(self, view: &mut View, link: &mut Link, data: &Dataset) {
                match self { $(Tab::$tab => <$module::$section as Section>::path(view, link, data)),+ }
            }

            pub(crate) fn text_param(self) -> Option<&'static str> {
                match self { $(Tab::$tab => <$module::$section as Section>::TEXT_PARAM),+ }
            }

            pub(crate) fn param(self, view: &mut View, key: &str, value: &str, link: &mut Link, data: &Dataset) -> bool {
                match self { $(Tab::$tab => <$module::$section as Section>::param(view, key, value, link, data)),+ }
            }

            pub(crate) fn finish(self, view: &mut View, link: &mut Link, data: &Dataset) {
                match self { $(Tab::$tab => <$module::$section as Section>::finish(view, link, data)),+ }
            }

            pub(crate) fn write(self, view: &View, link: &mut Written) {
                match self { $(Tab::$tab => <$module::$section as Section>::write(view, link)),+ }
            }

            /// The element of the item `view` opens in this tab's long list, if any.
            pub fn linked(self, view: &View) -> Option<[String; 2]> {
                match self { $(Tab::$tab => <$module::$section as Section>::linked(view)),+ }
            }

            /// Where the reader opened the item `view` opens, where it is not the item's own button.
            pub fn opened_from(self, view: &View) -> Vec<[String; 2]> {
                match self { $(Tab::$tab => <$module::$section as Section>::opened_from(view)),+ }
            }

            /// What Back or Forward from `left` to `view`, on this tab, changed (`Section::changed`).
            pub fn changed(self, left: &View, view: &View, data: &Dataset) -> Option<[String; 2]> {
                match self { $(Tab::$tab => <$module::$section as Section>::changed(left, view, data)),+ }
            }

            /// The panel of this tab for `view`.
            pub fn panel(self, view: View, on_action: Callback<Action>) -> Html {
                match self { $(Tab::$tab => <$module::$section as Section>::panel(view, on_action)),+ }
            }
        }

        impl TabAction {
            pub(crate) fn apply(self, view: &mut View) {
                match self { $(TabAction::$tab(action) => <$module::$section as Section>::apply(view, action)),+ }
            }

            pub(crate) fn is_link(&self) -> bool {
                match self { $(TabAction::$tab(action) => <$module::$section as Section>::is_link(action)),+ }
            }
        }

        impl View {
            /// Whether this view opens an item `left` did not have open (its
            /// tab's linked item, or where it was opened from: a matrix cell),
            /// not one a move left open, as a filter changed under an open cell.
            pub fn opens_anew(&self, left: &View) -> bool {
                let linked = self.tab.linked(self);
                linked.is_some() && (linked != left.tab.linked(left) || self.tab.opened_from(self) != left.tab.opened_from(left))
            }

            /// Every tab's say on a link followed from `self`.
            pub(crate) fn followed_by(&self, next: &mut View) {
                $(<$module::$section as Section>::followed(self, next);)+
            }

            /// Whether `after` is `before` with only something typed changed.
            pub fn only_typed(before: &View, after: &View) -> bool {
                false $(|| <$module::$section as Section>::typed(before, after))+
            }

            /// The list in which `after` chooses another item than `before` (`Section::chosen`).
            pub fn chosen(before: &View, after: &View, data: &Dataset) -> Option<String> {
                None $(.or_else(|| <$module::$section as Section>::chosen(before, after, data)))+
            }

            /// Every tab's events between two views, in tab order.
            pub(crate) fn tab_events(old: &View, new: &View, events: &mut Vec<HostEvent>) {
                $(<$module::$section as Section>::events(old, new, events);)+
            }
        }
    };
}

tabs! {
    overview::OverviewTab => Overview,
    issues::IssuesTab => Issues,
    actors::ActorsTab => Actors,
    matrix::MatrixTab => Matrix,
    scenarios::ScenariosTab => Scenarios,
    deal::DealTab => Deal,
    faq::FaqTab => Faq,
    sources::SourcesTab => Sources,
}

impl Default for Tab {
    /// The first.
    fn default() -> Tab {
        Tab::ALL[0]
    }
}

impl Tab {
    pub fn from_slug(slug: &str) -> Option<Tab> {
        Tab::ALL.iter().copied().find(|t| t.slug() == slug)
    }
}

/// What every tab's panel receives.
#[derive(Properties, PartialEq)]
pub struct ViewProps {
    pub view: View,
    pub on_action: Callback<Action>,
}

/// What an item that opens in place (an issue card, an FAQ question) needs:
/// narrow, stable props, so opening one re-renders that one alone.
#[derive(Properties, PartialEq)]
pub struct ItemProps<Id: PartialEq> {
    /// The record's id.
    pub id: Id,
    pub open: bool,
    pub on_action: Callback<Action>,
}

/// `open` toggled to `id`: opened, moved to it, or closed if it is open.
pub fn toggle<Id: PartialEq>(open: &Option<Id>, id: Id) -> Option<Id> {
    if open.as_ref() == Some(&id) { None } else { Some(id) }
}

/// An `Open` event when `after` names something `before` did not.
pub fn opened<Id: PartialEq + std::fmt::Display>(events: &mut Vec<HostEvent>, kind: &'static str, before: Option<&Id>, after: Option<&Id>) {
    if let Some(id) = after.filter(|&a| Some(a) != before) {
        events.push(HostEvent::Open { kind, id: id.to_string() });
    }
}
