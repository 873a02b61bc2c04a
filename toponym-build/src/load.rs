//! Reads and validates the data files.
//!
//! Parse, then validate, then hand a [`Dataset`] whose references are all indices to the
//! emitter. Every error names its `file:line`.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use toponym_shared::{Kind, Status};

pub use crate::model::*;

/// Reads `dir/sources.tsv` and every `*.places.tsv` and `*.names.tsv` below `dir` that
/// `wanted` accepts, in path order.
pub fn load_dir(dir: &Path, wanted: &dyn Fn(&Path) -> bool) -> Result<Dataset, Vec<DataError>> {
    let mut files = Vec::new();
    collect_files(dir, &mut files).map_err(|e| {
        vec![DataError {
            loc: Loc {
                file: dir.to_path_buf(),
                line: 0,
            },
            message: format!("cannot list the data folder: {e}"),
        }]
    })?;
    files.sort();
    files.retain(|f| wanted(f));
    let by_suffix = |suffix: &str| -> Vec<PathBuf> {
        files
            .iter()
            .filter(|f| f.to_string_lossy().ends_with(suffix))
            .cloned()
            .collect()
    };
    let terms = dir.join("terms");
    let data = load(
        &dir.join("sources.tsv"),
        &by_suffix(".places.tsv"),
        &by_suffix(".names.tsv"),
    )?;
    if terms.is_dir() {
        load_terms(data, &terms)
    } else {
        Ok(data)
    }
}

/// Reads and validates the generic terms of `terms_dir` alone (`generic.tsv`), which refer
/// to no place: the importer marks them in imported names.
pub fn load_generic_terms(terms_dir: &Path) -> Result<Vec<GenericTerm>, Vec<DataError>> {
    let mut v = Validator::default();
    let file = terms_dir.join("generic.tsv");
    v.read_file(&file, &GENERIC_TERM_COLUMNS, Validator::generic_term_row);
    if v.errors.is_empty() {
        Ok(v.data.terms.generic)
    } else {
        Err(v.errors)
    }
}

/// Whether a generic term is written without a space to the name: a suffix in Han, kana or
/// Hangul (市, 県, 도), a prefix in Thai (จังหวัด). `lookup` and the importer take it off the
/// word it is attached to.
pub fn attaches(term: &str, position: TermPosition) -> bool {
    let all = |f: fn(char) -> bool| !term.is_empty() && term.chars().all(f);
    match position {
        TermPosition::Suffix => all(|c| {
            matches!(c,
                '\u{3040}'..='\u{30FF}' // kana
                | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' // Han
                | '\u{AC00}'..='\u{D7A3}' // Hangul syllables
            )
        }),
        TermPosition::Prefix => all(|c| matches!(c, '\u{0E00}'..='\u{0E7F}')),
    }
}

/// Reads and validates the abbreviations of `terms_dir` alone (`abbreviations.tsv`): the
/// importer writes the abbreviated words of imported names in full.
pub fn load_abbreviations(terms_dir: &Path) -> Result<Vec<Abbreviation>, Vec<DataError>> {
    let mut v = Validator::default();
    let file = terms_dir.join("abbreviations.tsv");
    v.read_file(&file, &ABBREVIATION_COLUMNS, Validator::abbreviation_row);
    if v.errors.is_empty() {
        Ok(v.data.terms.abbreviations)
    } else {
        Err(v.errors)
    }
}

