//! Build script: reads `data/`, validates it, and compiles it into static tables.
//!
//! See `data/README.md` for the data files and `src/layout.rs` for the tables.

mod emit;
mod load;

#[path = "../src/fold.rs"]
#[allow(dead_code)]
mod fold;

#[path = "../src/layout.rs"]
mod layout;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build");
    let data = match load::load_dir(Path::new("data"), &|_| true) {
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
