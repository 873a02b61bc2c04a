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
use serde::Serialize;
use toponym::{NameQuery, Place};
use wasm_bindgen::prelude::*;

/// What every binding returns: an answer, or a JavaScript `Error`.
type JsResult<T> = Result<T, JsError>;

/// Which name an answer shows as a place's `name`: the options `lang` and `worldview`,
/// checked as the crate checks them ([`NameQuery::parse`]), and `year`.
pub(crate) struct Display {
    /// Borrowed for the default, so that a call without options allocates nothing here.
    lang: Cow<'static, str>,
    worldview: Option<Place>,
    year: Option<i32>,
}

impl Display {
    fn new(
        lang: Option<String>,
        worldview: Option<String>,
        year: Option<i32>,
    ) -> JsResult<Display> {
        let lang = lang.map_or(Cow::Borrowed("en"), Cow::Owned);
        let query = NameQuery::parse(&lang, worldview.as_deref()).map_err(|e| {
            let option = match e.field() {
                toponym::QueryField::Lang => "lang",
                _ => "worldview",
            };
            JsError::new(&format!("{option} {e}"))
        })?;
        let worldview = query.worldview_country();
        Ok(Display {
            lang,
            worldview,
            year,
        })
    }

    /// The query that shows names as this display asks.
    pub(crate) fn query(&self) -> NameQuery<'_> {
        NameQuery::new(&self.lang)
            .worldview(self.worldview)
            .year(self.year)
    }

    pub(crate) fn lang(&self) -> &str {
        &self.lang
    }

    pub(crate) fn worldview(&self) -> Option<Place> {
        self.worldview
    }

    pub(crate) fn year(&self) -> Option<i32> {
        self.year
    }

    /// The place's name in the language, as the worldview's usage; `None` for a place with
    /// no names.
    pub(crate) fn name(&self, place: Place) -> Option<toponym::Name> {
        place.name_for(&self.query())
    }
}

/// Plain objects, `null` for a missing value, as in the crate's JSON.
fn to_js<T: Serialize>(value: &T) -> JsResult<JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_missing_as_null(true)
        .serialize_maps_as_objects(true);
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&e.to_string()))
}

fn known(id: &str) -> JsResult<Place> {
    toponym::place_by_id_or_code(id)
        .ok_or_else(|| JsError::new(&format!("no place with id {id:?}")))
}

// `resolve`, `suggest` and `findInText` write their answers as records (see records.rs),
// from which wasm/npm/records.js builds the objects; each export returns the number of
// words, or records::FAILED. Their TypeScript declarations and documentation are in
// wasm/npm/index.d.ts. A query comes in the input buffer (see input.rs), or as a string
// when it does not fit there. checked.js takes the options objects apart: their fields
// come as arguments, which cost nothing to pass when they are missing.

/// `resolve(name, { lang, worldview, limit, year })`, the query as a string.
#[wasm_bindgen(js_name = resolveRecords, skip_typescript)]
pub fn resolve_records(
    name: &str,
    lang: Option<String>,
    worldview: Option<String>,
    limit: Option<u32>,
    year: Option<i32>,
) -> u32 {
    records::answer(resolve(name, lang, worldview, limit, year))
}

/// `resolve` of the `len` bytes in the input buffer.
#[wasm_bindgen(js_name = resolveInput, skip_typescript)]
pub fn resolve_input(
    len: u32,
    lang: Option<String>,
    worldview: Option<String>,
    limit: Option<u32>,
    year: Option<i32>,
) -> u32 {
    records::answer(input::with_input(len, |name| {
        resolve(name, lang, worldview, limit, year)
    }))
}

/// Every place that `name` can mean, best first.
fn resolve(
    name: &str,
    lang: Option<String>,
    worldview: Option<String>,
    limit: Option<u32>,
    year: Option<i32>,
) -> JsResult<u32> {
    let display = Display::new(lang, worldview, year)?;
    let limit = limit.map_or(usize::MAX, |l| l as usize);
    Ok(records::write(&display, |r| {
        toponym::resolve(name)
            .take(limit)
            .for_each(|m| r.matched(m))
    }))
}

/// `lookup(name, { lang, worldview, limit, year })`, the query as a string.
#[wasm_bindgen(js_name = lookupRecords, skip_typescript)]
pub fn lookup_records(
    name: &str,
    lang: Option<String>,
    worldview: Option<String>,
    limit: Option<u32>,
    year: Option<i32>,
) -> u32 {
    records::answer(lookup(name, lang, worldview, limit, year))
}

