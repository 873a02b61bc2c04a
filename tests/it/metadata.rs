//! What the crate says about itself is true: its licence expression covers the licence of
//! every data source it embeds, each licence has its text in the package, and the
//! vocabularies list every kind and status once.

use toponym::{Kind, Status};

/// The value of `key = "..."` in the `[package]` table of the crate's Cargo.toml.
fn package_field(key: &str) -> String {
    let manifest = include_str!("../../Cargo.toml");
    let package = manifest
        .split("\n[")
        .find(|table| table.starts_with("package]"))
        .expect("a [package] table");
    let line = package
        .lines()
        .find(|l| l.starts_with(&format!("{key} =")))
        .unwrap_or_else(|| panic!("no {key} in [package]"));
    line.split_once('"')
        .unwrap()
        .1
        .trim_end_matches('"')
        .to_string()
}

#[test]
fn the_licence_expression_covers_every_source() {
    let expression = package_field("license");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for source in toponym::sources() {
        // Public domain data asks for no licence.
        if source.licence.starts_with("LicenseRef-PublicDomain") {
            continue;
        }
        assert!(
            expression.contains(source.licence),
            "{}: {} is not in the crate's licence {expression:?}",
            source.id,
            source.licence
        );
        for licence in source.licence.split(" OR ") {
            let text = match licence {
                "MIT" => root.join("LICENSE-MIT"),
                "Apache-2.0" => root.join("LICENSE-APACHE"),
                other => root.join("LICENSES").join(format!("{other}.txt")),
            };
            assert!(text.is_file(), "no text of {licence} at {}", text.display());
        }
    }
}

#[test]
fn every_kind_and_status_once_and_by_its_name() {
    for (i, kind) in Kind::ALL.iter().enumerate() {
        assert_eq!(kind.as_str().parse::<Kind>(), Ok(*kind));
        assert!(!Kind::ALL[..i].contains(kind), "{kind}");
    }
    for (i, status) in Status::ALL.iter().enumerate() {
        assert_eq!(status.as_str().parse::<Status>(), Ok(*status));
        assert!(!Status::ALL[..i].contains(status), "{status}");
    }
    assert!(
        Status::ALL.windows(2).all(|w| w[0] < w[1]),
        "most preferred first"
    );
    // Every kind and status of the data is one of them (the tables store their positions).
    for place in toponym::places() {
        assert!(Kind::ALL.contains(&place.kind()));
    }
}

#[test]
fn the_widely_used_languages_have_names_in_the_data() {
    for lang in toponym::WIDELY_USED_LANGUAGES {
        let japan = toponym::place("jp").unwrap();
        assert!(
            japan
                .names()
                .any(|n| n.lang().split('-').next() == Some(lang)),
            "no name of Japan in {lang}"
        );
    }
}
