//! JavaScript bindings of `toponym`, built into the npm package `toponym`.
//!
//! Glue only: every answer comes from the Rust API, shaped as plain JavaScript objects with
//! the same fields as the command-line tool's `--json` output (see the README), so that the
//! two can be read with the same code. JavaScript names are camelCase; bad arguments throw
//! an `Error` with a one-line message. The TypeScript types below are written by hand
//! because they say more than the generated ones (string unions, `null` where a field can be
//! missing).

#![deny(missing_docs)]

use std::cell::{Cell, RefCell};

use serde::{Deserialize, Serialize, Serializer};
use toponym::{Kind, Place};
use wasm_bindgen::prelude::*;

/// What every binding returns: an answer, or a JavaScript `Error`.
type JsResult<T> = Result<T, JsError>;

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &'static str = TYPES;

/// The TypeScript types of the objects the functions take and return. Read by the custom
/// section above (which the compiler does not count as a use) and by a test.
#[allow(dead_code)]
const TYPES: &str = r#"
/** What kind of place a place is. */
export type Kind =
  | "world-region" | "country" | "dependent-territory" | "historic-state" | "disputed-area"
  | "region" | "island-group" | "island" | "peninsula" | "city" | "body-of-water"
  | "mountain" | "landform";

/** How a name is used, from the most to the least preferred. */
export type Status = "official" | "common" | "short" | "abbreviation" | "variant" | "historic";

/** Options of `resolve`. */
export interface ResolveOptions {
  /** Language of each match's `name`, a BCP-47 tag such as "en", "ja" or "zh-Hant". Default "en". */
  lang?: string;
  /** Show `name` as this country's usage: an ISO 3166-1 code such as "JP". Default: general usage. */
  worldview?: string | null;
  /** Return at most this many matches. Default: all of them. */
  limit?: number;
}

/** Options of `place`. */
export interface PlaceOptions {
  /** Language of the place's `name`. Default "en". */
  lang?: string;
  /** Show `name` as this country's usage: an ISO 3166-1 code such as "JP". */
  worldview?: string | null;
}

/** The stored name that matched a query. */
export interface MatchedName {
  /** The name as written, e.g. "Итуруп". */
  text: string;
  /** Its language, a BCP-47 tag ("und" if unknown). */
  lang: string;
  status: Status;
  /** ISO 3166-1 codes of the countries whose usage this name is; empty for general usage. */
  worldview: string[];
}

/** One place that a name can mean. */
export interface Match {
  /** The place's stable id, e.g. "iturup". */
  id: string;
  kind: Kind;
  /** The place's name in the requested language, as the requested worldview's usage. */
  name: string;
  /** The stored name that matched the query. */
  matched: MatchedName;
  /** ISO 3166-1 alpha-2 code of a country or territory, or ISO 3166-2 code of a subdivision. */
  iso: string | null;
  /** Wikidata item id, e.g. "Q17". */
  wikidata: string | null;
  /** GeoNames id. */
  geonames: number | null;
}

/** A span of years; either end may be unknown. Negative years are BCE. */
export interface Years {
  from: number | null;
  until: number | null;
}

/** A point on the earth, in WGS84 decimal degrees. */
export interface Coordinates {
  lat: number;
  lon: number;
}

/** One name of a place, as listed by `names` and returned by `nameOf`. */
export interface Name {
  /** The name as written, e.g. "択捉島". */
  text: string;
  /** Its language, a BCP-47 tag ("und" if unknown). */
  lang: string;
  status: Status;
  /** ISO 3166-1 codes of the countries whose usage this name is; empty for general usage. */
  worldview: string[];
  /** The years the name was in use, where known. */
  years: Years | null;
  /** Id of the data source the name comes from; see `sources()`. */
  source: string;
}

/** A name inside `Place.names`, where names are grouped by language. */
export type PlaceName = Omit<Name, "lang">;

