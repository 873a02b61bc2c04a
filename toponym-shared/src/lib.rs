//! What the `toponym` crate and the code that compiles its tables share, so that the two
//! can never disagree: the folding of names into keys, the hash that places keys in the
//! table, the layout of the compiled tables, the vocabularies of the data (kinds of place,
//! statuses of names) and the list of widely used languages.
//!
//! This crate exists for `toponym` and `toponym-build`; use `toponym`, which re-exports what
//! is meant for its users. Only what `toponym` re-exports is covered by its stability promise.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod fold;
pub mod key_hash;
pub mod languages;
pub mod layout;
pub mod suggest;
mod swar;
pub mod variants;
mod vocab;

pub use vocab::{Kind, Status, UnknownWord, kind_weight, status_class, status_display_rank};
