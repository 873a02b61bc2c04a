//! The layout of the compiled tables: which `u32` word of a record holds which field.
//!
//! The build writes the tables and the library reads them with these constants. Every table
//! is a little-endian `u32` array; strings are ids into one string blob (see [`string`]),
//! lists are offsets into one list array (a length, then the items).
//!
//! A table of records (places, names, name extras, key slots) is stored column by column:
//! field `f` of record `i` is word `f * n + i`, where `n` is the number of records (see
//! [`word_of`]). A column holds values that are alike (the places of names sorted by place,
//! the ascending ids of their texts, the same few kinds and statuses), which compress far
//! better side by side than interleaved with the other fields. With the match lists in slot
//! order (see [`key`]) this made the npm package's module 289 KB (15%) smaller gzipped, for
//! one or two more cache lines read per record.

/// The index of the word that holds field `field` of record `index`, in a table of `words`
/// words whose records have `fields` fields, stored column by column.
#[inline]
pub const fn word_of(words: usize, fields: usize, index: usize, field: usize) -> usize {
    field * (words / fields) + index
}

/// A table of records (`fields` words each, one record after the other) stored column by
/// column, as [`word_of`] reads it.
pub fn columns(records: &[u32], fields: usize) -> Vec<u32> {
    let n = records.len() / fields;
    (0..fields)
        .flat_map(|f| (0..n).map(move |i| records[i * fields + f]))
        .collect()
}

/// Fields of a place record.
pub mod place {
    /// The place's id (a string).
    pub const ID: usize = 0;
    /// Its kind, as the index of the `Kind` in `Kind::ALL`.
    pub const KIND: usize = 1;
    /// How much it matters when places share a name: only the order means anything.
    pub const IMPORTANCE: usize = 2;
    /// Latitude in millionths of a degree, as `i32`; [`super::NONE_I32`] if unknown.
    pub const LAT: usize = 3;
    /// Longitude in millionths of a degree, as `i32`; [`super::NONE_I32`] if unknown.
    pub const LON: usize = 4;
    /// ISO 3166-1 alpha-2 code (a string).
    pub const ISO2: usize = 5;
    /// ISO 3166-1 alpha-3 code (a string).
    pub const ISO3: usize = 6;
    /// ISO 3166-2 code (a string).
    pub const ISO_SUB: usize = 7;
    /// GeoNames id, 0 if none.
    pub const GEONAMES: usize = 8;
    /// Wikidata item id (a string).
    pub const WIKIDATA: usize = 9;
    /// Places that contain it (a list of place indices).
    pub const PARENTS: usize = 10;
    /// Countries that administer it (a list).
    pub const ADMINISTERED_BY: usize = 11;
    /// Countries that claim it (a list).
    pub const CLAIMED_BY: usize = 12;
    /// Places that succeeded it (a list).
    pub const SUCCEEDED_BY: usize = 13;
    /// First year it existed, as `i32`; [`super::NONE_I32`] if unknown.
    pub const FROM: usize = 14;
    /// Last year it existed, as `i32`; [`super::NONE_I32`] if unknown.
    pub const UNTIL: usize = 15;
    /// Population, saturated at `u32::MAX`; 0 if unknown.
    pub const POPULATION: usize = 16;
    /// Index of its first name in the name table.
    pub const NAMES_START: usize = 17;
    /// How many names it has.
    pub const NAMES_LEN: usize = 18;
    /// Words in a record.
    pub const FIELDS: usize = 19;
}

/// Fields of a name record: three words, because there are hundreds of thousands of names.
pub mod name {
    /// The place's index.
    pub const PLACE: usize = 0;
    /// The name as written (a string).
    pub const TEXT: usize = 1;
    /// The language (an index into the language table), status and source, and whether the
    /// name has a record in the extras table, packed as below.
    pub const PACKED: usize = 2;
    /// Words in a record.
    pub const FIELDS: usize = 3;

    /// The language index: the low bits of [`PACKED`].
    pub const LANG_MASK: u32 = 0xFFF;
    /// Where the status (its index in `Status::ALL`) starts in [`PACKED`].
    pub const STATUS_SHIFT: u32 = 12;
    /// The status's bits, after the shift.
    pub const STATUS_MASK: u32 = 0x7;
    /// Where the source (its index in the source table) starts in [`PACKED`].
    pub const SOURCE_SHIFT: u32 = 15;
    /// The source's bits, after the shift.
    pub const SOURCE_MASK: u32 = 0x1F;
    /// Set when the name has a record in the extras table.
    pub const HAS_EXTRA: u32 = 1 << 20;
}

