//! Finding the place names mentioned in running text.

use std::sync::OnceLock;

use fst::raw::{Fst, Node, Output};

use crate::fold::{FoldedText, fold_text};
use crate::inflection;
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
    /// For a declined Russian or Ukrainian form (`Москве`), the places of its nominative
    /// (`Москва`).
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
/// Russian and Ukrainian decline names, and the data holds them in the nominative, so a
/// capitalised Cyrillic word, or a run of up to four words joined by spaces or hyphens, is
/// also looked up in the nominative forms it may come from: a fixed set of case endings of
/// the main declensions (feminine in -а/-я and -ь, masculine, neuter, adjectives, plurals)
/// is replaced, with the vowel that the other cases drop put back and the Ukrainian о/е → і
/// of the last syllable (`Москве`, `из Шанхая`, `Ярославля`, `Мурманской области`,
/// `Юго-Восточной Азии`, `Санкт-Петербурге`, `з Одеси`, `Єгипту`, `у Києві`, `Харкова`,
/// `Одеської області`). The forms are walked in the same transducer as the text, so the
/// tables hold no declined forms. The longest span wins (a declined form over a shorter name
/// as written), and the mention covers the words as written. A declined form counts only
/// through a Russian, Ukrainian or Belarusian name of the place, and needs the evidence that
/// a name as written does. As a single word of a place that is not important it needs more:
/// a stem of at least three letters and a name of at least four (`Мира` is not Мир), and not
/// the first word of a sentence. A name shaped like a surname (`Иванова`, `Кирова`,
/// `Горькому`, `Хмельницького`), unless it is the current name of an important place
/// (`Харькова`), and a town of under 100,000 people count only after a preposition of place
/// (`из Иванова`, `у Хмельницькому`) or in a list after another place (`з Одеси, Ізмаїла`).
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
///
/// let text = "Рейсы из Шанхая в Москву и порты Одеської області.";
/// let found: Vec<_> = toponym::find_in_text(text)
///     .iter()
///     .map(|m| (m.text(), m.best().place().id()))
///     .collect();
/// assert_eq!(found, [("Шанхая", "shanghai"), ("Москву", "moscow"), ("Одеської області", "odeska-oblast-ua")]);
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
    let mut declined = DeclinedSearch::new(keys, text, &folded);
    let mut i = 0;
    let bytes = f.as_bytes();
    'scan: while i < f.len() {
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
        let cyrillic = inflection::is_cyrillic(c);
        if key.is_none() && !cyrillic {
            i = skip_word(f, i);
            continue;
        }
        let start_o = folded.source_start(i, &mut start_hint);
        let after_mention = found
            .last()
            .is_some_and(|m: &Mention<'_>| m.end + 1 >= start_o);
        // A capitalised Russian or Ukrainian word may be a declined form of a name.
        declined.hits.clear();
        if cyrillic && text[start_o..].starts_with(char::is_uppercase) {
            declined.search(i);
        }
        let at = At {
            start: start_o,
            after_mention,
            in_list: !declined.hits.is_empty()
                && found
                    .last()
                    .is_some_and(|m: &Mention<'_>| is_list_joint(&text[m.end..start_o])),
        };
        let plain_end = key.map_or(0, |(end, _)| end);
        // The longest span first: a declined form longer than the plain match, then the
        // plain match, then declined forms no longer than it.
        for hit in declined.hits.iter().filter(|h| h.end > plain_end) {
            if let Some(m) = hit.accept(text, &folded, &mut end_hint, at) {
                i = hit.end;
                found.push(m);
                continue 'scan;
            }
        }
        if let Some((end, slot)) = key {
            let (key, range) = tables::slot(slot);
            let end_o = folded.source_end(end, &mut end_hint);
            let matches = Matches::from_range(range);
            if accept(text, start_o, end_o, key, &matches, after_mention, None) {
                found.push(Mention {
                    start: start_o,
                    end: end_o,
                    text: &text[start_o..end_o],
                    matches,
                });
                i = end;
                continue;
            }
        }
        for hit in declined.hits.iter().filter(|h| h.end <= plain_end) {
            if let Some(m) = hit.accept(text, &folded, &mut end_hint, at) {
                i = hit.end;
                found.push(m);
                continue 'scan;
            }
        }
        i = skip_word(f, i);
    }
    found
}

/// Words of a declined name at most ("Объединённых Арабских Эмиратов", "Ростова-на-Дону").
const MAX_DECLINED_WORDS: usize = 4;