/** Everything about a place, as returned by `place`. */
export interface Place {
  id: string;
  kind: Kind;
  /** The place's name in the requested language, as the requested worldview's usage. */
  name: string;
  /** Ids of the places that contain this one geographically. */
  parents: string[];
  coordinates: Coordinates | null;
  /** ISO 3166-1 alpha-2 code (a former code for a historic state). */
  iso2: string | null;
  /** ISO 3166-1 alpha-3 code. */
  iso3: string | null;
  /** ISO 3166-2 subdivision code. */
  iso_sub: string | null;
  wikidata: string | null;
  geonames: number | null;
  /** Ids of the countries that administer a disputed place. */
  administered_by: string[];
  /** Ids of the countries that claim a disputed place. */
  claimed_by: string[];
  /** The years a historic state existed. */
  existed: Years | null;
  /** Ids of the places that succeeded a historic state. */
  succeeded_by: string[];
  population: number | null;
  /** Every name, grouped by language tag, languages in data order. */
  names: Record<string, PlaceName[]>;
}

/** A data source that names cite, with its version and licence. */
export interface Source {
  id: string;
  title: string;
  version: string;
  /** SPDX id of the data's licence. */
  licence: string;
  /** The attribution the licence asks for. */
  attribution: string;
}
"#;

/// The options of `resolve`.
#[derive(Deserialize, Default)]
struct ResolveOptions {
    lang: Option<String>,
    worldview: Option<String>,
    limit: Option<u32>,
}

/// The options of `place`.
#[derive(Deserialize, Default)]
struct PlaceOptions {
    lang: Option<String>,
    worldview: Option<String>,
}

#[derive(Serialize)]
struct Years {
    from: Option<i32>,
    until: Option<i32>,
}

#[derive(Serialize)]
struct Coordinates {
    lat: f64,
    lon: f64,
}

#[derive(Serialize)]
struct Name {
    text: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'static str>,
    status: &'static str,
    worldview: Vec<&'static str>,
    years: Option<Years>,
    source: &'static str,
}

#[derive(Serialize)]
struct PlaceInfo {
    id: &'static str,
    kind: &'static str,
    name: &'static str,
    parents: Vec<&'static str>,
    coordinates: Option<Coordinates>,
    iso2: Option<&'static str>,
    iso3: Option<&'static str>,
    iso_sub: Option<&'static str>,
    wikidata: Option<&'static str>,
    geonames: Option<u32>,
    administered_by: Vec<&'static str>,
    claimed_by: Vec<&'static str>,
    existed: Option<Years>,
    succeeded_by: Vec<&'static str>,
    population: Option<u32>,
    #[serde(serialize_with = "names_by_lang")]
    names: Vec<(&'static str, Vec<Name>)>,
}

#[derive(Serialize)]
struct Source {
    id: &'static str,
    title: &'static str,
    version: &'static str,
    licence: &'static str,
    attribution: &'static str,
}

fn names_by_lang<S: Serializer>(
    groups: &[(&'static str, Vec<Name>)],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_map(groups.iter().map(|(lang, names)| (lang, names)))
}

/// Plain objects, `null` for a missing value, as in the CLI's JSON.
fn to_js<T: Serialize>(value: &T) -> JsResult<JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_missing_as_null(true)
        .serialize_maps_as_objects(true);
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&e.to_string()))
}

fn options<T: for<'de> Deserialize<'de> + Default>(
    function: &str,
    options: Option<JsValue>,
) -> JsResult<T> {
    match options {
        None => Ok(T::default()),
        Some(v) => serde_wasm_bindgen::from_value(v).map_err(|e| {
            let e = e.to_string();
            let e = e.strip_prefix("Error: ").unwrap_or(&e);
            JsError::new(&format!("{function}: bad options: {e}"))
        }),
    }
}

/// A BCP-47-shaped tag, checked as the command-line tool checks `--lang`.
fn lang(lang: Option<String>) -> JsResult<String> {
    let lang = lang.unwrap_or_else(|| "en".into());
    let ok = !lang.is_empty()
        && lang.len() <= 35
        && lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if ok {
        Ok(lang)
    } else {
        Err(JsError::new(&format!(
            "lang {lang:?} is not a language tag"
        )))
    }
}

/// The country whose usage to show, as the command-line tool reads `--worldview`.
fn worldview(code: Option<String>) -> JsResult<Option<Place>> {
    let Some(code) = code else {
        return Ok(None);
    };
    toponym::place_by_iso(&code)
        .filter(|p| matches!(p.kind(), Kind::Country | Kind::HistoricState))
        .map(Some)
        .ok_or_else(|| {
            JsError::new(&format!(
                "worldview {code:?} is not a known country code (ISO 3166-1, e.g. \"JP\")"
            ))
        })
}

