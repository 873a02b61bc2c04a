//! ISO 3166-2 and ISO 3166-3 as pycountry ships them (from Debian's iso-codes): the codes
//! of subdivisions, and former countries.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use toponym_shared::fold::fold;

use super::curated::Curated;
use super::merge::{Group, Merge, PlaceRow, Src};
use super::packages as pkg;
use super::{Sources, ids, json};

/// ISO 3166-3 entries that are not a former state but a former code or name of a country
/// that still exists (Burma is Myanmar, East Timor is Timor-Leste) or a part of one
/// (Metropolitan France).
const NOT_HISTORIC_STATES: [&str; 3] = ["BUMM", "TPTL", "FXFR"];

/// Words that name the kind of a subdivision rather than the subdivision, left out when
/// English names are compared to find ISO 3166-2 codes.
const GENERIC_WORDS: &[&str] = &[
    "province",
    "provincia",
    "region",
    "oblast",
    "state",
    "prefecture",
    "governorate",
    "department",
    "departement",
    "district",
    "county",
    "municipality",
    "city",
    "autonomous",
    "republic",
    "krai",
    "kray",
    "okrug",
    "voivodeship",
    "canton",
    "parish",
    "emirate",
    "division",
    "territory",
    "capital",
    "federal",
    "special",
    "administrative",
    "area",
    "of",
    "the",
];

/// ISO 3166-3 former countries, with the hand-written names of data/curated.
pub(super) fn historic_states(
    src: &Sources,
    curated: &Curated,
    m: &mut Merge,
) -> Result<(), String> {
    let v = json(
        &src.dir(pkg::PYCOUNTRY)
            .join("pycountry/databases/iso3166-3.json"),
    )?;
    let entries = v["3166-3"].as_array().ok_or("iso3166-3.json: no entries")?;
    let current2: HashSet<String> = m.places.values().map(|(_, p)| p.iso2.clone()).collect();
    let current3: HashSet<String> = m.places.values().map(|(_, p)| p.iso3.clone()).collect();
    let count2 = |code: &str| {
        entries
            .iter()
            .filter(|e| e["alpha_2"].as_str() == Some(code))
            .count()
    };
    let mut states = Vec::new();
    for e in entries {
        let s = |k: &str| e[k].as_str().unwrap_or("").to_string();
        let (a2, a3, a4) = (s("alpha_2"), s("alpha_3"), s("alpha_4"));
        if NOT_HISTORIC_STATES.contains(&a4.as_str()) {
            continue;
        }
        if let Some(&i) = curated.by_iso2.get(&a2)
            && curated.places[i].kind == toponym_shared::Kind::HistoricState
        {
            // The curated place (su) is this state: it gets its former code as a name.
            let id = curated.places[i].id.clone();
            m.join_curated(&id, ids::iso3166_3_key(&a4));
            if !a3.is_empty() && !current3.contains(&a3) {
                m.add_name(&id, Group::Territories, Src::IsoCodes, "zxx", "code", &a3);
            }
            continue;
        }
        let unique2 =
            !current2.contains(&a2) && count2(&a2) == 1 && !curated.by_iso2.contains_key(&a2);
        // Its former alpha-2 code where that is no one else's, else its alpha-4 code.
        let mut candidates = vec![a4.to_ascii_lowercase()];
        if unique2 {
            candidates.insert(0, a2.to_ascii_lowercase());
        }
        let id = m.place_id(&ids::iso3166_3_key(&a4), &candidates, &|_, _| false)?;
        let until = s("withdrawal_date").get(..4).and_then(|y| y.parse().ok());
        states.push((id, unique2.then_some(a2), a3, a4, until));
    }
    let state_ids: HashMap<String, String> = states
        .iter()
        .filter_map(|(id, a2, ..)| Some((a2.clone()?, id.clone())))
        .collect();
    for (id, a2, a3, a4, until) in states {
        // The last two letters of the alpha-4 code are the code of the country that took
        // the area over (HH: several or none).
        let successor = a4[2..].to_string();
        let succeeded_by = if successor == "CS" {
            vec!["csxx".to_string()]
        } else if let Some(sid) = state_ids.get(&successor) {
            vec![sid.clone()]
        } else if m.ids.contains(&successor.to_ascii_lowercase()) && successor.len() == 2 {
            vec![successor.to_ascii_lowercase()]
        } else {
            Vec::new()
        };
        let iso3 = if current3.contains(&a3) || curated.places.iter().any(|p| p.iso3 == a3) {
            String::new()
        } else {
            a3
        };
        // Its former alpha-3 code, as a name of status `code` ("YUG", "CSK", "DDR").
        if !iso3.is_empty() {
            m.add_name(&id, Group::Territories, Src::IsoCodes, "zxx", "code", &iso3);
        }
        let row = PlaceRow {
            id,
            key: ids::iso3166_3_key(&a4),
            kind: "historic-state",
            iso2: a2.unwrap_or_default(),
            iso3,
            until,
            succeeded_by,
            ..PlaceRow::default()
        };
        m.add_place(Group::Territories, row);
    }
    Ok(())
}

