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
fn the_generated_files_and_the_id_registry_are_the_importers_output() {
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
    let registry = root.join("data").join(xtask::import::ids::FILE);
    assert_eq!(
        std::fs::read_to_string(&registry).unwrap_or_default(),
        output.registry,
        "{} differs from the importer's output: run `cargo xtask import`",
        registry.display()
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

/// A copy of data/ (what the importer reads: the curated files, the sources and the id
/// registry) with the registry rewritten by `edit`.
fn data_with_registry(case: &str, edit: impl Fn(&str) -> String) -> std::path::PathBuf {
    let root = xtask::root();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("ids")
        .join(case);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("curated")).unwrap();
    for e in std::fs::read_dir(root.join("data/curated")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join("curated").join(e.file_name())).unwrap();
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
