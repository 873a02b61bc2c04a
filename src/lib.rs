//! A multilingual gazetteer compiled into your program.
//!
//! The same place has many names: Japan calls four islands off Hokkaido the Northern
//! Territories (北方領土); Russia, which administers them, calls them the Southern Kurils
//! (Южные Курилы). Kiev became Kyiv in English; the Soviet Union is a historic state.
//! This crate answers, with no files or network at run time:
//!
//! - [`resolve`]: any name, in any language, script, case, width or accent form, to every
//!   place it can mean, each with the stored [`Name`] that matched (its language, status and
//!   whose usage it is);
//! - [`Place::name`] and [`Place::name_in`]: a place's name in a language, optionally as a
//!   given country's usage, with a fallback chain;
//! - [`Place`]: kind, parents, coordinates, codes (ISO 3166, GeoNames, Wikidata), and for
//!   disputed places who administers and who claims them.
//!
//! The data is even-handed: each side's names are recorded with their
//! [worldview](Name::worldview), and the facts with [`Place::administered_by`] and
//! [`Place::claimed_by`]. Every name cites its [`Source`].
//!
//! # Examples
//!
//! ```
//! let japan = toponym::place_by_iso("JP");
//! let russia = toponym::place_by_iso("RU");
//!
//! let m = toponym::resolve("Южные Курилы").next().unwrap();
//! let area = m.place();
//! assert_eq!(area.kind(), toponym::Kind::DisputedArea);
//! assert_eq!(area.name_in("en", japan).unwrap().text(), "Northern Territories");
//! assert_eq!(area.name_in("en", russia).unwrap().text(), "Southern Kurils");
//!
//! let kiev = toponym::resolve("Kiev").next().unwrap();
//! assert_eq!(kiev.place().name("en").unwrap().text(), "Kyiv");
//! ```
//!
//! # Features
//!
//! - `serde`: the public types implement `serde::Serialize`.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod automaton;
mod common_words;
mod fold;
mod inflection;
mod layout;
mod lookup;
mod name;
mod place;
mod resolve;
#[cfg(feature = "serde")]
mod serde_impls;
mod source;
mod suggest;
mod tables;
mod text;
mod vocab;

pub use fold::{fold, fold_into};
pub use lookup::{place, place_by_geonames, place_by_iso, place_by_wikidata, places};
pub use name::Name;
pub use place::{Coordinates, Place, Years};
pub use resolve::{MAX_NAME_BYTES, Match, Matches, resolve};
pub use source::{Source, sources};
pub use suggest::{MAX_SUGGESTIONS, Suggestion, suggest};
pub use text::{Mention, find_in_text};
pub use vocab::{Kind, Status, UnknownWord};
