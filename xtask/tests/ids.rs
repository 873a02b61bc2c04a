//! Ids never change meaning: the committed data against the id registry (`data/ids.tsv`),
//! the registry against its own history, and the registry's rules on small fixtures.
//!
//! None of these needs the import cache; `generated_data.rs` runs the importer itself.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use xtask::import::ids::{self, Registry};

/// The rows of the `*.places.tsv` files of a folder: column name -> cell.
fn place_rows(dir: &Path) -> Vec<(String, BTreeMap<String, String>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".places.tsv"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut header: Option<Vec<&str>> = None;
        for line in text.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            match &header {
                None => header = Some(cells),
                Some(h) => out.push((
                    file.file_name().unwrap().to_string_lossy().into_owned(),
                    h.iter()
                        .zip(&cells)
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect(),
                )),
            }
        }
    }
    out
}

fn registry() -> Registry {
    Registry::load(&xtask::root().join("data")).unwrap()
}

#[test]
fn every_place_has_its_registered_id() {
    let registry = registry();
    let data = xtask::root().join("data");
    let mut checked = 0;
    for (file, p) in place_rows(&data.join("generated")) {
        let id = &p["id"];
        let key = registry
            .key_of(id)
            .unwrap_or_else(|| panic!("{file}: {id} is not in data/ids.tsv"));
        // What the row says the place is must be what the registry says the id denotes.
        let expected = match p["kind"].as_str() {
            "city" => Some(format!("geonames:{}", p["geonames"])),
            "historic-state" => None,
            "region" if file.starts_with("regions.") => None,
            "world-region" => None,
            _ => Some(format!("cldr:{}", p["iso2"])),
        };
        match expected {
            Some(expected) => assert_eq!(key, expected, "{file}: {id}"),
            None => {
                let prefix = match p["kind"].as_str() {
                    "historic-state" => format!("iso3166-3:{}", p["iso2"]),
                    "region" => "geonames-admin1:".to_string(),
                    _ => "cldr:".to_string(),
                };
                assert!(key.starts_with(&prefix), "{file}: {id} is {key}");
            }
        }
        checked += 1;
    }
    for (file, p) in place_rows(&data.join("curated")) {
        let id = &p["id"];
        let key = registry
            .key_of(id)
            .unwrap_or_else(|| panic!("curated/{file}: {id} is not in data/ids.tsv"));
        // A curated place may be an imported place that it describes by hand (the import
        // joins them by GeoNames id or code): then it keeps that place's registered id.
        let ok = key == ids::CURATED
            || key == format!("geonames:{}", p["geonames"])
            || key == format!("cldr:{}", p["iso2"])
            || key.starts_with("geonames-admin1:")
            || key.starts_with("iso3166-3:");
        assert!(ok, "curated/{file}: {id} is registered for {key}");
        checked += 1;
    }
    assert!(checked > 38_000, "{checked}");
}

/// Every row that data/ids.tsv has had in any commit, from git.
fn rows_in_history(root: &Path) -> Option<Vec<(String, String)>> {
    let inside = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["rev-parse", "--is-inside-work-tree"])
        .output()
        .ok()?;
    if !inside.status.success() {
        return None;
    }
    let log = Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "log",
            "--format=",
            "--patch",
            "--unified=0",
            "--no-color",
            "--no-ext-diff",
            "--",
            &format!("data/{}", ids::FILE),
        ])
        .output()
        .expect("git log");
    assert!(log.status.success(), "git log failed");
    let text = String::from_utf8(log.stdout).unwrap();
    Some(
        text.lines()
            .filter(|l| l.starts_with('+') && !l.starts_with("+++"))
            .map(|l| &l[1..])
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split_once('\t'))
            .filter(|(id, _)| *id != "id")
            .map(|(id, key)| (id.to_string(), key.to_string()))
            .collect(),
    )
}

#[test]
fn the_registry_keeps_every_row_it_ever_had() {
    let root = xtask::root();
    let Some(history) = rows_in_history(&root) else {
        eprintln!("not a git checkout: the registry's history cannot be checked");
        return;
    };
    let registry = registry();
    for (id, key) in &history {
        assert_eq!(
            registry.key_of(id),
            Some(key.as_str()),
            "data/ids.tsv once registered {id} for {key}: a row is never changed or removed"
        );
    }
}

// The rules, on fixtures ----------------------------------------------------------------

const FIXTURE: &str = "\
# a comment
id\tkey
jp\tcurated
london\tgeonames:2643743
springfield\tgeonames:4409896
tokyo-jp\tgeonames-admin1:JP.40
";

fn none(_: &str) -> bool {
    false
}

fn unambiguous(_: usize, _: &str) -> bool {
    false
}

#[test]
fn a_registered_place_keeps_its_id() {
    let r = Registry::parse(FIXTURE).unwrap();
    let candidates = ["london-gb".to_string()];
    let id = r
        .id_for("geonames:2643743", &candidates, &none, &unambiguous)
        .unwrap();
    assert_eq!(id, "london");
    assert_eq!(r.key_of("tokyo-jp"), Some("geonames-admin1:JP.40"));
    assert_eq!(r.id_of("geonames-admin1:JP.40"), Some("tokyo-jp"));
    assert_eq!(r.id_of(ids::CURATED), None);
}

