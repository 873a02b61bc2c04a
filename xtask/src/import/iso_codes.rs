//! ISO 3166-2 and ISO 3166-3 as pycountry ships them (from Debian's iso-codes): the codes
//! of subdivisions, and former countries. The translations of ISO's names are read by
//! `iso_names.rs`.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::curated::Curated;
use super::merge::{Group, Merge, PlaceRow, Src};
use super::packages as pkg;
use super::{Sources, ids, json};

/// ISO 3166-3 entries that are not a former state but a former code or name of a country
/// that still exists (Burma is Myanmar, East Timor is Timor-Leste) or a part of one
/// (Metropolitan France).
const NOT_HISTORIC_STATES: [&str; 3] = ["BUMM", "TPTL", "FXFR"];

/// ISO 3166-3 former countries, with the hand-written names of data/curated; returns the
/// place id of each by its alpha-4 code (the curated `su` for SUHH).
pub(super) fn historic_states(
    src: &Sources,
    curated: &Curated,
    m: &mut Merge,
) -> Result<BTreeMap<String, String>, String> {
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
    let mut by_alpha4 = BTreeMap::new();
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
            by_alpha4.insert(a4.clone(), id.clone());
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
        by_alpha4.insert(a4.clone(), id.clone());
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
    Ok(by_alpha4)
}
