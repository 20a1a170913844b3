//! The FAQ search: a reader's words matched at the start of an entry's
//! words, whatever their case, accents, apostrophes, hyphens, doubled
//! letters, British or American spelling and (`Lang::stem`) ending, and a
//! glossary term's every form found by any of them.

use std::cell::OnceCell;

use crate::lang::Lang;
use crate::model::{FaqEntry, GlossaryTerm};

/// The FAQ as the search reads it, made at the first search: drawn from
/// the records, so two datasets with equal records are equal whether or not
/// either has been searched.
#[derive(Debug, Default)]
pub struct FaqIndex(OnceCell<Searched>);

impl FaqIndex {
    /// The indexes of the entries of `faq` whose question or answer holds
    /// every word of `query` (`Dataset::faq_matching` says how), the
    /// `glossary`'s terms standing for each of their forms. Always the same
    /// `faq` and `glossary`, those of the one dataset that holds the index:
    /// they are indexed at the first call.
    pub fn matching<'a>(&'a self, faq: &'a [FaqEntry], glossary: &[GlossaryTerm], query: &str, lang: Lang) -> impl Iterator<Item = usize> + 'a {
        let typed = !query.trim().is_empty();
        let query = words(query);
        // The entries are folded once, at the first search (each keystroke
        // folded them all again), and not for an empty query.
        let searched = typed.then(|| {
            self.0.get_or_init(|| Searched {
                entries: faq.iter().map(|q| indexed(&format!("{} {}", q.question, q.answer))).collect(),
                terms: glossary.iter().map(|t| std::iter::once(&t.term).chain(&t.aliases).map(|form| words(form).join(" ")).collect()).collect(),
            })
        });
        // Each unit's alternatives worked out and written once, not for every entry.
        let wanted = searched.map(|s| s.wanted(&query, lang)).unwrap_or_default();
        // Punctuation alone is a query that nothing holds.
        let nothing = typed && query.is_empty();
        (0..faq.len()).filter(move |i| !nothing && searched.is_none_or(|s| wanted.iter().all(|any| any.iter().any(|w| holds(&s.entries[*i], w)))))
    }
}

#[derive(Debug)]
struct Searched {
    /// Each entry's question and answer, as its words (`indexed`): with
    /// each word's hyphens left out, and with them as spaces.
    entries: Vec<[String; 2]>,
    /// Each glossary term's forms: the term and its aliases (a language's
    /// cases and synonyms: "перемир’я" for "припинення вогню"), each as its
    /// words joined by a space, hyphens kept.
    terms: Vec<Vec<String>>,
}

/// The letters a word needs before it stands for the glossary terms it
/// begins a form of ("перемир" for "перемир’я"): fewer would name too many.
const TERM_PREFIX: usize = 4;

impl Searched {
    /// What an entry may hold to match `unit` (one word, or several that
    /// make a form of a glossary term, joined by a space): the unit (a word
    /// without the ending its forms vary by, `Lang::stem`, and its other
    /// forms, `Lang::other_forms`), and
    /// every form of each glossary term it is a form of, however spaced or
    /// hyphenated ("cease fire" for "ceasefire"), or, `TERM_PREFIX` letters
    /// on, begins a one-word form of, without its ending ("truces").
    fn alternatives(&self, unit: &str, lang: Lang) -> Vec<String> {
        let (typed, spaced) = (joined(unit), split(unit));
        let unspaced = typed.replace(' ', "");
        // A word is looked for without its ending, and in its other forms
        // (`Lang::other_forms`, for where the stem does not reach both); a
        // run of words, as typed.
        let (one, others) = match unit.contains(' ') {
            true => (unit, Vec::new()),
            false => (lang.stem(unit), lang.other_forms(unit)),
        };
        let begun = joined(one);
        let names = |form: &String| {
            let (solid, form) = (joined(form), split(form));
            solid == typed || solid == unspaced || form == spaced
                || (begun.chars().count() >= TERM_PREFIX && !solid.contains(' ') && solid.starts_with(&begun))
        };
        std::iter::once(one.to_string()).chain(others).chain(self.terms.iter().filter(|forms| forms.iter().any(names)).flatten().cloned()).collect()
    }

    /// What an entry must hold, for each unit of the query's words (`words`):
    /// each word, or the longest run of words that is a form of a glossary
    /// term ("припиненню вогню", "cease fire"), as its alternatives, each
    /// written as `holds` looks for it.
    fn wanted(&self, words: &[String], lang: Lang) -> Vec<Vec<[String; 2]>> {
        let mut wanted = Vec::new();
        let mut i = 0;
        while i < words.len() {
            // A run of several words counts where it names a form.
            let (end, any) = (i + 2..=words.len()).rev()
                .map(|j| (j, self.alternatives(&words[i..j].join(" "), lang)))
                .find(|(_, any)| any.len() > 1)
                .unwrap_or_else(|| (i + 1, self.alternatives(&words[i], lang)));
            // A whole word (`Lang::other_forms`) ends in a space, as each of the entry's words does.
            let whole = |w: &str| if w.ends_with(' ') { " " } else { "" };
            wanted.push(any.iter().map(|w| [format!(" {}", joined(w)), format!(" {}{}", split(w), whole(w))]).collect());
            i = end;
        }
        wanted
    }
}

/// Whether an entry's words (`indexed`) hold an alternative of `wanted`
/// (words with their hyphens left out, and as spaces, each after a space)
/// at the start of a word, hyphenated words read either way: as the reader
/// types it, and never inside a word ("US" in "Russia").
fn holds([solid, spaced]: &[String; 2], [joined, split]: &[String; 2]) -> bool {
    solid.contains(joined.as_str()) || spaced.contains(split.as_str())
}

