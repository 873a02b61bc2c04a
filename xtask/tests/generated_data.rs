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