/// Steps into the transducer allowed for the declined forms at one word, whatever the text:
/// a word's forms take a few dozen, most of which fail at once.
const MAX_DECLINED_STEPS: usize = 1024;

/// Where a candidate starts in the text, and what the mentions before it say.
#[derive(Clone, Copy)]
struct At {
    start: usize,
    /// Whether it follows the last mention with at most one character between.
    after_mention: bool,
    /// Whether it follows the last mention in a list ("из Москвы, Твери и Иванова").
    in_list: bool,
}

/// A key that a declined form of the words at a place in the text leads to.
#[derive(Clone, Copy, Debug)]
struct DeclinedHit {
    /// Where the last word ends in the folded text.
    end: usize,
    slot: u32,
    /// Words of the text it spans.
    words: usize,
    /// Letters kept before the replaced ending, in the declined word with the fewest.
    stem_chars: usize,
}

impl DeclinedHit {
    /// The mention from `at.start` (in the original text) to the hit's end, if the evidence
    /// is there.
    fn accept<'t>(
        &self,
        text: &'t str,
        folded: &FoldedText,
        hint: &mut usize,
        at: At,
    ) -> Option<Mention<'t>> {
        let (key, range) = tables::slot(self.slot);
        // Only a place with a name of this form in Russian, Ukrainian or Belarusian, whose
        // declensions the rules follow: the Chechen name of the Czech Republic, Чехи, is not
        // what "Чехов" declines ("Игорь Чехов").
        let (first, current) = range.clone().find_map(|i| {
            let m = Matches::from_range(i..i + 1).next()?;
            east_slavic_form(m, key).map(|current| (i, current))
        })?;
        let matches = Matches::from_range(first..range.end);
        let end = folded.source_end(self.end, hint);
        let declension = Declension {
            words: self.words,
            stem_chars: self.stem_chars,
            current,
            in_list: at.in_list,
        };
        let start = at.start;
        let after_mention = at.after_mention;
        accept(
            text,
            start,
            end,
            key,
            &matches,
            after_mention,
            Some(declension),
        )
        .then(|| Mention {
            start,
            end,
            text: &text[start..end],
            matches,
        })
    }
}

/// Whether the name that matched is Russian, Ukrainian or Belarusian, or the place's name in
/// one of those languages folds to `key` (Belarusian Гомель, where the data has no Russian
/// name): `Some(true)` for a current name, `Some(false)` for a former one or a name of
/// unknown language (which `accept` takes only for an important place), `None` otherwise.
fn east_slavic_form(m: Match, key: &str) -> Option<bool> {
    let is_east_slavic = |lang: &str| matches!(lang.split('-').next(), Some("ru" | "uk" | "be"));
    let name = m.name();
    if is_east_slavic(name.lang()) {
        return Some(name.status() != Status::Historic);
    }
    if name.lang() == "und" {
        return Some(false);
    }
    ["ru", "uk", "be"].into_iter().find_map(|lang| {
        let n = m.place().name(lang).filter(|n| is_east_slavic(n.lang()))?;
        (crate::fold(n.text()) == key).then(|| n.status() != Status::Historic)
    })
}

/// The search for declined forms, with its buffers, reused from word to word.
struct DeclinedSearch<'a> {
    keys: &'a KeyStarts,
    text: &'a str,
    folded: &'a FoldedText,
    steps: usize,
    /// The last span looked up in the map back to the original text.
    hint: usize,
    /// For each depth of the search (a word of the name), the transducer's state after each
    /// byte of the word.
    paths: Vec<Vec<(Node<'static>, Output)>>,
    hits: Vec<DeclinedHit>,
}

impl<'a> DeclinedSearch<'a> {
    fn new(keys: &'a KeyStarts, text: &'a str, folded: &'a FoldedText) -> Self {
        DeclinedSearch {
            keys,
            text,
            folded,
            steps: 0,
            hint: 0,
            paths: Vec::new(),
            hits: Vec::new(),
        }
    }

    /// Fills `hits` with the keys that the words starting at byte `i` of the folded text
    /// lead to when one or more of them is replaced by a nominative form, longest first.
    fn search(&mut self, i: usize) {
        self.steps = 0;
        self.word(i, self.keys.root, Output::zero(), 1, None);
        self.hits.sort_by_key(|h| std::cmp::Reverse(h.end));
    }

