//! The records in which `resolve`, `suggest` and `findInText` hand their matches to
//! JavaScript.
//!
//! These are the calls that programs make most, so their objects are not built field by
//! field across the WebAssembly boundary: the answer is written as a list of `u32`s, and one
//! call into src/objects.js turns it into objects, decoding each (static) string of the
//! gazetteer only the first time it is seen. A string is two words, (address, length),
//! address 0 for null. A match is:
//!
//!   id, kind, name, matched.text, matched.lang, matched.status, iso, wikidata: strings;
//!   geonames (0 for null); the number of worldview countries, then each one's code.
//!
//! A suggestion is its number of edits, then a match. A mention is its start and end in
//! UTF-16 code units, its text (not static: decoded every time), the number of matches,
//! then the matches.

use std::cell::{Cell, RefCell};

use toponym::Match;
use wasm_bindgen::prelude::*;

use crate::Display;

#[wasm_bindgen(module = "/src/objects.js")]
extern "C" {
    #[wasm_bindgen(js_name = useMemory)]
    fn use_memory(memory: JsValue);
    fn matches(address: u32, words: u32) -> JsValue;
    fn suggestions(address: u32, words: u32) -> JsValue;
    fn mentions(address: u32, words: u32) -> JsValue;
}

/// Gives src/objects.js the module's memory, once.
fn share_memory() {
    MEMORY_SHARED.with(|shared| {
        if !shared.replace(true) {
            use_memory(wasm_bindgen::memory());
        }
    });
}

/// Which objects a list of records holds.
#[derive(Clone, Copy)]
pub(crate) enum Shape {
    Matches,
    Suggestions,
    Mentions,
}

/// A list of records being written.
pub(crate) struct Records<'a> {
    words: &'a mut Vec<u32>,
    display: &'a Display,
}

/// The most words kept allocated between calls: far more than any `resolve` or `suggest` needs.
const KEEP_WORDS: usize = 1 << 16;

thread_local! {
    // Kept between calls so that its memory is reused.
    static WORDS: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
    static MEMORY_SHARED: Cell<bool> = const { Cell::new(false) };
}

/// The objects of the records that `write` writes.
pub(crate) fn objects(
    shape: Shape,
    display: &Display,
    write: impl FnOnce(&mut Records),
) -> JsValue {
    WORDS.with_borrow_mut(|words| {
        words.clear();
        write(&mut Records { words, display });
        share_memory();
        let (address, len) = (words.as_ptr() as usize as u32, words.len() as u32);
        let objects = match shape {
            Shape::Matches => matches(address, len),
            Shape::Suggestions => suggestions(address, len),
            Shape::Mentions => mentions(address, len),
        };
        // The mentions of a long text can take megabytes: give them back to the allocator
        // rather than keep them for the next call.
        if words.capacity() > KEEP_WORDS {
            *words = Vec::new();
        }
        objects
    })
}

impl Records<'_> {
    pub(crate) fn number(&mut self, n: u32) {
        self.words.push(n);
    }

    /// A string; `text` must outlive the call of [`objects`].
    pub(crate) fn text(&mut self, text: Option<&str>) {
        match text {
            Some(s) => self
                .words
                .extend([s.as_ptr() as usize as u32, s.len() as u32]),
            None => self.words.extend([0, 0]),
        }
    }

    pub(crate) fn matched(&mut self, m: Match) {
        let (place, n) = (m.place(), m.name());
        self.text(Some(place.id()));
        self.text(Some(place.kind().as_str()));
        self.text(Some(self.display.name(place)));
        self.text(Some(n.text()));
        self.text(Some(n.lang()));
        self.text(Some(n.status().as_str()));
        self.text(place.iso_code());
        self.text(place.wikidata_id());
        self.number(place.geonames_id().unwrap_or(0));
        self.number(n.worldview().len() as u32);
        for country in n.worldview() {
            self.text(Some(crate::country_code(country)));
        }
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
