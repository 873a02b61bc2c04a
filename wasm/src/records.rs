//! The records in which `resolve`, `suggest` and `findInText` hand their answers to
//! JavaScript.
//!
//! These are the calls that programs make most, so their objects are not built field by
//! field across the WebAssembly boundary: the answer is written into module memory as a
//! list of `u32`s, and wasm/npm/records.js reads it there and builds the objects. The calls
//! return the number of words; [`records_address`] says where JavaScript finds their
//! address. They return a plain number, which is quicker to take from the module than a
//! `Result`: a failed call returns [`FAILED`], and [`throw_error`] throws its error.
//!
//! The gazetteer never changes, so a place's or a name's fields are written only the first
//! time that JavaScript is sent it: records.js keeps them in arrays indexed by
//! [`Place::index`] and [`Name::index`], and later answers send only the index. The
//! [`Known`] sets here mirror what records.js holds; they stay in step because records.js
//! reads every record of every answer, in order.
//!
//! A string is two words, (address, length) of static UTF-8 in the module, address 0 for
//! null. A place is its index, with [`NEW`] set the first time, then its id, kind, iso and
//! wikidata strings and its geonames id (0 for null). A name is its index, [`NEW`] set the
//! first time, then its text, lang and status strings, the number of worldview countries
//! and each one's code, the first and last year of use ([`NO_YEAR`] when unknown; both
//! unknown: no years) and its source's id; [`NONE`] stands for no name. A match is its place, the matched name
//! and the place's display name. A suggestion is its number of edits, then a match. A
//! mention is its start and end in UTF-16 code units (records.js slices its text from the
//! query: the query's copy in module memory is freed when the call returns), the number of
//! matches, then the matches. A lookup's answer is the not-inside record (a place, or
//! [`NONE`]), then, for each place found, a match, the rule's name, the span in UTF-16 code
//! units, the qualifier (a place, or [`NONE`]) and the edits.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU32, Ordering};

use toponym::{Match, Name, Place};
use wasm_bindgen::prelude::*;

use crate::Display;

/// Set on an index whose fields follow it: the first time JavaScript is sent it.
const NEW: u32 = 1 << 31;
/// Instead of a name's index: no name (a place with no names has no display name).
const NONE: u32 = u32::MAX;
/// Instead of a year: none (`i32::MIN`, which no year of the data is).
const NO_YEAR: u32 = i32::MIN as u32;

/// A list of records being written.
pub(crate) struct Records<'a> {
    words: &'a mut Vec<u32>,
    known: &'a mut Known,
    display: &'a Display,
}

/// Which places and names JavaScript has been sent, as bit sets by index; and the places'
/// display names.
#[derive(Default)]
pub(crate) struct Known {
    places: Vec<u64>,
    names: Vec<u64>,
    shown: Shown,
}

/// Each place's display name for one display (language, worldview and year), kept because a
/// program shows its answers in the same language call after call, and `name_in` was a
/// fifth of the time of a `resolve` in Node. An entry counts only if it is of the current
/// generation; another display starts a new one.
#[derive(Default)]
struct Shown {
    lang: String,
    worldview: Option<Place>,
    year: Option<i32>,
    /// [`PACK_LOADS`] when the display was selected.
    pack_loads: u32,
    generation: u32,
    /// By place index: the generation the entry was found in, and the name.
    names: Vec<(u32, Option<Name>)>,
}

/// How many times a language pack was loaded: display names kept before may have changed.
static PACK_LOADS: AtomicU32 = AtomicU32::new(0);

/// Says that a language pack was loaded, so that display names are found again.
pub(crate) fn packs_changed() {
    PACK_LOADS.fetch_add(1, Ordering::Relaxed);
}

impl Shown {
    /// Makes `display` the current display.
    fn select(&mut self, display: &Display) {
        let loads = PACK_LOADS.load(Ordering::Relaxed);
        if self.generation != 0
            && self.pack_loads == loads
            && self.lang == display.lang()
            && self.worldview == display.worldview()
            && self.year == display.year()
        {
            return;
        }
        self.pack_loads = loads;
        self.lang.clear();
        self.lang.push_str(display.lang());
        self.worldview = display.worldview();
        self.year = display.year();
        self.generation = self.generation.checked_add(1).unwrap_or_else(|| {
            self.names.clear();
            1
        });
    }

    /// The place's name in the current display, which is `display`.
    fn name(&mut self, display: &Display, place: Place) -> Option<Name> {
        if self.names.is_empty() {
            self.names = vec![(0, None); toponym::places().len()];
        }
        let entry = &mut self.names[place.index()];
        if entry.0 != self.generation {
            *entry = (self.generation, display.name(place));
        }
        entry.1
    }
}

