//! A query cut into words, with what stands between them (a space, a comma, a parenthesis,
//! a colon ...), each word folded, and numbers (postal codes, house numbers) set aside.

use core::ops::Range;

/// What separates two words of a query, from the weakest to the strongest.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) enum Gap {
    /// Spaces, or a hyphen or an apostrophe inside a name.
    Space,
    /// ` - `, `–` or `—` between spaces: "São Paulo - SP".
    Dash,
    /// `/`: "China/Chine".
    Slash,
    /// `:`: "China, P.R.: Hong Kong".
    Colon,
    /// `,` or `;`.
    Comma,
    /// `(` or `[`: "Paris (France)".
    Open,
    /// `)` or `]`.
    Close,
}

/// A word of the query.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word {
    /// Its bytes in the query.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Its folded form in [`Words::folded`].
    folded_start: usize,
    folded_end: usize,
    /// What separates it from the word before (`Space` for the first).
    pub(super) gap: Gap,
    /// Written as a code is: two or three capital letters, no dots ("TX", "NSW", "FRA").
    pub(super) code_like: bool,
}

/// A query's words: the words of its names, folded and joined by single spaces in `folded`,
/// so that a run of words is a slice of it, folded as `fold` folds the same text.
pub(super) struct Words<'q> {
    pub(super) words: Vec<Word>,
    folded: String,
    /// The query, trailing spaces left out.
    query: &'q str,
}

/// Longest query cut into words: far more than a name needs (`MAX_NAME_BYTES` bounds it).
const MAX_WORDS: usize = 64;