    /// Walks the word at byte `at` of the folded text, as written and in each nominative
    /// form, from `node`. `stem_chars` is `Some` once a word before it was declined.
    fn word(
        &mut self,
        at: usize,
        node: Node<'static>,
        out: Output,
        words: usize,
        stem_chars: Option<usize>,
    ) {
        let f = self.folded.text.as_str();
        // A word longer than any key is no part of one: the scan for its end stops there.
        let rest = &f[at..];
        let Some(len) = rest
            .char_indices()
            .take_while(|&(k, _)| k <= tables::MAX_KEY_BYTES)
            .find(|&(_, c)| !is_word_char(c) || is_unspaced(c))
            .map(|(k, _)| k)
            .or_else(|| (rest.len() <= tables::MAX_KEY_BYTES).then_some(rest.len()))
        else {
            return;
        };
        let word = &rest[..len];
        let mut path = self
            .paths
            .get_mut(words - 1)
            .map(std::mem::take)
            .unwrap_or_default();
        path.clear();
        path.push((node, out));
        let (mut node, mut out) = (node, out);
        for &b in word.as_bytes() {
            self.steps += 1;
            let Some(t) = node.find_input(b) else { break };
            let t = node.transition(t);
            out = out.cat(t.out);
            node = self.keys.fst.node(t.addr);
            path.push((node, out));
        }
        let walked = path.len() - 1;
        if walked == len {
            self.after_word(at + len, node, out, words, stem_chars);
        }
        inflection::nominatives(word, walked, |form| {
            if form.prefix > walked || self.steps > MAX_DECLINED_STEPS {
                return self.steps <= MAX_DECLINED_STEPS;
            }
            let (mut node, mut out) = path[form.prefix];
            for &b in form.pieces.iter().flat_map(|p| p.as_bytes()) {
                self.steps += 1;
                let Some(t) = node.find_input(b) else {
                    return true;
                };
                let t = node.transition(t);
                out = out.cat(t.out);
                node = self.keys.fst.node(t.addr);
            }
            let stem = stem_chars.map_or(form.kept, |s| s.min(form.kept));
            self.after_word(at + len, node, out, words, Some(stem));
            true
        });
        if self.paths.len() < words {
            self.paths.resize_with(words, Vec::new);
        }
        self.paths[words - 1] = path;
    }

    /// After a word (as written or in a nominative form) that ends at byte `end` of the
    /// folded text: a hit if a key ends there and a word was declined, and the next word.
    fn after_word(
        &mut self,
        end: usize,
        node: Node<'static>,
        out: Output,
        words: usize,
        stem_chars: Option<usize>,
    ) {
        if let Some(stem_chars) = stem_chars
            && node.is_final()
        {
            self.hits.push(DeclinedHit {
                end,
                slot: out.cat(node.final_output()).value() as u32,
                words,
                stem_chars,
            });
        }
        let f = self.folded.text.as_str();
        if words == MAX_DECLINED_WORDS
            || self.steps > MAX_DECLINED_STEPS
            || !f[end..].starts_with(' ')
            || !f[end + 1..].starts_with(inflection::is_cyrillic)
        {
            return;
        }
        let Some(t) = node.find_input(b' ') else {
            return;
        };
        // The words of a name are joined by a space or a hyphen, not by a comma or a dash.
        let (from, to) = (
            self.folded.source_end(end, &mut self.hint),
            self.folded.source_start(end + 1, &mut self.hint),
        );
        if !self.text[from..to]
            .chars()
            .all(|c| matches!(c, ' ' | '\u{00A0}' | '-' | '\u{2010}' | '\u{2011}'))
        {
            return;
        }
        let t = node.transition(t);
        self.steps += 1;
        self.word(
            end + 1,
            self.keys.fst.node(t.addr),
            out.cat(t.out),
            words + 1,
            stem_chars,
        );
    }
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
    // Spares the look-up in Unicode's tables for ASCII, for kana, kanji and Hangul, and for
    // Cyrillic letters (a third of the time to tag Russian went to that look-up).
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        crate::fold::folds_to_itself(c) || inflection::is_cyrillic(c) || c.is_alphanumeric()
    }
}

