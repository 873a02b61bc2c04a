//! Names as people write them: qualified ("Dayton, OH"), inverted ("Korea, Rep."), with
//! articles and generic words ("the Czech Republic", "г. Москва"), codes ("FRA"), inside a
//! longer string ("ESPAÑA (SPAIN)") and misspelt ("Portugul").

mod partial;
mod qualified;
mod tokens;
mod words;

use core::fmt;
use core::ops::Range;

use crate::resolve::{MAX_NAME_BYTES, Match, Matches};
use crate::{Place, Status};
use tokens::{Gap, Words};

/// Which rule of [`lookup`] found a place, from the surest to the least sure.
///
/// # Examples
///
/// ```
/// use toponym::Rule;
///
/// assert_eq!(toponym::lookup("Dayton, OH").first().unwrap().how().rule(), Rule::Qualified);
/// assert_eq!(Rule::Qualified.as_str(), "qualified");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rule {
    /// The query is a stored name, as [`resolve`](crate::resolve) finds it.
    Exact,
    /// The query is a code of the place: its ISO 3166-1 code ("FRA", "SU"), its ISO 3166-2
    /// code whole ("US-OH") or without the country's part ("OH"), or a stored code.
    Code,
    /// A name, then a place that contains it: "Paris, Texas", "Dayton, OH", "Москва, Россия".
    Qualified,
    /// A list's inverted form: "Korea, Rep.", "Bahamas, The", "Iran (Islamic Republic of)".
    Inverted,
    /// A name with an article, a generic word or an abbreviated word that the stored name
    /// does not have: "the Czech Republic", "Kanagawa Prefecture", "г. Москва", "Lao PDR".
    Generic,
    /// A name inside a longer string: "ESPAÑA (SPAIN)", "Berlin 10115 Germany".
    Partial,
    /// A name within a few edits of the query: "Portugul".
    Typo,
}

impl Rule {
    /// The rule's name in the JSON: `"exact"`, `"code"`, `"qualified"`, `"inverted"`,
    /// `"generic"`, `"partial"` or `"typo"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Rule::Exact => "exact",
            Rule::Code => "code",
            Rule::Qualified => "qualified",
            Rule::Inverted => "inverted",
            Rule::Generic => "generic",
            Rule::Partial => "partial",
            Rule::Typo => "typo",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How [`lookup`] found a place: the rule, the part of the query it used, the qualifier that
/// decided between places of the same name, and the edits of a typo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct How {
    rule: Rule,
    start: u32,
    end: u32,
    qualifier: Option<Place>,
    edits: u8,
}

impl How {
    /// How `rule` found a place from the bytes `span` of the query, with no qualifier and no
    /// edit.
    fn by(rule: Rule, span: Range<usize>) -> How {
        How {
            rule,
            start: span.start as u32,
            end: span.end as u32,
            qualifier: None,
            edits: 0,
        }
    }

    /// The rule that found the place.
    pub fn rule(self) -> Rule {
        self.rule
    }

    /// The byte range of the query that named the place: "Dayton" in "Dayton, OH", "SPAIN"
    /// in "ESPAÑA (SPAIN)"; the whole query for an exact, inverted or generic match.
    pub fn span(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The place named after the name that contains it ("Ohio" for "Dayton, OH"), for the
    /// qualified rule, and for a typo found inside a qualifier ("Sydeny, NSW").
    pub fn qualifier(self) -> Option<Place> {
        self.qualifier
    }

    /// The edits between the query and the matched name (insertions, deletions,
    /// substitutions, swaps of two adjacent characters); 0 but for a typo.
    pub fn edits(self) -> u8 {
        self.edits
    }
}

/// A place that [`lookup`] found, the stored name that matched, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Found {
    matched: Match,
    how: How,
}

impl Found {
    /// The place and the stored name that matched.
    pub fn matched(self) -> Match {
        self.matched
    }

    /// The place.
    pub fn place(self) -> Place {
        self.matched.place()
    }

    /// How it was found.
    pub fn how(self) -> How {
        self.how
    }
}

/// The places a query names, best first, as [`lookup`] found them; or, when the query named
/// a place inside another and the other holds no place of that name, that fact.
#[derive(Debug, Clone)]
pub struct Lookup {
    found: Vec<Found>,
    not_inside: Option<NotInside>,
}

/// What a query such as "Springfield, Canada" asked for and the gazetteer does not hold: the
/// name (places of that name exist, but none inside the qualifier) and the qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NotInside {
    start: u32,
    end: u32,
    qualifier: Place,
}

