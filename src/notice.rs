//! What the widget tells the reader about itself, as typed values: a link
//! or an embed setting it could not use, a dataset it refused. They become
//! words only where they are shown (`Notice::words`), so the reducer and the
//! link parser hold no finished English, and another language needs only
//! another `words`.

use crate::route::shorten;

/// One part of a link or of an embed's settings that could not be used.
/// The text is the reader's or editor's own, shortened (it is echoed back).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unused {
    Issue(String),
    Actor(String),
    Scenario(String),
    Question(String),
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
    Chrome(String),
}

impl Unused {
    /// Shortens the text before keeping it: `Unused::Issue` etc. are made with this.
    pub fn of(make: fn(String) -> Unused, text: &str) -> Unused {
        make(shorten(text))
    }
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
    /// A run-time dataset was refused; the bundled data is shown. The
    /// reason is the fetch's or the validator's own message.
    DatasetRefused { url: String, reason: String },
}

impl Notice {
    /// The notice in the reader's words.
    pub fn words(&self) -> String {
        match self {
            Notice::UnknownView(slug) => {
                format!("This link asked for a view called “{slug}”, which this explainer does not have, so here is the overview.")
            }
            Notice::LinkPartlyUsed(parts) => {
                format!("Part of this link could not be used ({}), so it shows the nearest view we have.", list(parts))
            }
            Notice::EmbedPartlyUsed(parts) => format!("Some settings of this embed could not be used ({}).", list(parts)),
            Notice::DatasetRefused { url, reason } => {
                format!("The dataset at “{url}” could not be used: {reason}. Showing the explainer's own data instead.")
            }
        }
    }
}

fn list(parts: &[Unused]) -> String {
    let part = |u: &Unused| match u {
        Unused::Issue(t) => format!("issue “{t}”"),
        Unused::Actor(t) => format!("actor “{t}”"),
        Unused::Scenario(t) => format!("scenario “{t}”"),
        Unused::Question(t) => format!("question “{t}”"),
        Unused::Group(t) => format!("group “{t}”"),
        Unused::Comparison(t) => format!("comparison “{t}”"),
        Unused::Cell(t) => format!("cell “{t}”"),
        Unused::Choice(t) => format!("choice “{t}”"),
        Unused::Setting(t) => format!("setting “{t}”"),
        Unused::RestOfAddress => "the rest of the address".to_string(),
        Unused::Theme(t) => format!("theme “{t}”"),
        Unused::FragmentSetting(t) => format!("fragment setting “{t}”"),
        Unused::Chrome(t) => format!("chrome “{t}”"),
    };
    parts.iter().map(part).collect::<Vec<_>>().join(", ")
}
