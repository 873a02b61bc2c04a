//! Finding the place names mentioned in running text.

use std::sync::OnceLock;

use fst::raw::{Fst, Node, Output};

use crate::fold::fold_text;
use crate::resolve::{Match, Matches};
use crate::tables;
use crate::{Kind, Status};

/// A place name found in a text: where it is, and the places it can mean, best first.
///
/// Returned by [`find_in_text`].
#[derive(Debug, Clone)]
pub struct Mention<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    matches: Matches,
}

impl<'t> Mention<'t> {
    /// Byte offset of the mention's start in the text.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the mention's end in the text.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The mention as written in the text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Every place the mention can mean, best first (as [`resolve`](crate::resolve) ranks them).
    pub fn matches(&self) -> Matches {
        self.matches.clone()
    }

    /// The most likely place.
    pub fn best(&self) -> Match {
        self.matches
            .clone()
            .next()
            .expect("a mention has at least one match")
    }
}

/// The transducer from every folded key to its slot in the key table (see `automaton.rs`).
pub(crate) fn keys_fst() -> &'static Fst<&'static [u8]> {
    static FST: OnceLock<Fst<&'static [u8]>> = OnceLock::new();
    FST.get_or_init(|| Fst::new(crate::automaton::keys_fst_bytes()).expect("a valid transducer"))
}

/// Every place name mentioned in `text`, in order, each with its byte span and the places
/// it can mean.
///
/// Works in scripts with spaces and without: the longest name wins (`Buenos Aires`, not
/// `Aires`; `北方領土`, not `北方`), and in a script written with spaces a match never starts
/// or ends inside a word (`Japan's` and `Kyiv-based` find Japan and Kyiv; `Nicest` finds
/// nothing). Matching uses the same folding as [`resolve`](crate::resolve).
///
/// A gazetteer of tens of thousands of places holds names that are also ordinary words or
/// surnames (Nice, Mobile, Split, Of, Mori, Abe). A candidate in a cased script must be
/// capitalised as a name; a short one or an abbreviation must be in capitals unless its place
/// is important; a single word that is also a common word counts only after a preposition
/// of place ("in Nice"), and a minor place right after a capitalised word (a given name, as
/// in "Shinzo Abe") does not count. Names without a language from bulk data count only for
/// important places. Text runs in time linear in its length.
///
/// # Examples
///
/// ```
/// let text = "Talks between Japan and Russia on the Northern Territories (北方領土) stalled.";
/// let found: Vec<_> = toponym::find_in_text(text)
///     .iter()
///     .map(|m| (m.text(), m.best().place().id()))
///     .collect();
/// assert_eq!(found, [("Japan", "jp"), ("Russia", "ru"), ("Northern Territories", "south-kurils"), ("北方領土", "south-kurils")]);
/// ```
pub fn find_in_text(text: &str) -> Vec<Mention<'_>> {
    if text.len() > u32::MAX as usize {
        return Vec::new();
    }
    let folded = fold_text(text);
    let mut found = Vec::new();
    let f = folded.text.as_str();
    let keys = key_starts();
    let (mut start_hint, mut end_hint) = (0, 0);
    let mut i = 0;
    let bytes = f.as_bytes();
    while i < f.len() {
        // Fast path: ASCII that is not a letter or digit cannot start a name.
        if !bytes[i].is_ascii_alphanumeric() && bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        let c = char_at(f, i);
        if !is_word_char(c) {
            i += c.len_utf8();
            continue;
        }
        // In a script without spaces a name can start anywhere; else only at a word's start.
        let starts_word = is_unspaced(c)
            || f[..i]
                .chars()
                .next_back()
                .is_none_or(|p| !is_word_char(p) || is_unspaced(p));
        if !starts_word {
            i += c.len_utf8();
            continue;
        }
        // Most characters of Japanese or Chinese text start no key: a look-up in a table
        // is cheaper than a walk into the transducer that fails.
        let key = if keys.may_start(c) {
            longest_key(keys, f, i)
        } else {
            None
        };
        match key {
            Some((end, slot)) => {
                let (key, range) = tables::slot(slot);
                let start_o = folded.source_start(i, &mut start_hint);
                let end_o = folded.source_end(end, &mut end_hint);
                let matches = Matches::from_range(range);
                let after_mention = found
                    .last()
                    .is_some_and(|m: &Mention<'_>| m.end + 1 >= start_o);
                if accept(text, start_o, end_o, key, &matches, after_mention) {
                    found.push(Mention {
                        start: start_o,
                        end: end_o,
                        text: &text[start_o..end_o],
                        matches,
                    });
                    i = end;
                    continue;
                }
                i = skip_word(f, i);
            }
            None => i = skip_word(f, i),
        }
    }
    found
}