/// `char::is_alphabetic`, without the look-up in Unicode's tables for ASCII and Cyrillic.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        inflection::is_cyrillic(c) || c.is_alphabetic()
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
    declension: Option<Declension>,
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
    let letters = surface.chars().filter(|&c| is_letter(c)).count();
    let important = is_important(best);
    let all_caps = !surface.chars().any(char::is_lowercase);
    let abbreviation = best.name().status() == Status::Abbreviation;
    if (abbreviation || letters <= 3) && !all_caps && !important {
        return false;
    }
    // An acronym ("UK", "DPRK") must be written in capitals.
    let stored = best.name().text();
    let acronym = stored.chars().filter(|&c| is_letter(c)).count() >= 2
        && !stored.chars().any(char::is_lowercase);
    if (abbreviation || acronym) && !all_caps {
        return false;
    }
    let before = previous_word(text, start);
    if let Some(d) = declension
        && d.words == 1
    {
        // A declined word of a minor place: a stem of three letters or more, a name of four
        // ("Мира" is not Мир), and not the first word of a sentence.
        let short = d.stem_chars < 3 || key.chars().count() < 4;
        if !important && (short || is_sentence_start(text, start)) {
            return false;
        }
        // A name shaped like a surname, unless it is the current name of an important place
        // ("мэр Харькова"), and a town of under 100,000 people (in the `full` tier; many of
        // their names are given names or words: Анна, Роман, Xenia), only after a
        // preposition of place or in a list after another place: "из Иванова", "в Горьком",
        // "з Одеси, Ізмаїла", not "министра Иванова", "посвятил Горькому", "сына Романа".
        let surname = !(important && d.current)
            && (inflection::is_surname_shaped(key)
                || inflection::is_surname_declension(&surface.to_lowercase()));
        let small_town =
            best.place().kind() == Kind::City && best.place().population().unwrap_or(0) < 100_000;
        let placed = d.in_list
            || before.is_some_and(|(_, w)| is_slavic_place_preposition(&w.to_lowercase(), surface));
        if (surname || small_town) && !placed {
            return false;
        }
    }
    if key.contains(' ') {
        return true;
    }
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

/// What a candidate found through a declined form needs `accept` to know.
#[derive(Clone, Copy, Debug)]
struct Declension {
    /// Words of the text it spans.
    words: usize,
    /// Letters kept before the replaced ending, in the declined word with the fewest.
    stem_chars: usize,
    /// Whether the name is a current Russian, Ukrainian or Belarusian one (not a former name,
    /// nor one of unknown language).
    current: bool,
    /// Whether it follows another mention in a list ("из Москвы, Твери и Иванова").
    in_list: bool,
}

/// Whether the text between two mentions joins them in a list: a comma, a conjunction, or
/// both ("Москвы, Твери", "Одеси та Ізмаїла", "Луцька, а також Рівного").
fn is_list_joint(between: &str) -> bool {
    // Checked first: the text since the last mention can be long.
    if between.len() > 24 || !between.starts_with([' ', ',']) || !between.ends_with(' ') {
        return false;
    }
    let rest = between.trim_start_matches(' ');
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_matches(' ');
    matches!(
        rest,
        "" | "и" | "і" | "й" | "та" | "или" | "або" | "а также" | "а також"
    )
}

/// The word just after byte `end` (separated from it by one space).
fn next_word(text: &str, end: usize) -> Option<&str> {
    let tail = text[end..].strip_prefix(' ')?;
    let len = tail.find(|c: char| !is_word_char(c)).unwrap_or(tail.len());
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
        .find(|&(_, c)| !is_word_char(c))
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

/// Whether the Russian or Ukrainian word `w` before a declined name shaped like a surname
/// makes it a place: in, into, from, to, under, near ("в Иванове", "из Иванова", "під
/// Хмельницьким"). Words that go with a person as well are left out ("к Иванову", "на
/// Иванова", "за Иванова"), and "у" counts only before the Ukrainian locative ("у
/// Хмельницькому", not the Russian "у Иванова", at Ivanov's).
fn is_slavic_place_preposition(w: &str, declined: &str) -> bool {
    match w {
        "в" | "во" | "из" | "изо" | "до" | "под" | "около" | "возле" | "близ" | "із" | "з"
        | "зі" | "під" | "біля" | "поблизу" => true,
        "у" => ["і", "ому", "ім"].iter().any(|e| declined.ends_with(e)),
        _ => false,
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

#[cfg(test)]
mod tests {
    /// The fast paths of `is_word_char` and `is_letter` agree with Unicode's tables.
    #[test]
    fn word_characters_and_letters() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(super::is_word_char(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