impl PartialEq for FaqIndex {
    fn eq(&self, _: &FaqIndex) -> bool {
        true
    }
}

const HYPHENS: [char; 3] = ['-', '‐', '‑'];

/// The words of `text` as the FAQ search compares them: folded
/// (`glossary::fold`), Latin letters without their accents (`unaccented`),
/// every apostrophe the same, a letter's double as the
/// letter ("zzzz" as "zz", not "z", and "co-operation" as "cooperation"),
/// full stops inside a word left out ("U.S." as "us"), British and American
/// spellings as one, and "Kiev" as "Kyiv" (`one_spelling`); split at everything
/// but letters, digits, apostrophes, hyphens (but between digits:
/// `ranges_apart`) and full stops, none of which
/// begins or ends a word (`"NATO"`, `(NATO)`, `NATO?`). Hyphens are kept
/// (`joined`, `split`).
fn words(text: &str) -> Vec<String> {
    let apostrophe = |c: char| matches!(c, '\'' | '’' | 'ʼ' | '‘');
    let inner = |c: char| apostrophe(c) || HYPHENS.contains(&c) || c == '.';
    unaccented(&crate::glossary::fold(&ranges_apart(text)))
        .split(|c: char| !(c.is_alphanumeric() || inner(c)))
        .map(|word| {
            let mut out = String::with_capacity(word.len());
            let mut doubled = false;
            for c in word.trim_matches(inner).chars().filter(|&c| c != '.').map(|c| if apostrophe(c) { '\'' } else { c }) {
                doubled = !doubled && c.is_alphabetic() && out.trim_end_matches(HYPHENS).ends_with(c);
                if !doubled {
                    out.push(c);
                }
            }
            one_spelling(out)
        })
        .filter(|word| !word.is_empty())
        .collect()
}

/// `text` with a hyphen between digits as a space: it joins a range
/// ("80-90", as the sources write "80–90" or "80 to 90"), not a word.
fn ranges_apart(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |at: Option<&char>| at.is_some_and(char::is_ascii_digit);
    chars.iter().enumerate()
        .map(|(i, &c)| if HYPHENS.contains(&c) && i > 0 && digit(chars.get(i - 1)) && digit(chars.get(i + 1)) { ' ' } else { c })
        .collect()
}

/// `text`, already folded (`glossary::fold`), with each Latin letter that
/// carries an accent or a stroke as its plain letter(s): "Store" finds
/// "Støre", and "Mâcron" typed finds "Macron". Cyrillic is left alone:
/// "й" and "ї" are letters of their own.
fn unaccented(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'à'..='å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'æ' => out.push_str("ae"),
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => out.push('c'),
            'ď' | 'đ' | 'ð' => out.push('d'),
            'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => out.push('e'),
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => out.push('g'),
            'ĥ' | 'ħ' => out.push('h'),
            'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => out.push('i'),
            'ĵ' => out.push('j'),
            'ķ' => out.push('k'),
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => out.push('l'),
            'ñ' | 'ń' | 'ņ' | 'ň' => out.push('n'),
            'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => out.push('o'),
            'œ' => out.push_str("oe"),
            'ŕ' | 'ŗ' | 'ř' => out.push('r'),
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => out.push('s'),
            'ß' => out.push_str("ss"),
            'ţ' | 'ť' | 'ŧ' | 'ț' => out.push('t'),
            'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => out.push('u'),
            'ŵ' => out.push('w'),
            'ý' | 'ÿ' | 'ŷ' => out.push('y'),
            'ź' | 'ż' | 'ž' => out.push('z'),
            'þ' => out.push_str("th"),
            c => out.push(c),
        }
    }
    out
}

/// Words without their hyphens: spellings vary by them ("cease-fire", "ceasefire").
fn joined(words: &str) -> String {
    words.replace(HYPHENS, "")
}

/// Words with their hyphens as spaces ("Article-5" as "article 5").
fn split(words: &str) -> String {
    words.split(|c: char| c == ' ' || HYPHENS.contains(&c)).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// `text` as an entry is searched: its words, each after a space and the
/// last before one, with their hyphens left out and with them as spaces.
fn indexed(text: &str) -> [String; 2] {
    let words = words(text).join(" ");
    [format!(" {} ", joined(&words)), format!(" {} ", split(&words))]
}

/// A word of a search (folded) with the spellings British and American
/// English vary by written one way, in the text searched and in the query
/// alike: "-iz-", "-yz-" and "-ens-" letter for letter, so that a word half
/// typed finds them too ("recogniz…" as "recognis…", "defens…" as
/// "defenc…"); "-our" after the letters it follows in such words ("favour",
/// "behaviour" as "favor", "behavior"; not "four" as "for"), which a word
/// half typed up to its "u" does not find. And "Kiev" as "Kyiv", the older
/// spelling many readers still type. No other language's words hold these
/// Latin letters.
fn one_spelling(word: String) -> String {
    const VARIANTS: [(&str, &str); 9] = [("iz", "is"), ("yz", "ys"), ("ens", "enc"), ("bour", "bor"), ("iour", "ior"), ("lour", "lor"), ("nour", "nor"), ("vour", "vor"), ("kiev", "kyiv")];
    VARIANTS.iter().fold(word, |word, (one, other)| if word.contains(one) { word.replace(one, other) } else { word })
}
