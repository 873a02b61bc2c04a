//! Joining a country's official list of administrative divisions to the places of the data:
//! first-level divisions by ISO 3166-2 code, cities by their region and a name the city
//! already has. The lists (China's in `china.rs`, Japan's in `japan.rs`) give each division
//! its name in the country's script and a romanisation; GeoNames gives each city a name in
//! that script for some, and a Latin main or English name for almost all.
//!
//! A city is joined to a division of its own region when:
//! - it has names in the country's script, and exactly one division of the region is called
//!   by one of them (in full, 鄂尔多斯市, or without the word for its kind, 鄂尔多斯), and
//!   the romanisation, where it points anywhere, points to that same division;
//! - or it has no name in that script, and its main or English name is the romanisation of
//!   exactly one division of the region.
//!
//! A division that more than one city would take is given to none. Where the list asks for
//! it (China's districts and counties, which GeoNames' towns share names with), a city is
//! also left out when its other names (GeoNames' alternates) point to another division of
//! the region that neither contains it nor lies in it, or when it lies more than 500 km from
//! the city of the division that contains its own. Nothing is guessed: a city whose names
//! point to no division, or to several, is left out, and the report says how many were.

use std::collections::{BTreeMap, HashMap};

use toponym_shared::fold::fold;

use super::curated::Curated;
use super::merge::{Merge, NameRow};
use super::{primary, text};

/// One division of an official list.
pub(super) struct Division {
    /// The official name in full (广东省, 鄂尔多斯市, 名古屋市).
    pub(super) name: String,
    /// The id of the region (province, prefecture) it lies in.
    pub(super) region: String,
    /// Its name in full and, where people also write it so, without the word for its kind.
    pub(super) native: Vec<String>,
    /// Its name romanised, in the form of [`latin_key`] (and after the caller's own
    /// normalisation), in full and without the word for its kind.
    pub(super) latin: Vec<String>,
    /// The division of the list that contains it (a district's city), if any.
    pub(super) parent: Option<usize>,
    /// Whether a city's other names that point to another division leave it out (see
    /// [`join_cities`]).
    pub(super) checked: bool,
}

/// The places with an ISO 3166-2 code, by code: imported regions and territories, and
/// curated places.
pub(super) fn places_by_iso_sub(m: &Merge, curated: &Curated) -> HashMap<String, String> {
    let mut out: HashMap<String, String> = curated
        .by_iso_sub
        .iter()
        .map(|(code, &i)| (code.clone(), curated.places[i].id.clone()))
        .collect();
    for (id, (_, row)) in &m.places {
        if !row.iso_sub.is_empty() {
            out.entry(row.iso_sub.clone()).or_insert_with(|| id.clone());
        }
    }
    out
}

/// Whether the sources already gave a place a name in a language (any tag of it) with the
/// same key as `text`.
pub(super) fn has_name(m: &Merge, place: &str, lang: &str, text: &str) -> bool {
    let key = fold(text);
    m.rows(place)
        .iter()
        .any(|r| primary(&r.lang) == lang && fold(&r.text) == key)
}

/// The key a Latin name is compared by: its folded letters, without spaces, hyphens or
/// apostrophes ("Bao'an" and "Baoan", "Kōnosu" and "Konosu" are one).
pub(super) fn latin_key(text: &str) -> String {
    fold(text)
        .chars()
        .filter(char::is_ascii_lowercase)
        .collect()
}

/// How the cities of a country were joined, for the report.
#[derive(Default)]
pub(super) struct Counts {
    pub(super) cities: usize,
    pub(super) by_native: usize,
    pub(super) by_latin: usize,
    /// Cities whose names point to no division of their region.
    pub(super) none: usize,
    /// Cities whose names point to several divisions, or whose two kinds of name disagree.
    pub(super) unsure: usize,
    /// Cities left out because another city takes the same division.
    pub(super) shared: usize,
    /// Cities left out because they lie too far from the city of the division's parent.
    pub(super) far: usize,
}

