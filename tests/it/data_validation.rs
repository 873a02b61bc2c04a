//! The real data files, as the build reads them and as plain TSV: they load, and no two
//! places share an id nor does any reference point nowhere (checked without the loader).
//! Each validation rule of the loader is tested on broken fixtures in toponym-build.

use std::fs;
use std::path::PathBuf;

use toponym_build::load;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

#[test]
fn the_real_data_loads() {
    let data = load::load_dir(&data_dir(), &|_| true).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert!(data.places.len() > 50, "{} places", data.places.len());
    // No two places share an id, and every reference points to an existing place: the
    // loader guarantees it; check the guarantee on the real data independently.
    let mut ids: Vec<&str> = data.places.iter().map(|p| p.id.as_str()).collect();
    ids.sort();
    let before = ids.len();
    ids.dedup();
    assert_eq!(before, ids.len(), "duplicate place ids");
    for p in &data.places {
        for &r in p
            .parents
            .iter()
            .chain(&p.administered_by)
            .chain(&p.claimed_by)
            .chain(&p.succeeded_by)
        {
            assert!(r < data.places.len());
        }
    }
}

/// The real data, read here without the loader: no two places share an id, and every
/// reference (parents, administered_by, claimed_by, succeeded_by, a name's place and
/// worldview) is the id of a place. The loader checks the same, but this test does not
/// trust it: it reads the TSV files itself.
#[test]
fn the_real_files_have_unique_ids_and_no_dangling_references() {
    let mut files = Vec::new();
    let mut folders = vec![data_dir()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    // (file, line, id) of each reference, checked once every id is known.
    let mut references: Vec<(PathBuf, usize, String)> = Vec::new();
    let mut ids = std::collections::HashMap::new();
    let mut rows = 0;
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let columns: &[&str] = if name.ends_with(".places.tsv") {
            &["parents", "administered_by", "claimed_by", "succeeded_by"]
        } else if name.ends_with(".names.tsv") {
            &["place", "worldview"]
        } else {
            continue;
        };
        let text = fs::read_to_string(file).unwrap();
        let mut header: Option<Vec<&str>> = None;
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            let Some(header) = &header else {
                header = Some(cells);
                continue;
            };
            rows += 1;
            let cell = |column: &str| cells[header.iter().position(|&h| h == column).unwrap()];
            if name.ends_with(".places.tsv") {
                let id = cell("id").to_string();
                if let Some(first) = ids.insert(id.clone(), (file.clone(), i + 1)) {
                    panic!("{}:{}: id {id:?} also at {first:?}", file.display(), i + 1);
                }
            }
            for column in columns {
                for id in cell(column).split(',').filter(|id| !id.is_empty()) {
                    references.push((file.clone(), i + 1, id.to_string()));
                }
            }
        }
    }
    assert!(
        ids.len() > 1000 && rows > 10_000,
        "{} places, {rows} rows",
        ids.len()
    );
    let dangling: Vec<String> = references
        .iter()
        .filter(|(.., id)| !ids.contains_key(id))
        .map(|(file, line, id)| format!("{}:{line}: {id:?}", file.display()))
        .collect();
    assert!(
        dangling.is_empty(),
        "references to no place:\n{}",
        dangling.join("\n")
    );
}
