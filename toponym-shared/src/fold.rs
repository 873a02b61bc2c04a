//! The one folding function that turns a name into a lookup key.
//!
//! It is used when the tables are built and when a query arrives, so the two can never
//! disagree; and, character by character with a map back to the original, for running text.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// Folds a name into the form the tables are keyed by.
///
/// The steps, in order:
///
/// 1. NFKC: full-width and compatibility forms become ordinary ones (`Ｔｏｋｙｏ` = `Tokyo`).
/// 2. Lower case, with final sigma folded to sigma (`ΑΘΗΝΑΣ` = `αθηνασ`).
/// 3. Combining marks are removed from Latin letters (`Côte` = `Cote`,
///    `Trường Sa` = `Truong Sa`). Elsewhere only the marks that writers leave out are:
///    stress on Cyrillic vowels (`Белару́сь` = `Беларусь`) and Arabic vowel marks
///    (`مِصْر` = `مصر`). The marks that make a letter stay: `Київ` is not `Киів`,
///    `ブエノスアイレス` is not `フエノスアイレス`.
/// 4. Letters that writers of one script use for each other become one: `ё`→`е`;
///    Arabic `أ إ آ ٱ`→`ا`, `ة`→`ه`, `ى ی`→`ي`, `ک`→`ك` (`السعودية` = `السعوديه`,
///    Persian `ایران` = Arabic-keyboard `ايران`); the tatweel that only stretches a word goes.
/// 5. Letters without a decomposition are folded: `ß`→`ss`, `æ`→`ae`, `œ`→`oe`, `ø`→`o`,
///    `ł`→`l`, `đ`/`ð`→`d`, `þ`→`th`, `ı`→`i`, `ħ`→`h`, `ŧ`→`t`.
/// 6. Dots, middle dots and invisible characters (zero-width, bidi controls, soft hyphen,
///    variation selectors) are removed (`U.S.A.` = `USA`, `ブエノス・アイレス` =
///    `ブエノスアイレス`); every run of white space, hyphens, underscores, commas and
///    apostrophes becomes one space, and the ends are trimmed (`Yuzhno-Kurilsk` =
///    `Yuzhno Kurilsk`, `Côte d’Ivoire` = `Cote d'Ivoire` = `cote d ivoire`). Apostrophes
///    separate rather than vanish so that in running text `Japan's` still holds `japan`.
///
/// # Examples
///
/// ```
/// # use toponym_shared::fold as toponym;
/// use toponym::fold;
///
/// assert_eq!(fold("St. Petersburg"), fold("st petersburg"));
/// assert_eq!(fold("Côte d’Ivoire"), fold("Cote d'Ivoire"));
/// assert_eq!(fold("ＩＴＵＲＵＰ"), "iturup");
/// assert_eq!(fold("Київ"), "київ");
/// assert_ne!(fold("Київ"), fold("Киів"));
/// assert_eq!(fold("Ёлки"), fold("Елки"));
/// ```
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    fold_replacing(name, &mut out);
    out
}

/// Like [`fold`], but writes into `out`, replacing what it held, to reuse its allocation.
///
/// # Examples
///
/// ```
/// # use toponym_shared::fold as toponym;
/// let mut key = String::from("anything");
/// toponym::fold_replacing("Yuzhno-Kurilsk", &mut key);
/// assert_eq!(key, "yuzhno kurilsk");
/// ```
#[inline]
pub fn fold_replacing(name: &str, out: &mut String) {
    out.clear();
    if name.is_ascii() {
        fold_ascii(name, out);
    } else if !fold_simple(name, out) {
        fold_fully(name, out);
    }
}

/// What folding does with an ASCII character.
#[derive(Clone, Copy, PartialEq)]
enum Ascii {
    Kept,
    Separator,
    Ignorable,
}

/// [`Ascii`] by character: the ASCII characters of [`is_separator`] and [`is_ignorable`]
/// (a test checks that they agree).
const ASCII: [Ascii; 128] = {
    let mut table = [Ascii::Kept; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b' ' | b'\t'..=b'\r' | b'-' | b'_' | b',' | b'\'' | b'`' => Ascii::Separator,
            b'.' => Ascii::Ignorable,
            _ => Ascii::Kept,
        };
        b += 1;
    }
    table
};

/// The fast path for ASCII, where steps 1-4 reduce to lower-casing: a table look-up a byte.
fn fold_ascii(name: &str, out: &mut String) {
    // Most names are letters and digits with single spaces between words, which fold to
    // themselves lower-cased: one pass to check, then a copy, where pushing a byte at a time
    // took most of an exact lookup's time.
    if is_plain_ascii(name.as_bytes()) {
        out.push_str(name);
        out.make_ascii_lowercase();
    } else {
        fold_ascii_bytes(name.as_bytes(), out);
    }
}

