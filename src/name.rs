//! Names, and the choice of a place's name for a language and a worldview.

use core::cmp::Reverse;
use core::fmt;

use toponym_shared::layout::{name as f, name_extra as x};

use crate::Status;
use crate::iter::Places;
use crate::packs;
use crate::place::{Place, Years};
use crate::source::Source;
use crate::tables::{self, LANGUAGES, NAME_EXTRAS, NAMES};
use toponym_shared::status_display_rank;

/// One name of a place: its text, language, status and whose usage it is.
///
/// # Examples
///
/// ```
/// use toponym::Status;
///
/// let leningrad = toponym::resolve("Leningrad").next().unwrap().name();
/// assert_eq!(leningrad.status(), Status::Historic);
/// assert_eq!(leningrad.years().unwrap().until, Some(1991));
/// assert_eq!(leningrad.place().id(), "saint-petersburg");
/// ```
///
/// Names compare (`Ord`) in data order, the order of [`Place::names`] place after place:
/// useful for sorting and for ordered sets, but not stable from one version of the data to
/// the next.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name {
    index: u32,
}

impl Name {
    pub(crate) fn from_index(index: u32) -> Name {
        Name { index }
    }

    fn field(self, field: usize) -> u32 {
        tables::field(NAMES, f::FIELDS, self.index, field)
    }

    /// The name's pack and record, if it is a name of a language pack.
    #[inline]
    fn in_pack(self) -> Option<(&'static packs::Loaded, &'static packs::PackName)> {
        (self.index >= tables::COMPILED_NAMES).then(|| packs::name(self.index))
    }

    fn packed(self, shift: u32, mask: u32) -> u32 {
        (self.field(f::PACKED) >> shift) & mask
    }

    /// The name's record in the extras table, if it has one.
    fn extra(self) -> Option<u32> {
        if self.in_pack().is_some() || self.field(f::PACKED) & f::HAS_EXTRA == 0 {
            return None;
        }
        let n = tables::words(NAME_EXTRAS) / x::FIELDS;
        let at = |i: usize| tables::field(NAME_EXTRAS, x::FIELDS, i as u32, x::NAME);
        tables::binary_search(n, |i| at(i).cmp(&self.index)).map(|i| i as u32)
    }

    fn extra_field(record: u32, field: usize) -> u32 {
        tables::field(NAME_EXTRAS, x::FIELDS, record, field)
    }

    /// The name's position among every name of the gazetteer, from 0: a key for tables
    /// indexed by name. A place's compiled names are numbered consecutively, in the order of
    /// [`Place::names`]; the names of [language packs](crate::language_packs) come after
    /// every compiled name. It depends on the data the crate was built with.
    ///
    /// # Examples
    ///
    /// ```
    /// let iturup = toponym::place("iturup").unwrap();
    /// let first = iturup.names().next().unwrap().index();
    /// assert!(iturup.names().enumerate().all(|(i, n)| n.index() == first + i));
    /// ```
    pub fn index(self) -> usize {
        self.index as usize
    }

