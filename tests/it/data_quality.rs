//! The imported data against its sources: names checked by hand against CLDR (every such
//! name is checked against CLDR's own files in xtask/tests/generated_data.rs), names in
//! several scripts that must find the right place first, the ranking of places that share a
//! name, and junk that must stay out.

use toponym::{Kind, Place, Status, place, place_by_iso, resolve};

fn p(id: &str) -> Place {
    place(id).unwrap_or_else(|| panic!("no place {id}"))
}

fn all(query: &str) -> Vec<&'static str> {
    resolve(query).map(|m| m.place().id()).collect()
}

fn has_name(place: Place, lang: &str, text: &str) -> bool {
    place.names().any(|n| n.lang() == lang && n.text() == text)
}

/// Country names in CLDR 48.2.0, copied from `main/<locale>/territories.json` (CLDR's `zh`
/// is tagged `zh-Hans` here).
const CLDR_SAMPLE: &[(&str, &[(&str, &str)])] = &[
    (
        "ja",
        &[
            ("DE", "ドイツ"),
            ("FR", "フランス"),
            ("BR", "ブラジル"),
            ("EG", "エジプト"),
            ("MX", "メキシコ"),
            ("ZA", "南アフリカ"),
            ("KE", "ケニア"),
        ],
    ),
    (
        "ru",
        &[
            ("DE", "Германия"),
            ("FR", "Франция"),
            ("EG", "Египет"),
            ("ZA", "Южно-Африканская Республика"),
            ("KE", "Кения"),
        ],
    ),
    (
        "uk",
        &[
            ("DE", "Німеччина"),
            ("FR", "Франція"),
            ("EG", "Єгипет"),
            ("ZA", "Південно-Африканська Республіка"),
            ("KE", "Кенія"),
        ],
    ),
    (
        "zh-Hans",
        &[
            ("DE", "德国"),
            ("FR", "法国"),
            ("ZA", "南非"),
            ("KE", "肯尼亚"),
        ],
    ),
    ("zh-Hant", &[("DE", "德國"), ("FR", "法國"), ("KE", "肯亞")]),
    (
        "ar",
        &[
            ("DE", "ألمانيا"),
            ("FR", "فرنسا"),
            ("BR", "البرازيل"),
            ("EG", "مصر"),
            ("ZA", "جنوب أفريقيا"),
        ],
    ),
    (
        "ko",
        &[
            ("DE", "독일"),
            ("FR", "프랑스"),
            ("EG", "이집트"),
            ("MX", "멕시코"),
            ("KE", "케냐"),
        ],
    ),
    (
        "hi",
        &[
            ("DE", "जर्मनी"),
            ("FR", "फ़्रांस"),
            ("BR", "ब्राज़ील"),
            ("EG", "मिस्र"),
            ("MX", "मैक्सिको"),
        ],
    ),
];

#[test]
fn country_names_equal_cldr() {
    for (lang, names) in CLDR_SAMPLE {
        for (code, text) in *names {
            let country = place_by_iso(code).unwrap_or_else(|| panic!("no {code}"));
            assert!(has_name(country, lang, text), "{code} in {lang}: {text}");
            assert_eq!(
                country.name(lang).unwrap().text(),
                *text,
                "{code} in {lang}"
            );
            assert_eq!(resolve(text).next().unwrap().place(), country, "{text}");
        }
    }
}

#[test]
fn names_in_many_languages_find_the_country_first() {
    let cases = [
        ("Россия", "ru"),
        ("ロシア", "ru"),
        ("Deutschland", "de"),
        ("Allemagne", "de"),
        ("Cote d'Ivoire", "ci"),
        ("Ivory Coast", "ci"),
        ("Holland", "nl"),
        ("Great Britain", "gb"),
        ("UK", "gb"),
        ("USA", "us"),
        ("DPRK", "kp"),
        ("Brasil", "br"),
        ("Ägypten", "eg"),
        ("Suisse", "ch"),
        ("中华人民共和国", "cn"),
        ("Κύπρος", "cy"),
        ("Sverige", "se"),
    ];
    for (query, id) in cases {
        assert_eq!(
            resolve(query).next().map(|m| m.place().id()),
            Some(id),
            "{query}: {:?}",
            all(query)
        );
    }
}

