//! Access to the tables that the build script compiles from `data/`.
//!
//! The generated file holds only data; this module holds the few functions that read it.
//! `toponym_shared::layout` gives the record formats.

#[allow(clippy::all)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}

pub(crate) use generated::{
    ABBREVIATIONS, BUILD_ID, BY_CODE, BY_GEONAMES, BY_ID, COMPILED_NAMES, GENERIC_TERMS, KEY_SLOTS,
    KEYS_FST, LANGUAGES, MAX_KEY_BYTES, NAME_EXTRAS, NAMES, PACKS, PLACEHOLDERS, PLACES,
    REGION_ABBREVIATIONS, SOURCES, STRINGS, SUBDIVISIONS_BY_SUFFIX, TITLES,
};
use generated::{
    FIRST_WORD_PILOTS, FIRST_WORD_REMAP, FIRST_WORD_SEED, FIRST_WORDS, HASH_SEED, KEY_MATCHES,
    KEYS, LISTS, MATCHES, PILOTS, PROMINENCE, REMAP, STRING_GROUPS, SUGGEST_COMPLETIONS,
    SUGGEST_INDEX, SUGGEST_PREFIXES,
};

use toponym_shared::layout;

/// The `i`-th little-endian `u32` of `table`.
#[inline]
pub(crate) fn word(table: &[u8], i: usize) -> u32 {
    let b = &table[i * 4..i * 4 + 4];
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

#[inline]
pub(crate) fn words(table: &[u8]) -> usize {
    table.len() / 4
}

/// The string with id `id` (id 0 is the empty string).
#[inline]
pub(crate) fn string(id: u32) -> &'static str {
    let (id, blob) = (id as usize, STRINGS.as_bytes());
    let mut at = word(STRING_GROUPS, id / layout::string::GROUP) as usize;
    for _ in 0..id % layout::string::GROUP {
        at = layout::string::range(blob, at).end;
    }
    &STRINGS[layout::string::range(blob, at)]
}

/// The string with id `id`, or `None` for the empty string.
#[inline]
pub(crate) fn optional_string(id: u32) -> Option<&'static str> {
    (id != 0).then(|| string(id))
}

/// The positions in the list table of the items of the list at `offset`.
pub(crate) fn list_range(offset: u32) -> core::ops::Range<usize> {
    let offset = offset as usize;
    let len = word(LISTS, offset) as usize;
    offset + 1..offset + 1 + len
}

/// The item at position `i` of the list table.
#[inline]
pub(crate) fn list_item(i: usize) -> u32 {
    word(LISTS, i)
}

/// Field `field` of record `index` in a table of `fields`-word records, stored column by
/// column (see `toponym_shared::layout`).
#[inline]
pub(crate) fn field(table: &[u8], fields: usize, index: u32, field: usize) -> u32 {
    word(
        table,
        layout::word_of(words(table), fields, index as usize, field),
    )
}

/// The key text's byte range in the string blob, and the key's match list.
fn slot_record(slot: u32) -> (core::ops::Range<usize>, core::ops::Range<usize>) {
    let at = |f| field(KEYS, layout::key::FIELDS, slot, f);
    let lengths = at(layout::key::LENGTHS);
    let text_start = at(layout::key::TEXT_START) as usize;
    let text_len = (lengths & layout::key::TEXT_LEN_MASK) as usize;
    let matches_start = word(KEY_MATCHES, slot as usize) as usize;
    let matches_len = (lengths >> layout::key::TEXT_LEN_BITS) as usize;
    (
        text_start..text_start + text_len,
        matches_start..matches_start + matches_len,
    )
}

/// The name ids listed under a folded key, best first; empty if the key is unknown.
#[inline]
pub(crate) fn matches(key: &str) -> core::ops::Range<usize> {
    if key.len() > MAX_KEY_BYTES {
        return 0..0;
    }
    let hash = toponym_shared::key_hash::key_hash(key.as_bytes(), HASH_SEED);
    probe(hash, |text| text == key.as_bytes())
}

/// [`matches`] of the fold of `name` if it is a plain ASCII name (letters, digits, single
/// spaces: `toponym_shared::fold::is_plain_ascii`), whose fold is the name lower-cased:
/// checked, hashed and compared as it is read, with no folded copy. `None` for other names.
#[inline]
pub(crate) fn matches_of_plain_ascii(name: &str) -> Option<core::ops::Range<usize>> {
    let hash = toponym_shared::key_hash::plain_ascii_key_hash(name.as_bytes(), HASH_SEED)?;
    if name.len() > MAX_KEY_BYTES {
        return Some(0..0);
    }
    // Stored keys are folded, so in lower case: the name lower-cased is the fold.
    Some(probe(hash, |text| {
        toponym_shared::key_hash::is_ascii_lowercase_of(text, name.as_bytes())
    }))
}