    /// The name as written, e.g. `"択捉島"`.
    pub fn text(self) -> &'static str {
        if let Some((_, n)) = self.in_pack() {
            return n.text;
        }
        tables::string(self.field(f::TEXT))
    }

    /// Its language, a BCP-47 tag such as `"ja"`, `"ja-Latn"` or `"zh-Hant"`; `"und"` if unknown.
    pub fn lang(self) -> &'static str {
        if let Some((pack, n)) = self.in_pack() {
            return pack.tag(n);
        }
        language(self.language_index())
    }

    /// Its language's index in the language table, which is sorted by tag.
    fn language_index(self) -> u32 {
        if let Some((pack, n)) = self.in_pack() {
            return pack.tag_index(n);
        }
        self.packed(0, f::LANG_MASK)
    }

    /// How the name is used.
    pub fn status(self) -> Status {
        if let Some((_, n)) = self.in_pack() {
            return n.status;
        }
        Status::ALL[self.packed(f::STATUS_SHIFT, f::STATUS_MASK) as usize]
    }

    /// The countries whose official usage this name is; empty for general usage.
    ///
    /// # Examples
    ///
    /// ```
    /// let area = toponym::resolve("北方領土").next().unwrap();
    /// let users: Vec<_> = area.name().worldview().map(|c| c.id()).collect();
    /// assert_eq!(users, ["jp"]);
    /// ```
    pub fn worldview(self) -> Places {
        let list = self
            .extra()
            .map_or(0, |r| Name::extra_field(r, x::WORLDVIEW));
        Places::list(list)
    }

    /// Whether the name is in general usage rather than one country's.
    pub fn is_general(self) -> bool {
        self.worldview().len() == 0
    }

    /// The years the name was in use, where known.
    pub fn years(self) -> Option<Years> {
        if let Some((_, n)) = self.in_pack() {
            return Years::from_words(n.from, n.until);
        }
        let record = self.extra()?;
        Years::from_words(
            Name::extra_field(record, x::FROM),
            Name::extra_field(record, x::UNTIL),
        )
    }

    /// The place this is a name of.
    pub fn place(self) -> Place {
        if let Some((_, n)) = self.in_pack() {
            return Place::from_index(n.place);
        }
        Place::from_index(self.field(f::PLACE))
    }

    /// Where the name comes from.
    pub fn source(self) -> Source {
        if let Some((_, n)) = self.in_pack() {
            return Source::from_index(n.source);
        }
        Source::from_index(self.packed(f::SOURCE_SHIFT, f::SOURCE_MASK))
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Name")
            .field("text", &self.text())
            .field("lang", &self.lang())
            .field("status", &self.status())
            .finish()
    }
}

