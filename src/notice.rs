//! What the widget tells the reader about itself, as typed values: a link
//! or an embed setting it could not use, a dataset it refused. They become
//! words only where they are shown (`Notice::words`), so the reducer and the
//! link parser hold no finished English, and another language needs only
//! another `words`.


/// One part of a link or of an embed's settings that could not be used,
/// with the reader's or editor's own text (shortened when it is echoed back).
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
    /// reason is still finished English: the fetch's or the validator's own
    /// message, which also serves editors.
    DatasetRefused { url: String, reason: String },
}

impl Notice {
    /// The notice in the reader's words.
    pub fn words(&self) -> String {
        match self {
            Notice::UnknownView(slug) => {
                format!("This link asked for a view called “{}”, which this explainer does not have, so here is the overview.", shorten(slug))
            }
            Notice::LinkPartlyUsed(parts) => {
                format!("Part of this link could not be used ({}), so it shows the nearest view we have.", list(parts))
            }
            Notice::EmbedPartlyUsed(parts) => format!("Some settings of this embed could not be used ({}).", list(parts)),
            Notice::DatasetRefused { url, reason } => {
                format!("The dataset at “{}” could not be used: {reason}. Showing the explainer's own data instead.", shorten(url))
            }
        }
    }
}

fn list(parts: &[Unused]) -> String {
    let part = |u: &Unused| {
        let (what, text) = match u {
            Unused::Issue(t) => ("issue", t),
            Unused::Actor(t) => ("actor", t),
            Unused::Scenario(t) => ("scenario", t),
            Unused::Question(t) => ("question", t),
            Unused::Group(t) => ("group", t),
            Unused::Comparison(t) => ("comparison", t),
            Unused::Cell(t) => ("cell", t),
            Unused::Choice(t) => ("choice", t),
            Unused::Setting(t) => ("setting", t),
            Unused::Theme(t) => ("theme", t),
            Unused::FragmentSetting(t) => ("fragment setting", t),
            Unused::Chrome(t) => ("chrome", t),
            Unused::RestOfAddress => return "the rest of the address".to_string(),
        };
        format!("{what} “{}”", shorten(text))
    };
    parts.iter().map(part).collect::<Vec<_>>().join(", ")
}

/// Bad input is echoed back to the reader, so keep it short.
pub fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}
