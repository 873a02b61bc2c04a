//! The layout of the compiled tables: which `u32` word of a record holds which field.
//!
//! Shared by the build script that writes the tables and the library that reads them.
//! Every table is a little-endian `u32` array; strings are ids into one string blob,
//! lists are offsets into one list array (a length, then the items).

#![allow(dead_code)]

/// Fields of a place record.
pub mod place {
    pub const ID: usize = 0;
    pub const KIND: usize = 1;
    pub const IMPORTANCE: usize = 2;
    /// Latitude and longitude in millionths of a degree, as `i32`; [`super::NONE_I32`] if unknown.
    pub const LAT: usize = 3;
    pub const LON: usize = 4;
    pub const ISO2: usize = 5;
    pub const ISO3: usize = 6;
    pub const ISO_SUB: usize = 7;
    /// GeoNames id, 0 if none.
    pub const GEONAMES: usize = 8;
    pub const WIKIDATA: usize = 9;
    pub const PARENTS: usize = 10;
    pub const ADMINISTERED_BY: usize = 11;
    pub const CLAIMED_BY: usize = 12;
    pub const SUCCEEDED_BY: usize = 13;
    pub const FROM: usize = 14;
    pub const UNTIL: usize = 15;
    /// Population, saturated at `u32::MAX`; 0 if unknown.
    pub const POPULATION: usize = 16;
    pub const NAMES_START: usize = 17;
    pub const NAMES_LEN: usize = 18;
    pub const FIELDS: usize = 19;
}

/// Fields of a name record: three words, because there are hundreds of thousands of names.
pub mod name {
    pub const PLACE: usize = 0;
    pub const TEXT: usize = 1;
    /// The language (an index into the language table), status and source, and whether the
    /// name has a record in the extras table, packed as below.
    pub const PACKED: usize = 2;
    pub const FIELDS: usize = 3;

    pub const LANG_MASK: u32 = 0xFFF;
    pub const STATUS_SHIFT: u32 = 12;
    pub const STATUS_MASK: u32 = 0x7;
    pub const SOURCE_SHIFT: u32 = 15;
    pub const SOURCE_MASK: u32 = 0x1F;
    pub const HAS_EXTRA: u32 = 1 << 20;
}

/// Fields of a name's extras: its worldview and years, which few names have. Sorted by name.
pub mod name_extra {
    pub const NAME: usize = 0;
    pub const WORLDVIEW: usize = 1;
    pub const FROM: usize = 2;
    pub const UNTIL: usize = 3;
    pub const FIELDS: usize = 4;
}

/// Fields of a slot of the perfect-hash key table.
pub mod key {
    /// The key's byte offset in the string blob (not a string id: one memory access fewer).
    pub const TEXT_START: usize = 0;
    /// The key's length in bytes (low bits, so that most misses are rejected without
    /// reading the key) and the length of its match list (high bits).
    pub const LENGTHS: usize = 1;
    pub const MATCHES_START: usize = 2;
    pub const FIELDS: usize = 3;

    pub const TEXT_LEN_BITS: u32 = 12;
    pub const TEXT_LEN_MASK: u32 = (1 << TEXT_LEN_BITS) - 1;
}

/// An absent year or coordinate.
pub const NONE_I32: i32 = i32::MIN;
