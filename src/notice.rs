//! What the widget tells the reader about itself, as typed values: a link
//! or an embed setting it could not use, a document it could not load or
//! use (a run-time dataset, the corrections, another language's edition:
//! `Failure`). They become
//! words only where they are shown (`Notice::words`), in the reader's
//! language, so the reducer and the link parser hold no finished text.

use crate::lang::Lang;
use crate::route::{decode_exactly, encode};
use crate::words::{Words, P, T};


/// One part of a link or of an embed's settings that could not be used,
/// with the reader's or editor's own text (shortened when it is echoed back).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Unused {
    /// A view an embed's `data-view` asked for.
    View(String),
    /// A tab an embed's `data-tab` asked for.
    Tab(String),
    Issue(String),
    Actor(String),
    Scenario(String),
    Question(String),
    Source(String),
    Group(String),
    Comparison(String),
    Cell(String),
    Choice(String),
    /// A link setting the explainer does not know.
    Setting(String),
    /// Path segments after the last one a view takes.
    RestOfAddress,
    Theme(String),
    FragmentSetting(String),
    HistorySetting(String),
    Chrome(String),
    /// A language the widget does not speak.
    Language(String),
}

/// What of a widget's start the page itself chose, rather than a reader's
/// link (`Notice::concerns_the_setup`).
#[derive(Clone, Copy, Debug)]
pub struct SetUp {
    /// On the iframe page, whose address is the article's: its iframe's `src`.
    pub framed: bool,
    /// The dataset was named by the page (`data-dataset-url`, or the iframe's
    /// `src`), not by `?dataset=` in a reader's link.
    pub named_dataset: bool,
}

/// Something the reader should know about the widget itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A link asked for a view the explainer does not have; the overview is shown.
    UnknownView(String),
    /// Parts of a link could not be used; the nearest view is shown.
    LinkPartlyUsed(Vec<Unused>),
    /// Some of an embed's settings could not be used; defaults apply.
    EmbedPartlyUsed(Vec<Unused>),
    /// A run-time dataset was refused; the bundled data is shown.
    DatasetRefused { url: String, reason: Failure },
    /// The reader's language could not be loaded; the English edition is shown.
    EditionUnavailable { lang: Lang, reason: Failure },
}

impl Notice {
    /// The start's notices as the reader is told them: each kind of unusable
    /// part named in one sentence. On the build's own pages every setting
    /// came from the address (`from_address`: `?theme=`, `?lang=`, the
    /// fragment), so all of it is the link's.
    pub fn gather(notices: Vec<Notice>, from_address: bool) -> Vec<Notice> {
        let mut gathered: Vec<Notice> = Vec::new();
        for notice in notices {
            let mut notice = match notice {
                Notice::EmbedPartlyUsed(parts) if from_address => Notice::LinkPartlyUsed(parts),
                notice => notice,
            };
            let kind = std::mem::discriminant(&notice);
            match (gathered.iter_mut().find(|n| std::mem::discriminant(*n) == kind).and_then(Notice::parts), notice.parts()) {
                (Some(into), Some(parts)) => into.append(parts),
                _ => gathered.push(notice),
            }
        }
        gathered
    }

    /// Whether it is about how `page` set the widget up (its settings, a
    /// dataset it named, a file the server does not give as it should), not
    /// about a reader's link or connection.
    pub fn concerns_the_setup(&self, page: SetUp) -> bool {
        // (Unreachable stays: a server's missing CORS headers look the same.)
        let served_badly = |reason: &Failure| !matches!(reason, Failure::NoAnswer(_) | Failure::Stalled(_));
        match self {
            Notice::EmbedPartlyUsed(_) => true,
            Notice::DatasetRefused { reason, .. } => page.named_dataset && served_badly(reason),
            Notice::EditionUnavailable { reason, .. } => matches!(reason, Failure::Status(_) | Failure::Redirected | Failure::NotData(_) | Failure::TooLarge(_) | Failure::Invalid { .. }),
            Notice::UnknownView(_) | Notice::LinkPartlyUsed(_) => page.framed,
        }
    }