#[test]
fn cities_by_their_names_in_several_scripts() {
    let cases = [
        ("Москва", "moscow"),
        ("Moscow", "moscow"),
        ("Moskau", "moscow"),
        ("東京", "tokyo"),
        ("Tokyo", "tokyo"),
        ("Токио", "tokyo"),
        ("القاهرة", "cairo"),
        ("Cairo", "cairo"),
        ("カイロ", "cairo"),
        ("मुंबई", "mumbai"),
        ("Bombay", "mumbai"),
        ("Киев", "kyiv"),
        ("서울", "seoul"),
        ("Αθήνα", "athens"),
        ("São Paulo", "sao-paulo"),
    ];
    for (query, id) in cases {
        let first = resolve(query).next().map(|m| m.place());
        assert_eq!(first.map(|p| p.id()), Some(id), "{query}: {:?}", all(query));
        assert_eq!(first.unwrap().kind(), Kind::City);
    }
    let tokyo = p("tokyo");
    assert!(tokyo.population().unwrap() > 5_000_000);
    let parents: Vec<_> = tokyo.parents().map(|p| p.id()).collect();
    assert!(parents.contains(&"jp"), "{parents:?}");
    assert!(
        parents
            .iter()
            .any(|id| place(id).unwrap().kind() == Kind::Region)
    );
    let c = tokyo.coordinates().unwrap();
    assert!((35.0..36.0).contains(&c.lat) && (139.0..140.5).contains(&c.lon));
    assert_eq!(tokyo.name("ja").unwrap().text(), "東京");
}

#[test]
fn a_country_before_a_city_and_a_big_city_before_a_small_one() {
    for (query, country, city) in [
        ("Singapore", "sg", "singapore"),
        ("Djibouti", "dj", "djibouti"),
        ("Mexico", "mx", "mexico-city"),
    ] {
        let ids = all(query);
        assert_eq!(ids.first(), Some(&country), "{query}: {ids:?}");
        assert!(ids.contains(&city), "{query}: {ids:?}");
    }
    for (query, big, small) in [
        ("London", "london", "london-ca"),
        ("Birmingham", "birmingham", "birmingham-us"),
    ] {
        let ids = all(query);
        assert_eq!(ids.first(), Some(&big), "{query}: {ids:?}");
        assert!(ids.contains(&small), "{query}: {ids:?}");
        assert!(p(big).population() > p(small).population());
    }
    // A city bigger than a region of the same name comes first; a region that a city is
    // named after comes after that city.
    for (query, city, region) in [
        ("Tokyo", "tokyo", "tokyo-jp"),
        ("Москва", "moscow", "moscow-ru"),
    ] {
        let ids = all(query);
        let at = |id| ids.iter().position(|x| *x == id);
        assert!(
            at(city) < at(region) && at(region).is_some(),
            "{query}: {ids:?}"
        );
    }
}

#[test]
fn crimea_before_any_village_of_krym() {
    for query in ["Crimea", "Крым", "Крим", "Krym", "Krim", "Qırım"] {
        let first = resolve(query).next().unwrap();
        assert_eq!(first.place().id(), "crimea", "{query}: {:?}", all(query));
    }
    // GeoNames' Krym (540259) is a village in Rostov Oblast: if a tier has it, it is not
    // Crimea and comes after it.
    assert_eq!(toponym::place_by_geonames(540259).map(|p| p.id()), None);
    assert!(p("crimea").geonames_id().is_none());
    // The subdivisions on the peninsula are inside the disputed area, not in a country.
    let republic = place_by_iso("UA-43").unwrap();
    assert_eq!(
        republic.parents().map(|p| p.id()).collect::<Vec<_>>(),
        ["crimea"]
    );
    let simferopol = resolve("Simferopol").next().unwrap().place();
    assert!(!simferopol.parents().any(|p| p.kind() == Kind::Country));
}

#[test]
fn both_georgias() {
    let ids = all("Georgia");
    assert_eq!(ids.first(), Some(&"ge"), "{ids:?}");
    let state = place_by_iso("US-GA").unwrap();
    assert!(ids.contains(&state.id()), "{ids:?}");
    assert_eq!(state.kind(), Kind::Region);
    assert_eq!(state.parents().map(|p| p.id()).collect::<Vec<_>>(), ["us"]);
    assert_eq!(
        resolve("Джорджия").next().map(|m| m.place()),
        Some(state),
        "the US state in Russian"
    );
}

#[test]
fn curated_data_wins() {
    let kyiv = p("kyiv");
    // No untagged "Kiev": the curated data says it is historic in English.
    assert!(
        !kyiv
            .names()
            .any(|n| n.lang() == "und" && toponym::fold(n.text()) == "kiev")
    );
    let kiev = resolve("Kiev").find(|m| m.place() == kyiv).unwrap();
    assert_ne!(kiev.name().lang(), "und");
    // ... and キエフ stays historic in Japanese.
    let japanese: Vec<_> = kyiv.names().filter(|n| n.text() == "キエフ").collect();
    assert_eq!(japanese.len(), 1);
    assert_eq!(japanese[0].status(), Status::Historic);
    // A region named after a curated city or island does not take its bare name.
    assert_eq!(all("Sakhalin"), ["sakhalin"]);
    assert_eq!(
        resolve("Leningrad").next().unwrap().place().id(),
        "saint-petersburg"
    );
    // The curated Hokkaido is GeoNames' admin-1 region JP.12: one place, not two.
    let hokkaido: Vec<_> = all("Hokkaido")
        .into_iter()
        .filter(|id| id.contains("hokkaido"))
        .collect();
    assert_eq!(hokkaido, ["hokkaido"]);
    // The curated Soviet Union is ISO 3166-3's SUHH: its facts stay the curated ones.
    assert_eq!(p("su").existed().unwrap().until, Some(1991));
}

