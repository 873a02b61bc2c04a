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

/// Fields of a name record.
pub mod name {
    pub const PLACE: usize = 0;
    pub const TEXT: usize = 1;
    pub const LANG: usize = 2;
    pub const STATUS: usize = 3;
    pub const WORLDVIEW: usize = 4;
    pub const FROM: usize = 5;
    pub const UNTIL: usize = 6;
    pub const SOURCE: usize = 7;
    pub const FIELDS: usize = 8;
}

/// Fields of a slot of the perfect-hash key table.
pub mod key {
    /// The key's byte offset in the string blob (not a string id: one memory access fewer).
    pub const TEXT_START: usize = 0;
    /// The key's length in bytes, so that most misses are rejected without reading it.
    pub const TEXT_LEN: usize = 1;
    pub const MATCHES_START: usize = 2;
    pub const MATCHES_LEN: usize = 3;
    pub const FIELDS: usize = 4;
}

/// An absent year or coordinate.
pub const NONE_I32: i32 = i32::MIN;
