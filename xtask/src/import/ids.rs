//! The id registry, `data/ids.tsv`: every id a place of the data has ever had, with the key
//! of what it denotes. Users store ids, so an id never changes meaning: the importer gives a
//! registered place its registered id, a new place a new id that no row holds, and never
//! rewrites or drops a row (the id of a place that is no longer imported stays reserved).
//!
//! Keys, one scheme per kind of source (see data/README.md, "Ids"):
//!
//! | key | what the id denotes |
//! |---|---|
//! | `curated` | the place of that id in `data/curated/` |
//! | `cldr:JP`, `cldr:419` | the CLDR territory of that code (ISO 3166-1 alpha-2, or UN M49 for a region of the world) |
//! | `iso3166-3:SUHH` | the former country of that ISO 3166-3 alpha-4 code |
//! | `geonames-admin1:UA.11` | the GeoNames first-level region of that admin-1 code |
//! | `geonames:703448` | the GeoNames place of that id (a city) |

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

/// The registry's file name, in the `data/` folder.
pub const FILE: &str = "ids.tsv";

/// The key of a place written by hand in `data/curated/`.
pub const CURATED: &str = "curated";

/// The columns of the registry.
pub const COLUMNS: [&str; 2] = ["id", "key"];

/// The key of a CLDR territory (ISO 3166-1 alpha-2 or UN M49 code).
pub fn cldr_key(code: &str) -> String {
    format!("cldr:{code}")
}

/// The key of an ISO 3166-3 former country (its alpha-4 code).
pub fn iso3166_3_key(alpha4: &str) -> String {
    format!("iso3166-3:{alpha4}")
}

/// The key of a GeoNames first-level region (its admin-1 code, `UA.11`).
pub fn admin1_key(code: &str) -> String {
    format!("geonames-admin1:{code}")
}

/// The key of a GeoNames place (its id).
pub fn geonames_key(id: u64) -> String {
    format!("geonames:{id}")
}