/// [`fold_ascii`] a byte at a time, for any ASCII.
fn fold_ascii_bytes(name: &[u8], out: &mut String) {
    let mut pending_space = false;
    for &b in name {
        match ASCII[usize::from(b & 0x7F)] {
            Ascii::Separator => pending_space = !out.is_empty(),
            Ascii::Ignorable => {}
            Ascii::Kept => {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
    }
}

/// Whether `name` is ASCII letters and digits, with single spaces between words only: then
/// its fold is the name lower-cased, which an exact lookup hashes as it reads
/// ([`crate::key_hash::plain_ascii_key_hash`], which defines it).
///
/// ```
/// use toponym_shared::fold::{fold, is_plain_ascii};
/// assert!(is_plain_ascii(b"Papua New Guinea"));
/// assert_eq!(fold("Papua New Guinea"), "papua new guinea");
/// assert!(!is_plain_ascii(b"Papua-New Guinea") && !is_plain_ascii(b"Kyiv "));
/// ```
pub fn is_plain_ascii(name: &[u8]) -> bool {
    crate::key_hash::plain_ascii_key_hash(name, 0).is_some()
}

/// The fast path for text in which every character is ASCII or is already NFKC and is
/// neither a Latin letter nor a combining mark (most Cyrillic, Greek, CJK, Arabic ...
/// queries): there steps 1, 3 and 4 change nothing, so lower-casing is enough. Returns
/// `false`, with `out` cleared, when the text needs the full path. A test checks that the
/// two paths agree on every character.
fn fold_simple(name: &str, out: &mut String) -> bool {
    let mut pending_space = false;
    for c in name.chars() {
        // The letters of the common scripts first: no table look-up, never a separator.
        if let Some(lower) = common_lower_case(c) {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(script_letter(lower));
            continue;
        }
        // ASCII by its table, as on the ASCII path ("Côte d'Ivoire" is mostly ASCII).
        if c.is_ascii() {
            match ASCII[c as usize] {
                Ascii::Separator => pending_space = !out.is_empty(),
                Ascii::Ignorable => {}
                Ascii::Kept => {
                    if pending_space {
                        out.push(' ');
                        pending_space = false;
                    }
                    out.push(c.to_ascii_lowercase());
                }
            }
            continue;
        }
        if let Some(folded) = latin_letter(c) {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push_str(folded);
            continue;
        }
        let latin = !c.is_ascii() && is_latin(c);
        let simple = c.is_ascii()
            || is_common_simple(c)
            || c == 'ς'
            || !(is_combining_mark(c)
                || (fold_letter(c).is_some() && !latin)
                || is_nfkc_quick(core::iter::once(c)) != IsNormalized::Yes);
        if !simple {
            out.clear();
            return false;
        }
        if is_separator(c) {
            pending_space = !out.is_empty();
        } else if !is_ignorable(c) {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            if latin {
                push_latin(c, out);
            } else if c == 'ς' {
                out.push('σ');
            } else if c.is_uppercase() || is_greek_titlecase(c) {
                out.extend(c.to_lowercase().map(script_letter));
            } else {
                out.push(script_letter(c));
            }
        }
    }
    true
}

/// A precomposed Latin letter on the fast path: lower-cased, then its base letter kept.
fn push_latin(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        decompose_canonical(lower, |d| {
            if !is_combining_mark(d) {
                match fold_letter(d) {
                    Some(s) => out.push_str(s),
                    None => out.push(d),
                }
            }
        });
    }
}

/// The first and the last character of [`latin_letter`]'s table: Latin-1 Supplement's
/// letters, Latin Extended-A and -B, where the accented letters of most European languages
/// are (é, ß, ő, ș).
const LATIN_TABLE: core::ops::RangeInclusive<char> = '\u{00C0}'..='\u{024F}';

/// The fold of a Latin letter of [`LATIN_TABLE`], when the fast path would fold it by
/// [`push_latin`]; `None` for any other character. The fold of each letter is worked out
/// once, by the same steps, the first time one is needed: it takes several look-ups in
/// Unicode's tables, which made an accented name several times as slow as a plain one.
fn latin_letter(c: char) -> Option<&'static str> {
    static TABLE: std::sync::OnceLock<Vec<Option<String>>> = std::sync::OnceLock::new();
    if !LATIN_TABLE.contains(&c) {
        return None;
    }
    let table = TABLE.get_or_init(|| {
        LATIN_TABLE
            .map(|c| {
                let simple = is_latin(c)
                    && !is_combining_mark(c)
                    && is_nfkc_quick(core::iter::once(c)) == IsNormalized::Yes
                    && !is_separator(c)
                    && !is_ignorable(c);
                simple.then(|| {
                    let mut folded = String::new();
                    push_latin(c, &mut folded);
                    folded
                })
            })
            .collect()
    });
    table[c as usize - *LATIN_TABLE.start() as usize].as_deref()
}

