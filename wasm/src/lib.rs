//! JavaScript bindings of `toponym`, built into the npm package `toponym`.
//!
//! Glue only: every answer comes from the Rust API, shaped as plain JavaScript objects with
//! the same fields as the command-line tool's `--json` output (see the README), so that the
//! two can be read with the same code. JavaScript names are camelCase; bad arguments throw
//! an `Error` with a one-line message. The package's functions are wasm/npm/checked.js,
//! which checks arguments and calls the exports here; `resolve`, `suggest` and `findInText`
//! answer in records that wasm/npm/records.js turns into objects (see records.rs). The
//! TypeScript types of the objects are in types.rs; the functions that take an options
//! object are declared in wasm/npm/index.d.ts.

#![deny(missing_docs)]

mod input;
mod records;
mod types;

use std::borrow::Cow;

use records::Utf16Offsets;
use serde::{Serialize, Serializer};
use toponym::{Kind, Place};
use wasm_bindgen::prelude::*;

/// What every binding returns: an answer, or a JavaScript `Error`.
type JsResult<T> = Result<T, JsError>;

/// Which name an answer shows as a place's `name`, checked.
pub(crate) struct Display {
    lang: Cow<'static, str>,
    worldview: Option<Place>,
}

impl Display {
    fn new(lang: Option<String>, worldview: Option<String>) -> JsResult<Display> {
        Ok(Display {
            lang: self::lang(lang)?,
            worldview: self::worldview(worldview)?,
        })
    }

    pub(crate) fn lang(&self) -> &str {
        &self.lang
    }

    pub(crate) fn worldview(&self) -> Option<Place> {
        self.worldview
    }

    /// The place's name in the language, as the worldview's usage; `None` for a place with
    /// no names.
    pub(crate) fn name(&self, place: Place) -> Option<toponym::Name> {
        place.name_in(&self.lang, self.worldview)
    }
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

/// A BCP-47-shaped tag, checked as the command-line tool checks `--lang`.
fn lang(lang: Option<String>) -> JsResult<Cow<'static, str>> {
    let lang = lang.map_or(Cow::Borrowed("en"), Cow::Owned);
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
pub(crate) fn country_code(place: Place) -> &'static str {
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

// `resolve`, `suggest` and `findInText` write their answers as records (see records.rs),
// from which wasm/npm/records.js builds the objects; each export returns the number of
// words, or records::FAILED. Their TypeScript declarations and documentation are in
// wasm/npm/index.d.ts. A query comes in the input buffer (see input.rs), or as a string
// when it does not fit there. checked.js takes the options objects apart: their fields
// come as arguments, which cost nothing to pass when they are missing.

/// `resolve(name, { lang, worldview, limit })`, the query as a string.
#[wasm_bindgen(js_name = resolveRecords, skip_typescript)]
pub fn resolve_records(
    name: &str,
    lang: Option<String>,
    worldview: Option<String>,
    limit: Option<u32>,
) -> u32 {
    records::answer(resolve(name, lang, worldview, limit))
}

/// `resolve` of the `len` bytes in the input buffer.
#[wasm_bindgen(js_name = resolveInput, skip_typescript)]
pub fn resolve_input(
    len: u32,
    lang: Option<String>,
    worldview: Option<String>,
    limit: Option<u32>,
) -> u32 {
    records::answer(input::with_input(len, |name| {
        resolve(name, lang, worldview, limit)
    }))
}

/// Every place that `name` can mean, best first.
fn resolve(
    name: &str,
    lang: Option<String>,
    worldview: Option<String>,
    limit: Option<u32>,
) -> JsResult<u32> {
    let display = Display::new(lang, worldview)?;
    let limit = limit.map_or(usize::MAX, |l| l as usize);
    Ok(records::write(&display, |r| {
        toponym::resolve(name)
            .take(limit)
            .for_each(|m| r.matched(m))
    }))
}

/// `suggest(prefix, limit, { lang, worldview })`, the prefix as a string.
#[wasm_bindgen(js_name = suggestRecords, skip_typescript)]
pub fn suggest_records(
    prefix: &str,
    limit: Option<u32>,
    lang: Option<String>,
    worldview: Option<String>,
) -> u32 {
    records::answer(suggest(prefix, limit, lang, worldview))
}

/// `suggest` of the `len` bytes in the input buffer.
#[wasm_bindgen(js_name = suggestInput, skip_typescript)]
pub fn suggest_input(
    len: u32,
    limit: Option<u32>,
    lang: Option<String>,
    worldview: Option<String>,
) -> u32 {
    records::answer(input::with_input(len, |prefix| {
        suggest(prefix, limit, lang, worldview)
    }))
}

/// Up to `limit` (default 10) places for a search box, best first.
fn suggest(
    prefix: &str,
    limit: Option<u32>,
    lang: Option<String>,
    worldview: Option<String>,
) -> JsResult<u32> {
    let display = Display::new(lang, worldview)?;
    let limit = limit.map_or(10, |l| l as usize);
    Ok(records::write(&display, |r| {
        for s in toponym::suggest(prefix, limit) {
            r.number(s.edits().into());
            r.matched(s.matched());
        }
    }))
}

/// `findInText(text, { lang, worldview })`: every place name mentioned in `text`, in order.
#[wasm_bindgen(js_name = findInTextRecords, skip_typescript)]
pub fn find_in_text_records(text: &str, lang: Option<String>, worldview: Option<String>) -> u32 {
    records::answer(find_in_text(text, lang, worldview))
}

fn find_in_text(text: &str, lang: Option<String>, worldview: Option<String>) -> JsResult<u32> {
    let display = Display::new(lang, worldview)?;
    let mut offsets = Utf16Offsets::new(text);
    Ok(records::write(&display, |r| {
        for m in toponym::find_in_text(text) {
            r.number(offsets.of(m.start()));
            r.number(offsets.of(m.end()));
            r.number(m.matches().len() as u32);
            m.matches().for_each(|m| r.matched(m));
        }
    }))
}

/// `place(id, { lang, worldview })`: everything about the place with this id (or ISO 3166
/// code), as the command-line tool's `show --json` prints it; `undefined` if there is no
/// such place. Declared and documented in wasm/npm/index.d.ts, like the functions above.
#[wasm_bindgen(skip_typescript)]
pub fn place(id: &str, lang: Option<String>, worldview: Option<String>) -> JsResult<JsValue> {
    let display = Display::new(lang, worldview)?;
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
        name: display.name(p).map_or("", |n| n.text()),
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
    let display = Display::new(lang, worldview)?;
    match p.name_in(&display.lang, display.worldview) {
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
