//! The languages the widget speaks, how each counts, and how its search
//! reads a word (its endings, its other forms, its spellings).
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

/// The endings an English search word loses (`Lang::stem`), each with the
/// letters it leaves at least: more before an ending that leaves a short
/// root of another word ("stat-e", "sign-ed", "form-er", "agre-ment" as the
/// search folds it, "prom-ise"), and before "y" and "ies" ("party").
const EN_ENDINGS: [(&[&str], usize); 3] = [
    (&["'s", "s", "es", "ity", "ities", "ation", "ations"], STEM),
    (&["e", "ed", "ing", "er", "ers", "ment", "ments", "ion", "ions"], STEM + 1),
    (&["y", "ies", "ition", "itions", "ise", "ises", "ised", "ising", "isation", "isations"], STEM + 2),
];

/// The Ukrainian endings, likewise: more before an ending that is also how
/// stems end ("розмов-і" is not "розм-ові"), and before the infinitive's
/// and the verbal noun's ("визна-ти" would find "визначити").
const UK_ENDINGS: [(&[&str], usize); 3] = [
    (
        &[
            "ями", "ами", "ого", "ому", "ему", "ими", "іми", "ою", "ею", "єю", "ям", "ам", "ях", "ах", "ів", "їв", "ій", "ий", "ої", "их", "іх",
            "ім", "им", "ом", "ем", "єм", "ей", "а", "я", "о", "е", "є", "у", "ю", "і", "ї", "и", "ь", "й", "увати", "ювати",
        ],
        STEM,
    ),
    (&["ові", "еві", "єві"], STEM + 1),
    (&["ти", "ня"], STEM + 2),
];

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

    /// A word of a search (folded, `search`) without the
    /// ending its forms vary by, so that, matched at the start of words, it
    /// finds every form: "гарантія" as "гаранті" finds "гарантії" and
    /// "гарантіями", "гарантувати" as "гарант" finds "гарантії",
    /// "territories" as "territor" finds "territory", "negotiations" as
    /// "negoti" finds "negotiate", "recognise" as "recogn" finds
    /// "recognition". The longest ending goes that leaves the letters its
    /// table asks (`EN_ENDINGS`, `UK_ENDINGS`): `STEM`, more where the
    /// ending is also how stems end ("розмові" as "розмов", not "розм…",
    /// which would find "розміщення") or leaves another word's root
    /// ("визнати" not "визна…", which would find "визначити"; "party" and
    /// "parties" not "part…"; "state" and "stated" not "stat…", "signed"
    /// not "sign…", "promise" not "prom…"); a shorter word stays whole
    /// ("нато", "news"). English "-es" goes only after the letters it
    /// follows ("taxes", not "parti-es").
    pub fn stem(self, word: &str) -> &str {
        let endings: &[(&[&str], usize)] = match self {
            Lang::En => &EN_ENDINGS,
            Lang::Uk => &UK_ENDINGS,
        };
        let sibilant = |stem: &str| ["s", "x", "z", "ch", "sh"].iter().any(|end| stem.ends_with(end));
        endings.iter()
            .flat_map(|&(endings, kept)| endings.iter().map(move |ending| (*ending, kept)))
            .filter_map(|(ending, kept)| word.strip_suffix(ending).filter(|stem| stem.chars().count() >= kept && (ending != "es" || sibilant(stem))))
            .min_by_key(|stem| stem.len())
            .unwrap_or(word)
    }

    /// A search word's other forms, for where no stem reaches both, each
    /// the start of a word, or a whole word where it ends in a space: in
    /// English the other number where `stem` keeps the word whole, lest it
    /// find "part…" ("-ies" and a consonant's "-y", either way: "allies",
    /// "ally"; "party's" as "parties"; "allied" as "allies"), or the
    /// singular of a short plural, whole ("pays": "pay "); in Ukrainian
    /// an infinitive's noun ("визнати", "визнання"), else, for a word as the
    /// dictionary gives it, its cases whose ending opens its last syllable
    /// and changes its vowel ("Київ": "Києва", "Києві"; "Львів": "Львова"),
    /// whole words, so that "осіб" finds "особа" but not "особливо"; and
    /// for such a case, the dictionary form ("Києва": "Київ").
    pub fn other_forms(self, word: &str) -> Vec<String> {
        match self {
            Lang::En => {
                // Two letters at least before the ending ("spy", "spies"; not "by").
                let base = |base: &&str| base.chars().count() >= 2;
                let consonant = |base: &&str| base.ends_with(|c: char| c.is_alphabetic() && !"aeiou".contains(c));
                let word = word.strip_suffix("'s").unwrap_or(word);
                // A plural whose root is too short for `stem` to take its
                // "s" ("pays", "wars"): the root, a whole word; not "-ss",
                // "-us", "-is", "-es" ("boss", "plus", "this", "ones",
                // "does"), nor "news".
                let short_plural = |root: &&str| root.chars().count() == STEM - 1 && !root.ends_with(['s', 'u', 'i', 'e']) && word != "news";
                let other = word.strip_suffix("ies").filter(base).map(|stem| format!("{stem}y"))
                    .or_else(|| word.strip_suffix("ied").filter(base).map(|stem| format!("{stem}ies")))
                    .or_else(|| word.strip_suffix('y').filter(base).filter(consonant).map(|stem| format!("{stem}ies")))
                    .or_else(|| word.strip_suffix('s').filter(short_plural).map(|root| format!("{root} ")));
                other.into_iter().collect()
            }
            Lang::Uk => {
                let noun = word.strip_suffix("ти").filter(|stem| stem.ends_with(['а', 'я']) && stem.chars().count() > STEM);
                if let Some(stem) = noun {
                    return vec![format!("{stem}н")];
                }
                let stem = self.stem(word);
                // A case whose ending opened the last syllable and changed its
                // vowel ("Києва"): the dictionary form, which closes it ("Київ").
                if stem != word {
                    return swap_last_vowel(stem, &[('є', 'ї'), ('о', 'і')]).map(|closed| vec![format!("{closed} ")]).unwrap_or_default();
                }
                // A word without an ending: those cases.
                swap_last_vowel(word, &[('ї', 'є'), ('і', 'о')])
                    .map(|opened| ["а", "у", "і", "ом", "ові", "е"].iter().map(|ending| format!("{opened}{ending} ")).collect())
                    .unwrap_or_default()
            }
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

/// `word` with the vowel before its last letter, a consonant, swapped for
/// its pair in `pairs` (Ukrainian's і and о, ї and є, as a syllable closes
/// or opens), where it has one and `STEM` letters or more.
fn swap_last_vowel(word: &str, pairs: &[(char, char)]) -> Option<String> {
    let mut letters: Vec<char> = word.chars().collect();
    let long = letters.len() >= STEM;
    let [.., vowel, last] = letters.as_mut_slice() else { return None };
    let closing = last.is_alphabetic() && !"аеєиіїоуюяь".contains(*last);
    *vowel = pairs.iter().find(|(from, _)| from == vowel)?.1;
    (closing && long).then(|| letters.into_iter().collect())
}