/// A place by id, or by ISO code as the CLI's `show` accepts.
fn find(id: &str) -> Option<Place> {
    toponym::place(id).or_else(|| toponym::place_by_iso(id))
}

fn known(id: &str) -> JsResult<Place> {
    find(id).ok_or_else(|| JsError::new(&format!("no place with id {id:?}")))
}

/// The code a worldview country is written with: ISO alpha-2, or the id where there is none.
fn country_code(place: Place) -> &'static str {
    place.iso_alpha2().unwrap_or(place.id())
}

fn ids(places: impl Iterator<Item = Place>) -> Vec<&'static str> {
    places.map(Place::id).collect()
}

fn years(y: Option<toponym::Years>) -> Option<Years> {
    y.map(|y| Years {
        from: y.from,
        until: y.until,
    })
}

fn name(n: toponym::Name, with_lang: bool) -> Name {
    Name {
        text: n.text(),
        lang: with_lang.then(|| n.lang()),
        status: n.status().as_str(),
        worldview: n.worldview().map(country_code).collect(),
        years: years(n.years()),
        source: n.source().id,
    }
}

fn display_name(place: Place, lang: &str, worldview: Option<Place>) -> &'static str {
    place.name_in(lang, worldview).map_or("", |n| n.text())
}

// `resolve` is the call that programs make most, so its objects are not built field by
// field across the WebAssembly boundary: the matches are written as records of `u32`s, and
// one call into src/objects.js turns them into objects, decoding each (static) string of the
// gazetteer only the first time it is seen. A record, per match:
//
//   id, kind, name, matched.text, matched.lang, matched.status, iso, wikidata: each a string
//   as (address, length), address 0 for null; then geonames (0 for null); then the number
//   of worldview countries, and each country's code as (address, length).
#[wasm_bindgen(module = "/src/objects.js")]
extern "C" {
    #[wasm_bindgen(js_name = useMemory)]
    fn use_memory(memory: JsValue);
    #[wasm_bindgen(js_name = matches)]
    fn match_objects(address: u32, words: u32) -> JsValue;
}

thread_local! {
    static RECORDS: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
    static MEMORY_SHARED: Cell<bool> = const { Cell::new(false) };
}

fn push_str(words: &mut Vec<u32>, s: Option<&'static str>) {
    match s {
        Some(s) => words.extend([s.as_ptr() as usize as u32, s.len() as u32]),
        None => words.extend([0, 0]),
    }
}

/// Every place that `name` can mean, best first.
///
/// Any language, script, case, width or accent form: "Iturup", "ИТУРУП", "択捉島". Each
/// match has the same fields as a match in the command-line tool's `resolve --json`.
/// An empty or unknown name gives `[]`. Throws on a bad option.
///
/// @example
/// resolve("Итуруп")[0].id          // "iturup"
/// resolve("北方領土", { lang: "en", worldview: "RU" })[0].name   // "Southern Kurils"
#[wasm_bindgen(unchecked_return_type = "Match[]")]
pub fn resolve(
    name: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "ResolveOptions")] options: Option<JsValue>,
) -> JsResult<JsValue> {
    let o: ResolveOptions = self::options("resolve", options)?;
    let lang = self::lang(o.lang)?;
    let worldview = self::worldview(o.worldview)?;
    let limit = o.limit.map_or(usize::MAX, |l| l as usize);
    RECORDS.with_borrow_mut(|words| {
        words.clear();
        for m in toponym::resolve(name).take(limit) {
            let (place, n) = (m.place(), m.name());
            push_str(words, Some(place.id()));
            push_str(words, Some(place.kind().as_str()));
            push_str(words, Some(display_name(place, &lang, worldview)));
            push_str(words, Some(n.text()));
            push_str(words, Some(n.lang()));
            push_str(words, Some(n.status().as_str()));
            push_str(words, place.iso_code());
            push_str(words, place.wikidata_id());
            words.push(place.geonames_id().unwrap_or(0));
            words.push(n.worldview().len() as u32);
            for country in n.worldview() {
                push_str(words, Some(country_code(country)));
            }
        }
        MEMORY_SHARED.with(|shared| {
            if !shared.replace(true) {
                use_memory(wasm_bindgen::memory());
            }
        });
        Ok(match_objects(
            words.as_ptr() as usize as u32,
            words.len() as u32,
        ))
    })
}