/// `lookup` of the `len` bytes in the input buffer.
#[wasm_bindgen(js_name = lookupInput, skip_typescript)]
pub fn lookup_input(
    len: u32,
    lang: Option<String>,
    worldview: Option<String>,
    limit: Option<u32>,
    year: Option<i32>,
) -> u32 {
    records::answer(input::with_input(len, |name| {
        lookup(name, lang, worldview, limit, year)
    }))
}

/// The places a name as people write it names, with how each was found.
fn lookup(
    name: &str,
    lang: Option<String>,
    worldview: Option<String>,
    limit: Option<u32>,
    year: Option<i32>,
) -> JsResult<u32> {
    let display = Display::new(lang, worldview, year)?;
    let limit = limit.map_or(usize::MAX, |l| l as usize);
    let found = toponym::lookup(name);
    let mut offsets = Utf16Offsets::new(name);
    Ok(records::write(&display, |r| {
        r.not_inside(found.not_inside(), &mut offsets);
        for &f in found.iter().take(limit) {
            r.found(f, &mut offsets);
        }
    }))
}

/// `suggest(prefix, limit, { lang, worldview, year })`, the prefix as a string.
#[wasm_bindgen(js_name = suggestRecords, skip_typescript)]
pub fn suggest_records(
    prefix: &str,
    limit: Option<u32>,
    lang: Option<String>,
    worldview: Option<String>,
    year: Option<i32>,
) -> u32 {
    records::answer(suggest(prefix, limit, lang, worldview, year))
}

/// `suggest` of the `len` bytes in the input buffer.
#[wasm_bindgen(js_name = suggestInput, skip_typescript)]
pub fn suggest_input(
    len: u32,
    limit: Option<u32>,
    lang: Option<String>,
    worldview: Option<String>,
    year: Option<i32>,
) -> u32 {
    records::answer(input::with_input(len, |prefix| {
        suggest(prefix, limit, lang, worldview, year)
    }))
}

/// Up to `limit` (default 10) places for a search box, best first.
fn suggest(
    prefix: &str,
    limit: Option<u32>,
    lang: Option<String>,
    worldview: Option<String>,
    year: Option<i32>,
) -> JsResult<u32> {
    let display = Display::new(lang, worldview, year)?;
    let limit = limit.map_or(10, |l| l as usize);
    Ok(records::write(&display, |r| {
        for s in toponym::suggest(prefix, limit) {
            r.number(s.edits().into());
            r.matched(s.matched());
        }
    }))
}

/// `findInText(text, { lang, worldview, year })`: every place name mentioned in `text`, in order.
#[wasm_bindgen(js_name = findInTextRecords, skip_typescript)]
pub fn find_in_text_records(
    text: &str,
    lang: Option<String>,
    worldview: Option<String>,
    year: Option<i32>,
) -> u32 {
    records::answer(find_in_text(text, lang, worldview, year))
}