impl NotInside {
    /// The byte range of the name in the query: "Springfield".
    pub fn span(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The place that holds no place of that name: Canada.
    pub fn qualifier(self) -> Place {
        self.qualifier
    }
}

impl Lookup {
    /// The places found, best first.
    pub fn found(&self) -> &[Found] {
        &self.found
    }

    /// The best place found.
    pub fn first(&self) -> Option<Found> {
        self.found.first().copied()
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// How many places were found.
    pub fn len(&self) -> usize {
        self.found.len()
    }

    /// The places found, best first.
    pub fn iter(&self) -> core::slice::Iter<'_, Found> {
        self.found.iter()
    }

    /// When nothing was found because the query named a place inside another that holds no
    /// place of that name ("Springfield, Canada"): the name and the other place. `lookup`
    /// says so rather than guess at another Springfield.
    pub fn not_inside(&self) -> Option<NotInside> {
        self.not_inside
    }

    fn push(&mut self, matched: Match, how: How) {
        if !self.found.iter().any(|f| f.place() == matched.place()) {
            self.found.push(Found { matched, how });
        }
    }

    fn push_all(&mut self, matches: impl IntoIterator<Item = Match>, how: How) {
        for m in matches {
            self.push(m, how);
        }
    }
}

impl Default for Lookup {
    /// Nothing found.
    fn default() -> Self {
        Lookup {
            found: Vec::new(),
            not_inside: None,
        }
    }
}

impl IntoIterator for Lookup {
    type Item = Found;
    type IntoIter = std::vec::IntoIter<Found>;

    fn into_iter(self) -> Self::IntoIter {
        self.found.into_iter()
    }
}

impl<'a> IntoIterator for &'a Lookup {
    type Item = &'a Found;
    type IntoIter = core::slice::Iter<'a, Found>;