/// The match list of the slot of `hash` if the key stored there is the one looked up.
#[inline]
fn probe(hash: u64, is_key: impl Fn(&[u8]) -> bool) -> core::ops::Range<usize> {
    if KEY_SLOTS == 0 {
        return 0..0;
    }
    let slot = phf_shared::ptrhash::get_index(HASH_SEED, hash, PILOTS, REMAP, KEY_SLOTS as usize);
    let (text, matches) = slot_record(slot);
    // Every key hashes to some slot: the stored text says whether it is this key.
    match STRINGS.as_bytes().get(text) {
        Some(text) if is_key(text) => matches,
        _ => 0..0,
    }
}

/// Whether this build has the table of the first words of keys (it has it when it embeds
/// the key transducer).
pub(crate) fn has_first_words() -> bool {
    FIRST_WORDS.is_some()
}

/// The key transducer's node (its address) and output after `word`, a run of letters and
/// digits of scripts written with spaces, if a key is `word` or begins with it and goes on
/// with another character; `None` if no key does, if this build has no table of words, or if
/// the word is longer than its words (`layout::first_word::MAX_LEN`): walk the transducer.
#[inline]
pub(crate) fn after_first_word(word: &[u8]) -> Option<(usize, u64)> {
    use layout::first_word;
    let entries = FIRST_WORDS?;
    if entries.is_empty() || word.len() > first_word::MAX_LEN {
        return None;
    }
    let hash = toponym_shared::key_hash::key_hash(word, FIRST_WORD_SEED);
    let slot = phf_shared::ptrhash::get_index(
        FIRST_WORD_SEED,
        hash,
        FIRST_WORD_PILOTS,
        FIRST_WORD_REMAP,
        entries.len() / 8,
    ) as usize;
    let (addr, packed) = (
        self::word(entries, 2 * slot),
        self::word(entries, 2 * slot + 1),
    );
    let value = packed & first_word::VALUE_MASK;
    // Every word hashes to some slot: the key of the entry's output begins with its word,
    // so the word is the one looked up if that key begins with it and the lengths agree.
    let key = slot_record(value).0;
    let same = (packed >> first_word::VALUE_BITS) as usize == word.len()
        && STRINGS.as_bytes().get(key.start..key.start + word.len()) == Some(word);
    same.then_some((addr as usize, u64::from(value)))
}

/// The name id at position `i` of the match list.
#[inline]
pub(crate) fn match_at(i: usize) -> u32 {
    word(MATCHES, i) & layout::MATCH_NAME_MASK
}

/// The word at position `i` of the match list: the name id and the flags of the match
/// (`layout::RARE_MATCH`, `WIDELY_USED_MATCH`, `ENGLISH_MATCH`).
#[inline]
pub(crate) fn match_word(i: usize) -> u32 {
    word(MATCHES, i)
}

/// The prominence of the place with index `place`, which ranks completions.
#[inline]
pub(crate) fn prominence(place: usize) -> u8 {
    PROMINENCE[place]
}

/// Every prefix whose completions were precomputed.
#[cfg(test)]
pub(crate) fn precomputed_prefixes() -> Vec<&'static str> {
    let mut start = 0;
    (0..words(SUGGEST_INDEX) / 2)
        .map(|i| {
            let end = word(SUGGEST_INDEX, 2 * i) as usize;
            let prefix = &SUGGEST_PREFIXES[start..end];
            start = end;
            prefix
        })
        .collect()
}

/// The precomputed completions of a folded prefix that many keys share, best first, as
/// match words (a name id and its flags, as [`match_word`] gives them); `None` for a prefix
/// that was not precomputed.
pub(crate) fn precomputed_completions(prefix: &str) -> Option<impl ExactSizeIterator<Item = u32>> {
    let n = words(SUGGEST_INDEX) / 2;
    let ends = |i: usize| {
        let start = if i == 0 {
            0
        } else {
            word(SUGGEST_INDEX, 2 * i - 2)
        };
        (start as usize, word(SUGGEST_INDEX, 2 * i) as usize)
    };
    let i = binary_search(n, |i| {
        let (start, end) = ends(i);
        SUGGEST_PREFIXES.as_bytes()[start..end].cmp(prefix.as_bytes())
    })?;
    let first = if i == 0 {
        0
    } else {
        word(SUGGEST_INDEX, 2 * i - 1)
    };
    let last = word(SUGGEST_INDEX, 2 * i + 1);
    Some((first..last).map(|at| word(SUGGEST_COMPLETIONS, at as usize)))
}

/// The key in slot `slot` of the perfect hash table, and its match list.
pub(crate) fn slot(slot: u32) -> (&'static str, core::ops::Range<usize>) {
    let (text, matches) = slot_record(slot);
    (&STRINGS[text], matches)
}

/// Binary search over `0..n` with a comparison of element `i` against the target.
pub(crate) fn binary_search(n: usize, cmp: impl Fn(usize) -> core::cmp::Ordering) -> Option<usize> {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match cmp(mid) {
            core::cmp::Ordering::Less => lo = mid + 1,
            core::cmp::Ordering::Greater => hi = mid,
            core::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

/// The first `i` in `range` for which `before(i)` is false, where `before` is true for a
/// prefix of the range and false after it.
pub(crate) fn partition_point(range: core::ops::Range<u32>, before: impl Fn(u32) -> bool) -> u32 {
    let (mut lo, mut hi) = (range.start, range.end);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}
