//! Repository tasks: the importer that regenerates `data/generated/` from pinned source
//! packages (`cargo xtask import`, see `main.rs`), as a library so that its tests can run it.

use std::path::{Path, PathBuf};

pub mod fetch;
pub mod import;

/// The workspace root: the parent of this crate's folder.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Where the source packages are cached: `$TOPONYM_IMPORT_CACHE`, or `target/import-cache`.
pub fn cache_dir(root: &Path) -> PathBuf {
    std::env::var_os("TOPONYM_IMPORT_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target/import-cache"))
}

/// The folder of unpacked source packages in the cache, if the cache is complete.
pub fn unpacked_sources(root: &Path) -> Option<PathBuf> {
    let unpacked = cache_dir(root).join("unpacked");
    import::complete(&unpacked).then_some(unpacked)
}
