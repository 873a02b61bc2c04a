//! Countries, dependent territories and regions of the world: CLDR's territories, joined
//! by ISO 3166-1 code to the curated places, GeoNames' countries and Natural Earth's map
//! units.

use std::collections::BTreeMap;

use super::cldr::{self, Locales};
use super::curated::Curated;
use super::merge::{Group, Merge, PlaceRow, Src};
use super::{Sources, geonames, ids, text};

/// CLDR territory codes that are not places: groupings, pseudo-locales, "unknown".
const NOT_PLACES: [&str; 6] = ["EU", "EZ", "UN", "XA", "XB", "ZZ"];

/// CLDR territories whose kind CLDR and Natural Earth do not settle: (code, kind, parent).
/// Antarctica and Outlying Oceania are regions of the world; Diego Garcia is an island of
/// the British Indian Ocean Territory; the Canary Islands and Ceuta & Melilla are parts of
/// Spain; Ascension and Tristan da Cunha are parts of Saint Helena, Ascension and Tristan da
/// Cunha; Sark is part of the Bailiwick of Guernsey.
const TERRITORY_KINDS: [(&str, &str, &str); 8] = [
    ("AQ", "world-region", ""),
    ("QO", "world-region", ""),
    ("DG", "island", "io"),
    ("IC", "region", "es"),
    ("EA", "region", "es"),
    ("AC", "dependent-territory", "sh"),
    ("TA", "dependent-territory", "sh"),
    ("CQ", "dependent-territory", "gg"),
];

/// Territories that Natural Earth's admin-0 map does not show separately, with the country
/// that administers them (empty: none).
const DEPENDENCIES: [(&str, &str); 13] = [
    ("BQ", "nl"),
    ("BV", "no"),
    ("CC", "au"),
    ("CP", "fr"),
    ("CX", "au"),
    ("GF", "fr"),
    ("GP", "fr"),
    ("MQ", "fr"),
    ("RE", "fr"),
    ("SJ", "no"),
    ("TK", "nz"),
    ("YT", "fr"),
    ("XK", ""),
];

