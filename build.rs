//! Build script: compiles `data/` into static tables with `toponym-build`.
//!
//! The `full` feature adds the `*-full.*.tsv` files. Two environment variables cut the data
//! down for a smaller binary (README, "Data tiers"): `TOPONYM_LANGUAGES` keeps the names of
//! some languages only, and `TOPONYM_KEY_TRANSDUCER=on-first-use` leaves the key transducer
//! out, to be built on first use. They are not features, because Cargo unifies features
//! across a build: one dependent turning a cut on would cut the data of every other.

use std::path::{Path, PathBuf};

use toponym_build::{Config, KEY_TRANSDUCER_VAR, LANGUAGES_VAR};

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-env-changed={LANGUAGES_VAR}");
    println!("cargo:rerun-if-env-changed={KEY_TRANSDUCER_VAR}");
    let full = std::env::var_os("CARGO_FEATURE_FULL").is_some();
    let config = Config::from_env(full, |name| std::env::var(name).ok()).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    });
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    match toponym_build::build(Path::new("data"), &out, &config) {
        Ok(files) => {
            for file in files {
                println!("cargo:rerun-if-changed={}", file.display());
            }
        }
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
    }
}