/// The characters that start a key, and the transducer's root, taken from the transducer
/// once, on first use.
struct KeyStarts {
    fst: &'static Fst<&'static [u8]>,
    root: Node<'static>,
    /// A bit for each character of the Basic Multilingual Plane that starts a key.
    bmp: Box<[u64]>,
}

impl KeyStarts {
    /// Whether a key may start with `c` (characters beyond the BMP are not recorded: maybe).
    fn may_start(&self, c: char) -> bool {
        let c = c as usize;
        self.bmp
            .get(c / 64)
            .is_none_or(|word| word & (1 << (c % 64)) != 0)
    }
}

/// Reads the first character of every key off the transducer: a walk of one to three
/// bytes from its root (in the default tier, 510 nodes and 2,994 characters: 0.2 ms once).
fn key_starts() -> &'static KeyStarts {
    static STARTS: OnceLock<KeyStarts> = OnceLock::new();
    STARTS.get_or_init(|| {
        let fst = keys_fst();
        let root = fst.root();
        let mut bmp = vec![0u64; 0x10000 / 64].into_boxed_slice();
        // (node, bytes of the character so far)
        let mut stack = vec![(root, Vec::new())];
        while let Some((node, prefix)) = stack.pop() {
            for t in node.transitions() {
                let mut bytes = prefix.clone();
                bytes.push(t.inp);
                match std::str::from_utf8(&bytes) {
                    Ok(s) => {
                        let c = s.chars().next().map_or(0, |c| c as usize);
                        if let Some(word) = bmp.get_mut(c / 64) {
                            *word |= 1 << (c % 64);
                        }
                    }
                    // Four-byte characters need no bit (`may_start` says yes to them).
                    Err(e) if e.error_len().is_none() && bytes[0] < 0xF0 => {
                        stack.push((fst.node(t.addr), bytes));
                    }
                    Err(_) => {}
                }
            }
        }
        KeyStarts { fst, root, bmp }
    })
}

/// The end and slot of the longest key that starts at `i` in the folded text and ends at
/// a word boundary.
fn longest_key(keys: &KeyStarts, f: &str, i: usize) -> Option<(usize, u32)> {
    let bytes = f.as_bytes();
    let mut node = keys.root;
    let mut out = Output::zero();
    let mut best = None;
    for (k, &b) in bytes.iter().enumerate().skip(i) {
        let Some(t) = node.find_input(b) else { break };
        let transition = node.transition(t);
        out = out.cat(transition.out);
        node = keys.fst.node(transition.addr);
        let end = k + 1;
        if node.is_final() && f.is_char_boundary(end) && ends_word(f, end) {
            best = Some((end, out.cat(node.final_output()).value() as u32));
        }
    }
    best
}

fn ends_word(f: &str, end: usize) -> bool {
    let (Some(last), next) = (f[..end].chars().next_back(), f[end..].chars().next()) else {
        return false;
    };
    match next {
        None => true,
        Some(n) => !is_word_char(n) || is_unspaced(last) || is_unspaced(n),
    }
}

/// Past the word at `i` (or one character, in a script written without spaces).
fn skip_word(f: &str, i: usize) -> usize {
    let bytes = f.as_bytes();
    let ascii_end = i + bytes[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if ascii_end > i && bytes.get(ascii_end).is_none_or(|b| b.is_ascii()) {
        return ascii_end;
    }
    let c = char_at(f, i);
    if is_unspaced(c) {
        return i + c.len_utf8();
    }
    let rest = &f[i..];
    i + rest
        .find(|ch: char| !is_word_char(ch) || is_unspaced(ch))
        .unwrap_or(rest.len())
}

fn char_at(f: &str, i: usize) -> char {
    f[i..].chars().next().unwrap_or(' ')
}

fn is_word_char(c: char) -> bool {
    // Spares the look-up in Unicode's tables for ASCII and for kana, kanji and Hangul.
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        crate::fold::folds_to_itself(c) || c.is_alphanumeric()
    }
}

