//! Alternate names borrowed from another place. Bulk sources attach to a town the name of a
//! better-known place: GeoNames gives Mashhad the alternate name "Alexandria" and East Meadow
//! "ニューヨーク市" (without a language), and Okazaki the Malay name "Aichi" (its prefecture's).
//! Such a name makes `resolve` answer with the wrong place, or list it beside the right one.
//!
//! A GeoNames name of a place is a borrowed one when it is a main name (`common` or
//! `official`, in a language) of another place that is more important (one that contains
//! it, or has more inhabitants, or is a country or territory where the place is not) and
//! that is not of the same name (the Aberdeens of the United States share their names'
//! translations with Aberdeen in Scotland): when no English or own-language name of the
//! place is a name of the other. Evidence that the name is the place's own keeps it: a
//! language tag (the name is a translation), unless the other place contains it and the
//! name is one of its defining names, in English or its own language (Okazaki is not
//! "Aichi"; Mecca is "La Mecque" in French as much as its region is); its own language or English; or a second language that gives the place
//! the same name (Luxembourg is the city's name in many); or a word it shares with another
//! of the place's names ("Blantyre" of High Blantyre). What is dropped is listed in the
//! import report.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use toponym_shared::fold::fold;

use super::cldr::Locales;
use super::curated::Curated;
use super::merge::{Merge, Src};
use super::primary;

/// What makes a place more important than another.
#[derive(Clone, Copy)]
struct Weight {
    territory: bool,
    population: Option<u64>,
}

fn territory_kind(kind: &str) -> bool {
    matches!(
        kind,
        "country" | "dependent-territory" | "historic-state" | "world-region" | "disputed-area"
    )
}

/// Whether `key` has a word that is, or begins, a word of one of `keys` (four letters at
/// least): a short or longer form of another of the place's names ("Blantyre" of High
/// Blantyre, "Barahona" of Santa Cruz de Barahona, "Ar-Raqqah" of Raqqah), not another
/// place's.
fn shares_a_word<'a>(key: &str, keys: impl Iterator<Item = &'a String> + Clone) -> bool {
    let related = |a: &str, b: &str| {
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        short.chars().count() >= 4 && long.starts_with(short)
    };
    key.split(' ')
        .any(|w| keys.clone().any(|k| k.split(' ').any(|o| related(w, o))))
}

/// The main language of the country a place is in (or is), from CLDR's likely subtags.
fn own_language_of<'a>(m: &Merge, locales: &'a Locales, id: &str) -> Option<&'a str> {
    let country = std::iter::once(id.to_string())
        .chain(m.ancestors(id))
        .find(|a| a.len() == 2)?;
    locales.country_language(&country.to_ascii_uppercase())
}

