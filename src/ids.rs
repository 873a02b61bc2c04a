//! Finding a place by its id or by a code.

use crate::iter::Places;
use crate::place::{self, Place};
use crate::tables::{self, BY_CODE, BY_GEONAMES, BY_ID, binary_search};

/// The place with this id, e.g. `"iturup"` or `"jp"`.
///
/// # Examples
///
/// ```
/// assert_eq!(toponym::place("kuril-islands").unwrap().id(), "kuril-islands");
/// assert!(toponym::place("atlantis").is_none());
/// ```
pub fn place(id: &str) -> Option<Place> {
    let n = tables::words(BY_ID);
    let i = binary_search(n, |i| {
        Place::from_index(tables::word(BY_ID, i)).id().cmp(id)
    })?;
    Some(Place::from_index(tables::word(BY_ID, i)))
}

/// The place with this ISO 3166 code: alpha-2 (`"JP"`), alpha-3 (`"JPN"`), or ISO 3166-2
/// (`"JP-01"`). Case does not matter.
///
/// # Examples
///
/// ```
/// assert_eq!(toponym::place_by_iso("jpn").unwrap().id(), "jp");
/// assert_eq!(toponym::place_by_iso("JP-01").unwrap().id(), "hokkaido");
/// ```
pub fn place_by_iso(code: &str) -> Option<Place> {
    let is_wikidata =
        code.len() > 1 && code.starts_with(['Q', 'q']) && code.as_bytes()[1].is_ascii_digit();
    if code.len() > 6 || is_wikidata {
        return None;
    }
    by_code(&code.to_ascii_uppercase())
}

/// The place with this Wikidata item id, e.g. `"Q17"`.
///
/// # Examples
///
/// ```
/// assert_eq!(toponym::place_by_wikidata("Q17").unwrap().id(), "jp");
/// ```
pub fn place_by_wikidata(qid: &str) -> Option<Place> {
    let digits = qid.get(1..).unwrap_or("");
    if !qid.starts_with(['Q', 'q'])
        || digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || qid.len() > 12
    {
        return None;
    }
    by_code(&qid.to_ascii_uppercase())
}

/// The place with this id, or else the place with this ISO 3166 code: what a user means by
/// a place they name by its identifier (`"iturup"`, `"JP"`, `"jpn"`, `"JP-01"`).
///
/// # Examples
///
/// ```
/// assert_eq!(toponym::place_by_id_or_code("kyiv").unwrap().id(), "kyiv");
/// assert_eq!(toponym::place_by_id_or_code("JP-01").unwrap().id(), "hokkaido");
/// assert!(toponym::place_by_id_or_code("atlantis").is_none());
/// ```
pub fn place_by_id_or_code(id_or_code: &str) -> Option<Place> {
    place(id_or_code).or_else(|| place_by_iso(id_or_code))
}

fn by_code(code: &str) -> Option<Place> {
    let n = tables::words(BY_CODE) / 2;
    let i = binary_search(n, |i| {
        tables::string(tables::word(BY_CODE, 2 * i)).cmp(code)
    })?;
    Some(Place::from_index(tables::word(BY_CODE, 2 * i + 1)))
}

/// The place with this GeoNames id.
///
/// # Examples
///
/// ```
/// let japan = toponym::place("jp").unwrap();
/// let id = japan.geonames_id().unwrap();
/// assert_eq!(toponym::place_by_geonames(id), Some(japan));
/// ```
pub fn place_by_geonames(id: u32) -> Option<Place> {
    let n = tables::words(BY_GEONAMES) / 2;
    let i = binary_search(n, |i| tables::word(BY_GEONAMES, 2 * i).cmp(&id))?;
    Some(Place::from_index(tables::word(BY_GEONAMES, 2 * i + 1)))
}

/// Every place in the gazetteer, in data order.
///
/// # Examples
///
/// ```
/// assert!(toponym::places().any(|p| p.id() == "su"));
/// ```
pub fn places() -> Places {
    Places::all(place::count())
}
