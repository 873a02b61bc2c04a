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

/// The languages whose names the `web` cut keeps (with every hand-curated name, whatever its
/// language): the most widely used languages and those of the places the curated data is
/// about. See "Data tiers" in README.md.
const WEB_LANGUAGES: &[&str] = &[
    "ar", "de", "el", "en", "es", "fa", "fr", "he", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt",
    "ru", "th", "tr", "uk", "vi", "zh",
];

/// The `web` cut: drops names in other languages and names without a language, but keeps
/// at least one name for every place.
fn web_cut(data: &mut load::Dataset) {
    let curated = data.sources.iter().position(|s| s.id == "curated");
    let keep = |n: &load::Name| {
        Some(n.source) == curated || WEB_LANGUAGES.contains(&n.lang.split('-').next().unwrap_or(""))
    };
    let mut kept = vec![false; data.places.len()];
    for n in &data.names {
        kept[n.place] |= keep(n);
    }
    let mut first_of_place = vec![true; data.places.len()];
    data.names.retain(|n| {
        let first = std::mem::replace(&mut first_of_place[n.place], false);
        keep(n) || (!kept[n.place] && first)
    });
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
    let mut data = data;
    // The web cut ships in a module that is downloaded, so it leaves out the key transducer
    // (a quarter of the module, gzipped) and builds it on first use (src/automaton.rs).
    let web = std::env::var_os("CARGO_FEATURE_WEB").is_some();
    if web {
        web_cut(&mut data);
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(e) = emit::emit(&data, &out, !web) {
        eprintln!("error: cannot write the tables to {}: {e}", out.display());
        std::process::exit(1);
    }
}