/// Whether `key` is written as one of the schemes above.
pub fn is_key(key: &str) -> bool {
    if key == CURATED {
        return true;
    }
    let Some((scheme, value)) = key.split_once(':') else {
        return false;
    };
    let upper_or_digit = |b: u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    match scheme {
        "cldr" => {
            (value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase()))
                || (value.len() == 3 && value.bytes().all(|b| b.is_ascii_digit()))
        }
        "iso3166-3" => value.len() == 4 && value.bytes().all(|b| b.is_ascii_uppercase()),
        "geonames-admin1" => value.split_once('.').is_some_and(|(cc, code)| {
            cc.len() == 2
                && cc.bytes().all(|b| b.is_ascii_uppercase())
                && !code.is_empty()
                && code.bytes().all(upper_or_digit)
        }),
        "geonames" => {
            !value.is_empty()
                && !value.starts_with('0')
                && value.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

/// A candidate id: the parts joined with `-`, empty parts left out.
pub fn candidate(parts: &[&str]) -> String {
    let parts: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    parts.join("-")
}

/// How many places would make each candidate id, by its position in their lists of
/// candidates: a candidate that more than one place makes is ambiguous, and no new place
/// takes it.
#[derive(Default)]
pub struct Candidates(HashMap<(usize, String), usize>);

impl Candidates {
    /// Counts the candidates of one place.
    pub fn count(&mut self, candidates: &[String]) {
        for (level, c) in candidates.iter().enumerate() {
            *self.0.entry((level, c.clone())).or_default() += 1;
        }
    }

    /// Whether more than one place makes `candidate` at position `level`.
    pub fn ambiguous(&self, level: usize, candidate: &str) -> bool {
        self.0
            .get(&(level, candidate.to_string()))
            .is_some_and(|&n| n > 1)
    }
}

/// Whether `id` is a well-formed place id: lowercase ASCII letters, digits and single `-`
/// between them.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The registry: ids and their keys, as read, and the rows added by this import.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    /// id -> key, every row.
    rows: BTreeMap<String, String>,
    /// key -> id, for every key but [`CURATED`].
    by_key: HashMap<String, String>,
    /// The rows added since the registry was read.
    added: usize,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Registry {
        Registry::default()
    }

    /// Reads `data/ids.tsv` from the data folder `data`. A missing registry is an error: the
    /// importer would otherwise hand out every id anew.
    pub fn load(data: &Path) -> Result<Registry, String> {
        let path = data.join(FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "{}: {e} (the id registry must exist: it says what every id denotes)",
                path.display()
            )
        })?;
        Registry::parse(&text).map_err(|e| format!("{}:{e}", path.display()))
    }

    /// Parses the registry's text. Errors are `line: message`.
    pub fn parse(text: &str) -> Result<Registry, String> {
        let mut r = Registry::new();
        let mut header = true;
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            if std::mem::take(&mut header) {
                if cells != COLUMNS {
                    return Err(format!("{n}: the header must be {:?}", COLUMNS.join("\t")));
                }
                continue;
            }
            let [id, key] = cells[..] else {
                return Err(format!("{n}: a row is an id and a key, separated by a TAB"));
            };
            if !is_id(id) {
                return Err(format!("{n}: {id:?} is not an id"));
            }
            if !is_key(key) {
                return Err(format!("{n}: {key:?} is not a key (see data/README.md)"));
            }
            if let Some(k) = r.rows.get(id) {
                return Err(format!("{n}: id {id} is registered twice ({k} and {key})"));
            }
            if let Some(other) = r.by_key.get(key) {
                return Err(format!(
                    "{n}: {key} is registered twice (ids {other} and {id})"
                ));
            }
            r.insert(id, key);
        }
        if header {
            return Err("1: no header".into());
        }
        Ok(r)
    }

    fn insert(&mut self, id: &str, key: &str) {
        self.rows.insert(id.to_string(), key.to_string());
        if key != CURATED {
            self.by_key.insert(key.to_string(), id.to_string());
        }
    }

    /// The id registered for `key` (never for [`CURATED`], which many ids have).
    pub fn id_of(&self, key: &str) -> Option<&str> {
        self.by_key.get(key).map(String::as_str)
    }

    /// The key registered for `id`.
    pub fn key_of(&self, id: &str) -> Option<&str> {
        self.rows.get(id).map(String::as_str)
    }

    /// Every row, sorted by id.
    pub fn rows(&self) -> impl Iterator<Item = (&str, &str)> {
        self.rows.iter().map(|(i, k)| (i.as_str(), k.as_str()))
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the registry has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The number of rows added since the registry was read.
    pub fn added(&self) -> usize {
        self.added
    }

    /// The id of the place that `key` denotes: the registered one, or for a key new to the
    /// registry the first of `candidates` that is an id, that no row holds (not even the
    /// row of a place no longer imported), that is not `in_use` by another place and that
    /// `ambiguous` does not reject (it is given the candidate's position in the list). A
    /// registered id that is in use by another place is an error: the registry says what it
    /// denotes.
    pub fn id_for(
        &self,
        key: &str,
        candidates: &[String],
        in_use: &dyn Fn(&str) -> bool,
        ambiguous: &dyn Fn(usize, &str) -> bool,
    ) -> Result<String, String> {
        if let Some(id) = self.id_of(key) {
            if in_use(id) {
                return Err(format!(
                    "data/{FILE} gives id {id} to {key}, but another place of the data has \
                     that id: an id never changes meaning, so give the other place another id"
                ));
            }
            return Ok(id.to_string());
        }
        candidates
            .iter()
            .enumerate()
            .find(|(level, c)| {
                is_id(c) && !self.rows.contains_key(*c) && !in_use(c) && !ambiguous(*level, c)
            })
            .map(|(_, c)| c.clone())
            .ok_or_else(|| format!("no free id for {key} among {candidates:?}"))
    }

    /// Registers `id` for `key`. A row that is already there is left as it is; a row that
    /// would change what a registered id or key denotes is refused.
    pub fn add(&mut self, id: &str, key: &str) -> Result<(), String> {
        if !is_id(id) || !is_key(key) {
            return Err(format!("cannot register id {id:?} for key {key:?}"));
        }
        match self.rows.get(id) {
            Some(k) if k == key => return Ok(()),
            Some(k) => {
                return Err(format!(
                    "id {id} is registered for {k} in data/{FILE}; it cannot now denote {key} \
                     (an id never changes meaning: give the place another id)"
                ));
            }
            None => {}
        }
        if let Some(other) = self.by_key.get(key) {
            return Err(format!(
                "{key} is registered as {other} in data/{FILE}; it cannot now be {id}"
            ));
        }
        self.insert(id, key);
        self.added += 1;
        Ok(())
    }

    /// The registry as written to `data/ids.tsv`: a comment, the header, the rows by id.
    pub fn render(&self) -> String {
        let mut s = String::new();
        s.push_str(
            "# Every id that a place of data/ has ever had, and what it denotes: an id never\n\
             # changes meaning. `cargo xtask import` gives a registered place its id, adds a row for\n\
             # a new place, and never changes or removes a row: a place that is no longer imported\n\
             # keeps its id reserved. Keys: see data/README.md, \"Ids\".\n",
        );
        s.push_str(&COLUMNS.join("\t"));
        s.push('\n');
        for (id, key) in &self.rows {
            let _ = writeln!(s, "{id}\t{key}");
        }
        s
    }
}