/// Scripts written without spaces between words, where a name may start or end anywhere.
fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{2E80}'..='\u{2FDF}' // CJK radicals
        | '\u{3005}'..='\u{3007}' // 々 〆 〇
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{20000}'..='\u{3FFFF}' // CJK extensions B and beyond
    )
}

/// The evidence that a candidate is really a mention of a place (see [`find_in_text`]).
fn accept(
    text: &str,
    start: usize,
    end: usize,
    key: &str,
    matches: &Matches,
    after_mention: bool,
) -> bool {
    let Some(best) = matches.clone().next() else {
        return false;
    };
    let surface = &text[start..end];
    let Some(first) = surface.chars().next() else {
        return false;
    };
    let cased = first.is_uppercase() || first.is_lowercase();
    if !cased {
        // Scripts without case: a single character is too ambiguous.
        return surface.chars().count() >= 2
            && !(is_han_or_kana(first) && in_japanese_name_or_organisation(text, start, end));
    }
    if !first.is_uppercase() {
        return false;
    }
    // Counted only here, for cased scripts: counted for every candidate, the look-ups in
    // Unicode's tables took 5% of the time to tag Japanese, where candidates are many.
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    let important = is_important(best);
    let all_caps = !surface.chars().any(char::is_lowercase);
    let abbreviation = best.name().status() == Status::Abbreviation;
    if (abbreviation || letters <= 3) && !all_caps && !important {
        return false;
    }
    // An acronym ("UK", "DPRK") must be written in capitals.
    let stored = best.name().text();
    let acronym = stored.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !stored.chars().any(char::is_lowercase);
    if (abbreviation || acronym) && !all_caps {
        return false;
    }
    if key.contains(' ') {
        return true;
    }
    let before = previous_word(text, start);
    // "of" after a capitalised word is part of a name ("University of Reading").
    let after_preposition = before.is_some_and(|(at, w)| {
        is_place_preposition(&w.to_lowercase())
            && !(w == "of"
                && previous_word(text, at).is_some_and(|(_, p)| p.starts_with(char::is_uppercase)))
    });
    if after_preposition {
        return true;
    }
    let sentence_start = is_sentence_start(text, start);
    // A sentence that opens with an important place's name that is also a word counts when
    // punctuation follows it ("Turkey, which ...", "Turkey's"), not a lower-case word.
    let word_follows = text[end..].starts_with(' ');
    if crate::common_words::is_common(key)
        && !(all_caps && letters >= 2)
        && !(important && !(sentence_start && word_follows))
    {
        // "Nice weather", "Split decision", "Mobile phones"; but "Turkey's" mid-sentence.
        return false;
    }
    // "Shinzo Abe", "Elizabeth Warren": a given name before a minor place's name.
    let after_capitalised = !after_mention
        && before.is_some_and(|(at, w)| {
            w.chars().next().is_some_and(char::is_uppercase) && !is_sentence_start(text, at)
        });
    if after_capitalised && !is_country_like(best) {
        return false;
    }
    // "Vladimir Putin", "Georgia Mills", "Water UK"-style names: a capitalised word that is
    // not itself a place right after the candidate.
    if next_word(text, end).is_some_and(|w| {
        w.chars().next().is_some_and(char::is_uppercase) && crate::resolve(w).len() == 0
    }) {
        return false;
    }
    let weak_name = best.name().lang() == "und";
    !weak_name || important
}

/// The word just after byte `end` (separated from it by one space).
fn next_word(text: &str, end: usize) -> Option<&str> {
    let tail = text[end..].strip_prefix(' ')?;
    let len = tail
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(tail.len());
    (len > 0).then(|| &tail[..len])
}

fn is_han_or_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Kanji and katakana, the characters of Japanese names (hiragana mostly writes particles).
fn is_kanji_or_katakana(c: char) -> bool {
    let hiragana = ('\u{3040}'..='\u{309F}').contains(&c);
    c == 'ー' || c == '々' || (is_han_or_kana(c) && !hiragana)
}

