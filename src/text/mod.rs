//! Finding the place names mentioned in running text.

mod common_words;
mod declension;
mod evidence;
mod inflection;
mod scan;

use toponym_shared::fold::fold_text;

use crate::resolve::{Match, Matches};
use crate::tables;
use declension::{At, DeclinedSearch};
use evidence::accept;
use scan::{char_at, is_word_char, key_starts, longest_key, skip_word, starts_word};

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
    let packs = crate::packs::pack_keys();
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
        if !starts_word(f, i, c) {
            i += c.len_utf8();
            continue;
        }
        // Most characters of Japanese or Chinese text start no key: a look-up in a table
        // is cheaper than a walk into the transducer that fails.
        let key = longest_name(keys, packs.as_deref(), f, i, c);
        let cyrillic = inflection::is_cyrillic(c);
        if key.is_none() && !cyrillic {
            i = skip_word(f, i);
            continue;
        }
        let start_o = folded.source_start(i, &mut start_hint);
        // A character that folds to several (㍂ is ホーン) can hold the end of one name and
        // the start of the next: both map back to the whole character, so the second would
        // overlap the first.
        if found.last().is_some_and(|m: &Mention<'_>| m.end > start_o) {
            i += c.len_utf8();
            continue;
        }
        let after_mention = found
            .last()
            .is_some_and(|m: &Mention<'_>| m.end + 1 >= start_o);
        // A capitalised Russian or Ukrainian word may be a declined form of a name.
        declined.hits.clear();
        if cyrillic && text[start_o..].starts_with(scan::is_upper) {
            declined.search(i);
        }
        let at = At {
            start: start_o,
            after_mention,
            in_list: !declined.hits.is_empty()
                && found.last().is_some_and(|m: &Mention<'_>| {
                    declension::is_list_joint(&text[m.end..start_o])
                }),
        };
        let plain_end = key.as_ref().map_or(0, |(end, ..)| *end);
        // The longest span first: a declined form longer than the plain match, then the
        // plain match, then declined forms no longer than it.
        for hit in declined.hits.iter().filter(|h| h.end > plain_end) {
            if let Some(m) = hit.accept(text, &folded, &mut end_hint, at) {
                i = hit.end;
                found.push(m);
                continue 'scan;
            }
        }
        if let Some((end, key, matches)) = key {
            let end_o = folded.source_end(end, &mut end_hint);
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
    apply_qualifiers(text, &mut found);
    found
}

/// "Athens, Georgia, is ...": a mention right after another, after a comma, that names a place
/// containing one of the first mention's places says which place each means. The first
/// mention's place inside the other's, and the other's place that holds it, come first.
fn apply_qualifiers(text: &str, found: &mut [Mention<'_>]) {
    for i in 1..found.len() {
        let (before, after) = found.split_at_mut(i);
        let (name, area) = (&mut before[i - 1], &mut after[0]);
        if text
            .get(name.end..area.start)
            .map(|gap| gap.trim_matches(' '))
            != Some(",")
        {
            continue;
        }
        let inside = name.matches.clone().enumerate().find_map(|(n, m)| {
            let a = area
                .matches
                .clone()
                .position(|a| m.place().is_within(a.place()))?;
            Some((n, a))
        });
        if let Some((n, a)) = inside {
            name.matches = name.matches.with_first(n);
            area.matches = area.matches.with_first(a);
        }
    }
}

/// Whether the folded word `w` is an ordinary English word ("nice", "mobile", "split").
pub(crate) fn is_common_word(w: &str) -> bool {
    common_words::is_common(w)
}

/// A name found in a short text without the evidence that running text needs: every longest
/// name that starts and ends at word boundaries, with its byte span, its key and its places.
/// What `lookup` scans a decorated query with ("ESPAÑA (SPAIN)", "Berlin 10115 Germany").
pub(crate) struct Candidate {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) key: &'static str,
    pub(crate) matches: Matches,
}

/// The candidates of `text` (at most `u32::MAX` bytes), in order.
pub(crate) fn candidates(text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    if text.len() > u32::MAX as usize {
        return found;
    }
    let folded = fold_text(text);
    let f = folded.text.as_str();
    let keys = key_starts();
    let packs = crate::packs::pack_keys();
    let (mut start_hint, mut end_hint) = (0, 0);
    let mut i = 0;
    while i < f.len() {
        let c = char_at(f, i);
        if !is_word_char(c) {
            i += c.len_utf8();
            continue;
        }
        let key = starts_word(f, i, c)
            .then(|| longest_name(keys, packs.as_deref(), f, i, c))
            .flatten();
        let Some((end, key, matches)) = key else {
            i = skip_word(f, i);
            continue;
        };
        found.push(Candidate {
            start: folded.source_start(i, &mut start_hint),
            end: folded.source_end(end, &mut end_hint),
            key,
            matches,
        });
        i = end;
    }
    found
}

/// The longest key that starts at `i` in the folded text (with the character `c`) and ends
/// at a word boundary, with its end and its matches: of the compiled tables, or of the
/// loaded language packs (`packs`) if theirs is longer or as long (a pack's match list holds
/// the compiled places of its key too).
fn longest_name(
    keys: &scan::KeyStarts,
    packs: Option<&crate::packs::PackKeys>,
    f: &str,
    i: usize,
    c: char,
) -> Option<(usize, &'static str, Matches)> {
    let compiled = longest_key(keys, f, i, c);
    if let Some(packs) = packs
        && let Some((end, index)) = scan::longest_in(&packs.fst, f, i)
        && compiled.is_none_or(|(compiled_end, _)| end >= compiled_end)
    {
        let key = packs.keys[index as usize];
        return Some((end, key, crate::resolve::matches_of_key(key)));
    }
    let (end, slot) = compiled?;
    let (key, range) = tables::slot(slot);
    Some((end, key, Matches::from_range(range)))
}
