//! The committed files of data/generated/ are what the importer makes of the pinned source
//! packages and data/curated/. Runs when the import cache is there (`cargo xtask import`
//! fills it; `TOPONYM_IMPORT_CACHE` moves it), and says so when it is skipped.

#[path = "../xtask/src/import/mod.rs"]
#[allow(dead_code, unreachable_pub)]
mod import;

use std::path::{Path, PathBuf};

#[test]
fn the_generated_files_are_the_importers_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cache = std::env::var_os("TOPONYM_IMPORT_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target/import-cache"));
    let unpacked = cache.join("unpacked");
    if !import::complete(&unpacked) {
        eprintln!(
            "SKIPPED: the source packages are not in {} (run `cargo xtask import` to fill \
             it); data/generated/ was not compared with the importer's output",
            unpacked.display()
        );
        return;
    }
    let output = import::generate(&unpacked, &root.join("data")).unwrap();
    let mut stale = Vec::new();
    for (name, content) in &output.files {
        let committed =
            std::fs::read_to_string(root.join("data/generated").join(name)).unwrap_or_default();
        if &committed != content {
            stale.push(name.as_str());
        }
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(root.join("data/generated"))
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