    /// What whoever set the page up can do about it, where the reader's
    /// words do not say: for the console, in English, after them.
    pub fn remedy(&self) -> Option<&'static str> {
        match self {
            Notice::DatasetRefused { reason, .. } | Notice::EditionUnavailable { reason, .. } => reason.remedy(),
            _ => None,
        }
    }

    /// Whether it names a theme or a language that could not be used: on the
    /// build's own pages, a `?theme=` or `?lang=` of the address.
    pub fn refuses_theme_or_language(&self) -> bool {
        matches!(self, Notice::LinkPartlyUsed(parts) | Notice::EmbedPartlyUsed(parts)
            if parts.iter().any(|u| matches!(u, Unused::Theme(_) | Unused::Language(_))))
    }

    fn parts(&mut self) -> Option<&mut Vec<Unused>> {
        match self {
            Notice::LinkPartlyUsed(parts) | Notice::EmbedPartlyUsed(parts) => Some(parts),
            _ => None,
        }
    }

    /// The notice in the reader's words.
    pub fn words(&self, w: &Words) -> String {
        match self {
            Notice::UnknownView(slug) => w.f(T::NoticeUnknownView, &[("view", &echo(slug))]),
            Notice::LinkPartlyUsed(parts) => w.f(T::NoticeLinkPartlyUsed, &[("parts", &list(parts, w))]),
            Notice::EmbedPartlyUsed(parts) => w.f(T::NoticeEmbedPartlyUsed, &[("parts", &list(parts, w))]),
            Notice::DatasetRefused { url, reason } => w.f(T::NoticeDatasetRefused, &[("url", &shorten(url)), ("reason", &reason.words(w))]),
            Notice::EditionUnavailable { reason, .. } => w.f(T::NoticeEditionUnavailable, &[("reason", &reason.words(w))]),
        }
    }

    /// What it says first in another language than the widget's `shown`
    /// one: that language's edition could not be loaded, said in it (the
    /// wasm carries those words), for the reader who asked for it.
    pub fn own_words(&self, shown: Lang) -> Option<(Lang, &'static str)> {
        match self {
            Notice::EditionUnavailable { lang, .. } if *lang != shown => Some((*lang, crate::words::edition_unavailable(*lang))),
            _ => None,
        }
    }
}

/// Why a document the widget fetched (a run-time dataset, the corrections,
/// another language's edition) could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    BadAddress,
    /// An origin neither the widget's own nor on the build's allow-list
    /// (for an address with no origin of its own, `javascript:`, its scheme).
    OriginNotAllowed(String),
    Unreachable,
    /// The server answered with a redirect, which is not followed: a
    /// document is taken from the address named and allowed, not another.
    Redirected,
    /// No answer begun within this many seconds (`fetch::ANSWER_WITHIN`).
    NoAnswer(u32),
    /// An answer begun that then sent nothing for this many seconds.
    Stalled(u32),
    /// The server's HTTP status.
    Status(u16),
    /// Over the limit, in KB.
    TooLarge(usize),
    /// Not what was expected; the parser's own words, for editors.
    NotData(String),
    /// A dataset the validator refused: its first problem (for editors, as
    /// the validator writes it) and how many more.
    Invalid { first: String, more: usize },
}