/// Reads and validates the word lists of `terms_dir` (see `data/terms/`) into `data`, whose
/// places the region abbreviations refer to.
pub fn load_terms(data: Dataset, terms_dir: &Path) -> Result<Dataset, Vec<DataError>> {
    let mut v = Validator {
        data,
        ..Validator::default()
    };
    for (i, p) in v.data.places.iter().enumerate() {
        if !p.iso_sub.is_empty() {
            v.subdivisions.insert(p.iso_sub.clone(), i);
        }
    }
    let files: [(&str, &[&str], RowReader); 5] = [
        (
            "generic.tsv",
            &GENERIC_TERM_COLUMNS,
            Validator::generic_term_row,
        ),
        (
            "abbreviations.tsv",
            &ABBREVIATION_COLUMNS,
            Validator::abbreviation_row,
        ),
        (
            "region-abbreviations.tsv",
            &REGION_ABBREVIATION_COLUMNS,
            Validator::region_abbreviation_row,
        ),
        ("titles.tsv", &TITLE_COLUMNS, Validator::title_row),
        (
            "placeholders.tsv",
            &PLACEHOLDER_COLUMNS,
            Validator::placeholder_row,
        ),
    ];
    for (name, columns, row) in files {
        let file = terms_dir.join(name);
        v.data.files.push(file.clone());
        v.read_file(&file, columns, row);
    }
    if v.errors.is_empty() {
        Ok(v.data)
    } else {
        Err(v.errors)
    }
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads and validates the given files.
pub fn load(
    sources_file: &Path,
    place_files: &[PathBuf],
    name_files: &[PathBuf],
) -> Result<Dataset, Vec<DataError>> {
    let mut v = Validator::default();
    v.data.files.push(sources_file.to_path_buf());
    v.read_file(sources_file, &SOURCE_COLUMNS, Validator::source_row);
    let mut place_rows = Vec::new();
    for file in place_files {
        v.data.files.push(file.clone());
        v.read_file(file, &PLACE_COLUMNS, |v, loc, cells| {
            v.place_id(loc, cells[0]);
            place_rows.push((
                loc.clone(),
                cells.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            ));
        });
    }
    // Ids are known only once every places file is read: places may refer to places later on.
    for (loc, cells) in &place_rows {
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        v.place_row(loc, &cells);
    }
    if v.errors.is_empty() {
        v.check_parent_cycles();
    }
    for file in name_files {
        v.data.files.push(file.clone());
        v.read_file(file, &NAME_COLUMNS, Validator::name_row);
    }
    if v.errors.is_empty() {
        Ok(v.data)
    } else {
        Err(v.errors)
    }
}

/// Where a name was given, and the years (from, until) of that row.
type Period = (Loc, Option<i32>, Option<i32>);

/// What reads one row of a data file into the validator.
type RowReader = fn(&mut Validator, &Loc, &[&str]);

#[derive(Default)]
struct Validator {
    data: Dataset,
    errors: Vec<DataError>,
    ids: HashMap<String, (usize, Loc)>,
    codes: HashMap<(&'static str, String), Loc>,
    /// Each (place, language, text) seen: where, and the years of each row that has it.
    names_seen: HashMap<(usize, String, String), Vec<Period>>,
    /// Places by ISO 3166-2 code, for the region abbreviations.
    subdivisions: HashMap<String, usize>,
    /// Rows of the term lists seen, to report a row given twice.
    terms_seen: HashMap<Vec<String>, Loc>,
}

impl Validator {
    /// Reports a row of a term list that is already there (`key` says what makes it one).
    fn term_seen(&mut self, loc: &Loc, key: Vec<String>) -> bool {
        if let Some(first) = self.terms_seen.get(&key) {
            let message = format!("the same row as at {first}");
            self.error(loc, message);
            return true;
        }
        self.terms_seen.insert(key, loc.clone());
        false
    }

    fn term_lang(&mut self, loc: &Loc, lang: &str) {
        if !is_language_tag(lang) {
            self.error(loc, format!("malformed language tag {lang:?}"));
        }
    }

    fn term_text(&mut self, loc: &Loc, column: &str, text: &str) -> bool {
        let ok = !text.trim().is_empty() && text.trim() == text && !text.contains(['{', '}']);
        if !ok {
            self.error(
                loc,
                format!("{column} {text:?}: empty, padded or with braces"),
            );
        }
        ok
    }

    fn generic_term_row(&mut self, loc: &Loc, c: &[&str]) {
        self.term_lang(loc, c[0]);
        let position = match c[1] {
            "prefix" => TermPosition::Prefix,
            "suffix" => TermPosition::Suffix,
            other => {
                self.error(
                    loc,
                    format!("position {other:?}: expected prefix or suffix"),
                );
                return;
            }
        };
        if !self.term_text(loc, "term", c[2]) {
            return;
        }
        let mut kinds = Vec::new();
        if c[3] == "*" {
            kinds.extend_from_slice(Kind::ALL);
        } else {
            for kind in c[3].split(',') {
                match kind.parse::<Kind>() {
                    Ok(k) => kinds.push(k),
                    Err(_) => self.error(loc, format!("unknown kind {kind:?}")),
                }
            }
        }
        if self.term_seen(loc, vec![c[0].into(), c[1].into(), c[2].into()]) {
            return;
        }
        self.data.terms.generic.push(GenericTerm {
            lang: c[0].into(),
            position,
            term: c[2].into(),
            kinds,
        });
    }

    fn abbreviation_row(&mut self, loc: &Loc, c: &[&str]) {
        self.term_lang(loc, c[0]);
        if !self.term_text(loc, "abbreviation", c[1]) || !self.term_text(loc, "expansion", c[2]) {
            return;
        }
        if self.term_seen(loc, c.iter().map(|s| s.to_string()).collect()) {
            return;
        }
        let (lang, abbreviation, expansion) = (c[0].into(), c[1].into(), c[2].into());
        self.data.terms.abbreviations.push(Abbreviation {
            lang,
            abbreviation,
            expansion,
        });
    }

    fn region_abbreviation_row(&mut self, loc: &Loc, c: &[&str]) {
        let Some(&region) = self.subdivisions.get(c[0]) else {
            self.error(loc, format!("no region has the ISO 3166-2 code {:?}", c[0]));
            return;
        };
        if !self.term_text(loc, "abbreviation", c[1])
            || self.term_seen(loc, vec![c[0].into(), c[1].into()])
        {
            return;
        }
        let abbreviation = c[1].into();
        self.data
            .terms
            .region_abbreviations
            .push(RegionAbbreviation {
                region,
                abbreviation,
            });
    }

    fn title_row(&mut self, loc: &Loc, c: &[&str]) {
        self.term_lang(loc, c[0]);
        if !self.term_text(loc, "title", c[1])
            || self.term_seen(loc, vec![c[0].into(), c[1].into()])
        {
            return;
        }
        self.data.terms.titles.push(Title {
            lang: c[0].into(),
            title: c[1].into(),
        });
    }

    fn placeholder_row(&mut self, loc: &Loc, c: &[&str]) {
        self.term_lang(loc, c[0]);
        if !self.term_text(loc, "placeholder", c[1])
            || self.term_seen(loc, vec![c[0].into(), c[1].into()])
        {
            return;
        }
        self.data.terms.placeholders.push(Placeholder {
            lang: c[0].into(),
            placeholder: c[1].into(),
        });
    }

    fn error(&mut self, loc: &Loc, message: String) {
        self.errors.push(DataError {
            loc: loc.clone(),
            message,
        });
    }

    fn read_file(
        &mut self,
        file: &Path,
        columns: &[&str],
        mut row: impl FnMut(&mut Self, &Loc, &[&str]),
    ) {
        let text = match fs::read(file) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count();
                    let loc = Loc {
                        file: file.to_path_buf(),
                        line,
                    };
                    self.error(&loc, "not valid UTF-8".into());
                    return;
                }
            },
            Err(e) => {
                let loc = Loc {
                    file: file.to_path_buf(),
                    line: 0,
                };
                self.error(&loc, format!("cannot read: {e}"));
                return;
            }
        };
        let mut header_seen = false;
        for (i, line) in text.lines().enumerate() {
            let loc = Loc {
                file: file.to_path_buf(),
                line: i + 1,
            };
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            if !header_seen {
                header_seen = true;
                if cells != columns {
                    let want = columns.join("\\t");
                    self.error(&loc, format!("the header must be exactly: {want}"));
                    return;
                }
                continue;
            }
            if cells.len() != columns.len() {
                let (n, want) = (cells.len(), columns.len());
                self.error(&loc, format!("{n} cells, the header has {want}"));
                continue;
            }
            if let Some(c) = cells.iter().find(|c| c.trim() != **c) {
                self.error(&loc, format!("cell {c:?} has white space at an end"));
                continue;
            }
            row(self, &loc, &cells);
        }
        if !header_seen {
            let loc = Loc {
                file: file.to_path_buf(),
                line: 1,
            };
            self.error(&loc, "no header line".into());
        }
    }

    fn source_row(&mut self, loc: &Loc, c: &[&str]) {
        if !is_slug(c[0]) {
            self.error(loc, format!("malformed source id {:?}", c[0]));
        }
        if self.data.sources.iter().any(|s| s.id == c[0]) {
            self.error(loc, format!("duplicate source id {:?}", c[0]));
        }
        if c[3].is_empty() {
            self.error(loc, format!("source {:?} has no licence", c[0]));
        }
        self.data.sources.push(Source {
            id: c[0].into(),
            title: c[1].into(),
            version: c[2].into(),
            licence: c[3].into(),
            attribution: c[4].into(),
        });
    }

    fn place_id(&mut self, loc: &Loc, id: &str) {
        if !is_slug(id) {
            self.error(
                loc,
                format!("malformed place id {id:?}: use a-z, 0-9 and -"),
            );
        } else if let Some((_, first)) = self.ids.get(id) {
            let message = format!("duplicate place id {id:?} (first at {first})");
            self.error(loc, message);
        } else {
            let index = self.ids.len();
            self.ids.insert(id.to_string(), (index, loc.clone()));
        }
    }

    fn place_ref(&mut self, loc: &Loc, column: &str, id: &str) -> Option<usize> {
        match self.ids.get(id) {
            Some((index, _)) => Some(*index),
            None => {
                self.error(loc, format!("unknown place id {id:?} in {column}"));
                None
            }
        }
    }

    fn place_refs(&mut self, loc: &Loc, column: &str, cell: &str) -> Vec<usize> {
        if cell.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for id in cell.split(',') {
            if let Some(i) = self.place_ref(loc, column, id) {
                if out.contains(&i) {
                    self.error(loc, format!("{id:?} is listed twice in {column}"));
                }
                out.push(i);
            }
        }
        out
    }

    fn number<T: std::str::FromStr>(&mut self, loc: &Loc, column: &str, cell: &str) -> Option<T> {
        if cell.is_empty() {
            return None;
        }
        let parsed = cell.parse().ok();
        if parsed.is_none() {
            self.error(loc, format!("{column} {cell:?} is not a valid number"));
        }
        parsed
    }

    fn code(&mut self, loc: &Loc, column: &'static str, cell: &str, ok: bool) -> String {
        if cell.is_empty() {
            return String::new();
        }
        if !ok {
            self.error(loc, format!("malformed {column} code {cell:?}"));
        } else if let Some(first) = self.codes.get(&(column, cell.to_string())) {
            let message = format!("{column} {cell:?} is already used at {first}");
            self.error(loc, message);
        } else {
            self.codes.insert((column, cell.to_string()), loc.clone());
        }
        cell.to_string()
    }

    fn place_row(&mut self, loc: &Loc, c: &[&str]) {
        let kind = c[1].parse::<Kind>().unwrap_or_else(|_| {
            self.error(loc, format!("unknown kind {:?}", c[1]));
            Kind::Landform
        });
        let this = self.ids.get(c[0]).map(|(i, _)| *i);
        let parents = self.place_refs(loc, "parents", c[2]);
        if this.is_some() && parents.contains(&this.unwrap_or(usize::MAX)) {
            self.error(loc, format!("{:?} is its own parent", c[0]));
        }
        let lat: Option<f64> = self.number(loc, "lat", c[3]);
        let lon: Option<f64> = self.number(loc, "lon", c[4]);
        let coords = match (lat, lon) {
            (Some(lat), Some(lon)) => {
                if !(-90.0..=90.0).contains(&lat) {
                    self.error(loc, format!("latitude {lat} is out of range -90..90"));
                }
                if !(-180.0..=180.0).contains(&lon) {
                    self.error(loc, format!("longitude {lon} is out of range -180..180"));
                }
                Some((lat, lon))
            }
            (None, None) => None,
            _ => {
                self.error(loc, "lat and lon must be given together".into());
                None
            }
        };
        let iso2 = self.code(loc, "iso2", c[5], is_upper(c[5], 2, 2));
        let iso3 = self.code(loc, "iso3", c[6], is_upper(c[6], 3, 3));
        let iso_sub_ok = c[7].split_once('-').is_some_and(|(country, sub)| {
            is_upper(country, 2, 2)
                && (1..=3).contains(&sub.len())
                && sub
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        });
        let iso_sub = self.code(loc, "iso_sub", c[7], iso_sub_ok);
        let geonames_ok = c[8].bytes().all(|b| b.is_ascii_digit()) && !c[8].starts_with('0');
        self.code(
            loc,
            "geonames",
            c[8],
            geonames_ok && c[8].parse::<u32>().is_ok(),
        );
        let geonames = c[8].parse().ok();
        let wikidata_ok = c[9].len() > 1
            && c[9].starts_with('Q')
            && !c[9][1..].starts_with('0')
            && c[9][1..].bytes().all(|b| b.is_ascii_digit());
        let wikidata = self.code(loc, "wikidata", c[9], wikidata_ok);
        let administered_by = self.place_refs(loc, "administered_by", c[10]);
        let claimed_by = self.place_refs(loc, "claimed_by", c[11]);
        let from = self.number(loc, "from", c[12]);
        let until = self.number(loc, "until", c[13]);
        self.check_years(loc, from, until);
        let succeeded_by = self.place_refs(loc, "succeeded_by", c[14]);
        let population = self.number(loc, "population", c[15]);
        self.data.places.push(Place {
            id: c[0].into(),
            kind,
            parents,
            coords,
            iso2,
            iso3,
            iso_sub,
            geonames,
            wikidata,
            administered_by,
            claimed_by,
            from,
            until,
            succeeded_by,
            population,
            loc: loc.clone(),
        });
    }

    fn check_years(&mut self, loc: &Loc, from: Option<i32>, until: Option<i32>) {
        if let (Some(from), Some(until)) = (from, until)
            && from > until
        {
            self.error(loc, format!("from {from} is after until {until}"));
        }
    }

    /// Reports every place that is its own ancestor: the places of a strongly connected
    /// component of the parent graph with more than one place, or with a place that is
    /// its own parent. Linear in the number of places and parent links (Tarjan), so that
    /// hundreds of thousands of places cost nothing.
    fn check_parent_cycles(&mut self) {
        let n = self.data.places.len();
        const UNSEEN: usize = usize::MAX;
        let mut index = vec![UNSEEN; n];
        let mut low = vec![0; n];
        let mut on_stack = vec![false; n];
        let mut stack = Vec::new();
        let mut in_cycle = vec![false; n];
        let mut next = 0;
        for root in 0..n {
            if index[root] != UNSEEN {
                continue;
            }
            // (place, position in its parent list)
            let mut work = vec![(root, 0)];
            index[root] = next;
            low[root] = next;
            next += 1;
            stack.push(root);
            on_stack[root] = true;
            while let Some(&mut (v, ref mut i)) = work.last_mut() {
                let parents = &self.data.places[v].parents;
                if let Some(&w) = parents.get(*i) {
                    *i += 1;
                    if index[w] == UNSEEN {
                        index[w] = next;
                        low[w] = next;
                        next += 1;
                        stack.push(w);
                        on_stack[w] = true;
                        work.push((w, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                    continue;
                }
                work.pop();
                if let Some(&(u, _)) = work.last() {
                    low[u] = low[u].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut component = Vec::new();
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        component.push(w);
                        if w == v {
                            break;
                        }
                    }
                    let cyclic = component.len() > 1 || self.data.places[v].parents.contains(&v);
                    for w in component {
                        in_cycle[w] = cyclic;
                    }
                }
            }
        }
        for (i, cyclic) in in_cycle.into_iter().enumerate() {
            if cyclic {
                let loc = self.data.places[i].loc.clone();
                let id = self.data.places[i].id.clone();
                self.error(&loc, format!("{id:?} is its own ancestor"));
            }
        }
    }

    fn name_row(&mut self, loc: &Loc, c: &[&str]) {
        let Some(place) = self.place_ref(loc, "place", c[0]) else {
            return;
        };
        if !is_language_tag(c[1]) {
            self.error(loc, format!("malformed language tag {:?}", c[1]));
        }
        let status = c[2].parse::<Status>().unwrap_or_else(|_| {
            self.error(loc, format!("unknown status {:?}", c[2]));
            Status::Variant
        });
        let (text, without_generic) = match split_generic(c[3]) {
            Ok(forms) => forms,
            Err(why) => {
                self.error(loc, format!("text {:?}: {why}", c[3]));
                return;
            }
        };
        let worldview = self.place_refs(loc, "worldview", c[4]);
        for &w in &worldview {
            let kind = self.data.places[w].kind;
            let id = &self.data.places[w].id;
            if !matches!(kind, Kind::Country | Kind::HistoricState) {
                let message = format!("worldview {id:?} is a {kind}, not a country");
                self.error(loc, message);
            } else if self.data.places[w].iso2.is_empty() {
                // A worldview is written with it: in the JSON, and by users (--worldview JP).
                let message = format!("worldview {id:?} has no ISO 3166-1 alpha-2 code");
                self.error(loc, message);
            }
        }
        let from = self.number(loc, "from", c[5]);
        let until = self.number(loc, "until", c[6]);
        self.check_years(loc, from, until);
        if status == Status::Historic && until.is_none() {
            self.error(
                loc,
                "a historic name needs the year it went out of use (until)".into(),
            );
        }
        let Some(source) = self.data.sources.iter().position(|s| s.id == c[7]) else {
            self.error(
                loc,
                format!("unknown source {:?}: add it to sources.tsv", c[7]),
            );
            return;
        };
        // A name may come back: a row each for the years of each period it was used
        // (Voroshilovgrad, 1935-1958 and 1970-1990), which must not overlap.
        let key = (place, c[1].to_string(), text.clone());
        let apart = |&(_, f, u): &Period| match (from, until, f, u) {
            (_, Some(until), Some(f), _) if until < f => true,
            (Some(from), _, _, Some(u)) if u < from => true,
            _ => false,
        };
        let clash = self.names_seen.get(&key).and_then(|periods| {
            let first = periods.iter().find(|p| !apart(p))?;
            Some(first.0.clone())
        });
        if let Some(first) = clash {
            let message = format!(
                "{:?} in {:?} is already a name of {:?} (at {first}); a name used again \
                 later takes a row for each period, with years that do not overlap",
                text, c[1], c[0]
            );
            self.error(loc, message);
            return;
        }
        self.names_seen
            .entry(key)
            .or_default()
            .push((loc.clone(), from, until));
        self.data.names.push(Name {
            place,
            lang: c[1].into(),
            status,
            text,
            without_generic,
            worldview,
            from,
            until,
            source,
            loc: loc.clone(),
        });
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_upper(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// A BCP-47 tag in canonical case: language (2-3 letters, or `und`), then optionally a
/// script (`Latn`), a region (`TW`, `419`) and variants.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-').peekable();
    let Some(language) = parts.next() else {
        return false;
    };
    if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    if let Some(script) = parts.next_if(|p| p.len() == 4 && p.as_bytes()[0].is_ascii_alphabetic()) {
        let (first, rest) = script.split_at(1);
        if !is_upper(first, 1, 1) || !rest.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
    }
    parts.next_if(|p| is_upper(p, 2, 2) || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit())));
    parts.all(|variant| {
        let b = variant.as_bytes();
        let ok_chars = b
            .iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        ok_chars && ((5..=8).contains(&b.len()) || (b.len() == 4 && b[0].is_ascii_digit()))
    })
}

/// Splits `Iturup {Island}` into the shown form `Iturup Island` and the form without the
/// generic term, `Iturup`.
pub fn split_generic(text: &str) -> Result<(String, Option<String>), String> {
    if text.is_empty() {
        return Err("empty name".into());
    }
    if let Some(c) = text.chars().find(|c| c.is_control()) {
        return Err(format!("control character {c:?}"));
    }
    let max = toponym_shared::layout::string::MAX_LEN;
    if text.len() > max {
        return Err(format!("{} bytes long, at most {max}", text.len()));
    }
    let Some(open) = text.find('{') else {
        if text.contains('}') {
            return Err("'}' without '{'".into());
        }
        return Ok((text.to_string(), None));
    };
    let Some(close) = text[open..].find('}').map(|i| open + i) else {
        return Err("'{' without '}'".into());
    };
    let generic = &text[open + 1..close];
    let (before, after) = (&text[..open], &text[close + 1..]);
    if generic.trim().is_empty() || generic.contains('{') {
        return Err("braces must hold one generic term".into());
    }
    if after.contains(['{', '}']) {
        return Err("only one generic term per name".into());
    }
    let rest = format!("{before}{after}");
    if rest.trim().is_empty() {
        return Err("the name is nothing but its generic term".into());
    }
    let shown = format!("{before}{generic}{after}");
    let without = format!("{} {}", before.trim_end(), after.trim_start());
    Ok((shown, Some(without.trim().to_string())))
}