/// Fields of a name's extras: its worldview and years, which few names have. Sorted by name.
pub mod name_extra {
    /// The name's index.
    pub const NAME: usize = 0;
    /// The countries whose usage it is (a list).
    pub const WORLDVIEW: usize = 1;
    /// First year of use, as `i32`; [`super::NONE_I32`] if unknown.
    pub const FROM: usize = 2;
    /// Last year of use, as `i32`; [`super::NONE_I32`] if unknown.
    pub const UNTIL: usize = 3;
    /// Words in a record.
    pub const FIELDS: usize = 4;
}

/// Fields of a slot of the perfect-hash key table. Where a slot's match list starts is in a
/// table of its own, one word a slot: the match lists are stored in slot order, so that those
/// starts ascend, and apart from the keys' offsets (which the permutation of the perfect hash
/// scatters) they compress well; it is read only for a key that is found.
pub mod key {
    /// The key's byte offset in the string blob (not a string id: one memory access fewer).
    pub const TEXT_START: usize = 0;
    /// The key's length in bytes (low bits, so that most misses are rejected without
    /// reading the key) and the length of its match list (high bits).
    pub const LENGTHS: usize = 1;
    /// Words in a slot.
    pub const FIELDS: usize = 2;

    /// Bits of [`LENGTHS`] that hold the key's length.
    pub const TEXT_LEN_BITS: u32 = 12;
    /// The mask of those bits.
    pub const TEXT_LEN_MASK: u32 = (1 << TEXT_LEN_BITS) - 1;
}

/// An entry of the table of the first words of keys (`toponym-build`'s
/// `key_transducer`, `toponym`'s text scan), one per slot of its perfect hash: two
/// little-endian `u32` words, the address of the key transducer's node after the word, then
/// [`VALUE_BITS`](first_word::VALUE_BITS) bits of the transducer's output so far (the least
/// key slot below that node, whose key begins with the word and so checks it) and, above
/// them, the word's length.
pub mod first_word {
    /// Bits of the second word that hold the output so far.
    pub const VALUE_BITS: u32 = 24;
    /// The mask of those bits.
    pub const VALUE_MASK: u32 = (1 << VALUE_BITS) - 1;
    /// The longest word in the table, in bytes: a longer word of text is walked byte by byte.
    pub const MAX_LEN: usize = (1 << (32 - VALUE_BITS)) - 1;
}

/// The bit of an entry of the match table (a name index) set when only one language gives
/// the place that name: `resolve` ranks such places after the others, and `suggest` needs to
/// know it of each match.
pub const RARE_MATCH: u32 = 1 << 31;
/// The bit of an entry of the match table set when a widely used language gives the place
/// that name, whatever the language of the name the entry shows ("Zürich" is German and
/// English, and the entry may show its Afrikaans twin).
pub const WIDELY_USED_MATCH: u32 = 1 << 30;
/// The bit of an entry of the match table set when English gives the place that name,
/// whatever the language of the name the entry shows ("Paris" may show its Afrikaans twin).
pub const ENGLISH_MATCH: u32 = 1 << 29;
/// The bit of an entry of the match table set when the name it shows is an official long
/// form (`suggest::is_long_form`): `suggest` offers the place by a shorter name first.
pub const LONG_FORM_MATCH: u32 = 1 << 28;
/// The bits of an entry of the match table that hold the name index.
pub const MATCH_NAME_MASK: u32 = LONG_FORM_MATCH - 1;

/// An absent year or coordinate.
pub const NONE_I32: i32 = i32::MIN;