/// Everything about the place with this id (or ISO 3166 code), as the command-line tool's
/// `show --json` prints it; `undefined` if there is no such place.
///
/// @example
/// place("south-kurils", { worldview: "JP" }).name   // "Northern Territories"
/// place("south-kurils").claimed_by                  // ["jp", "ru"]
#[wasm_bindgen(unchecked_return_type = "Place | undefined")]
pub fn place(
    id: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "PlaceOptions")] options: Option<JsValue>,
) -> JsResult<JsValue> {
    let o: PlaceOptions = self::options("place", options)?;
    let lang = self::lang(o.lang)?;
    let worldview = self::worldview(o.worldview)?;
    let Some(p) = find(id) else {
        return Ok(JsValue::UNDEFINED);
    };
    let mut names: Vec<(&'static str, Vec<Name>)> = Vec::new();
    for n in p.names() {
        match names.iter_mut().find(|(l, _)| *l == n.lang()) {
            Some((_, group)) => group.push(name(n, false)),
            None => names.push((n.lang(), vec![name(n, false)])),
        }
    }
    to_js(&PlaceInfo {
        id: p.id(),
        kind: p.kind().as_str(),
        name: display_name(p, &lang, worldview),
        parents: ids(p.parents()),
        coordinates: p.coordinates().map(|c| Coordinates {
            lat: c.lat,
            lon: c.lon,
        }),
        iso2: p.iso_alpha2(),
        iso3: p.iso_alpha3(),
        iso_sub: p.iso_subdivision(),
        wikidata: p.wikidata_id(),
        geonames: p.geonames_id(),
        administered_by: ids(p.administered_by()),
        claimed_by: ids(p.claimed_by()),
        existed: years(p.existed()),
        succeeded_by: ids(p.succeeded_by()),
        population: p.population(),
        names,
    })
}

/// The name of the place with this id in language `lang` (default "en"), as `worldview`'s
/// usage when given (an ISO 3166-1 code such as "JP").
///
/// Falls back from the exact tag to shorter forms of it, any tag of the same language,
/// English, then any language. Throws if there is no place with this id; `undefined` only
/// for a place with no names.
///
/// @example
/// nameOf("south-kurils", "en", "JP").text   // "Northern Territories"
/// nameOf("south-kurils", "en", "RU").text   // "Southern Kurils"
#[wasm_bindgen(js_name = nameOf, unchecked_return_type = "Name | undefined")]
pub fn name_of(id: &str, lang: Option<String>, worldview: Option<String>) -> JsResult<JsValue> {
    let p = known(id)?;
    let lang = self::lang(lang)?;
    let worldview = self::worldview(worldview)?;
    match p.name_in(&lang, worldview) {
        Some(n) => to_js(&name(n, true)),
        None => Ok(JsValue::UNDEFINED),
    }
}

/// Every name of the place with this id, in data order. Throws if there is no such place.
///
/// @example
/// names("iturup").find(n => n.lang === "ja").text   // "択捉島"
#[wasm_bindgen(unchecked_return_type = "Name[]")]
pub fn names(id: &str) -> JsResult<JsValue> {
    let names: Vec<Name> = known(id)?.names().map(|n| name(n, true)).collect();
    to_js(&names)
}

/// The id of every place in the gazetteer, in data order.
#[wasm_bindgen(js_name = placeIds, unchecked_return_type = "string[]")]
pub fn place_ids() -> JsResult<JsValue> {
    to_js(&ids(toponym::places()))
}

/// Every data source that names cite, with its version, licence and attribution.
#[wasm_bindgen(unchecked_return_type = "Source[]")]
pub fn sources() -> JsResult<JsValue> {
    let sources: Vec<Source> = toponym::sources()
        .map(|s| Source {
            id: s.id,
            title: s.title,
            version: s.version,
            licence: s.licence,
            attribution: s.attribution,
        })
        .collect();
    to_js(&sources)
}

#[cfg(test)]
mod tests {
    /// The hand-written TypeScript union lists every kind and status the crate knows.
    #[test]
    fn typescript_unions_are_complete() {
        for kind in toponym::Kind::ALL {
            assert!(super::TYPES.contains(&format!("\"{kind}\"")), "{kind}");
        }
        for status in toponym::Status::ALL {
            assert!(super::TYPES.contains(&format!("\"{status}\"")), "{status}");
        }
    }
}