fn is_break(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '['
            | ']'
            | '/'
            | ':'
            | ';'
            | '|'
            | '\u{060C}'
            | '\u{FF08}'
            | '\u{FF09}'
            | '\u{FF1A}'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

impl<'q> Words<'q> {
    pub(super) fn new(query: &'q str) -> Words<'q> {
        let mut words = Vec::new();
        let mut folded = String::new();
        let mut piece = String::new();
        // The gap before the next word: where it starts, and what numbers set aside in it
        // held ("Tokyo, Japan 100-0001 ..." keeps the comma, not the number's hyphen).
        let (mut gap_start, mut pending) = (0, Gap::Space);
        let mut start = None;
        let chars = query
            .char_indices()
            .chain(core::iter::once((query.len(), ' ')));
        for (i, c) in chars {
            let separates = is_break(c) || toponym_shared::fold::is_separator(c);
            match (separates, start) {
                (false, None) => start = Some(i),
                (true, Some(s)) => {
                    start = None;
                    let text = &query[s..i];
                    let gap = pending.max(classify(&query[gap_start..s]));
                    gap_start = i;
                    // A number is a postal code or a house number, no part of a name; nor
                    // is a word without a letter (an emoji, a symbol), but for the
                    // ampersand of "Trinidad & Tobago".
                    if text.bytes().any(|b| b.is_ascii_digit())
                        || (!text.chars().any(char::is_alphabetic) && text != "&")
                    {
                        pending = gap;
                        continue;
                    }
                    // An ampersand joins words: none comes before the first.
                    if text == "&" && words.is_empty() {
                        pending = gap;
                        continue;
                    }
                    pending = Gap::Space;
                    toponym_shared::fold::fold_replacing(text, &mut piece);
                    if piece.is_empty() || words.len() == MAX_WORDS {
                        pending = gap;
                        continue;
                    }
                    if !folded.is_empty() {
                        folded.push(' ');
                    }
                    let folded_start = folded.len();
                    folded.push_str(&piece);
                    let code_like = super::is_code_like(text);
                    words.push(Word {
                        start: s,
                        end: i,
                        folded_start,
                        folded_end: folded.len(),
                        gap: if words.is_empty() { Gap::Space } else { gap },
                        code_like,
                    });
                }
                _ => {}
            }
        }
        // Nor does one come after the last.
        if let Some(last) = words.last()
            && &query[last.start..last.end] == "&"
        {
            folded.truncate(last.folded_start.saturating_sub(1));
            words.pop();
        }
        Words {
            words,
            folded,
            query: query.trim_end(),
        }
    }

    pub(super) fn len(&self) -> usize {
        self.words.len()
    }

    /// The folded words `range`, joined by spaces: a key of the tables.
    pub(super) fn key(&self, range: Range<usize>) -> &str {
        if range.is_empty() {
            return "";
        }
        let (a, b) = (&self.words[range.start], &self.words[range.end - 1]);
        &self.folded[a.folded_start..b.folded_end]
    }

    /// The bytes of the query that the words `range` span.
    pub(super) fn span(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() {
            return 0..0;
        }
        self.words[range.start].start..self.words[range.end - 1].end
    }

    /// The bytes of the query from its first word to its end, closing brackets included.
    pub(super) fn whole(&self) -> Range<usize> {
        match self.words.first() {
            Some(w) => w.start..self.query.len(),
            None => 0..0,
        }
    }

    /// The query, trailing spaces left out.
    pub(super) fn query(&self) -> &'q str {
        self.query
    }

    /// The bytes of the words `range` in the query with the numbers that were set aside
    /// between and around them, up to the gaps that part them from other words ("Sector 1",
    /// "6th of October City" of "6th of October City (EG)").
    pub(super) fn span_with_numbers(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() {
            return 0..0;
        }
        // What parts one name from another: any gap stronger than a dash.
        let parts = |c: char| classify(c.encode_utf8(&mut [0; 4])) >= Gap::Slash;
        let (first, last) = (&self.words[range.start], &self.words[range.end - 1]);
        let from = range.start.checked_sub(1).map_or(0, |i| self.words[i].end);
        let to = self
            .words
            .get(range.end)
            .map_or(self.query.len(), |w| w.start);
        let before = &self.query[from..first.start];
        let start = match before.char_indices().rev().find(|&(_, c)| parts(c)) {
            Some((i, c)) => from + i + c.len_utf8(),
            None => from,
        };
        let after = &self.query[last.end..to];
        let end = after.find(parts).map_or(to, |i| last.end + i);
        let space = |c: char| c.is_whitespace() || is_dash(c);
        let text = &self.query[start..end];
        let lead = text.len() - text.trim_start_matches(space).len();
        let trail = text.len() - text.trim_end_matches(space).len();
        start + lead..(end - trail).max(start + lead)
    }

    /// The strongest gap between two words of `range`.
    pub(super) fn strongest_gap(&self, range: Range<usize>) -> Gap {
        self.words[range]
            .iter()
            .skip(1)
            .map(|w| w.gap)
            .max()
            .unwrap_or(Gap::Space)
    }

    /// The runs of words between gaps at least as strong as `at_least`.
    pub(super) fn groups(&self, at_least: Gap) -> Vec<Range<usize>> {
        let mut groups = Vec::new();
        let mut start = 0;
        for (i, w) in self.words.iter().enumerate().skip(1) {
            if w.gap >= at_least {
                groups.push(start..i);
                start = i;
            }
        }
        if !self.words.is_empty() {
            groups.push(start..self.words.len());
        }
        groups
    }
}

/// The text between two words as a gap.
fn classify(between: &str) -> Gap {
    let mut gap = Gap::Space;
    let spaced = between.starts_with(char::is_whitespace) || between.ends_with(char::is_whitespace);
    for c in between.chars() {
        let this = match c {
            '(' | '[' | '\u{FF08}' => Gap::Open,
            ')' | ']' | '\u{FF09}' => Gap::Close,
            ',' | ';' | '\u{3001}' | '\u{FF0C}' | '\u{060C}' => Gap::Comma,
            ':' | '\u{FF1A}' => Gap::Colon,
            '/' | '|' => Gap::Slash,
            c if is_dash(c) && (spaced || c != '-') => Gap::Dash,
            _ => Gap::Space,
        };
        gap = gap.max(this);
    }
    gap
}

#[cfg(test)]
mod tests {
    use super::{Gap, Words};

    fn shape(q: &str) -> Vec<(String, Gap)> {
        let w = Words::new(q);
        (0..w.len())
            .map(|i| (w.key(i..i + 1).to_string(), w.words[i].gap))
            .collect()
    }

    #[test]
    fn words_and_gaps() {
        use Gap::*;
        let s = |k: &str, g| (k.to_string(), g);
        assert_eq!(shape("Dayton, OH"), [s("dayton", Space), s("oh", Comma)]);
        assert_eq!(
            shape("Iran (Islamic Republic of)"),
            [
                s("iran", Space),
                s("islamic", Open),
                s("republic", Space),
                s("of", Space)
            ]
        );
        assert_eq!(
            shape("São Paulo - SP"),
            [s("sao", Space), s("paulo", Space), s("sp", Dash)]
        );
        assert_eq!(
            shape("Yuzhno-Kurilsk"),
            [s("yuzhno", Space), s("kurilsk", Space)]
        );
        assert_eq!(
            shape("Tokyo, Japan 100-0001"),
            [s("tokyo", Space), s("japan", Comma)]
        );
        assert_eq!(
            shape("75001 Paris, France"),
            [s("paris", Space), s("france", Comma)]
        );
        assert_eq!(shape("China, P.R.: Hong Kong")[2], s("hong", Colon));
        assert!(shape("").is_empty() && shape(" ,;() ").is_empty() && shape("10115").is_empty());
        let w = Words::new("the  Czech Republic");
        assert_eq!(w.key(1..3), "czech republic");
        assert_eq!(&"the  Czech Republic"[w.span(1..3)], "Czech Republic");
    }

    #[test]
    fn the_words_with_their_numbers() {
        fn with_numbers<'q>(w: &Words<'q>, range: core::ops::Range<usize>) -> &'q str {
            &w.query()[w.span_with_numbers(range)]
        }
        let w = Words::new("Sector 1, RO");
        assert_eq!((w.len(), with_numbers(&w, 0..1)), (2, "Sector 1"));
        let w = Words::new("6th of October City (EG)");
        assert_eq!(with_numbers(&w, 0..3), "6th of October City");
        assert_eq!(with_numbers(&w, 3..4), "EG");
        let w = Words::new("Paris 11e Arrondissement, 75011 Paris");
        assert_eq!(with_numbers(&w, 0..2), "Paris 11e Arrondissement");
        assert_eq!(with_numbers(&w, 0..0), "");
    }

    #[test]
    fn an_ampersand_joins_words() {
        let w = Words::new("Trinidad & Tobago (TT)");
        assert_eq!(w.key(0..3), "trinidad & tobago");
        assert!(shape("&").is_empty() && shape("& & &").is_empty());
        let w = Words::new("& Tobago &");
        assert_eq!((w.len(), w.key(0..1)), (1, "tobago"));
        assert_eq!(Words::new("Trinidad & ").key(0..1), "trinidad");
    }
}