/// Blocks that need no table look-up on the fast path: every character in them is
/// already NFKC and is not a combining mark (checked by the exhaustive test below).
fn is_common_simple(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{AC00}'..='\u{D7A3}' // Hangul syllables
        | '\u{3041}'..='\u{3096}' // Hiragana letters
        | '\u{30A1}'..='\u{30FA}' // Katakana letters
        | '\u{0400}'..='\u{0482}' // Cyrillic letters (the combining marks follow)
        | '\u{048A}'..='\u{04FF}'
        | '\u{0621}'..='\u{064A}' // Arabic letters (the harakat follow)
    )
}

/// The lower case of the common letters that need no table look-up: basic Cyrillic, and the
/// scripts without case of [`is_common_simple`]. `None` for any other character.
fn common_lower_case(c: char) -> Option<char> {
    let shifted = |by: u32| char::from_u32(c as u32 + by);
    match c {
        'А'..='Я' => shifted(0x20),
        'Ѐ'..='Џ' => shifted(0x50),
        'а'..='џ'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{0621}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}' => Some(c),
        _ => None,
    }
}

/// Letters that the languages of a script write for one another, folded to one (lower case in,
/// lower case out): Russian writes е for ё; Arabic, Persian and Urdu write ا for the alef
/// with a hamza or a madda, ه for ة at the end of a word, ي for ى and ی, ك for ک. The
/// letters that make a difference stay: й, ї, ў and the Cyrillic marks other than stress
/// (folding removes the stress marks, see [`drops_mark`], so ѐ and ѝ, which carry one, fold
/// here too).
fn script_letter(c: char) -> char {
    match c {
        'ё' | 'ѐ' => 'е',
        'ѝ' => 'и',
        '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' => '\u{0627}', // أ إ آ ٱ → ا
        '\u{0629}' => '\u{0647}',                                        // ة → ه
        '\u{0649}' | '\u{06CC}' => '\u{064A}',                           // ى ی → ي
        '\u{06A9}' => '\u{0643}',                                        // ک → ك
        _ => c,
    }
}

/// Whether a combining mark after the letter `base` is dropped: every mark on a Latin letter;
/// the stress marks on a Cyrillic vowel (Белару́сь is Беларусь; the marks of й and ї stay, and
/// so does the acute of Macedonian ѓ and ќ);
/// the vowel marks (harakat) on an Arabic one, and a madda or hamza left on an alef.
fn drops_mark(base: char, mark: char) -> bool {
    if is_latin(base) {
        return true;
    }
    match base {
        // Stress falls on vowels; an acute on a consonant makes another letter (Macedonian ѓ, ќ).
        'а' | 'е' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'і' | 'є' => {
            matches!(mark, '\u{0300}' | '\u{0301}')
        }
        // On an alef, a madda or a hamza makes one of the alef forms, which fold to ا: one
        // left over (ا with two maddas) goes too, or folding again would compose it.
        'ا' | 'آ' | 'أ' | 'إ' | 'ٱ' => {
            matches!(mark, '\u{064B}'..='\u{0655}' | '\u{0670}')
        }
        '\u{0600}'..='\u{06FF}' => matches!(mark, '\u{064B}'..='\u{0652}' | '\u{0670}'),
        _ => false,
    }
}

/// Greek letters with prosgegrammeni are titlecase, not uppercase, yet lower-case to
/// another letter.
fn is_greek_titlecase(c: char) -> bool {
    matches!(c, '\u{1F88}'..='\u{1F8F}' | '\u{1F98}'..='\u{1F9F}' | '\u{1FA8}'..='\u{1FAF}' | '\u{1FBC}' | '\u{1FCC}' | '\u{1FFC}')
}

/// The folding steps in full, for any input.
fn fold_fully(name: &str, out: &mut String) {
    let lowered: String = name
        .nfkc()
        .flat_map(char::to_lowercase)
        .map(script_letter)
        .collect();
    let mut stripped = String::with_capacity(lowered.len());
    let mut base = ' ';
    for c in lowered.nfd() {
        // Invisible characters go here, before the marks are judged, not only at the end:
        // else a mark after one (`F.\u{301}`) stayed, and folding the result again removed
        // it from the letter it then followed (fold was not idempotent; found by fuzzing).
        if is_ignorable(c) {
            continue;
        }
        if is_combining_mark(c) {
            if !drops_mark(base, c) {
                stripped.push(c);
            }
            continue;
        }
        base = c;
        match fold_letter(c) {
            Some(s) => stripped.push_str(s),
            None => stripped.push(c),
        }
    }
    // Composing again can make a letter that folds to another: е with a diaeresis left
    // over (Ё written with a second one) becomes ё, which folding again makes е.
    push_separated(stripped.nfc().map(script_letter), out);
}

