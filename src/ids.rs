//! Typed record ids. Each kind of record has its own id type, so the
//! compiler rejects an actor id passed where an issue id is wanted (say,
//! `stance(issue, actor)`), while every id still reads as the `str` editors
//! wrote in the data files.
//!
//! Serde-only, like `model`: `build.rs` includes it.

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_string())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<&$name> for $name {
            fn eq(&self, other: &&$name) -> bool {
                self == *other
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    )*};
}

id! {
    /// An actor: a state, bloc or public (`actors.json`).
    ActorId;
    /// An issue on the table (`issues.json`).
    IssueId;
    /// A source document (`sources.json`).
    SourceId;
    /// A scenario (`scenarios.json`).
    ScenarioId;
    /// A deal builder option (`options.json`).
    OptionId;
    /// An FAQ entry (`faq.json`).
    FaqId;
    /// A number from the sources (`figures.json`).
    FigureId;
    /// A glossary term (`glossary.json`).
    TermId;
}
