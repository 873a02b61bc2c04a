//! Build script: reads `data/`, validates it, and compiles it into static tables.
//!
//! See `data/README.md` for the data files and `src/layout.rs` for the tables.

mod automaton;
mod emit;
mod load;

#[path = "../src/fold.rs"]
#[allow(dead_code)]
mod fold;

#[path = "../src/layout.rs"]
mod layout;

use std::path::{Path, PathBuf};

/// Whether a data file belongs only to the `full` tier: `*-full.places.tsv` and
/// `*-full.names.tsv` (see "Data tiers" in README.md).
fn full_tier_only(file: &Path) -> bool {
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    name.ends_with("-full.places.tsv") || name.ends_with("-full.names.tsv")
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build");
    let full = std::env::var_os("CARGO_FEATURE_FULL").is_some();
    let wanted = |file: &Path| full || !full_tier_only(file);
    let data = match load::load_dir(Path::new("data"), &wanted) {
        Ok(data) => data,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!(
                "error: {} problem(s) in data/; the build stops here",
                errors.len()
            );
            std::process::exit(1);
        }
    };
    for file in &data.files {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(e) = emit::emit(&data, &out) {
        eprintln!("error: cannot write the tables to {}: {e}", out.display());
        std::process::exit(1);
    }
}