/// Marks `index` as sent; true if it was not before.
fn first_time(bits: &mut Vec<u64>, index: usize) -> bool {
    let (word, bit) = (index / 64, 1 << (index % 64));
    if word >= bits.len() {
        bits.resize(word + 1, 0);
    }
    let new = bits[word] & bit == 0;
    bits[word] |= bit;
    new
}

/// What a call returns instead of its number of words when it fails.
pub(crate) const FAILED: u32 = u32::MAX;

/// The number of words of an answer, or [`FAILED`] with the error kept for [`throw_error`].
pub(crate) fn answer(words: Result<u32, JsError>) -> u32 {
    words.unwrap_or_else(|e| {
        ERROR.set(Some(e));
        FAILED
    })
}

/// Throws the error of the last call that returned [`FAILED`].
#[wasm_bindgen(js_name = throwError, skip_typescript)]
pub fn throw_error() -> Result<(), JsError> {
    ERROR
        .take()
        .map_or_else(|| Err(JsError::new("no error to throw")), Err)
}

/// The most words kept allocated between calls: far more than any `resolve` or `suggest` needs.
const KEEP_WORDS: usize = 1 << 16;

/// The byte address of the last answer's records.
static ADDRESS: AtomicU32 = AtomicU32::new(0);

thread_local! {
    // Kept between calls so that its memory is reused.
    static WORDS: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
    static KNOWN: RefCell<Known> = RefCell::new(Known::default());
    static ERROR: Cell<Option<JsError>> = const { Cell::new(None) };
}

/// The byte address of a `u32` that holds the byte address of the last answer's records.
#[wasm_bindgen(js_name = recordsAddress, skip_typescript)]
pub fn records_address() -> u32 {
    ADDRESS.as_ptr() as usize as u32
}

/// Writes the records of an answer with `write`; returns their number of words.
pub(crate) fn write(display: &Display, write: impl FnOnce(&mut Records)) -> u32 {
    WORDS.with_borrow_mut(|words| {
        KNOWN.with_borrow_mut(|known| {
            // The mentions of a long text can take megabytes: give them back to the
            // allocator rather than keep them for the next call.
            if words.capacity() > KEEP_WORDS {
                *words = Vec::new();
            }
            words.clear();
            known.shown.select(display);
            write(&mut Records {
                words,
                known,
                display,
            });
            ADDRESS.store(words.as_ptr() as usize as u32, Ordering::Relaxed);
            words.len() as u32
        })
    })
}

impl Records<'_> {
    pub(crate) fn number(&mut self, n: u32) {
        self.words.push(n);
    }

    /// A string; `text` must outlive JavaScript's reading of the records.
    fn text(&mut self, text: Option<&str>) {
        match text {
            Some(s) => self
                .words
                .extend([s.as_ptr() as usize as u32, s.len() as u32]),
            None => self.words.extend([0, 0]),
        }
    }

    fn place(&mut self, place: Place) {
        let index = place.index() as u32;
        if !first_time(&mut self.known.places, place.index()) {
            return self.number(index);
        }
        self.number(index | NEW);
        self.text(Some(place.id()));
        self.text(Some(place.kind().as_str()));
        self.text(place.iso_code());
        self.text(place.wikidata_id());
        self.number(place.geonames_id().unwrap_or(0));
    }

    fn name(&mut self, name: Option<Name>) {
        let Some(name) = name else {
            return self.number(NONE);
        };
        let index = name.index() as u32;
        if !first_time(&mut self.known.names, name.index()) {
            return self.number(index);
        }
        self.number(index | NEW);
        self.text(Some(name.text()));
        self.text(Some(name.lang()));
        self.text(Some(name.status().as_str()));
        self.number(name.worldview().len() as u32);
        for country in name.worldview() {
            self.text(Some(country.iso_alpha2().unwrap_or_default()));
        }
        let years = name.years();
        let year = |y: Option<i32>| y.map_or(NO_YEAR, |y| y as u32);
        self.number(years.map_or(NO_YEAR, |y| year(y.from)));
        self.number(years.map_or(NO_YEAR, |y| year(y.until)));
        self.text(Some(name.source().id));
    }

    /// A place that `lookup` found: the match, then how (the rule's name, the span in UTF-16
    /// code units, the qualifier as a place or [`NONE`], the edits).
    pub(crate) fn found(&mut self, f: toponym::Found, offsets: &mut Utf16Offsets) {
        self.matched(f.matched());
        let how = f.how();
        self.text(Some(how.rule().as_str()));
        let span = how.span();
        self.number(offsets.of(span.start));
        self.number(offsets.of(span.end));
        match how.qualifier() {
            Some(q) => self.place(q),
            None => self.number(NONE),
        }
        self.number(how.edits().into());
    }

    /// What `lookup` says when a name is not inside its qualifier: [`NONE`], or the qualifier
    /// as a place and the name's span in UTF-16 code units.
    pub(crate) fn not_inside(&mut self, n: Option<toponym::NotInside>, offsets: &mut Utf16Offsets) {
        match n {
            None => self.number(NONE),
            Some(n) => {
                self.place(n.qualifier());
                self.number(offsets.of(n.span().start));
                self.number(offsets.of(n.span().end));
            }
        }
    }

    pub(crate) fn matched(&mut self, m: Match) {
        let place = m.place();
        self.place(place);
        self.name(Some(m.name()));
        let shown = self.known.shown.name(self.display, place);
        self.name(shown);
    }
}

