//! The years of CLDR's territory names, from its past releases compared one after another.
//!
//! CLDR keeps one name per territory, language and form (`CZ`, `CZ-alt-short`, ...). When a
//! release writes another name under the same key than the release before, the name
//! changed that year:
//! - the new name gets `from`, the year of the first release that has it (unless the first
//!   release imported already had it);
//! - the former name, unless the current release still has it under some key of that
//!   territory, is added with the same `from` rule and `until`, the year of the first
//!   release without it. It is `historic` when the territory was renamed (its English name
//!   changed in that release or before: Swaziland, Macedonia), and otherwise a `variant`: a
//!   former spelling of one language, which people still type.
//!
//! A territory was renamed when its English name changed by more than one letter: "Macau"
//! to "Macao" is a spelling, "Swaziland" to "Eswatini" and "Turkey" to "Türkiye" are not.
//!
//! A name that appears where the release before had none under that key is not dated, nor
//! one that a release drops without a replacement: a locale gaining a translation, or a
//! package of modern coverage lacking a rare territory, says nothing about when a name was
//! used. Two names that fold alike are one name (a change of apostrophe or case is not a
//! change of name). Left out as former names: a territory's code, which old releases gave
//! where a locale had no translation ("CZ", "154"), and a name that only one release had,
//! which CLDR corrected at once (Amharic "Chechnya" for Czechia), and a former spelling
//! that folds to a key the place has already.

use std::collections::{BTreeMap, HashMap, HashSet};

use toponym_shared::fold::fold;

use super::Sources;
use super::cldr::{self, Locales};
use super::merge::{Merge, Src};
use super::packages as pkg;

/// One release's names: (language tag, territory code or time zone) -> key (with its
/// `-alt-` form) -> text.
type Release = BTreeMap<(String, String), BTreeMap<String, String>>;

/// Dates the names of the territories in `territory_id` (CLDR code -> place id) that the
/// merge holds from the current release, and adds the former names of past releases.
pub(super) fn date_territory_names(
    src: &Sources,
    locales: &Locales,
    territory_id: &BTreeMap<String, String>,
    m: &mut Merge,
) -> Result<(), String> {
    let mut releases: Vec<(i32, Release)> = Vec::new();
    for r in &pkg::CLDR_HISTORY {
        let rows = cldr::territories_of(src, r.package, locales)?;
        releases.push((year(r.date), by_territory(rows)));
    }
    let current = cldr::territories(src, locales)?;
    releases.push((year(pkg::CLDR_CURRENT.1), by_territory(current)));
    // The regions of the world (UN M49 numbers) are left alone: their names are
    // descriptions ("весь мир", "Nord-, Mellem- og Sydamerika"), and a former wording is
    // no name that people write ("Мир", the word for world and peace).
    let ids: BTreeMap<String, String> = territory_id
        .iter()
        .filter(|(code, _)| !is_m49(code))
        .map(|(code, id)| (code.clone(), id.clone()))
        .collect();
    date(m, &releases, &ids, "territory names", "territories")
}

/// Dates the names of the cities that are CLDR's exemplar cities of a time zone
/// (`city_of_zone`, zone id -> place id), as [`date_territory_names`] does for territories.
pub(super) fn date_city_names(
    src: &Sources,
    locales: &Locales,
    city_of_zone: &BTreeMap<String, String>,
    m: &mut Merge,
) -> Result<(), String> {
    // A zone keeps one key across releases, though CLDR renamed some (Asia/Rangoon to
    // Asia/Yangon, Europe/Kiev to Europe/Kyiv): a zone new in a release takes the key of
    // an alias of it that the release before had and this one has not. An alias whose
    // zone the release before had too (Yellowknife beside Edmonton) was merged into it,
    // not renamed, and is not followed.
    let aliases = cldr::zone_aliases(src)?;
    let mut exemplars: Vec<(i32, cldr::Exemplars)> = Vec::new();
    for r in &pkg::CLDR_DATES_HISTORY {
        exemplars.push((
            year(r.date),
            cldr::exemplar_cities_of(src, r.package, locales)?,
        ));
    }
    let current = cldr::exemplar_cities_of(src, pkg::CLDR_DATES, locales)?;
    exemplars.push((year(pkg::CLDR_CURRENT.1), current));
    let mut key_of: BTreeMap<String, String> = BTreeMap::new();
    let mut releases: Vec<(i32, Release)> = Vec::new();
    for (i, (year, zones)) in exemplars.iter().enumerate() {
        let before = i.checked_sub(1).map(|b| &exemplars[b].1);
        let mut keys = BTreeMap::new();
        for zone in zones.keys() {
            let renamed_from = before.and_then(|before| {
                let group = aliases.get(zone)?;
                let mut gone = group
                    .iter()
                    .filter(|a| *a != zone && before.contains_key(*a) && !zones.contains_key(*a));
                let from = gone.next()?;
                (gone.next().is_none() && !before.contains_key(zone)).then_some(from)
            });
            let key = match renamed_from {
                Some(old) => key_of.get(old).cloned().unwrap_or_else(|| old.clone()),
                None => key_of.get(zone).cloned().unwrap_or_else(|| zone.clone()),
            };
            keys.insert(zone.clone(), key);
        }
        let mut release = Release::new();
        for (zone, names) in zones {
            let key = &keys[zone];
            // The English name that is only the zone's id ("Miquelon" of America/Miquelon
            // for Saint-Pierre) is not one CLDR gives, and says nothing of the city's names.
            let from_id = zone.rsplit('/').next().unwrap_or("").replace('_', " ");
            let given = names
                .iter()
                .filter(|(tag, text)| !(tag == "en" && *text == from_id));
            for (tag, text) in given {
                release
                    .entry((tag.clone(), key.clone()))
                    .or_default()
                    .insert(key.clone(), text.clone());
            }
        }
        key_of.extend(keys);
        releases.push((*year, release));
    }
    let ids: BTreeMap<String, String> = city_of_zone
        .iter()
        .filter_map(|(zone, id)| Some((key_of.get(zone)?.clone(), id.clone())))
        .collect();
    date(m, &releases, &ids, "city names", "cities")
}

