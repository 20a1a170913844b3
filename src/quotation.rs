//! Quotations in running text, read one way for both their uses: the build's
//! check that quoted words are the documents' own (`validate`), and the
//! glossary's rule that no definition opens inside a source's words
//! (`glossary`).

/// One quotation: `text[start..end]`, its marks included. An unclosed one
/// runs to the end of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotation {
    pub start: usize,
    pub end: usize,
    pub closed: bool,
}

impl Quotation {
    /// The quoted words, without their marks.
    pub fn inner(self, text: &str) -> &str {
        let open = text[self.start..].chars().next().map_or(0, char::len_utf8);
        let close = if self.closed { text[..self.end].chars().next_back().map_or(0, char::len_utf8) } else { 0 };
        &text[self.start + open..self.end - close]
    }
}

/// The quotations of `text`, in either edition's marks: `"…"` and `“…”`
/// (either kind closing either kind, but a straight mark before a word
/// opens one inside a curly quotation: `“a "buffer" zone”`), `«…»`,
/// `„…“`, and curly single ones, `‘…’`, whose closing mark is not an
/// apostrophe within a word (Kyiv’s) nor their opening one an apostrophe
/// typed the wrong way round (‘90s).
/// A closing mark closes the latest quotation it can close, so one nests
/// inside another (`«… „…“ …»`, `“… ‘…’ …”`) and a stray mark inside does
/// not keep the outer one open.
pub fn quotations(text: &str) -> Vec<Quotation> {
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, next)| next);
        let straight_open = open.iter().any(|&(_, opening)| opening == '"');
        let closes = |opening: char| match c {
            '"' => opening == '"' || (matches!(opening, '“' | '„') && !straight_open && !next.is_some_and(char::is_alphanumeric)),
            '”' => matches!(opening, '"' | '“' | '„'),
            '“' => opening == '„',
            '»' => opening == '«',
            '’' => opening == '‘' && !next.is_some_and(char::is_alphanumeric),
            _ => false,
        };
        if let Some(at) = open.iter().rposition(|&(_, opening)| closes(opening)) {
            let (start, _) = open.remove(at);
            found.push(Quotation { start, end: i + c.len_utf8(), closed: true });
        } else if matches!(c, '"' | '“' | '«' | '„') || (c == '‘' && !next.is_some_and(|n| n.is_ascii_digit())) {
            open.push((i, c));
        }
    }
    found.extend(open.into_iter().map(|(start, _)| Quotation { start, end: text.len(), closed: false }));
    found
}
