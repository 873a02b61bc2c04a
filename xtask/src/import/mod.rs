//! The importer: reads the unpacked source packages and the hand-curated data, merges them
//! by identity, and renders the files of `data/generated/`.
//!
//! Nothing here touches the network or the registries (see `fetch.rs`): given the same
//! unpacked packages and the same curated files, [`generate`] returns the same bytes.
//!
//! How sources are joined (never by name alone):
//! - countries and territories by ISO 3166-1 code (curated, CLDR, GeoNames, Natural Earth);
//! - historic states by their ISO 3166-3 code (the curated `su` is SUHH), and iso-codes'
//!   translated names to both by their codes (see `iso_names.rs`);
//! - regions by GeoNames admin-1 code, to ISO 3166-2's current codes by matching their
//!   names with ISO's and CLDR's within one country, kept only when the match is sure (see
//!   `subdivisions.rs`), and to curated places by that ISO code;
//! - cities by GeoNames id (curated places carry it), and to CLDR's time-zone exemplar
//!   cities by time zone (with CLDR's aliases) and name;
//! - China's and Japan's official lists of divisions: provinces and prefectures by ISO
//!   3166-2 code, cities by region and a name they already have (see `divisions.rs`).
//!
//! Ids come from the id registry, `data/ids.tsv` (see `ids.rs`): a place keeps the id
//! registered for its key, a new place gets a new id that no row holds, and the registry
//! only grows.
//!
//! Curated data wins: a curated place keeps its row, and no imported name is added to it
//! that the curated data already gives in the same language, that it marks historic (in any
//! language), or that it gives as one country's usage.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

mod china;
mod cldr;
mod cldr_forms;
mod cldr_history;
mod curated;
mod dbf;
mod divisions;
mod generic;
mod geonames;
pub mod ids;
mod iso_codes;
pub mod iso_names;
mod japan;
mod junk;
mod merge;
pub mod mo;
mod natural_earth;
pub mod packages;
mod render;
mod subdivisions;
mod territories;
mod text;
mod titles;

use cldr::Locales;
use curated::Curated;
use merge::Merge;
use packages as pkg;

/// Population from which a city is in the default tier; smaller cities are in `full`.
pub const DEFAULT_TIER_POPULATION: u64 = 100_000;

/// The generated files, by name (relative to `data/generated/`), the id registry
/// (`data/ids.tsv`), and a report to print.
pub struct Output {
    /// The files of `data/generated/`: (file name, content).
    pub files: Vec<(String, String)>,
    /// The content of the id registry, `data/ids.tsv`.
    pub registry: String,
    /// What to print: counts, notes, and what was left out.
    pub report: Vec<String>,
}

fn primary(lang: &str) -> &str {
    lang.split('-').next().unwrap_or(lang)
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn json(path: &Path) -> Result<Value, String> {
    serde_json::from_slice(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))
}

fn dirs(path: &Path) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for e in fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))? {
        let e = e.map_err(|e| format!("{}: {e}", path.display()))?;
        if e.path().is_dir() {
            out.push(e.file_name().to_string_lossy().into_owned());
        }
    }
    out.sort();
    Ok(out)
}

/// The unpacked source packages.
struct Sources {
    root: PathBuf,
}

impl Sources {
    fn dir(&self, p: pkg::Package) -> PathBuf {
        self.root.join(p.dir())
    }
}

/// Whether every package is unpacked in `unpacked` (the `unpacked` folder of the cache).
pub fn complete(unpacked: &Path) -> bool {
    pkg::ALL.iter().all(|p| p.is_unpacked(unpacked))
}

/// Reads the unpacked packages in `unpacked` and the curated files in `data`, and renders
/// the generated files.
pub fn generate(unpacked: &Path, data: &Path) -> Result<Output, String> {
    if !complete(unpacked) {
        return Err(format!(
            "the source packages are not all unpacked in {}: run `cargo xtask import`",
            unpacked.display()
        ));
    }
    let src = Sources {
        root: unpacked.to_path_buf(),
    };
    let curated = Curated::load(data)?;
    let locales = Locales::load(&src.root)?;
    let registry = ids::Registry::load(data)?;
    let mut m = Merge::new(&curated, registry);

    let ne = natural_earth::admin0(&src)?;

    // Territories -------------------------------------------------------------------
    let territory_id = territories::territories(&src, &curated, &locales, &ne, &mut m)?;

    // The years of their names, from CLDR's past releases.
    cldr_history::date_territory_names(&src, &locales, &territory_id, &mut m)?;

    natural_earth::point_of_view_claims(&ne, &curated, &territory_id, &mut m);

    // Historic states ----------------------------------------------------------------
    let historic_id = iso_codes::historic_states(&src, &curated, &mut m)?;

    // Regions ------------------------------------------------------------------------
    let mo = geonames::catalogues(&src, &locales)?;
    let regions = geonames::regions(&src, &curated, &locales, &territory_id, &mo, &mut m)?;

    // Cities -------------------------------------------------------------------------
    let city_of_zone = geonames::cities(
        &src,
        &curated,
        &locales,
        &territory_id,
        &regions,
        &mo,
        &mut m,
    )?;
    // The years of the names of CLDR's exemplar cities, from its past releases.
    cldr_history::date_city_names(&src, &locales, &city_of_zone, &mut m)?;

    // Official names of China's and Japan's divisions ---------------------------------
    china::divisions(&src, &curated, &mut m)?;
    japan::divisions(&src, &curated, &mut m)?;

    let errors = |errors: Vec<toponym_build::load::DataError>| {
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let terms = toponym_build::load::load_generic_terms(&data.join("terms")).map_err(errors)?;
    let abbreviations =
        toponym_build::load::load_abbreviations(&data.join("terms")).map_err(errors)?;

    // Wikipedia's titles that GeoNames gives as names: "Kushiro, Hokkaidō".
    let (put, dropped) = titles::names_without_qualifiers(&mut m, &curated);
    m.report.push(format!(
        "titles: {put} names put without the places that contain them after a comma, \
         {dropped} dropped as names the place had"
    ));

    // Names that bulk data borrowed from a better-known place.
    junk::drop_borrowed_names(&mut m, &curated, &locales)?;

    // CLDR's abbreviations written in full, and its two names in one apart.
    cldr_forms::add_forms(&mut m, &curated, &abbreviations, &terms)?;

    // iso-codes' translations of the names of countries and former countries.
    iso_names::translations(
        &src,
        &curated,
        &locales,
        &terms,
        &territory_id,
        &historic_id,
        &mut m,
    )?;

    // Generic terms in the imported names, marked as the curated data marks them.
    generic::mark_imported(&mut m, &curated, &terms)?;

    render::render(m)
}