/// Running text folded for scanning: the same folding as [`fold`], applied to each character
/// with the combining marks that follow it, so that every folded character knows the span of
/// the original text it came from.
pub struct FoldedText {
    /// The folded text; separators are single spaces, but the ends are not trimmed.
    pub text: String,
    /// Where the pieces of `text` come from, in order. A map per folded byte cost 8 bytes
    /// for each byte of text: for 1 MB of text, 8 MB that fell out of the cache before the
    /// scan read them back, and the misses were a tenth of the time to tag English.
    spans: Vec<Span>,
}

/// A piece of folded text, from byte `at` of it to the next span's `at`.
#[derive(Clone, Copy)]
struct Span {
    /// Where the piece starts in the folded text.
    at: u32,
    /// Where its source starts in the original text.
    start: u32,
    /// Where its source ends in the original text; for a `copied` piece, unused.
    end: u32,
    /// Whether each character of the piece comes from the same number of bytes at the same
    /// offset in the original (runs of ASCII letters and digits, and of characters that fold
    /// to themselves, such as kana and kanji): then one span serves the whole run.
    copied: bool,
}

impl FoldedText {
    /// Appends the folding of the original text's `start..end` (all of `s` maps to it).
    fn push(&mut self, s: &str, start: usize, end: usize) {
        let single_char = s.chars().nth(1).is_none();
        if single_char && s.len() == end - start {
            self.push_copied(s, start);
        } else {
            self.spans.push(Span {
                at: self.text.len() as u32,
                start: start as u32,
                end: end as u32,
                copied: false,
            });
            self.text.push_str(s);
        }
    }

    /// Appends `s`, each character of which comes from as many bytes of the original text,
    /// starting at `start`.
    fn push_copied(&mut self, s: &str, start: usize) {
        self.copied_span(start);
        self.text.push_str(s);
    }

    /// Starts a copied span (or goes on with the last one) for what is appended next, each
    /// character of which comes from as many bytes of the original text, from `start`.
    fn copied_span(&mut self, start: usize) {
        let at = self.text.len();
        let continues = self
            .spans
            .last()
            .is_some_and(|sp| sp.copied && (sp.start as usize + (at - sp.at as usize)) == start);
        if !continues {
            self.spans.push(Span {
                at: at as u32,
                start: start as u32,
                end: 0,
                copied: true,
            });
        }
    }

    /// The index of the span that holds byte `k` of the folded text. `hint` is the answer
    /// to the last query and is updated: the text is scanned from left to right, so the
    /// answer is nearly always the hinted span or one a little after it.
    fn span_of(&self, k: usize, hint: &mut usize) -> usize {
        let spans = &self.spans;
        let mut s = *hint;
        if s >= spans.len() || spans[s].at as usize > k {
            s = spans.partition_point(|sp| sp.at as usize <= k) - 1;
        } else {
            while spans.get(s + 1).is_some_and(|sp| sp.at as usize <= k) {
                s += 1;
            }
        }
        *hint = s;
        s
    }

    /// Where the source of the folded character that starts at byte `i` starts in the
    /// original text.
    pub fn source_start(&self, i: usize, hint: &mut usize) -> usize {
        let sp = self.spans[self.span_of(i, hint)];
        if sp.copied {
            sp.start as usize + (i - sp.at as usize)
        } else {
            sp.start as usize
        }
    }

    /// Where the source of the folded character that ends at byte `end` ends in the
    /// original text.
    pub fn source_end(&self, end: usize, hint: &mut usize) -> usize {
        let sp = self.spans[self.span_of(end - 1, hint)];
        if sp.copied {
            sp.start as usize + (end - sp.at as usize)
        } else {
            sp.end as usize
        }
    }
}

/// Characters that fold to themselves and are never separators, ignorable or combining
/// marks: the bulk of Japanese, Chinese and Korean text, which can then be copied in runs
/// (a test checks every one of them).
pub fn folds_to_itself(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{AC00}'..='\u{D7A3}' // Hangul syllables
        | '\u{3041}'..='\u{3096}' // Hiragana letters
        | '\u{30A1}'..='\u{30FA}' // Katakana letters
        | 'ー' // prolonged sound mark
        | '々' // ideographic iteration mark
    )
}

/// The Cyrillic letters Ѐ to џ (U+0400-U+045F), which fold by [`common_lower_case`] and
/// [`script_letter`] to another letter of the same block, two bytes long as they are.
fn is_basic_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{045F}')
}

/// Whether the text at `i` starts with a combining mark (which then belongs to the
/// character before it).
fn combining_mark_at(text: &str, i: usize) -> bool {
    // No combining mark is ASCII: checking that first spares the table look-up after
    // nearly every word.
    text.as_bytes().get(i).is_some_and(|b| !b.is_ascii())
        && text[i..].chars().next().is_some_and(is_combining_mark)
}