/// Joins the imported cities of the regions in `regions` to `divisions`, as the module
/// documentation says. `lang` is the language of the native names (`zh`, `ja`); `normalise`
/// turns a [`latin_key`] into the form the divisions' romanisations have. Returns each
/// joined city with the index of its division, in the order of the place ids.
pub(super) fn join_cities(
    m: &Merge,
    divisions: &[Division],
    lang: &str,
    normalise: impl Fn(&str) -> String,
) -> (Vec<(String, usize)>, Counts) {
    let mut native: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    let mut latin: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (i, d) in divisions.iter().enumerate() {
        for n in &d.native {
            native.entry((&d.region, n)).or_default().push(i);
        }
        for l in &d.latin {
            latin.entry((&d.region, l)).or_default().push(i);
        }
    }
    let regions: std::collections::HashSet<&str> =
        divisions.iter().map(|d| d.region.as_str()).collect();
    let mut counts = Counts::default();
    let mut chosen: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    for (id, (_, row)) in &m.places {
        if row.kind != "city" {
            continue;
        }
        let Some(region) = row
            .parents
            .first()
            .map(String::as_str)
            .filter(|r| regions.contains(r))
        else {
            continue;
        };
        counts.cities += 1;
        let rows = m.rows(id);
        let is_native = |r: &NameRow| {
            primary(&r.lang) == lang && !matches!(text::script(&r.text), None | Some("Latn"))
        };
        let is_latin =
            |r: &NameRow| (r.lang == "und" && r.status == "common") || primary(&r.lang) == "en";
        let mut by_native: Vec<usize> = rows
            .iter()
            .filter(|r| is_native(r))
            .flat_map(|r| native.get(&(region, r.text.as_str())).into_iter().flatten())
            .copied()
            .collect();
        by_native.sort_unstable();
        by_native.dedup();
        let mut by_latin: Vec<usize> = rows
            .iter()
            .filter(|r| is_latin(r))
            .flat_map(|r| {
                let key = normalise(&latin_key(&r.text));
                latin
                    .get(&(region, key.as_str()))
                    .cloned()
                    .unwrap_or_default()
            })
            .collect();
        by_latin.sort_unstable();
        by_latin.dedup();
        let has_native = rows.iter().any(is_native);
        let choice = if has_native {
            match by_native[..] {
                [] => None,
                [d] if by_latin.is_empty() || by_latin.contains(&d) => Some((d, true)),
                _ => {
                    counts.unsure += 1;
                    continue;
                }
            }
        } else {
            match by_latin[..] {
                [] => None,
                [d] => Some((d, false)),
                _ => {
                    counts.unsure += 1;
                    continue;
                }
            }
        };
        // GeoNames lists among a town's other names the county it is the seat of (Huilai for
        // the Huicheng of Huilai county, not Huizhou's district of Huicheng): where the list
        // asks for it, a city whose other names point to a division that neither contains it
        // nor lies in it is left out.
        if let Some((d, _)) = choice.filter(|&(d, _)| divisions[d].checked) {
            let other = rows
                .iter()
                .filter(|r| r.lang == "und" && r.status == "variant")
                .flat_map(|r| {
                    let key = normalise(&latin_key(&r.text));
                    let mut found = latin
                        .get(&(region, key.as_str()))
                        .cloned()
                        .unwrap_or_default();
                    found.extend(native.get(&(region, r.text.as_str())).into_iter().flatten());
                    found
                })
                .any(|o| {
                    // A city's other names may be those of its districts, a district's those
                    // of its city.
                    o != d && divisions[o].parent != Some(d) && divisions[d].parent != Some(o)
                });
            if other {
                counts.unsure += 1;
                continue;
            }
        }
        match choice {
            Some(c) => {
                chosen.insert(id.clone(), c);
            }
            None => counts.none += 1,
        }
    }
    let mut takers: HashMap<usize, usize> = HashMap::new();
    for (d, _) in chosen.values() {
        *takers.entry(*d).or_default() += 1;
    }
    chosen.retain(|_, (d, _)| {
        let alone = takers[d] == 1;
        counts.shared += usize::from(!alone);
        alone
    });
    // A district or county lies near the city it belongs to: not as far as a township of
    // the same name can be (Longnan's Shandan township is 600 km from Zhangye, whose county
    // Shandan is).
    let place_of: HashMap<usize, &str> = chosen
        .iter()
        .map(|(id, (d, _))| (*d, id.as_str()))
        .collect();
    let coords = |id: &str| m.places.get(id).and_then(|(_, row)| row.coords);
    let far: Vec<String> = chosen
        .iter()
        .filter(|(id, (d, _))| {
            let division = &divisions[*d];
            let parent = division.parent.and_then(|p| place_of.get(&p));
            division.checked
                && parent
                    .and_then(|p| Some(km(coords(id)?, coords(p)?)))
                    .is_some_and(|km| km > MAX_KM)
        })
        .map(|(id, _)| id.clone())
        .collect();
    counts.far = far.len();
    let mut joined = Vec::new();
    for (id, (d, native)) in chosen {
        if far.contains(&id) {
            continue;
        }
        if native {
            counts.by_native += 1;
        } else {
            counts.by_latin += 1;
        }
        joined.push((id, d));
    }
    (joined, counts)
}

/// How far a checked division's city may lie from the city of the division containing it:
/// more than the counties of the largest prefecture-level cities (Hulunbuir, Jiuquan) lie
/// from their seats.
const MAX_KM: f64 = 500.0;

/// The great-circle distance between two points (latitude, longitude), in kilometres.
fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

impl Counts {
    /// The report's line about the cities.
    pub(super) fn line(&self, source: &str, native: &str, latin: &str, added: usize) -> String {
        format!(
            "{source}: {} of {} cities joined to a division ({} by their {native} name, {} by \
             {latin}); left out: {} whose names point to no division, {} to several or to \
             two that disagree, {} that share a division with another city, {} too far from \
             the division's city; {added} names added",
            self.by_native + self.by_latin,
            self.cities,
            self.by_native,
            self.by_latin,
            self.none,
            self.unsure,
            self.shared,
            self.far,
        )
    }
}