fn find_in_text(
    text: &str,
    lang: Option<String>,
    worldview: Option<String>,
    year: Option<i32>,
) -> JsResult<u32> {
    let display = Display::new(lang, worldview, year)?;
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

/// `place(id, { lang, worldview, year })`: everything about the place with this id (or ISO 3166
/// code), as the command-line tool's `show --json` prints it; `undefined` if there is no
/// such place. Declared and documented in wasm/npm/index.d.ts, like the functions above.
#[wasm_bindgen(skip_typescript)]
pub fn place(
    id: &str,
    lang: Option<String>,
    worldview: Option<String>,
    year: Option<i32>,
) -> JsResult<JsValue> {
    let display = Display::new(lang, worldview, year)?;
    match toponym::place_by_id_or_code(id) {
        Some(p) => to_js(&display.query().localize(p)),
        None => Ok(JsValue::UNDEFINED),
    }
}

/// The name of the place with this id in language `lang` (default "en"), as `worldview`'s
/// usage when given (an ISO 3166-1 code such as "JP"), as of `year` when given: the name in
/// use that year.
///
/// Falls back from the exact tag to shorter forms of it, any tag of the same language,
/// English, then any language. Throws if there is no place with this id; `undefined` only
/// for a place with no names.
///
/// @example
/// nameOf("south-kurils", "en", "JP").text   // "Northern Territories"
/// nameOf("south-kurils", "en", "RU").text   // "Southern Kurils"
/// nameOf("saint-petersburg", "en", null, 1950).text   // "Leningrad"
#[wasm_bindgen(js_name = nameOf, unchecked_return_type = "Name | undefined")]
pub fn name_of(
    id: &str,
    lang: Option<String>,
    worldview: Option<String>,
    year: Option<i32>,
) -> JsResult<JsValue> {
    let p = known(id)?;
    let display = Display::new(lang, worldview, year)?;
    match display.name(p) {
        Some(n) => to_js(&n),
        None => Ok(JsValue::UNDEFINED),
    }
}

/// Every name of the place with this id, in data order. Throws if there is no such place.
///
/// @example
/// names("iturup").find(n => n.lang === "ja").text   // "択捉島"
#[wasm_bindgen(unchecked_return_type = "Name[]")]
pub fn names(id: &str) -> JsResult<JsValue> {
    let names: Vec<toponym::Name> = known(id)?.names().collect();
    to_js(&names)
}

/// The id of every place in the gazetteer, in data order.
#[wasm_bindgen(js_name = placeIds, unchecked_return_type = "string[]")]
pub fn place_ids() -> JsResult<JsValue> {
    let ids: Vec<&str> = toponym::places().map(Place::id).collect();
    to_js(&ids)
}

/// Every data source that names cite, with its version, licence and attribution.
#[wasm_bindgen(unchecked_return_type = "Source[]")]
pub fn sources() -> JsResult<JsValue> {
    let sources: Vec<toponym::Source> = toponym::sources().collect();
    to_js(&sources)
}

/// Folds a name as the crate folds names and queries: case, width, accents on Latin letters
/// (only), punctuation and spacing. Two names that fold alike are the same query.
///
/// @example
/// fold("Côte d’Ivoire") === fold("cote d'ivoire")   // true
/// fold("Київ") === fold("Киів")                      // false: the marks of Cyrillic letters count
#[wasm_bindgen]
pub fn fold(name: &str) -> String {
    toponym::fold(name)
}

/// The primary language subtags of the widely used languages, sorted: the languages the
/// package holds names in, besides the hand-curated names of other languages.
///
/// @example
/// widelyUsedLanguages().includes("ja")   // true
#[wasm_bindgen(js_name = widelyUsedLanguages, unchecked_return_type = "string[]")]
pub fn widely_used_languages() -> JsResult<JsValue> {
    to_js(&toponym::WIDELY_USED_LANGUAGES)
}

/// Loads a language pack of this build (the bytes of `packs/LANG.pack`): from now on its
/// names are found, named and listed. Loading one that is loaded does nothing. Returns the
/// pack's language; throws, loading nothing, for bytes that are not a pack of this build.
#[wasm_bindgen(js_name = loadLanguagePack)]
pub fn load_language_pack(bytes: &[u8]) -> JsResult<String> {
    let pack = toponym::load_language_pack(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    records::packs_changed();
    Ok(pack.lang().to_string())
}

/// Checks a language pack as [`load_language_pack`] does, without loading it. Returns its
/// language; throws for bytes that are not a pack of this build.
#[wasm_bindgen(js_name = checkLanguagePack)]
pub fn check_language_pack(bytes: &[u8]) -> JsResult<String> {
    let pack = toponym::check_language_pack(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(pack.lang().to_string())
}

/// Every language of the package, sorted: `{ lang, core, loaded }`, where `core` says its
/// names are in the module (the widely used languages) and `loaded` whether they are
/// resolved now: always for the core languages, once its pack is loaded for the others.
/// A core language may have a small pack too (names of plain physical features that the
/// cut leaves out), which `loadLanguages` with that language, or `"all"`, loads.
///
/// @example
/// languages().find(l => l.lang === "kn")   // { lang: "kn", core: false, loaded: false }
#[wasm_bindgen(unchecked_return_type = "Language[]")]
pub fn languages() -> JsResult<JsValue> {
    #[derive(Serialize)]
    struct Language {
        lang: &'static str,
        core: bool,
        loaded: bool,
    }
    let mut all: Vec<Language> = toponym::WIDELY_USED_LANGUAGES
        .iter()
        .map(|&lang| Language {
            lang,
            core: true,
            loaded: true,
        })
        .collect();
    for pack in toponym::language_packs() {
        if !toponym::WIDELY_USED_LANGUAGES.contains(&pack.lang()) {
            all.push(Language {
                lang: pack.lang(),
                core: false,
                loaded: pack.is_loaded(),
            });
        }
    }
    all.sort_by(|a, b| a.lang.cmp(b.lang));
    to_js(&all)
}

/// Every language pack of this build: `{ lang, names, loaded }`, by language. Used by
/// wasm/npm/packs.js, which the package's `loadLanguages` is.
#[wasm_bindgen(js_name = languagePacks, skip_typescript)]
pub fn language_packs() -> JsResult<JsValue> {
    #[derive(Serialize)]
    struct Pack {
        lang: &'static str,
        names: usize,
        loaded: bool,
    }
    let packs: Vec<Pack> = toponym::language_packs()
        .map(|p| Pack {
            lang: p.lang(),
            names: p.len(),
            loaded: p.is_loaded(),
        })
        .collect();
    to_js(&packs)
}