/// Adds CLDR's territories that the curated data does not describe, and the names of all of
/// them (CLDR's, and Natural Earth's formal names); returns their place ids by ISO 3166-1
/// code (UN M49 code for regions of the world).
pub(super) fn territories(
    src: &Sources,
    curated: &Curated,
    locales: &Locales,
    ne: &BTreeMap<String, BTreeMap<String, String>>,
    m: &mut Merge,
) -> Result<BTreeMap<String, String>, String> {
    let gn_countries = geonames::countries(src)?;

    let territory_names = cldr::territories(src, locales)?;
    let english: BTreeMap<String, String> = territory_names
        .iter()
        .filter(|(tag, code, _)| tag == "en" && !code.contains("-alt-"))
        .map(|(_, code, text)| (code.clone(), text.clone()))
        .collect();
    // code -> place id
    let mut territory_id: BTreeMap<String, String> = BTreeMap::new();
    for code in english.keys() {
        if NOT_PLACES.contains(&code.as_str()) {
            continue;
        }
        let key = ids::cldr_key(code);
        let id = if let Some(&i) = curated.by_iso2.get(code) {
            let id = curated.places[i].id.clone();
            m.join_curated(&id, key);
            id
        } else if code.bytes().all(|b| b.is_ascii_digit()) {
            // A region of the world: the slug of its English name.
            m.place_id(&key, &[text::slug(&english[code])], &|_, _| false)?
        } else {
            // A country or territory: its code.
            m.place_id(&key, &[code.to_ascii_lowercase()], &|_, _| false)?
        };
        territory_id.insert(code.clone(), id);
    }
    for (code, id) in &territory_id {
        if curated.by_iso2.contains_key(code) {
            let p = &curated.places[curated.by_iso2[code]];
            let gn = gn_countries.get(code.as_str());
            let gn_id = gn.and_then(|c| c["geonameid"].as_u64()).map(|g| g as u32);
            if p.geonames.is_some() && gn_id.is_some() && p.geonames != gn_id {
                m.report.push(format!(
                    "note: curated {id} has GeoNames id {:?}, GeoNames says {:?}",
                    p.geonames, gn_id
                ));
            }
            if let Some(q) = ne.get(code).and_then(|r| r.get("WIKIDATAID"))
                && !p.wikidata.is_empty()
                && &p.wikidata != q
            {
                m.report.push(format!(
                    "note: curated {id} has Wikidata {}, Natural Earth says {q}",
                    p.wikidata
                ));
            }
            continue;
        }
        let mut row = PlaceRow {
            id: id.clone(),
            key: ids::cldr_key(code),
            ..PlaceRow::default()
        };
        if code.bytes().all(|b| b.is_ascii_digit()) {
            row.kind = "world-region";
        } else {
            row.iso2 = code.clone();
            let gn = gn_countries.get(code.as_str());
            if let Some(gn) = gn {
                row.iso3 = gn["iso3"].as_str().unwrap_or("").to_string();
                row.geonames = gn["geonameid"].as_u64().map(|g| g as u32);
                row.population = gn["population"].as_u64().filter(|&p| p > 0);
            }
            let overridden = TERRITORY_KINDS.iter().find(|(c, _, _)| c == code);
            let ne_row = ne.get(code);
            if let Some(r) = ne_row {
                row.wikidata = r.get("WIKIDATAID").cloned().unwrap_or_default();
                let lat = r.get("LABEL_Y").and_then(|v| v.parse::<f64>().ok());
                let lon = r.get("LABEL_X").and_then(|v| v.parse::<f64>().ok());
                if let (Some(lat), Some(lon)) = (lat, lon) {
                    row.coords = Some((round4(lat), round4(lon)));
                }
            }
            if let Some((_, kind, parent)) = overridden {
                row.kind = kind;
                if !parent.is_empty() {
                    row.parents.push(parent.to_string());
                }
            } else if let Some(r) = ne_row {
                let sovereign = r.get("SOVEREIGNT").cloned().unwrap_or_default();
                if sovereign == r.get("ADMIN").cloned().unwrap_or_default() {
                    row.kind = "country";
                } else {
                    row.kind = "dependent-territory";
                    let by = ne
                        .values()
                        .find(|o| o.get("ADMIN") == Some(&sovereign))
                        .and_then(|o| o.get("ISO_A2_EH"))
                        .map(|c| c.to_ascii_lowercase());
                    if let Some(by) = by.filter(|b| b.len() == 2) {
                        row.administered_by.push(by);
                    }
                }
            } else if let Some((_, by)) = DEPENDENCIES.iter().find(|(c, _)| c == code) {
                row.kind = "dependent-territory";
                if !by.is_empty() {
                    row.administered_by.push(by.to_string());
                }
            } else {
                return Err(format!(
                    "CLDR territory {code} is neither in Natural Earth nor in the tables of \
                     xtask/src/import/territories.rs: say what kind of place it is"
                ));
            }
        }
        m.add_place(Group::Territories, row);
    }
    for (tag, key, text) in &territory_names {
        let (code, alt) = match key.split_once("-alt-") {
            Some((c, a)) => (c, Some(a)),
            None => (key.as_str(), None),
        };
        let Some(id) = territory_id.get(code) else {
            continue;
        };
        let status = match alt {
            None => "common",
            Some("short") => "short",
            Some(_) => "variant",
        };
        m.add_name(id, Group::Territories, Src::Cldr, tag, status, text);
    }
    // Every country's and territory's ISO 3166-1 alpha-3 code, as GeoNames gives it, is a
    // name of status `code` in `zxx` (no linguistic content): lists and forms write "FRA".
    for (code, id) in &territory_id {
        let iso3 = gn_countries
            .get(code.as_str())
            .and_then(|gn| gn["iso3"].as_str())
            .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()));
        if let Some(iso3) = iso3 {
            m.add_name(id, Group::Territories, Src::GeoNames, "zxx", "code", iso3);
        }
    }
    for (code, r) in ne {
        let (Some(id), Some(formal)) = (territory_id.get(code), r.get("FORMAL_EN")) else {
            continue;
        };
        if !formal.is_empty() {
            m.add_name(
                id,
                Group::Territories,
                Src::NaturalEarth,
                "en",
                "official",
                formal,
            );
        }
    }
    Ok(territory_id)
}

fn round4(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}