#[test]
fn historic_states_from_iso_3166_3() {
    let gdr = p("dd");
    assert_eq!(gdr.kind(), Kind::HistoricState);
    assert_eq!(gdr.iso_alpha3(), Some("DDR"));
    assert_eq!(gdr.existed().unwrap().until, Some(1990));
    assert_eq!(
        gdr.succeeded_by().map(|p| p.id()).collect::<Vec<_>>(),
        ["de"]
    );
    assert_eq!(resolve("DDR").next().unwrap().place(), gdr);
    assert_eq!(resolve("East Germany").next().unwrap().place(), gdr);
    assert_eq!(resolve("Yugoslavia").next().unwrap().place().id(), "yu");
    assert_eq!(
        resolve("Czechoslovakia").next().unwrap().place().id(),
        "cshh"
    );
    // Burma and East Timor are names of countries that still exist, not former states.
    assert_eq!(resolve("Burma").next().unwrap().place().id(), "mm");
    assert_eq!(resolve("East Timor").next().unwrap().place().id(), "tl");
    for place in toponym::places().filter(|p| p.kind() == Kind::HistoricState) {
        assert!(
            place.existed().and_then(|y| y.until).is_some(),
            "{}",
            place.id()
        );
    }
}

#[test]
fn territories_and_regions_of_the_world() {
    assert_eq!(p("xk").kind(), Kind::Country);
    assert_eq!(p("gl").kind(), Kind::DependentTerritory);
    assert_eq!(
        p("gl")
            .administered_by()
            .map(|p| p.id())
            .collect::<Vec<_>>(),
        ["dk"]
    );
    assert_eq!(
        resolve("Europe").next().unwrap().place().kind(),
        Kind::WorldRegion
    );
    assert_eq!(resolve("Африка").next().unwrap().place().id(), "africa");
    // The Canary Islands are one place: CLDR's territory IC and ISO 3166-2 ES-CN.
    assert_eq!(place_by_iso("IC"), place_by_iso("ES-CN"));
    // Short and variant forms from CLDR.
    assert_eq!(resolve("Bosnia").next().unwrap().place().id(), "ba");
    let short = |id: &str, text: &str| {
        p(id)
            .names()
            .any(|n| n.lang() == "en" && n.text() == text && n.status() == Status::Short)
    };
    assert!(short("ba", "Bosnia") && short("gb", "UK"));
    let turkey = resolve("Turkey").next().unwrap();
    assert_eq!(turkey.place().id(), "tr");
    // Every CLDR territory that is a place has a name in a few hundred locales.
    assert!(p("fr").names().len() > 200, "{}", p("fr").names().len());
    assert!(p("fr").names().any(|n| n.lang() == "sr-Latn"));
    // A sub-locale's name is kept where it differs from its parent locale's.
    assert!(has_name(p("ba"), "es-419", "Bosnia-Herzegovina"));
    assert!(!has_name(p("fr"), "es-419", "Francia"));
}

#[test]
fn no_junk_names() {
    for place in toponym::places() {
        for name in place.names() {
            let text = name.text();
            assert!(
                text.chars().any(char::is_alphabetic),
                "{}: {text:?}",
                place.id()
            );
            assert_eq!(text.trim(), text);
            if name.lang() == "und" && name.status() == Status::Variant {
                let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
                let code = letters.len() <= 5 && letters.iter().all(|c| c.is_ascii_uppercase());
                assert!(!code, "{}: code {text:?}", place.id());
                assert!(
                    !text.chars().any(|c| c.is_ascii_digit()),
                    "{}: {text:?}",
                    place.id()
                );
            }
        }
    }
    // Airport codes of GeoNames' alternate names are not names.
    assert!(!all("IEV").contains(&"kyiv"));
    assert!(!all("TYO").contains(&"tokyo"));
    assert!(!all("LHR").contains(&"london"));
}

#[test]
fn tiers() {
    let cities: Vec<Place> = toponym::places()
        .filter(|p| p.kind() == Kind::City)
        .collect();
    let small = cities
        .iter()
        .filter(|c| c.population().is_some_and(|n| n < 100_000))
        .count();
    if cfg!(feature = "full") {
        assert!(cities.len() > 30_000, "{}", cities.len());
        assert!(small > 20_000, "{small}");
    } else {
        // Only curated cities are below the default tier's population.
        assert!(cities.len() > 5_000, "{}", cities.len());
        assert!(small < 10, "{small}");
    }
    assert!(
        toponym::places()
            .filter(|p| p.kind() == Kind::Region)
            .count()
            > 3_800
    );
}