/// Converts increasing byte offsets into a text to UTF-16 offsets, walking the text once.
pub(crate) struct Utf16Offsets<'t> {
    text: &'t str,
    byte: usize,
    unit: usize,
}

impl<'t> Utf16Offsets<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Utf16Offsets {
            text,
            byte: 0,
            unit: 0,
        }
    }

    /// The UTF-16 offset of byte offset `byte`, a character boundary.
    pub(crate) fn of(&mut self, byte: usize) -> u32 {
        if byte < self.byte {
            (self.byte, self.unit) = (0, 0);
        }
        self.unit += self.text[self.byte..byte]
            .chars()
            .map(char::len_utf16)
            .sum::<usize>();
        self.byte = byte;
        self.unit as u32
    }
}

#[cfg(test)]
mod tests {
    use super::{Shown, first_time};
    use crate::Display;

    #[test]
    fn a_place_or_name_is_new_once() {
        let mut bits = Vec::new();
        assert!(first_time(&mut bits, 1000));
        assert!(!first_time(&mut bits, 1000));
        assert!(first_time(&mut bits, 999));
        assert!(first_time(&mut bits, 0));
        assert!(!first_time(&mut bits, 999));
    }

    /// Display names kept for one language, worldview and year are not shown for another,
    /// nor after switching back and forth.
    #[test]
    fn display_names_follow_the_display() {
        let display = |lang: &str, worldview: Option<&str>, year: Option<i32>| {
            Display::new(Some(lang.into()), worldview.map(Into::into), year)
                .unwrap_or_else(|_| panic!("{lang} {worldview:?}"))
        };
        let displays = [
            display("en", None, None),
            display("ja", None, None),
            display("en", Some("JP"), None),
            display("en", Some("RU"), None),
            display("ru", Some("RU"), None),
            display("en", None, Some(1950)),
        ];
        let places: Vec<_> = [
            "south-kurils",
            "iturup",
            "kyiv",
            "jp",
            "su",
            "saint-petersburg",
        ]
        .into_iter()
        .filter_map(toponym::place)
        .collect();
        assert_eq!(places.len(), 6);
        let mut shown = Shown::default();
        for round in 0..3 {
            for (i, d) in displays.iter().enumerate() {
                shown.select(d);
                for &place in places.iter().cycle().skip(i + round).take(7) {
                    let want = place.name_for(&d.query());
                    assert_eq!(shown.name(d, place), want, "{place} {}", d.lang());
                }
            }
        }
        let [en, _, jp, ru, _, in_1950] = &displays;
        let islands = toponym::place("south-kurils").unwrap();
        shown.select(jp);
        let name = |shown: &mut Shown, d| shown.name(d, islands).map(|n| n.text());
        assert_eq!(name(&mut shown, jp), Some("Northern Territories"));
        shown.select(ru);
        assert_eq!(name(&mut shown, ru), Some("Southern Kurils"));
        shown.select(en);
        assert_eq!(
            name(&mut shown, en),
            islands.name_in("en", None).map(|n| n.text())
        );
        let spb = toponym::place("saint-petersburg").unwrap();
        shown.select(in_1950);
        assert_eq!(
            shown.name(in_1950, spb).map(|n| n.text()),
            Some("Leningrad")
        );
        shown.select(en);
        assert_eq!(
            shown.name(en, spb).map(|n| n.text()),
            Some("Saint Petersburg")
        );
    }
}
