//! The data as the loader hands it on: places, names and sources, with every reference an
//! index, and where each came from.

use std::fmt;
use std::path::PathBuf;

use toponym_shared::{Kind, Status};

/// The columns of a `*.places.tsv` file, in order.
pub const PLACE_COLUMNS: [&str; 16] = [
    "id",
    "kind",
    "parents",
    "lat",
    "lon",
    "iso2",
    "iso3",
    "iso_sub",
    "geonames",
    "wikidata",
    "administered_by",
    "claimed_by",
    "from",
    "until",
    "succeeded_by",
    "population",
];

/// The columns of a `*.names.tsv` file, in order.
pub const NAME_COLUMNS: [&str; 8] = [
    "place",
    "lang",
    "status",
    "text",
    "worldview",
    "from",
    "until",
    "source",
];

/// The columns of `terms/generic.tsv`, in order.
pub const GENERIC_TERM_COLUMNS: [&str; 4] = ["lang", "position", "term", "kinds"];
/// The columns of `terms/abbreviations.tsv`, in order.
pub const ABBREVIATION_COLUMNS: [&str; 3] = ["lang", "abbreviation", "expansion"];
/// The columns of `terms/region-abbreviations.tsv`, in order.
pub const REGION_ABBREVIATION_COLUMNS: [&str; 2] = ["region", "abbreviation"];
/// The columns of `terms/titles.tsv`, in order.
pub const TITLE_COLUMNS: [&str; 2] = ["lang", "title"];
/// The columns of `terms/placeholders.tsv`, in order.
pub const PLACEHOLDER_COLUMNS: [&str; 2] = ["lang", "placeholder"];

/// The columns of `sources.tsv`, in order.
pub const SOURCE_COLUMNS: [&str; 5] = ["id", "title", "version", "licence", "attribution"];

/// Where a record came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loc {
    /// The file.
    pub file: PathBuf,
    /// The line, from 1 (0 for the file as a whole).
    pub line: usize,
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

/// One problem in the data, printed as `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// Where.
    pub loc: Loc,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.loc, self.message)
    }
}

/// A row of `sources.tsv`: a source that names cite.
#[derive(Debug, Clone)]
pub struct Source {
    /// The id names cite, e.g. `cldr`.
    pub id: String,
    /// What it is.
    pub title: String,
    /// The version used.
    pub version: String,
    /// SPDX id of its licence.
    pub licence: String,
    /// The attribution its licence asks for.
    pub attribution: String,
}

/// A place, from a row of a `*.places.tsv` file. References to other places are indices
/// into [`Dataset::places`]; empty strings stand for missing codes.
#[derive(Debug, Clone)]
pub struct Place {
    /// Its id, a slug.
    pub id: String,
    /// Its kind.
    pub kind: Kind,
    /// The places that contain it.
    pub parents: Vec<usize>,
    /// Latitude and longitude, in degrees.
    pub coords: Option<(f64, f64)>,
    /// ISO 3166-1 alpha-2 code.
    pub iso2: String,
    /// ISO 3166-1 alpha-3 code.
    pub iso3: String,
    /// ISO 3166-2 code.
    pub iso_sub: String,
    /// GeoNames id.
    pub geonames: Option<u32>,
    /// Wikidata item id.
    pub wikidata: String,
    /// The countries that administer it.
    pub administered_by: Vec<usize>,
    /// The countries that claim it.
    pub claimed_by: Vec<usize>,
    /// The first year it existed.
    pub from: Option<i32>,
    /// The last year it existed.
    pub until: Option<i32>,
    /// The places that succeeded it.
    pub succeeded_by: Vec<usize>,
    /// Its number of inhabitants.
    pub population: Option<u64>,
    /// Where its row is.
    pub loc: Loc,
}

/// A name, from a row of a `*.names.tsv` file.
#[derive(Debug, Clone)]
pub struct Name {
    /// The place, an index into [`Dataset::places`].
    pub place: usize,
    /// Its language, a BCP-47 tag.
    pub lang: String,
    /// How it is used.
    pub status: Status,
    /// The name as shown: the text with the generic-term braces removed.
    pub text: String,
    /// The same name without its generic term, when it has one.
    pub without_generic: Option<String>,
    /// The countries whose usage it is; empty for general usage.
    pub worldview: Vec<usize>,
    /// The first year it was used.
    pub from: Option<i32>,
    /// The last year it was used.
    pub until: Option<i32>,
    /// Its source, an index into [`Dataset::sources`].
    pub source: usize,
    /// Where its row is.
    pub loc: Loc,
}

/// The data, read and validated: every reference is an index.
#[derive(Debug, Default)]
pub struct Dataset {
    /// The sources, in the order of `sources.tsv`.
    pub sources: Vec<Source>,
    /// The places, in the order of the files and their rows.
    pub places: Vec<Place>,
    /// The names, in the order of the files and their rows.
    pub names: Vec<Name>,
    /// The word lists of `terms/`.
    pub terms: Terms,
    /// Every file read, for `cargo:rerun-if-changed`.
    pub files: Vec<PathBuf>,
}

/// The word lists of `terms/`, which `lookup` and `find_in_text` read names with.
#[derive(Debug, Default)]
pub struct Terms {
    /// Articles and generic words said before or after names.
    pub generic: Vec<GenericTerm>,
    /// Abbreviations of words in names.
    pub abbreviations: Vec<Abbreviation>,
    /// Abbreviations of regions that differ from their ISO 3166-2 codes.
    pub region_abbreviations: Vec<RegionAbbreviation>,
    /// Titles that make the name after them a person's.
    pub titles: Vec<Title>,
    /// What forms hold where no place is given.
    pub placeholders: Vec<Placeholder>,
}

/// Where a generic term stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermPosition {
    /// Before the name: "Republic of Austria".
    Prefix,
    /// After the name: "Kanagawa Prefecture".
    Suffix,
}

/// An article or generic word said with names of some kinds of place.
#[derive(Debug, Clone)]
pub struct GenericTerm {
    /// Its language.
    pub lang: String,
    /// Where it stands.
    pub position: TermPosition,
    /// The term as written.
    pub term: String,
    /// The kinds of place it is said of.
    pub kinds: Vec<Kind>,
}

/// A word's abbreviation.
#[derive(Debug, Clone)]
pub struct Abbreviation {
    /// Its language.
    pub lang: String,
    /// As written.
    pub abbreviation: String,
    /// The words it stands for.
    pub expansion: String,
}

/// A region's abbreviation.
#[derive(Debug, Clone)]
pub struct RegionAbbreviation {
    /// The region, an index into [`Dataset::places`].
    pub region: usize,
    /// As written.
    pub abbreviation: String,
}

/// A title before a person's name.
#[derive(Debug, Clone)]
pub struct Title {
    /// Its language.
    pub lang: String,
    /// As written.
    pub title: String,
}

/// What a form holds where no place is given: "N/A", "unknown".
#[derive(Debug, Clone)]
pub struct Placeholder {
    /// Its language.
    pub lang: String,
    /// As written.
    pub placeholder: String,
}
