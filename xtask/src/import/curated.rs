//! The hand-curated data of `data/curated/`.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use toponym_build::load;

use super::read;

/// The curated data, with what the merge needs to know about it.
pub(super) struct Curated {
    pub(super) places: Vec<load::Place>,
    pub(super) by_iso2: HashMap<String, usize>,
    pub(super) by_iso_sub: HashMap<String, usize>,
    pub(super) by_geonames: HashMap<u32, usize>,
    /// Curated names, also those of imported places (historic states' names are written
    /// by hand): (place id, lang, status, text, worldview ids).
    pub(super) names: Vec<(String, String, String, String, Vec<String>)>,
}

impl Curated {
    pub(super) fn load(data: &Path) -> Result<Curated, String> {
        let dir = data.join("curated");
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        let with = |suffix: &str| -> Vec<PathBuf> {
            files
                .iter()
                .filter(|f| f.to_string_lossy().ends_with(suffix))
                .cloned()
                .collect()
        };
        let data_set =
            load::load(&data.join("sources.tsv"), &with(".places.tsv"), &[]).map_err(|errors| {
                errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
        let mut c = Curated {
            places: data_set.places,
            by_iso2: HashMap::new(),
            by_iso_sub: HashMap::new(),
            by_geonames: HashMap::new(),
            names: Vec::new(),
        };
        for (i, p) in c.places.iter().enumerate() {
            if !p.iso2.is_empty() {
                c.by_iso2.insert(p.iso2.clone(), i);
            }
            if !p.iso_sub.is_empty() {
                c.by_iso_sub.insert(p.iso_sub.clone(), i);
            }
            if let Some(g) = p.geonames {
                c.by_geonames.insert(g, i);
            }
        }
        // Names are read without resolving their places: curated names may belong to places
        // that only this importer creates. The build validates them all.
        for file in with(".names.tsv") {
            let content =
                String::from_utf8(read(&file)?).map_err(|e| format!("{}: {e}", file.display()))?;
            let mut header = true;
            for line in content.lines() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                if std::mem::take(&mut header) {
                    continue;
                }
                let cells: Vec<&str> = line.split('\t').collect();
                if cells.len() != load::NAME_COLUMNS.len() {
                    return Err(format!("{}: malformed line {line:?}", file.display()));
                }
                let (text, _) = load::split_generic(cells[3])?;
                let worldview = cells[4]
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect();
                c.names.push((
                    cells[0].into(),
                    cells[1].into(),
                    cells[2].into(),
                    text,
                    worldview,
                ));
            }
        }
        Ok(c)
    }
}