/// The end of the run of characters from `start` for which `in_run` holds, less its last
/// character when a combining mark follows the run: the mark (a stress or voicing mark, say)
/// goes with the character before it, which the general path then folds with it.
fn run_end(text: &str, start: usize, in_run: impl Fn(char) -> bool) -> usize {
    let (mut last, mut end) = (start, start);
    for (at, c) in text[start..].char_indices() {
        if !in_run(c) {
            break;
        }
        last = start + at;
        end = last + c.len_utf8();
    }
    if combining_mark_at(text, end) {
        last
    } else {
        end
    }
}

/// Folds running text (at most `u32::MAX` bytes), keeping the map back to the original.
pub fn fold_text(text: &str) -> FoldedText {
    let mut out = FoldedText {
        text: String::with_capacity(text.len()),
        spans: Vec::new(),
    };
    let mut cluster_fold = String::new();
    let mut pending_space: Option<(usize, usize)> = None;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        // Fast path: a run of ASCII letters and digits folds by lower-casing, and a run of
        // kana, kanji or Hangul stays as it is.
        let run_start = i;
        if bytes[i].is_ascii_alphanumeric() {
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            // In decomposed text (`Co\u{302}te`) the last letter goes with the combining
            // marks after it, by the general path below: cut off from it, the marks stayed
            // and the name was not found (found by the tests of hostile input).
            if combining_mark_at(text, i) {
                i -= 1;
            }
        } else if text[i..].starts_with(is_basic_cyrillic) {
            // A run of basic Cyrillic letters folds by lower-casing and `script_letter`,
            // which keep each letter two bytes long: copied as a run, as ASCII is, rather
            // than a letter at a time through the general path (where Russian spent most of
            // its folding time). Marks go with the letter before, as below.
            i = run_end(text, run_start, is_basic_cyrillic);
            if i > run_start {
                if let Some((s, e)) = pending_space.take() {
                    out.push(" ", s, e);
                }
                out.copied_span(run_start);
                out.text.extend(
                    text[run_start..i]
                        .chars()
                        .map(|c| script_letter(common_lower_case(c).unwrap_or(c))),
                );
                continue;
            }
        } else if !bytes[i].is_ascii() {
            i = run_end(text, run_start, folds_to_itself);
        }
        if i > run_start {
            if let Some((s, e)) = pending_space.take() {
                out.push(" ", s, e);
            }
            let at = out.text.len();
            out.push_copied(&text[run_start..i], run_start);
            if bytes[run_start].is_ascii() {
                out.text[at..].make_ascii_lowercase();
            }
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let mut j = i + c.len_utf8();
        if !c.is_ascii() || c.is_ascii_alphanumeric() {
            // A character and the combining marks that follow it fold together.
            while combining_mark_at(text, j) {
                j += text[j..].chars().next().map_or(1, char::len_utf8);
            }
        }
        if is_separator(c) && j == i + c.len_utf8() {
            if !out.text.is_empty() && pending_space.is_none() {
                pending_space = Some((i, j));
            }
        } else if !(is_ignorable(c) && j == i + c.len_utf8()) {
            if c.is_ascii() && j == i + 1 {
                let lower = c.to_ascii_lowercase();
                cluster_fold.clear();
                cluster_fold.push(lower);
            } else if j == i + c.len_utf8() && is_common_simple(c) {
                // Fast path, as in `fold_simple`: CJK, kana, Hangul, Cyrillic and Arabic
                // letters fold by lower-casing alone.
                cluster_fold.clear();
                if c.is_uppercase() {
                    cluster_fold.extend(c.to_lowercase().map(script_letter));
                } else {
                    cluster_fold.push(script_letter(c));
                }
            } else {
                fold_replacing(&text[i..j], &mut cluster_fold);
            }
            if !cluster_fold.is_empty() {
                if let Some((s, e)) = pending_space.take() {
                    out.push(" ", s, e);
                }
                out.push(&cluster_fold, i, j);
            }
        }
        i = j;
    }
    out
}