impl Failure {
    fn remedy(&self) -> Option<&'static str> {
        match self {
            Failure::OriginNotAllowed(_) => Some("serve the file from the widget's own origin, or list its origin in STANCEMAP_DATASET_ORIGINS when the widget is built"),
            Failure::Redirected => Some("serve the file at the address the widget asks for, not a redirect to another"),
            Failure::Unreachable => Some("see the browser's own message on this request: a file on another origin needs the server's Access-Control-Allow-Origin header"),
            _ => None,
        }
    }

    /// The failure in the reader's words.
    pub fn words(&self, w: &Words) -> String {
        match self {
            Failure::BadAddress => w.t(T::FailureBadAddress).to_string(),
            Failure::OriginNotAllowed(origin) => w.f(T::FailureOrigin, &[("origin", &shorten(origin))]),
            Failure::Unreachable => w.t(T::FailureUnreachable).to_string(),
            Failure::Redirected => w.t(T::FailureRedirected).to_string(),
            Failure::NoAnswer(seconds) => w.n(P::FailureNoAnswer, *seconds as usize, &[]),
            Failure::Stalled(seconds) => w.n(P::FailureStalled, *seconds as usize, &[]),
            Failure::Status(status) => w.f(T::FailureStatus, &[("status", &status.to_string())]),
            Failure::TooLarge(kb) => w.f(T::FailureTooLarge, &[("kb", &kb.to_string())]),
            Failure::NotData(detail) => w.f(T::FailureNotData, &[("detail", detail)]),
            Failure::Invalid { first, more: 0 } => w.f(T::FailureInvalid, &[("first", first)]),
            Failure::Invalid { first, more } => w.n(P::FailureInvalidMore, *more, &[("first", first)]),
        }
    }
}

fn list(parts: &[Unused], w: &Words) -> String {
    let part = |u: &Unused| {
        let (what, text) = match u {
            Unused::View(t) => (T::UnusedView, t),
            Unused::Tab(t) => (T::UnusedTab, t),
            Unused::Issue(t) => (T::UnusedIssue, t),
            Unused::Actor(t) => (T::UnusedActor, t),
            Unused::Scenario(t) => (T::UnusedScenario, t),
            Unused::Question(t) => (T::UnusedQuestion, t),
            Unused::Source(t) => (T::UnusedSource, t),
            Unused::Group(t) => (T::UnusedGroup, t),
            Unused::Comparison(t) => (T::UnusedComparison, t),
            Unused::Cell(t) => (T::UnusedCell, t),
            Unused::Choice(t) => (T::UnusedChoice, t),
            Unused::Setting(t) => (T::UnusedSetting, t),
            Unused::Theme(t) => (T::UnusedTheme, t),
            Unused::FragmentSetting(t) => (T::UnusedFragmentSetting, t),
            Unused::HistorySetting(t) => (T::UnusedHistorySetting, t),
            Unused::Chrome(t) => (T::UnusedChrome, t),
            Unused::Language(t) => (T::UnusedLanguage, t),
            Unused::RestOfAddress => return w.t(T::UnusedRestOfAddress).to_string(),
        };
        w.f(what, &[("text", &echo(text))])
    };
    // A crafted link can hold hundreds: the first are named, the rest counted.
    let named = if parts.len() > NAMED { NAMED - 1 } else { NAMED };
    let mut items = parts.iter().take(named).map(part).collect::<Vec<_>>();
    if parts.len() > named {
        items.push(w.f(T::NoticeMoreParts, &[("n", &(parts.len() - named).to_string())]));
    }
    w.list(&items)
}

/// The most unusable parts a notice names one by one.
pub const NAMED: usize = 6;

/// A part of a link or a setting, echoed back to the reader: as the
/// characters its `%XX` escapes stand for (as written where they spell no
/// text, rather than a replacement character), short, and never a character
/// that could pass for the widget's own words (a quotation mark closing
/// ours) or rearrange them (a control or direction mark), which stays an
/// escape.
fn echo(text: &str) -> String {
    let mut shown = String::new();
    for c in decode_exactly(text).unwrap_or_else(|| text.to_string()).chars() {
        let lookalike = c.is_control() || matches!(c, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '“' | '”' | '«' | '»');
        match lookalike {
            true => shown.push_str(&encode(c.encode_utf8(&mut [0; 4]))),
            false => shown.push(c),
        }
    }
    shorten(&shown)
}

/// Bad input is echoed back to the reader, so keep it short.
pub fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}