impl fmt::Display for Name {
    /// Writes the name's text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

/// How close a name's language tag is to the requested one: 0 the same tag, 1 a shorter
/// form of it, 2 the same language, 3 English, 4 anything else.
fn language_step(requested: &str, tag: &str) -> u8 {
    // No allocation here: this runs for every name of a place on every lookup.
    fn primary(t: &str) -> &str {
        t.split('-').next().unwrap_or("")
    }
    if tag.eq_ignore_ascii_case(requested) {
        0
    } else if requested.len() > tag.len()
        && requested.as_bytes()[tag.len()] == b'-'
        && requested[..tag.len()].eq_ignore_ascii_case(tag)
    {
        1
    } else if primary(tag).eq_ignore_ascii_case(primary(requested)) {
        2
    } else if primary(tag).eq_ignore_ascii_case("en") {
        3
    } else {
        4
    }
}

/// The fallback chain documented on [`Place::name_in`], as of `year` when given (see
/// [`Place::name_for`]).
pub(crate) fn choose(
    place: Place,
    lang: &str,
    worldview: Option<Place>,
    year: Option<i32>,
) -> Option<Name> {
    let rank = |n: Name| rank(place, lang, worldview, year, n);
    // Names are sorted by language within a place: when the requested language has a
    // name in use in the first pass, no name outside it can rank better, and the other
    // few hundred names of a country need not be looked at.
    let primary = lang.split('-').next().unwrap_or("");
    let same_language = language_names(place, primary);
    let best = same_language
        .map(|n| (rank(n), n))
        .min_by(|a, b| a.0.cmp(&b.0));
    if let Some(((false, 0, ..), best)) = best {
        return Some(best);
    }
    place.names().min_by_key(|&n| rank(n))
}

type Rank = (
    bool,
    u8,
    u8,
    u8,
    bool,
    u8,
    bool,
    usize,
    Reverse<i32>,
    Reverse<usize>,
    u32,
);

/// Whether `name` was in use in `year`; whether it is a dated name to prefer then; and
/// the first year of its use, where known.
///
/// A name without years is taken to be in use at any time, unless it is historic; a dated
/// name in the years it covers, ends included, with two readings of an unknown or a known
/// first year:
/// - A dated name whose first year is not known began when the last former name of its
///   language before it ended, if one did: Democratic Kampuchea after the Khmer Republic
///   (1975); CLDR's former spelling "Ndjamena" after Fort-Lamy.
/// - A current name's first year from CLDR (`cldr_history.rs` of the importer) counts
///   where it marks a renaming, a former name of its language (not a former spelling)
///   ending that year or the year before: Eswatini (2018) was not the name in 2010.
///   Otherwise it says when CLDR took the name up ("N’Djamena" in 2025, "Yangon" in
///   2017), not that the place had no such name before. Other sources' first years count.
///
/// A former name in use in a year, or a current one from a renaming, is preferred to the
/// undated names of that year unless it is a long form of a current name ([`long_form_of`]):
/// "Republic of Turkey" is not preferred to "Turkey", nor "People's Republic of Benin" to
/// "Benin". A former spelling is not preferred: "N’Djamena" is named so before 2025 too.
fn in_use(name: Name, year: i32) -> (bool, bool, Option<i32>) {
    let Some(years) = name.years() else {
        return (!name.status().is_historic(), false, None);
    };
    let same_tag = || {
        let place = name.place();
        let primary = name.lang().split('-').next().unwrap_or("");
        let tag = name.language_index();
        language_names(place, primary).filter(move |n| n.language_index() == tag && *n != name)
    };
    let former_until = |n: Name| {
        let former =
            n.status().is_historic() || (n.status() != Status::Variant && n.years().is_some());
        former.then(|| n.years().and_then(|y| y.until)).flatten()
    };
    let from = match years.from {
        Some(from) if !name.status().is_historic() && name.source().id == "cldr" => same_tag()
            .filter_map(former_until)
            .any(|u| u == from || u == from - 1)
            .then_some(from),
        Some(from) => Some(from),
        None => years.until.and_then(|until| {
            let before = same_tag()
                .filter(|n| n.status().is_historic())
                .filter_map(|n| n.years()?.until.filter(|&u| u < until));
            before.max()
        }),
    };
    let inside = Years { from, ..years }.contains(year);
    // Preferred as dated: a former name, or a current one whose first year marks a
    // renaming; not a former spelling, nor a new one.
    let dated = name.status().is_historic() || (name.status() != Status::Variant && from.is_some());
    let long_form =
        || same_tag().any(|n| !n.status().is_historic() && long_form_of(name.text(), n.text()));
    (inside, inside && dated && !long_form(), from)
}

/// Whether `text` is written in capitals only, as abbreviations are ("FYROM", "СССР").
fn is_capitals(text: &str) -> bool {
    text.chars().any(char::is_uppercase) && !text.chars().any(char::is_lowercase)
}

/// Whether `long` is `short` with a generic term before or after it: "Republic of
/// Turkey" is a long form of "Turkey", "Western Samoa" is not one of "Samoa".
fn long_form_of(long: &str, short: &str) -> bool {
    use crate::terms::{Position, generic};
    let (long, short) = (crate::fold(long), crate::fold(short));
    let before = long
        .strip_suffix(short.as_str())
        .and_then(|p| p.strip_suffix(' '));
    let after = long
        .strip_prefix(short.as_str())
        .and_then(|s| s.strip_prefix(' '));
    before.is_some_and(|p| generic(Position::Prefix, p).is_some())
        || after.is_some_and(|s| generic(Position::Suffix, s).is_some())
}

/// Where `name` stands in the fallback chain: lower is better.
///
/// Without a year, a name in use today is one that is not historic. With one, it is a
/// name in use that year ([`in_use`]), and within a step of the chain a dated name in use
/// then comes before one without years: "Ceylon" (1948–1972) before "Sri Lanka" in 1960.
/// Between former names in use that year, a name in capitals comes last (an abbreviation:
/// FYROM), then the shorter first (Ceylon before Dominion of Ceylon), then the one that
/// came into use later (Kristiania, 1877–1924, before Christiania).
fn rank(place: Place, lang: &str, worldview: Option<Place>, year: Option<i32>, name: Name) -> Rank {
    let (tag, status, users) = (name.lang(), name.status(), name.worldview());
    let (current, dated, from) = match year {
        None => (!status.is_historic(), false, None),
        Some(year) => in_use(name, year),
    };
    let step = language_step(lang, tag);
    let usage = match worldview {
        Some(w) if users.clone().any(|c| c == w) => 0,
        _ if users.len() == 0 => 1,
        _ if users
            .clone()
            .any(|c| place.administered_by().any(|a| a == c)) =>
        {
            2
        }
        _ => 3,
    };
    // With a worldview, another side's usage comes only after the whole chain has been
    // tried; without one, the language comes first.
    let pass = match (worldview.is_some(), step, usage) {
        (_, 4, _) => 2,
        (true, _, 2 | 3) => 1,
        _ => 0,
    };
    // Today's order does not look at the text: only a year's does, where several former
    // names were in use (Ceylon and Dominion of Ceylon, Macedonia and FYROM).
    let (capitals, length) = match year {
        Some(_) if status.is_historic() => (is_capitals(name.text()), name.text().len()),
        _ => (false, 0),
    };
    (
        !current,
        pass,
        step,
        usage,
        !dated,
        status_display_rank(status),
        capitals,
        length,
        Reverse(from.unwrap_or(i32::MIN)),
        Reverse(tag.len()),
        name.index,
    )
}

/// The language tag at `index` in the language table.
fn language(index: u32) -> &'static str {
    tables::string(tables::word(LANGUAGES, index as usize))
}