#[test]
fn a_new_place_never_takes_a_registered_id() {
    let r = Registry::parse(FIXTURE).unwrap();
    // Springfield, Massachusetts is new: "springfield" is another place's, even if that place
    // is no longer imported.
    let candidates: Vec<String> = ["springfield", "springfield-us", "springfield-us-ma"]
        .map(String::from)
        .to_vec();
    let id = r
        .id_for("geonames:4951788", &candidates, &none, &unambiguous)
        .unwrap();
    assert_eq!(id, "springfield-us");
    // Nor one that another new place has taken, nor an ambiguous one.
    let id = r
        .id_for(
            "geonames:4951788",
            &candidates,
            &|c| c == "springfield-us",
            &unambiguous,
        )
        .unwrap();
    assert_eq!(id, "springfield-us-ma");
    let id = r
        .id_for("geonames:4951788", &candidates, &none, &|level, _| {
            level < 2
        })
        .unwrap();
    assert_eq!(id, "springfield-us-ma");
    let err = r
        .id_for("geonames:4951788", &candidates[..1], &none, &unambiguous)
        .unwrap_err();
    assert!(err.contains("no free id"), "{err}");
}

#[test]
fn a_registered_id_in_use_by_another_place_is_refused() {
    let r = Registry::parse(FIXTURE).unwrap();
    let err = r
        .id_for("geonames:2643743", &[], &|c| c == "london", &unambiguous)
        .unwrap_err();
    assert!(
        err.contains("data/ids.tsv gives id london to geonames:2643743"),
        "{err}"
    );
}

#[test]
fn a_row_is_never_rewritten() {
    let mut r = Registry::parse(FIXTURE).unwrap();
    // The same row again is no change.
    r.add("london", "geonames:2643743").unwrap();
    assert_eq!(r.added(), 0);
    // Another place for a registered id, or another id for a registered place: refused.
    let err = r.add("london", "geonames:6058560").unwrap_err();
    assert!(
        err.contains("id london is registered for geonames:2643743"),
        "{err}"
    );
    let err = r.add("london-gb", "geonames:2643743").unwrap_err();
    assert!(
        err.contains("geonames:2643743 is registered as london"),
        "{err}"
    );
    let err = r.add("jp", "cldr:JP").unwrap_err();
    assert!(err.contains("id jp is registered for curated"), "{err}");
    r.add("london-ca", "geonames:6058560").unwrap();
    assert_eq!(r.added(), 1);
}

#[test]
fn the_registry_is_written_sorted_and_reads_back() {
    let mut r = Registry::parse(FIXTURE).unwrap();
    r.add("abadan", "geonames:145459").unwrap();
    r.add("zz-new", ids::CURATED).unwrap();
    let text = r.render();
    let ids_in_order: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(
        ids_in_order,
        [
            "abadan",
            "jp",
            "london",
            "springfield",
            "tokyo-jp",
            "zz-new"
        ]
    );
    let again = Registry::parse(&text).unwrap();
    assert_eq!(again.render(), text);
    assert_eq!(again.len(), 6);
}

#[test]
fn a_malformed_registry_is_refused() {
    let cases = [
        (
            "id\tkey\nlondon\tgeonames:1\nlondon\tgeonames:2\n",
            "3: id london is registered twice",
        ),
        (
            "id\tkey\nlondon\tgeonames:1\nlondon-gb\tgeonames:1\n",
            "3: geonames:1 is registered twice",
        ),
        (
            "id\tkey\nLondon\tgeonames:1\n",
            "2: \"London\" is not an id",
        ),
        (
            "id\tkey\nlondon\tgeonames:01\n",
            "2: \"geonames:01\" is not a key",
        ),
        ("id\tkey\nlondon\twikidata:Q84\n", "is not a key"),
        ("id\tkey\nlondon\n", "2: a row is an id and a key"),
        ("key\tid\n", "1: the header must be"),
        ("# nothing\n", "no header"),
    ];
    for (text, expected) in cases {
        let err = Registry::parse(text).unwrap_err();
        assert!(err.contains(expected), "{text:?}: {err}");
    }
    // Two curated ids are no conflict: each is its own place.
    Registry::parse("id\tkey\na\tcurated\nb\tcurated\n").unwrap();
}

#[test]
fn keys_are_written_one_way() {
    assert_eq!(ids::cldr_key("JP"), "cldr:JP");
    assert_eq!(ids::iso3166_3_key("SUHH"), "iso3166-3:SUHH");
    assert_eq!(ids::admin1_key("UA.11"), "geonames-admin1:UA.11");
    assert_eq!(ids::geonames_key(703448), "geonames:703448");
    for key in [
        "curated",
        "cldr:JP",
        "cldr:419",
        "iso3166-3:SUHH",
        "geonames-admin1:MV.10346475",
        "geonames:1",
    ] {
        assert!(ids::is_key(key), "{key}");
    }
    for key in [
        "cldr:jp",
        "cldr:1",
        "geonames:",
        "geonames-admin1:UA",
        "iso3166-3:SU",
    ] {
        assert!(!ids::is_key(key), "{key}");
    }
}