    fn into_iter(self) -> Self::IntoIter {
        self.found.iter()
    }
}

/// Every place that a name as people write it can mean, best first, each with how it was
/// found.
///
/// The query goes through these rules, and the first that finds anything gives the answer
/// (`resolve`, within a rule, gives the order):
///
/// 1. **exact** (and **code**): a stored name or code, as [`resolve`](crate::resolve) finds
///    it. A name that holds a generic word ("The Hague", "Isle of Man", "Mexico City") is
///    found here, as it is. Two or three capitals are the place of that ISO 3166-1 code
///    first ("SU": the Soviet Union, then the names "SU"); a whole ISO 3166-2 code, in any
///    case, is its region ("US-OH").
/// 2. **qualified**: a name, then, after a comma, in parentheses, after a dash or a space,
///    places that contain it: countries, regions, their ISO 3166-2 codes without the
///    country's (`OH`, `NSW`, `BC`) and the usual abbreviations (`Mass.`, `Ont.`), ISO
///    3166-1 codes. "Paris, Texas", "Springfield (Mass.)", "Perth WA", "Москва, Россия". The
///    qualifier decides: when places of the name exist but none inside it, nothing is found
///    and [`Lookup::not_inside`] says so. Numbers (postal codes) are left out, unless the
///    name with them is a stored one ("Sector 1, RO").
/// 3. **inverted** ("Korea, Rep.", "Congo, Dem. Rep.", "Bahamas, The", "Virgin Islands
///    (British)") and **generic**: an article or a generic word of the lists of
///    `data/terms/` taken away ("the Czech Republic", "die Schweiz", "Republic of Austria",
///    "г. Москва", "Osaka-shi", "北京市"), for places of the kinds the word is said of, or
///    an abbreviated word read in full ("Lao PDR", "St. Lucia").
/// 4. **partial**: the names inside a longer string, the most specific first ("ESPAÑA
///    (SPAIN)", "Berlin 10115 Germany").
/// 5. **typo**: names within one edit (up to four letters) or two of the query, nearest
///    first ("Portugul"); never when another rule found something.
///
/// A generic word alone, and what forms hold where no place is given ("(blank)", "N/A",
/// "unknown", "不明"), find nothing unless they are stored names. Queries longer than
/// [`MAX_NAME_BYTES`] find nothing; the work is bounded whatever the query.
///
/// # Examples
///
/// ```
/// use toponym::{Rule, lookup};
///
/// let dayton = lookup("Dayton, OH").first().unwrap();
/// assert_eq!(dayton.place().id(), "dayton");
/// assert_eq!(dayton.how().qualifier().unwrap().iso_code(), Some("US-OH"));
///
/// assert_eq!(lookup("Korea, Rep.").first().unwrap().place().id(), "kr");
/// assert_eq!(lookup("the Czech Republic").first().unwrap().place().id(), "cz");
/// assert_eq!(lookup("FRA").first().unwrap().how().rule(), Rule::Code);
///
/// let typo = lookup("Portugul").first().unwrap();
/// assert_eq!((typo.place().id(), typo.how().edits()), ("pt", 1));
///
/// let nothing = lookup("Springfield, Canada");
/// assert!(nothing.is_empty());
/// assert_eq!(nothing.not_inside().unwrap().qualifier().id(), "ca");
/// ```
pub fn lookup(query: &str) -> Lookup {
    let mut out = Lookup::default();
    if query.len() > MAX_NAME_BYTES {
        return out;
    }
    let whole = How::by(Rule::Exact, 0..query.len());
    let whole_code = How::by(Rule::Code, 0..query.len());
    let as_code = is_code_like(query.trim());
    let exact = crate::resolve(query);
    if exact.len() > 0 {
        // Written as a code ("CAN", "TUR", "SU"), the letters are the code first: Canada,
        // then Caen, whose variant "Can" comes before codes otherwise; the Soviet Union, then
        // the United States, which Breton calls "SU".
        let codes = exact
            .clone()
            .filter(|m| as_code && m.name().status() == Status::Code);
        out.push_all(codes, whole_code);
        if as_code
            && let Some(country) = crate::place_by_iso(query.trim())
            && let Some(m) = country.name_in("en", None).map(Match::from_name)
        {
            out.push(m, whole_code);
        }
        for m in exact {
            let is_code = m.name().status() == Status::Code;
            out.push(m, if is_code { whole_code } else { whole });
        }
        return out;
    }
    // A whole ISO 3166-2 code: "US-OH", "JP-13", "gb-sct".
    if let Some(region) = subdivision_code(query.trim())
        && let Some(m) = region.name_in("en", None).map(Match::from_name)
    {
        out.push(m, whole_code);
        return out;
    }
    let words = Words::new(query);
    if words.len() == 0 {
        return out;
    }
    // A generic word alone names nothing: "City", "Republic of", "مدينة"; nor does what a
    // form holds where no place is given: "(blank)", "N/A", "unknown". Written as a code,
    // the letters are a code all the same: "DE", "IL", "NA" (not the articles "de" and "il",
    // nor "n.a.").
    let all = words.key(0..words.len());
    if !as_code && (crate::terms::is_generic(all) || crate::terms::is_placeholder(all)) {
        return out;
    }
    // "Country: France", "Sede: Milano, Italia": a label, then the name.
    if let Some(rest) = after_label(query, &words) {
        let mut found = lookup(&query[rest.clone()]);
        for f in found.found.iter_mut() {
            f.how.start += rest.start as u32;
            f.how.end += rest.start as u32;
            // The name is not the whole query but a part of it.
            if matches!(f.how.rule, Rule::Exact | Rule::Code) {
                f.how.rule = Rule::Partial;
            }
        }
        if let Some(n) = found.not_inside.as_mut() {
            n.start += rest.start as u32;
            n.end += rest.start as u32;
        }
        return found;
    }
    if code(query, &words, &mut out) {
        return out;
    }
    let not_inside = match qualified::find(&words, &mut out) {
        qualified::Outcome::Found => return out,
        qualified::Outcome::NotInside(n) => Some(n),
        qualified::Outcome::NotQualified => None,
    };
    if words::inverted(&words, &mut out) || words::generic(&words, 0..words.len(), &mut out) {
        return out;
    }
    if not_inside.is_some() {
        out.not_inside = not_inside;
        return out;
    }
    // A name inside a longer string; but when words of the query are left unexplained
    // ("Porto Alege": "Alege"), a misspelt name of the whole may be what it is.
    let mut inside = Lookup::default();
    let explained = partial::find(query, &words, &mut inside);
    // A misspelt name is written as a name: a few words ("Porto Alege", "Buenos Airse"),
    // not a phrase, nor parts set apart by commas or brackets.
    let words_at_most = if inside.is_empty() { 5 } else { 3 };
    if explained
        || words.len() > words_at_most
        || words.strongest_gap(0..words.len()) > Gap::Dash
        || !typo(&words, 0..words.len(), None, &mut out)
    {
        return inside;
    }
    out
}

/// The bytes of the query after a label and its colon ("Country: France"), when the label
/// names no place.
fn after_label(query: &str, words: &Words) -> Option<Range<usize>> {
    let colon = words.words.iter().position(|w| w.gap == Gap::Colon)?;
    if colon == 0 || exact(words.key(0..colon)).len() > 0 {
        return None;
    }
    let start = words.words[colon].start;
    let end = query.len();
    // "China, P.R.: Hong Kong" names places on both sides: the qualified rule reads it.
    let before: Vec<_> = crate::text::candidates(&query[..words.words[colon - 1].end]);
    (before.is_empty() && start < end).then_some(start..end)
}

/// A query written as a code: two or three capital letters ("FRA", "CAN", "NSW", "TX"), or
/// a region's abbreviation ("Calif.", "Ont."). A stored code of the place comes before any
/// name of the same letters ("CAN" is Canada, not Caen), then countries by ISO 3166-1 code,
/// regions by their ISO 3166-2 code without the country's, and regions' abbreviations.
fn code(query: &str, words: &Words, out: &mut Lookup) -> bool {
    if words.len() != 1 {
        return false;
    }
    let word = words.words[0];
    let key = words.key(0..1);
    let how = How::by(Rule::Code, word.start..word.end);
    // No stored name of these letters: the place's English name stands for the match.
    let by_name = |place: Place| place.name_in("en", None).map(Match::from_name);
    if word.code_like {
        let stored = exact(key);
        let codes = stored.clone().filter(|m| m.name().status() == Status::Code);
        out.push_all(codes, how);
        let iso = crate::place_by_iso(key).into_iter();
        let regions = crate::terms::regions_by_code(key);
        for place in iso.chain(regions) {
            if let Some(m) = by_name(place) {
                out.push(m, how);
            }
        }
        // A stored name of these letters: exact when the word is the whole query, else a
        // name inside it ("MUK/").
        let whole = words.whole() == (word.start..word.end)
            && query.get(word.start..word.end) == Some(query.trim());
        out.push_all(
            stored,
            How {
                rule: if whole { Rule::Exact } else { Rule::Partial },
                ..how
            },
        );
    }
    for place in crate::terms::regions(key) {
        if let Some(m) = by_name(place) {
            out.push(m, how);
        }
    }
    !out.is_empty()
}

/// The place whose ISO 3166-2 code `text` is, in any case: two letters, a hyphen, then one
/// to three letters or digits ("US-OH", "JP-13", "GB-SCT").
pub(super) fn subdivision_code(text: &str) -> Option<Place> {
    let (country, region) = text.split_once('-')?;
    let shaped = country.len() == 2
        && country.bytes().all(|b| b.is_ascii_alphabetic())
        && (1..=3).contains(&region.len())
        && region.bytes().all(|b| b.is_ascii_alphanumeric());
    shaped.then(|| crate::place_by_iso(text)).flatten()
}

/// Whether `word` is written as a code: two or three capital letters, no dots.
fn is_code_like(word: &str) -> bool {
    (2..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// The places of the stored name `key` (folded), as `resolve` ranks them.
fn exact(key: &str) -> Matches {
    crate::resolve::matches_of_key(key)
}

/// The typo searches of `lookup`: bounds on the work that keep every query well under 100
/// µs (a search among every key, with no letter taken as typed right, costs ten times as much).
const TYPO_REACH_ONE: crate::suggest::Reach = crate::suggest::Reach {
    anchors: &[2, 1],
    steps: 350,
};
const TYPO_REACH_TWO: crate::suggest::Reach = crate::suggest::Reach {
    anchors: &[2],
    steps: 350,
};

/// Names within a few edits of the words `range`, places inside `within` only when given.
fn typo(
    words: &Words,
    range: Range<usize>,
    within: Option<&dyn Fn(Place) -> Option<Place>>,
    out: &mut Lookup,
) -> bool {
    let key = words.key(range.clone());
    let chars = key.chars().count();
    // One edit in a short name is a change of a third of it: only from five letters, and
    // two edits from nine. A character of Chinese or Japanese is a syllable, and a name of
    // three has one wrong often enough (茨木県 for 茨城県).
    let syllabic = key.chars().all(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}'));
    let max_edits = match (chars, syllabic) {
        (3..=8, true) => 1,
        (0..=4, _) => return false,
        (5..=8, false) => 1,
        _ => 2,
    };
    let span = words.span(range);
    let before = out.len();
    // One edit first, which is quick to search and the usual typo; two only below the
    // first two letters, taken as typed right, where the search stays small.
    let mut found = Vec::new();
    for (edits, reach) in [(1, TYPO_REACH_ONE), (2, TYPO_REACH_TWO)] {
        if edits > max_edits || !found.is_empty() {
            break;
        }
        found = crate::suggest::fuzzy(key, edits, 10, reach);
    }
    for s in found {
        let m = s.matched();
        let qualifier = match within {
            Some(inside) => match inside(m.place()) {
                Some(q) => Some(q),
                None => continue,
            },
            None => None,
        };
        out.push(
            m,
            How {
                rule: Rule::Typo,
                start: span.start as u32,
                end: span.end as u32,
                qualifier,
                edits: s.edits(),
            },
        );
    }
    out.len() > before
}