/// A language pack (`toponym-build`'s `packs`, `toponym::packs`): the names of one language
/// that a cut of the data left out, to be loaded at run time. Little-endian `u32` words:
/// the header ([`HEADER_WORDS`](pack::HEADER_WORDS) words at the positions below), the
/// lengths of the language tags of its names (`TAGS` words), its names (`NAMES` records of
/// [`NAME_FIELDS`](pack::NAME_FIELDS) words, stored column by column as the tables are), its
/// keys, sorted (`KEYS` records of [`KEY_FIELDS`](pack::KEY_FIELDS) words, column by column),
/// the match lists of its keys one after another (`LIST_WORDS` words, as the match table's),
/// then the strings (`STRING_BYTES` bytes of UTF-8): the pack's language, its tags, the texts
/// of its names and those of its keys, one after another in that order, so that their
/// lengths place them.
pub mod pack {
    /// The header's word that says this is a pack: `"TPAK"`.
    pub const MAGIC: usize = 0;
    /// The header's word of the format's version.
    pub const VERSION: usize = 1;
    /// The low 32 bits of the id of the build that made the pack (`BUILD_ID`).
    pub const BUILD_ID_LOW: usize = 2;
    /// The high 32 bits of that id.
    pub const BUILD_ID_HIGH: usize = 3;
    /// The id of the pack's first name; its names have the ids after it.
    pub const FIRST_NAME: usize = 4;
    /// How many names.
    pub const NAMES: usize = 5;
    /// How many language tags.
    pub const TAGS: usize = 6;
    /// How many keys.
    pub const KEYS: usize = 7;
    /// How many words of match lists.
    pub const LIST_WORDS: usize = 8;
    /// How many bytes of strings.
    pub const STRING_BYTES: usize = 9;
    /// The length of the pack's language (a primary subtag), the first of the strings.
    pub const LANG_LEN: usize = 10;
    /// Words in the header.
    pub const HEADER_WORDS: usize = 11;

    /// The value of the `MAGIC` word: `"TPAK"` in little-endian order.
    pub const MAGIC_WORD: u32 = u32::from_le_bytes(*b"TPAK");
    /// The version of the format.
    pub const VERSION_WORD: u32 = 1;

    /// A name's place index.
    pub const PLACE: usize = 0;
    /// The length of its text.
    pub const TEXT_LEN: usize = 1;
    /// Its language tag, an index into the pack's tags.
    pub const TAG: usize = 2;
    /// Its status (low 8 bits) and source (from [`SOURCE_SHIFT`]).
    pub const STATUS_SOURCE: usize = 3;
    /// The first year of its use, or [`NONE_I32`](super::NONE_I32).
    pub const FROM: usize = 4;
    /// The last year of its use, or [`NONE_I32`](super::NONE_I32).
    pub const UNTIL: usize = 5;
    /// Words in a name record.
    pub const NAME_FIELDS: usize = 6;
    /// Where the source index starts in the `STATUS_SOURCE` word.
    pub const SOURCE_SHIFT: u32 = 8;

    /// A key's length.
    pub const KEY_LEN: usize = 0;
    /// The length of its match list.
    pub const LIST_LEN: usize = 1;
    /// Words in a key record.
    pub const KEY_FIELDS: usize = 2;
}

/// The string blob: each string is its length, in one or two ASCII bytes, then its bytes.
/// Ids count the strings; the table of groups holds the offset of every [`GROUP`]-th one, and
/// a string is found by skipping the strings before it in its group. Id 0 is the empty
/// string, which stands for "none". ASCII lengths keep the blob valid UTF-8; a table of the
/// ends of all strings would take four bytes each, and dense ids compress better in the
/// records than offsets would.
///
/// [`GROUP`]: string::GROUP
pub mod string {
    /// How many strings a group holds.
    pub const GROUP: usize = 16;

    /// The longest string the blob holds, in bytes.
    pub const MAX_LEN: usize = 64 * 128 - 1;

    /// Appends the length `len` (at most [`MAX_LEN`]) in the form the blob writes it: one
    /// byte under 64, else `64 + len / 128` and `len % 128`.
    pub fn push_len(len: usize, blob: &mut String) {
        assert!(len <= MAX_LEN, "a string of {len} bytes");
        if len < 64 {
            blob.push(char::from(len as u8));
        } else {
            blob.push(char::from(64 + (len >> 7) as u8));
            blob.push(char::from((len & 0x7F) as u8));
        }
    }

    /// The byte range of the text of the string whose length is at `at` in `blob`.
    #[inline]
    pub fn range(blob: &[u8], at: usize) -> core::ops::Range<usize> {
        let first = blob[at] as usize;
        if first < 64 {
            at + 1..at + 1 + first
        } else {
            let len = (first - 64) << 7 | blob[at + 1] as usize;
            at + 2..at + 2 + len
        }
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn lengths_read_back() {
            for len in [0, 1, 63, 64, 127, 128, 418, super::MAX_LEN] {
                let mut blob = String::new();
                super::push_len(len, &mut blob);
                blob.push_str(&"x".repeat(len));
                assert_eq!(
                    super::range(blob.as_bytes(), 0),
                    blob.len() - len..blob.len()
                );
            }
        }
    }
}