/// Appends `chars` to `out`, dropping ignorable characters and collapsing separators.
fn push_separated(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut pending_space = false;
    for c in chars {
        if is_separator(c) {
            pending_space = !out.is_empty();
        } else if !is_ignorable(c) {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
}

/// Scripts written without spaces between words, where a name may start or end anywhere.
#[inline]
pub fn is_unspaced(c: char) -> bool {
    // The scripts written with spaces that come before Thai answer at the first test, and
    // kanji and kana at the next ones.
    c >= '\u{0E00}'
        && matches!(c,
            '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
            | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
            | '\u{0E00}'..='\u{0EFF}' // Thai, Lao
            | '\u{1000}'..='\u{109F}' // Myanmar
            | '\u{1780}'..='\u{17FF}' // Khmer
            | '\u{2E80}'..='\u{2FDF}' // CJK radicals
            | '\u{3005}'..='\u{3007}' // 々 〆 〇
            | '\u{3400}'..='\u{4DBF}' // CJK extension A
            | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
            | '\u{20000}'..='\u{3FFFF}' // CJK extensions B and beyond
        )
}

/// Whether `c` goes on a word of a script written with spaces: a letter or digit of a script
/// that is not [`is_unspaced`]. In such a script a key can start at a word of a text only if
/// the key's first word is that whole word: the build's table of first words and the text
/// scan both cut words with this.
pub fn in_spaced_word(c: char) -> bool {
    c.is_alphanumeric() && !is_unspaced(c)
}

/// Whether folding makes `c` a space between words: white space, hyphens and dashes,
/// underscores, commas and apostrophes.
pub fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '_'
                | ','
                | '\''
                | '`'
                | '\u{00B4}' // acute accent used as an apostrophe
                | '\u{02BB}'..='\u{02BC}' // ʻokina, modifier letter apostrophe
                | '\u{2010}'..='\u{2015}' // hyphen, non-breaking hyphen, figure dash, en/em dash, bar
                | '\u{2018}'..='\u{2019}' // curly single quotes
                | '\u{2032}' // prime
                | '\u{2212}' // minus sign
                | '\u{2043}' // hyphen bullet
                | '\u{FE58}' // small em dash
                | '\u{3001}' // ideographic comma
        )
}

fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '.' | '\u{00B7}' // middle dot
            | '\u{30FB}' // katakana middle dot
            | '\u{FF65}' // half-width katakana middle dot (NFKC maps it, kept for the fast path)
            | '\u{00AD}' // soft hyphen
            | '\u{034F}' // combining grapheme joiner
            | '\u{061C}' // Arabic letter mark
            | '\u{180E}' // Mongolian vowel separator
            | '\u{200B}'..='\u{200F}' // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{206F}' // word joiner, invisible operators, bidi isolates
            | '\u{FE00}'..='\u{FE0F}' // variation selectors
            | '\u{FEFF}' // byte order mark
            | '\u{0640}' // Arabic tatweel, which only stretches a word
            | '\u{E0000}'..='\u{E0FFF}' // tags and variation selectors supplement
    )
}

/// Letters that have no canonical decomposition but that readers treat as a plain letter.
fn fold_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        'ħ' => "h",
        'ŧ' => "t",
        'ς' => "σ",
        _ => return None,
    })
}

/// Whether `c` is a letter of the Latin script (the blocks that hold Latin letters).
fn is_latin(c: char) -> bool {
    matches!(c,
        'a'..='z' | 'A'..='Z'
        | '\u{00C0}'..='\u{024F}' // Latin-1 Supplement letters, Latin Extended-A and -B
        | '\u{0250}'..='\u{02AF}' // IPA Extensions
        | '\u{1D00}'..='\u{1DBF}' // Phonetic Extensions
        | '\u{1E00}'..='\u{1EFF}' // Latin Extended Additional
        | '\u{2C60}'..='\u{2C7F}' // Latin Extended-C
        | '\u{A720}'..='\u{A7FF}' // Latin Extended-D
        | '\u{AB30}'..='\u{AB6F}' // Latin Extended-E
    ) && c != '\u{00D7}'
        && c != '\u{00F7}'
}

#[cfg(test)]
mod tests {
    use super::fold;
    use unicode_normalization::char::is_combining_mark;

