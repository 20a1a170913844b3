//! The languages the widget speaks, and how each counts.
//!
//! Shared with `build.rs`, which checks every catalogue against them. A new
//! language is a catalogue (`data/interface/<code>.json`), a translation of
//! the dataset (`data/<dataset>/<code>/`) and one variant here, with its
//! plural rule from CLDR.

/// A language of the interface and the data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// The language the dataset is written in.
    #[default]
    En,
    Uk,
}

/// CLDR's plural categories, as far as our languages use them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    One,
    Few,
    Many,
    Other,
}

impl Category {
    pub const ALL: [Category; 4] = [Category::One, Category::Few, Category::Many, Category::Other];

    /// The name catalogues use for the category.
    pub fn name(self) -> &'static str {
        match self {
            Category::One => "one",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// The letters a search word keeps at least when its ending goes (`Lang::stem`):
/// fewer would find unrelated words ("нат" in "натомість").
const STEM: usize = 4;

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Uk];

    /// The BCP 47 code, as in `lang` attributes, `?lang=` and file names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
        }
    }

    /// The direction its script is written in, as in `dir` attributes: the
    /// widget says it, or a right-to-left host page would mirror it.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En | Lang::Uk => "ltr",
        }
    }

    /// The language a tag asks for, by its primary subtag (`uk-UA` is `uk`);
    /// `None` when the widget does not speak it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The language's name in itself, for the language switch: a reader
    /// looks for their own language's name, not its name in another.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Uk => "Українська",
        }
    }

    /// A word of a search (folded, `dataset::faq_matching`) without the
    /// ending its forms vary by, so that, matched at the start of words, it
    /// finds every form: "гарантія" as "гаранті" finds "гарантії" and
    /// "гарантіями", "territories" as "territor" finds "territory". The
    /// longest ending goes that leaves `STEM` letters, more where the ending
    /// is also how stems end ("розмові" as "розмов", not "розм…", which would
    /// find "розміщення"; "party" and "parties" not "part…"); a shorter word stays
    /// whole ("нато", "news").
    pub fn stem(self, word: &str) -> &str {
        let endings: &[&str] = match self {
            Lang::En => &["'s", "ies", "s", "y"],
            Lang::Uk => &[
                "ями", "ами", "ові", "еві", "єві", "ого", "ому", "ему", "ими", "іми", "ою", "ею", "єю", "ям", "ам", "ях", "ах",
                "ів", "їв", "ій", "ий", "ої", "их", "іх", "ім", "им", "ом", "ем", "єм", "ей", "а", "я", "о", "е", "є", "у", "ю", "і", "ї", "и", "ь", "й",
            ],
        };
        // More before an ending that is also how stems end ("розмов-і" is not "розм-ові"), and before "y" and "ies" ("party").
        let kept = |ending: &str| match ending {
            "ові" | "еві" | "єві" => STEM + 1,
            "y" | "ies" => STEM + 2,
            _ => STEM,
        };
        endings.iter().filter_map(|ending| word.strip_suffix(ending).filter(|stem| stem.chars().count() >= kept(ending))).min_by_key(|stem| stem.len()).unwrap_or(word)
    }

    /// A search word's other number, for where no stem reaches both (`stem`
    /// keeps "party" and "parties" whole, lest they find "part…"): in
    /// English, "-ies" and a consonant's "-y", either way ("allies", "ally";
    /// "party's" as "parties").
    pub fn twin(self, word: &str) -> Option<String> {
        // Two letters at least before the ending ("spy", "spies"; not "by").
        let base = |base: &&str| base.chars().count() >= 2;
        let consonant = |base: &&str| base.ends_with(|c: char| c.is_alphabetic() && !"aeiou".contains(c));
        match self {
            Lang::En => {
                let word = word.strip_suffix("'s").unwrap_or(word);
                word.strip_suffix("ies").filter(base).map(|stem| format!("{stem}y"))
                    .or_else(|| word.strip_suffix('y').filter(base).filter(consonant).map(|stem| format!("{stem}ies")))
            }
            Lang::Uk => None,
        }
    }

    /// The categories this language's catalogue must give for a counted
    /// message: CLDR's full set, so the catalogue is complete for translation
    /// tools, though the widget counts only whole things (Ukrainian's `other`
    /// is for fractions, never shown).
    pub fn categories(self) -> &'static [Category] {
        match self {
            Lang::En => &[Category::One, Category::Other],
            Lang::Uk => &[Category::One, Category::Few, Category::Many, Category::Other],
        }
    }

    /// The plural category of a whole number `n` (CLDR's rules; the widget
    /// counts only whole things).
    pub fn category(self, n: usize) -> Category {
        match self {
            Lang::En if n == 1 => Category::One,
            Lang::En => Category::Other,
            Lang::Uk => match (n % 10, n % 100) {
                (1, m) if m != 11 => Category::One,
                (2..=4, m) if !(12..=14).contains(&m) => Category::Few,
                _ => Category::Many,
            },
        }
    }
}