/// In Japanese, whether the candidate is part of a person's name (松本ヨシさん,
/// 宮崎健二理事長) or of an organisation's (北海道新聞, 大和証券): the run of kanji and
/// katakana that holds it goes on past it into a given name before an honorific or a title,
/// or ends in a word for an organisation.
fn in_japanese_name_or_organisation(text: &str, start: usize, end: usize) -> bool {
    // A given name, title or organisation word goes on a few characters past the candidate,
    // not hundreds. Looking to the end of the run however long made a text that is one run
    // of kanji (東京東京東京...) take quadratic time: every candidate in it scanned to the end.
    const MAX_RUN_CHARS: usize = 32;
    let mut run_end = end;
    for (n, c) in text[end..].chars().enumerate() {
        if !is_kanji_or_katakana(c) {
            break;
        }
        if n == MAX_RUN_CHARS {
            return false;
        }
        run_end += c.len_utf8();
    }
    let run = &text[start..run_end];
    const ORGANISATIONS: &[&str] = &[
        "新聞",
        "証券",
        "銀行",
        "連盟",
        "大学",
        "電力",
        "丸",
        "工業",
        "商事",
        "放送",
        "通信",
        "協会",
        "組合",
        "自動車",
        "電機",
        "製作所",
        "航空",
        "鉄道",
        "財団",
        "学院",
        "高校",
        "球団",
    ];
    if ORGANISATIONS.iter().any(|o| run.ends_with(o)) {
        return true;
    }
    if run_end == end {
        return false;
    }
    const TITLES: &[&str] = &[
        "理事長",
        "報道官",
        "首相",
        "大臣",
        "外相",
        "議員",
        "社長",
        "会長",
        "教授",
        "選手",
        "監督",
        "代表",
        "委員長",
        "長官",
        "氏",
        "アナリスト",
        "エコノミスト",
        "記者",
        "准教授",
        "部長",
        "課長",
        "主任",
    ];
    const HONORIFICS: &[&str] = &["さん", "氏", "様", "君", "ちゃん", "容疑者", "被告"];
    TITLES.iter().any(|t| run.ends_with(t))
        || HONORIFICS.iter().any(|h| text[run_end..].starts_with(h))
        || text[run_end..].starts_with('（') && run.chars().count() <= 6
}

/// Countries and the like, regions, and cities of a million people.
fn is_important(m: Match) -> bool {
    let place = m.place();
    match place.kind() {
        Kind::City => place.population().unwrap_or(0) >= 1_000_000,
        Kind::Landform | Kind::Mountain | Kind::Island | Kind::Peninsula => false,
        _ => true,
    }
}

/// Countries, territories, disputed areas, historic states and regions of the world.
fn is_country_like(m: Match) -> bool {
    matches!(
        m.place().kind(),
        Kind::Country
            | Kind::DependentTerritory
            | Kind::DisputedArea
            | Kind::HistoricState
            | Kind::WorldRegion
    )
}

/// The word just before byte `start` (separated from it by one space), and where it starts.
fn previous_word(text: &str, start: usize) -> Option<(usize, &str)> {
    let head = text[..start]
        .strip_suffix(' ')
        .or_else(|| text[..start].strip_suffix('\u{00A0}'))?;
    let word_start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[word_start..];
    (!word.is_empty()).then_some((word_start, word))
}

/// Whether byte `at` starts a sentence: only spaces and an opening quote or bracket since
/// the text's start or the last `.`, `!`, `?` or line break.
fn is_sentence_start(text: &str, at: usize) -> bool {
    match text[..at]
        .trim_end_matches([' ', '"', '“', '«', '(', '\'', '‘'])
        .chars()
        .next_back()
    {
        None => true,
        Some(c) => matches!(c, '.' | '!' | '?' | '\n' | '…' | ':'),
    }
}

fn is_place_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "of"
            | "from"
            | "to"
            | "near"
            | "at"
            | "into"
            | "via"
            | "across"
            | "outside"
            | "around"
            | "visited"
            | "visit"
            | "toward"
            | "towards"
            | "в"
            | "во"
            | "из"
            | "под"
            | "до"
            | "у"
            | "із"
            | "з"
            | "nach"
            | "aus"
            | "bei"
            | "à"
            | "en"
            | "de"
            | "a"
            | "desde"
    )
}