/// The indices of the place's names whose language subtag is `primary` (any case).
/// The place's names whose language subtag is `primary`: compiled, and of the language's
/// pack when it is loaded.
fn language_names(place: Place, primary: &str) -> impl Iterator<Item = Name> + Clone {
    let compiled = language_range(place, primary);
    let pack = match packs::any_loaded() {
        true => packs::loaded_pack_of(primary).map_or(0..0, |p| p.names_of(place.index() as u32)),
        false => 0..0,
    };
    compiled.chain(pack).map(Name::from_index)
}

fn language_range(place: Place, primary: &str) -> core::ops::Range<u32> {
    let all = place.names_range();
    if primary.is_empty() {
        return all.start..all.start;
    }
    let tags = language_indices(primary);
    // Names are sorted by tag within a place, so by language index too.
    let index = |i: u32| Name::from_index(i).language_index();
    let start = tables::partition_point(all.clone(), |i| index(i) < tags.start);
    start..tables::partition_point(start..all.end, |i| index(i) < tags.end)
}

/// The indices in the language table of the tags whose language subtag is `primary`.
///
/// The table is sorted by tag, and tags that share a language subtag are contiguous when
/// sorted ("zh" < "zh-Hans" < "zha"). The last answer is kept, because a program asks for
/// the same language again and again (every match of a lookup is shown in it).
fn language_indices(primary: &str) -> core::ops::Range<u32> {
    thread_local! {
        static LAST: core::cell::RefCell<(String, core::ops::Range<u32>)> =
            const { core::cell::RefCell::new((String::new(), 0..0)) };
    }
    LAST.with_borrow_mut(|(last, range)| {
        if last != primary {
            let cmp = |i: u32| {
                let subtag = language(i).split('-').next().unwrap_or("");
                let subtag = subtag.bytes().map(|b| b.to_ascii_lowercase());
                subtag.cmp(primary.bytes().map(|b| b.to_ascii_lowercase()))
            };
            let tags = 0..tables::words(LANGUAGES) as u32;
            let first = tables::partition_point(tags.clone(), |i| cmp(i).is_lt());
            *range = first..tables::partition_point(first..tags.end, |i| cmp(i).is_le());
            last.clear();
            last.push_str(primary);
        }
        range.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::{choose, rank};

    #[test]
    fn the_shortcut_agrees_with_a_full_scan() {
        let worldviews = [
            None,
            crate::place("jp"),
            crate::place("ru"),
            crate::place("cn"),
        ];
        // Every third place keeps this quick in debug builds; the curated places all come first.
        for place in crate::places().step_by(3) {
            for lang in [
                "en",
                "ja",
                "ru",
                "uk",
                "zh-Hant",
                "zh-Hant-TW",
                "ZH",
                "de",
                "ar",
                "xx",
                "",
            ] {
                for wv in worldviews {
                    for year in [None, Some(1950), Some(2010)] {
                        let full = place
                            .names()
                            .min_by_key(|&n| rank(place, lang, wv, year, n));
                        let chosen = choose(place, lang, wv, year);
                        assert_eq!(chosen, full, "{place:?} {lang} {wv:?} {year:?}");
                    }
                }
            }
        }
    }
}