/// Drops the borrowed names of `m` (see the module's documentation).
pub(super) fn drop_borrowed_names(
    m: &mut Merge,
    curated: &Curated,
    locales: &Locales,
) -> Result<(), String> {
    let mut weight: HashMap<String, Weight> = HashMap::new();
    for p in &curated.places {
        weight.insert(
            p.id.clone(),
            Weight {
                territory: territory_kind(p.kind.as_str()),
                population: p.population,
            },
        );
    }
    for (id, (_, p)) in &m.places {
        weight.insert(
            id.clone(),
            Weight {
                territory: territory_kind(p.kind),
                population: p.population,
            },
        );
    }

    // The places whose main names have each key.
    let mut main: HashMap<String, BTreeSet<String>> = HashMap::new();
    let is_main =
        |lang: &str, status: &str| lang != "und" && matches!(status, "common" | "official");
    for (id, names) in &m.names {
        for r in names.rows.iter().filter(|r| is_main(&r.lang, r.status)) {
            main.entry(fold(&r.text)).or_default().insert(id.clone());
        }
    }
    for (place, lang, status, text, worldview) in &curated.names {
        if worldview.is_empty() && is_main(lang, status) {
            let full = text.replace(['{', '}'], "");
            main.entry(fold(&full)).or_default().insert(place.clone());
        }
    }

    // Every place's keys of names in a language.
    let mut keys_of: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (id, names) in &m.names {
        for r in names.rows.iter().filter(|r| r.lang != "und") {
            keys_of.entry(id.clone()).or_default().insert(fold(&r.text));
        }
    }
    for (place, lang, _, text, _) in &curated.names {
        if lang != "und" {
            let full = text.replace(['{', '}'], "");
            keys_of
                .entry(place.clone())
                .or_default()
                .insert(fold(&full));
        }
    }

    // Every place's defining keys: its names in English and in its country's language, and
    // its main name in GeoNames.
    let mut defining: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (id, names) in &m.names {
        let own_language = own_language_of(m, locales, id);
        let keys = names
            .rows
            .iter()
            .filter(|r| {
                primary(&r.lang) == "en"
                    || Some(primary(&r.lang)) == own_language
                    || (r.lang == "und" && r.status == "common")
            })
            .map(|r| fold(&r.text));
        defining.entry(id.clone()).or_default().extend(keys);
    }

    let mut dropped: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let ids: Vec<String> = m.names.keys().cloned().collect();
    for id in ids {
        let ancestors = m.ancestors(&id);
        let Some(own) = weight.get(&id).copied() else {
            continue;
        };
        let own_language = own_language_of(m, locales, &id);
        let more_important = |other: &str| {
            let Some(w) = weight.get(other) else {
                return false;
            };
            ancestors.iter().any(|a| a == other)
                || (w.territory && !own.territory)
                || matches!((w.population, own.population), (Some(a), Some(b)) if a > b)
        };
        let rows = &m.names[&id].rows;
        // Places of the same name (the Aberdeens) share their names' translations: the
        // place's defining names are names of the other place too.
        let own_keys = defining.get(&id).cloned().unwrap_or_default();
        let homonyms = |other: &str| {
            keys_of
                .get(other)
                .is_some_and(|keys| own_keys.iter().any(|k| keys.contains(k)))
        };
        // The languages that give the place each key.
        let mut languages: HashMap<String, BTreeSet<&str>> = HashMap::new();
        for r in rows.iter().filter(|r| r.lang != "und") {
            languages
                .entry(fold(&r.text))
                .or_default()
                .insert(primary(&r.lang));
        }
        let all_keys: BTreeSet<String> = rows.iter().map(|r| fold(&r.text)).collect();
        let mut keep = Vec::with_capacity(rows.len());
        for r in rows {
            let key = fold(&r.text);

            let lang = primary(&r.lang);
            // A name without a language may be borrowed from any place; one with a language
            // other than the place's own or English, from a place containing it.
            // The main name of the place in GeoNames (`und`, `common`) is its own.
            let suspect = matches!(r.src, Src::GeoNames)
                && !(r.lang == "und" && r.status == "common")
                && lang != "en"
                && Some(lang) != own_language
                && languages.get(&key).is_none_or(|l| l.len() < 2);
            let owner = suspect
                .then(|| main.get(&key))
                .flatten()
                .and_then(|owners| {
                    owners.iter().find(|o| {
                        **o != id
                            && more_important(o)
                            && (r.lang == "und"
                                || (ancestors.contains(o)
                                    && defining.get(*o).is_some_and(|d| d.contains(&key))))
                            && !homonyms(o)
                            && !shares_a_word(&key, all_keys.iter().filter(|k| **k != key))
                    })
                });
            if let Some(owner) = owner {
                dropped
                    .entry(id.clone())
                    .or_default()
                    .push(format!("{} {:?} ({owner}'s)", r.lang, r.text));
            }
            keep.push(owner.is_none());
        }
        if keep.iter().any(|k| !k) {
            let names = m.names.get_mut(&id).ok_or("a name of no place")?;
            let mut flags = keep.into_iter();
            names.rows.retain(|_| flags.next().unwrap_or(true));
        }
    }
    let count: usize = dropped.values().map(Vec::len).sum();
    m.report.push(format!(
        "names borrowed from a more important place, dropped: {count} of {} places",
        dropped.len()
    ));
    for (id, names) in &dropped {
        m.report.push(format!("  {id}: {}", names.join(", ")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_that_shares_a_word_with_the_places_other_names_is_its_own() {
        let keys = |k: &[&str]| k.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        assert!(shares_a_word("blantyre", keys(&["high blantyre"]).iter()));
        assert!(shares_a_word("ar raqqah", keys(&["raqqa", "rakka"]).iter()));
        assert!(!shares_a_word(
            "alexandria",
            keys(&["mashhad", "meshed"]).iter()
        ));
        assert!(!shares_a_word("aichi", keys(&["okazaki", "岡崎市"]).iter()));
        // Three letters are too few to tell.
        assert!(!shares_a_word("san", keys(&["san pedro"]).iter()));
    }
}