fn norm_words(text: &str) -> String {
    let mut s = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else if c == ' ' {
            s.push(' ');
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_generic(words: &str) -> String {
    words
        .split(' ')
        .filter(|w| !GENERIC_WORDS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The ISO 3166-2 codes of GeoNames admin-1 regions, by GeoNames key: the regions' English
/// names (`admin1`) are matched with the subdivisions' English names in CLDR (`sub_texts`
/// is CLDR's names by locale) and in ISO 3166-2, and a code is kept only when the match is
/// unique both ways.
pub(super) fn subdivision_codes(
    src: &Sources,
    sub_texts: &BTreeMap<String, BTreeMap<String, String>>,
    admin1: &BTreeMap<&String, &String>,
) -> Result<BTreeMap<String, String>, String> {
    // ISO 3166-2 codes and names: CLDR's English names, and the ISO names (facts for the
    // match only: no ISO name is written to the data).
    let iso2 = json(
        &src.dir(pkg::PYCOUNTRY)
            .join("pycountry/databases/iso3166-2.json"),
    )?;
    let mut top_level: HashMap<String, bool> = HashMap::new();
    // country -> (normalised name -> codes), full words and without generic words
    let mut full: HashMap<String, HashMap<String, BTreeSet<String>>> = HashMap::new();
    let mut stripped: HashMap<String, HashMap<String, BTreeSet<String>>> = HashMap::new();
    let mut candidate = |code: &str, name: &str| {
        let cc = code[..2].to_string();
        let words = norm_words(name);
        full.entry(cc.clone())
            .or_default()
            .entry(words.clone())
            .or_default()
            .insert(code.to_string());
        stripped
            .entry(cc)
            .or_default()
            .entry(strip_generic(&words))
            .or_default()
            .insert(code.to_string());
    };
    for (code, name) in sub_texts.get("en").into_iter().flatten() {
        candidate(code, name);
    }
    for e in iso2["3166-2"].as_array().into_iter().flatten() {
        let (Some(code), Some(name)) = (e["code"].as_str(), e["name"].as_str()) else {
            continue;
        };
        top_level.insert(code.to_string(), e.get("parent").is_none());
        candidate(code, name);
    }
    // Match in two rounds (all words, then without generic words), each code to one region.
    let mut iso_of: BTreeMap<String, String> = BTreeMap::new();
    for round in [&full, &stripped] {
        let mut claims: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (key, name) in admin1 {
            if iso_of.contains_key(*key) {
                continue;
            }
            let words = norm_words(name);
            let words = if std::ptr::eq(round, &stripped) {
                strip_generic(&words)
            } else {
                words
            };
            let taken: HashSet<&String> = iso_of.values().collect();
            let mut codes: Vec<&String> = round
                .get(&key[..2])
                .and_then(|c| c.get(&words))
                .into_iter()
                .flatten()
                .filter(|c| !taken.contains(c))
                .collect();
            if codes.len() > 1 {
                codes.retain(|c| top_level.get(*c).copied().unwrap_or(true));
            }
            if let [code] = codes[..] {
                claims
                    .entry(code.clone())
                    .or_default()
                    .push(key.to_string());
            }
        }
        for (code, keys) in claims {
            if let [key] = &keys[..] {
                iso_of.insert(key.clone(), code);
            }
        }
    }
    Ok(iso_of)
}