    #[test]
    fn table() {
        let cases = [
            ("Iturup", "iturup"),
            ("  Iturup   Island ", "iturup island"),
            ("St. Petersburg", "st petersburg"),
            ("Yuzhno-Kurilsk", "yuzhno kurilsk"),
            ("Côte d’Ivoire", "cote d ivoire"),
            ("Côte d'Ivoire", "cote d ivoire"),
            ("Japan's", "japan s"),
            ("GDAŃSK", "gdansk"),
            ("Łódź", "lodz"),
            ("Straße", "strasse"),
            ("STRAẞE", "strasse"),
            ("Đà Nẵng", "da nang"),
            ("Trường Sa", "truong sa"),
            ("Dağlıq Qarabağ", "dagliq qarabag"),
            ("Færøerne", "faeroerne"),
            ("İstanbul", "istanbul"),
            ("ΑΘΗΝΑΣ", "αθηνασ"),
            ("Київ", "київ"),
            ("Йошкар-Ола", "йошкар ола"),
            ("ブエノスアイレス", "ブエノスアイレス"),
            ("ブエノス・アイレス", "ブエノスアイレス"),
            ("ｲﾄｩﾙｯﾌﾟ", "イトゥルップ"),
            ("北方領土", "北方領土"),
            ("Ｔｏｋｙｏ", "tokyo"),
            ("O\u{02BB}ahu", "o ahu"),
            ("Ky\u{200B}iv", "kyiv"),
            ("\u{202E}Kyiv\u{202C}", "kyiv"),
            ("U.S.A.", "usa"),
            ("Белару́сь", "беларусь"),
            ("Ёлки", "елки"),
            ("Київ", "київ"),
            ("Йошкар-Ола", "йошкар ола"),
            ("السعودية", "السعوديه"),
            ("مِصْر", "مصر"),
            ("أبو ظبي", "ابو ظبي"),
            ("کابل", "كابل"),
            ("ایران", "ايران"),
            ("مـصـر", "مصر"),
            ("", ""),
            (" - ", ""),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "fold({input:?})");
        }
    }

    /// The copy for plain ASCII folds as the byte-at-a-time path does, on every string of up
    /// to five characters from letters, digits, spaces and punctuation, which covers each
    /// place a space or other character can take in a word.
    #[test]
    fn plain_ascii_folds_as_every_ascii_does() {
        let alphabet = b"aZ9 .-";
        let mut plain = 0;
        for len in 0..=5u32 {
            for mut n in 0..alphabet.len().pow(len) {
                let mut name = Vec::new();
                for _ in 0..len {
                    name.push(alphabet[n % alphabet.len()]);
                    n /= alphabet.len();
                }
                let (mut fast, mut slow) = (String::new(), String::new());
                super::fold_ascii(core::str::from_utf8(&name).unwrap(), &mut fast);
                super::fold_ascii_bytes(&name, &mut slow);
                assert_eq!(fast, slow, "{:?}", String::from_utf8_lossy(&name));
                plain += usize::from(super::is_plain_ascii(&name));
            }
        }
        // Both paths were taken.
        assert!(plain > 500, "{plain}");
    }

    /// The word-at-a-time check says what a byte-at-a-time one says, for spaces and other
    /// characters at every position of words that span two or three 8-byte words.
    #[test]
    fn plain_ascii_across_words() {
        let naive = |s: &[u8]| {
            s.iter().all(|&b| b.is_ascii_alphanumeric() || b == b' ')
                && !s.starts_with(b" ")
                && !s.ends_with(b" ")
                && !s.windows(2).any(|w| w == b"  ")
        };
        for len in 1..=20 {
            for at in 0..len {
                for insert in [&b" "[..], b"  ", b".", b"\xc3\xa9", b"Z", b"\x7f"] {
                    let mut name = vec![b'k'; len];
                    name.splice(at..at, insert.iter().copied());
                    assert_eq!(
                        super::is_plain_ascii(&name),
                        naive(&name),
                        "{:?}",
                        String::from_utf8_lossy(&name)
                    );
                }
            }
        }
    }

    #[test]
    fn the_ascii_table_agrees_with_the_character_classes() {
        for b in 0..128u8 {
            let c = char::from(b);
            let class = if super::is_separator(c) {
                super::Ascii::Separator
            } else if super::is_ignorable(c) {
                super::Ascii::Ignorable
            } else {
                super::Ascii::Kept
            };
            assert!(super::ASCII[usize::from(b)] == class, "{c:?}");
        }
    }

    #[test]
    fn the_fast_path_agrees_with_the_full_one() {
        let mut fast = String::new();
        let mut full = String::new();
        let mut check = |s: &str| {
            super::fold_replacing(s, &mut fast);
            full.clear();
            super::fold_fully(s, &mut full);
            assert_eq!(
                fast,
                full,
                "{s:?} {:?}",
                s.chars().map(|c| c as u32).collect::<Vec<_>>()
            );
        };
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            check(&c.to_string());
            if (c as u32) < 0x30000 {
                check(&format!("Σ{c}ΑΣ {c}"));
            }
            if c.is_ascii() {
                check(&format!("a{c}B {c}{c}"));
            }
        }
        for s in [
            "Москва",
            "ΑΘΗΝΑ",
            "東京都",
            "القاهرة",
            "मुंबई",
            "서울",
            "Київ",
            "Ελλάς",
        ] {
            check(s);
        }
    }

    #[test]
    fn text_keeps_the_map_to_the_original() {
        let text = "In Côte d’Ivoire, ＴＯＫＹＯ and 北方領土 — Kyiv's.";
        let f = super::fold_text(text);
        assert_eq!(f.text, "in cote d ivoire tokyo and 北方領土 kyiv s");
        let span = |needle: &str| {
            let a = f.text.find(needle).unwrap();
            let b = a + needle.len();
            let (mut start_hint, mut end_hint) = (0, 0);
            &text[f.source_start(a, &mut start_hint)..f.source_end(b, &mut end_hint)]
        };
        assert_eq!(span("cote d ivoire"), "Côte d’Ivoire");
        assert_eq!(span("tokyo"), "ＴＯＫＹＯ");
        assert_eq!(span("北方領土"), "北方領土");
        assert_eq!(span("kyiv"), "Kyiv");
    }

    /// `fold_text` with a map per folded byte, as it was before the map became spans.
    fn fold_text_per_byte(text: &str) -> (String, Vec<usize>, Vec<usize>) {
        let (mut out, mut starts, mut ends) = (String::new(), Vec::new(), Vec::new());
        let mut push = |s: &str, start: usize, end: usize| {
            out.push_str(s);
            starts.extend(core::iter::repeat_n(start, s.len()));
            ends.extend(core::iter::repeat_n(end, s.len()));
        };
        let mut pending_space = None;
        let mut cluster = String::new();
        let mut chars = text.char_indices().peekable();
        let mut empty = true;
        while let Some((i, c)) = chars.next() {
            let mut j = i + c.len_utf8();
            if !c.is_ascii() || c.is_ascii_alphanumeric() {
                while let Some(&(_, m)) = chars.peek().filter(|&&(_, m)| is_combining_mark(m)) {
                    j += m.len_utf8();
                    chars.next();
                }
            }
            let single = j == i + c.len_utf8();
            if super::is_separator(c) && single {
                if !empty && pending_space.is_none() {
                    pending_space = Some((i, j));
                }
            } else if !(super::is_ignorable(c) && single) {
                super::fold_replacing(&text[i..j], &mut cluster);
                if !cluster.is_empty() {
                    if let Some((s, e)) = pending_space.take() {
                        push(" ", s, e);
                    }
                    push(&cluster, i, j);
                    empty = false;
                }
            }
        }
        (out, starts, ends)
    }

    #[test]
    fn the_spans_map_every_character_as_a_map_per_byte_did() {
        let texts = [
            "In Côte d’Ivoire, ＴＯＫＹＯ and 北方領土 — Kyiv's.",
            "Co\u{302}te  d'Ivoire -- ß Straße ﬁ Æ ǅ İ ΣΑΣ. U.S.A.",
            "北方領土の元島民は十五日、北海道根室市で（８８）「集会」を開いた。ブエノス・アイレス",
            "か\u{3099}き\u{309A}ー々〆〇ヶ ｶﾞｲﾄﾞ 서울 한국\u{302}ก\u{E31}ไทย\u{200B}Ky\u{200B}iv",
            " \t\n- leading, trailing ,\u{3000}",
            "a\u{301}\u{302}b\u{300}東\u{301}京 𠀋𠀋x",
            "Белару\u{301}сь МОСКВА, Ёлки ЀЍѐѝ Ѓќ Київ-Ф\u{308} Ф\u{308}ё\u{301}\u{302}яЯѠ",
        ];
        for text in texts {
            let f = super::fold_text(text);
            let (want, starts, ends) = fold_text_per_byte(text);
            assert_eq!(f.text, want, "{text:?}");
            let (mut start_hint, mut end_hint) = (0, 0);
            // In order, then backwards, as after a candidate that is not taken.
            let chars: Vec<_> = want.char_indices().collect();
            for &(k, c) in chars.iter().chain(chars.iter().rev()) {
                let end = k + c.len_utf8();
                assert_eq!(
                    f.source_start(k, &mut start_hint),
                    starts[k],
                    "{text:?} {k}"
                );
                assert_eq!(
                    f.source_end(end, &mut end_hint),
                    ends[end - 1],
                    "{text:?} {end}"
                );
            }
        }
    }

    /// The run of basic Cyrillic letters in `fold_text` copies each letter's folding into
    /// as many bytes as it had: that holds for every one of them.
    #[test]
    fn basic_cyrillic_folds_to_one_letter_of_the_same_length() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if super::is_basic_cyrillic(c) {
                let s = c.to_string();
                let folded = fold(&s);
                assert_eq!(folded.len(), s.len(), "{c:?}");
                let lower = super::common_lower_case(c).unwrap_or(c);
                assert_eq!(folded, super::script_letter(lower).to_string(), "{c:?}");
                assert!(!is_combining_mark(c), "{c:?}");
            }
        }
    }

    #[test]
    fn what_folds_to_itself_does() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if super::folds_to_itself(c) {
                let s = c.to_string();
                assert_eq!(fold(&s), s, "{c:?}");
                assert!(c.is_alphanumeric() && !is_combining_mark(c), "{c:?}");
                assert!(!super::is_separator(c) && !super::is_ignorable(c), "{c:?}");
            }
        }
    }

    #[test]
    fn idempotent() {
        for s in [
            "Côte d’Ivoire",
            "ブエノス・アイレス",
            "ΣΟΦΟΚΛΗΣ",
            "Straße",
            "Київ",
        ] {
            assert_eq!(fold(&fold(s)), fold(s));
        }
    }
}
