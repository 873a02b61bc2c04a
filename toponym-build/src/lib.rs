//! Compiles the data files of the `toponym` crate into the tables it embeds.
//!
//! [`build`] reads `data/` (see its README), validates it (every problem is reported with
//! its `file:line`), cuts it as the [`Config`] asks, and writes the tables into a folder,
//! with a `tables.rs` that declares them. `toponym`'s build script calls it; the importer
//! and the tests use [`load`] to read the same files the same way.
//!
//! This crate exists for `toponym`; it has no stability promise of its own.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod config;
pub mod cut;
pub mod emit;
mod key_transducer;
pub mod load;
mod model;
mod packs;
mod suggest;

use std::path::Path;

pub use config::{Config, KEY_TRANSDUCER_VAR, LANGUAGES_VAR, is_full_tier_only};

/// Reads, validates and cuts the data in `data_dir`, and writes its tables into `out`.
///
/// Returns every data file read (for `cargo:rerun-if-changed`), or every problem found,
/// one line each.
pub fn build(
    data_dir: &Path,
    out: &Path,
    config: &Config,
) -> Result<Vec<std::path::PathBuf>, Vec<String>> {
    let mut data = load::load_dir(data_dir, &|file| config.wants_file(file))
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let dropped = match &config.languages {
        Some(languages) => cut::keep_languages(&mut data, languages),
        None => Vec::new(),
    };
    emit::emit(&data, &dropped, out, config.embed_key_transducer)
        .map_err(|e| vec![format!("cannot write the tables to {}: {e}", out.display())])?;
    Ok(data.files)
}