/// A former name's status and years: (status, from, until).
type Former = (&'static str, Option<i32>, i32);

/// Compares `releases` (oldest first, the current one last) and dates the names of the
/// places of `ids` (code -> place id) in the merge; `what` and `places` say what for the
/// report.
fn date(
    m: &mut Merge,
    releases: &[(i32, Release)],
    ids: &BTreeMap<String, String>,
    what: &str,
    places: &str,
) -> Result<(), String> {
    let history = History::new(releases);
    let mut dated = 0;
    // (place id, tag, text) -> (status, from, until)
    let mut former: BTreeMap<(String, String, String), Former> = BTreeMap::new();
    for change in &history.changes {
        let Some(id) = ids.get(&change.code) else {
            continue;
        };
        let territory = (change.tag.clone(), change.code.clone());
        let still = history.is_current(&change.old, &territory);
        let from = history.appeared(&change.tag, &change.code, &change.old);
        let corrected_at_once =
            from.is_some() && history.releases_with(&change.old, &territory) == 1;
        if !still && !is_code(&change.old, &change.code) && !corrected_at_once {
            let renamed = history
                .renamed
                .get(&change.code)
                .is_some_and(|&y| y <= change.year);
            let status = if renamed { "historic" } else { "variant" };
            let entry = former
                .entry((id.clone(), change.tag.clone(), change.old.clone()))
                .or_insert((status, from, change.year));
            entry.2 = entry.2.max(change.year);
        }
        if let Some(from) = history.appeared(&change.tag, &change.code, &change.new) {
            dated += m.date_name(id, Src::Cldr, &change.tag, &change.new, from);
        }
    }
    let mut added = [0, 0];
    for ((id, tag, text), (status, from, until)) in former {
        // A former spelling is kept for the people who still type it; one that folds to a
        // key the place has already (a Latin "Accra" that a locale had before its own
        // script's) adds nothing to find.
        let known = m
            .names
            .get(&id)
            .is_some_and(|n| n.keys_contain(&fold(&text)));
        if status == "variant" && known {
            continue;
        }
        let group = m
            .group_of(&id)
            .ok_or_else(|| format!("CLDR history: {id} has no group"))?;
        let years = (from, Some(until));
        if m.add_dated_name(&id, group, Src::Cldr, &tag, status, &text, years) {
            added[usize::from(status == "variant")] += 1;
        }
    }
    let renamed: Vec<String> = history
        .renamed
        .iter()
        .filter(|(code, _)| ids.contains_key(*code))
        .map(|(code, year)| format!("{code} {year}"))
        .collect();
    m.report.push(format!(
        "CLDR history of {what} ({} releases, {} to {}): {} changes; {} former names added \
         ({} historic, {} variant), {dated} current names dated; {places} renamed in \
         English: {}",
        releases.len(),
        releases.first().map_or(0, |r| r.0),
        releases.last().map_or(0, |r| r.0),
        history.changes.len(),
        added[0] + added[1],
        added[0],
        added[1],
        renamed.join(", ")
    ));
    Ok(())
}

/// The year of a date written `YYYY-MM-DD`.
fn year(date: &str) -> i32 {
    date[..4].parse().expect("a date of packages.rs")
}

/// Rows `(tag, key, text)` grouped by language and territory.
fn by_territory(rows: Vec<(String, String, String)>) -> Release {
    let mut out = Release::new();
    for (tag, key, text) in rows {
        let code = key.split_once("-alt-").map_or(key.as_str(), |(c, _)| c);
        out.entry((tag.clone(), code.to_string()))
            .or_default()
            .insert(key.clone(), text);
    }
    out
}

/// Whether `code` is a UN M49 number (a region of the world) rather than a territory's code.
fn is_m49(code: &str) -> bool {
    code.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `text` is a code rather than a name: the territory's own, or a UN M49 number.
fn is_code(text: &str, code: &str) -> bool {
    text.eq_ignore_ascii_case(code) || is_m49(text)
}

/// Whether `a` and `b` differ by one letter: one replaced, added or taken out.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    let rest = |s: &[char], skip: usize| s[(prefix + skip).min(s.len())..].to_vec();
    if short.len() == long.len() {
        rest(short, 1) == rest(long, 1)
    } else {
        rest(short, 0) == rest(long, 1)
    }
}

/// One key's name replaced by another.
struct Change {
    tag: String,
    code: String,
    old: String,
    new: String,
    /// The year of the first release with the new name.
    year: i32,
}

/// What the releases, compared in order, say.
struct History {
    changes: Vec<Change>,
    /// (tag, code, folded text) -> the year of the release that first had it, when that
    /// release replaced another name with it and no earlier release had it.
    appeared: HashMap<(String, String, String), i32>,
    /// Territory code -> the first year its English name changed.
    renamed: BTreeMap<String, i32>,
    /// Each release's folded texts by (tag, code).
    texts: Vec<HashMap<(String, String), HashSet<String>>>,
}

impl History {
    fn new(releases: &[(i32, Release)]) -> History {
        let mut changes = Vec::new();
        let mut appeared = HashMap::new();
        let mut renamed = BTreeMap::new();
        // Every folded text each (tag, code) has had so far.
        let mut seen: HashMap<(String, String), HashSet<String>> = HashMap::new();
        let mut texts = Vec::new();
        for (i, (year, release)) in releases.iter().enumerate() {
            let before = i.checked_sub(1).map(|b| &releases[b].1);
            for (territory, keys) in release {
                let earlier = before.and_then(|b| b.get(territory));
                for (key, new) in keys {
                    let Some(old) = earlier.and_then(|e| e.get(key)) else {
                        continue;
                    };
                    if fold(old) == fold(new) {
                        continue;
                    }
                    let (tag, code) = territory;
                    if tag == "en" && key == code && !one_letter_apart(&fold(old), &fold(new)) {
                        renamed.entry(code.clone()).or_insert(*year);
                    }
                    let had = seen.get(territory);
                    if !had.is_some_and(|h| h.contains(&fold(new))) {
                        appeared
                            .entry((tag.clone(), code.clone(), fold(new)))
                            .or_insert(*year);
                    }
                    changes.push(Change {
                        tag: tag.clone(),
                        code: code.clone(),
                        old: old.clone(),
                        new: new.clone(),
                        year: *year,
                    });
                }
            }
            let mut these: HashMap<(String, String), HashSet<String>> = HashMap::new();
            for (territory, keys) in release {
                let folded: HashSet<String> = keys.values().map(|t| fold(t)).collect();
                seen.entry(territory.clone())
                    .or_default()
                    .extend(folded.iter().cloned());
                these.insert(territory.clone(), folded);
            }
            texts.push(these);
        }
        History {
            changes,
            appeared,
            renamed,
            texts,
        }
    }

    /// In how many releases `text` (folded) was a name of `territory` (tag, code).
    fn releases_with(&self, text: &str, territory: &(String, String)) -> usize {
        let folded = fold(text);
        self.texts
            .iter()
            .filter(|r| r.get(territory).is_some_and(|t| t.contains(&folded)))
            .count()
    }

    /// Whether `text` (folded) is a name of `territory` (tag, code) in the current release,
    /// the last one.
    fn is_current(&self, text: &str, territory: &(String, String)) -> bool {
        let current = self.texts.last().and_then(|r| r.get(territory));
        current.is_some_and(|t| t.contains(&fold(text)))
    }

    /// The year `text` appeared as a name of `code` in `tag`, if a release brought it in
    /// place of another.
    fn appeared(&self, tag: &str, code: &str, text: &str) -> Option<i32> {
        let key = (tag.to_string(), code.to_string(), fold(text));
        self.appeared.get(&key).copied()
    }
}
