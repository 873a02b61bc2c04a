//! Where the data comes from, and under which licence.

use crate::iter::Sources;
use crate::tables::SOURCES;

/// A data source that names cite, with its version and licence.
///
/// # Examples
///
/// ```
/// let cldr = toponym::sources().find(|s| s.id == "cldr").unwrap();
/// assert_eq!(cldr.licence, "Unicode-3.0");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Source {
    /// The id that names cite, e.g. `"cldr"`.
    pub id: &'static str,
    /// What the source is.
    pub title: &'static str,
    /// The exact version used.
    pub version: &'static str,
    /// SPDX id of the data's licence.
    pub licence: &'static str,
    /// The attribution the licence asks for.
    pub attribution: &'static str,
}

impl Source {
    pub(crate) fn from_index(index: u32) -> Source {
        let [id, title, version, licence, attribution] = SOURCES[index as usize];
        Source {
            id,
            title,
            version,
            licence,
            attribution,
        }
    }
}

/// Every data source, with its licence.
///
/// # Examples
///
/// ```
/// assert!(toponym::sources().any(|s| s.id == "geonames" && s.licence == "CC-BY-4.0"));
/// ```
pub fn sources() -> Sources {
    Sources::new(SOURCES.len() as u32)
}
