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
//! Every feature only adds: turning one on never removes data or behaviour that another
//! dependent of the crate relies on.
//!
//! - `serde`: the public types implement `serde::Serialize`, as the JSON that the
//!   command-line tool prints and the npm package returns (see [`json`]).
//! - `full`: every city of GeoNames' cities15000 (15,000 inhabitants or more), not only
//!   those of 100,000 or more.
//!
//! A smaller build is a choice of the final build, not a feature (Cargo unifies features, so
//! a feature that cut data would cut it for every crate of the build): the environment
//! variables `TOPONYM_LANGUAGES` and `TOPONYM_KEY_TRANSDUCER`, read when the crate is built,
//! keep the names of some languages only and leave the key transducer out of the binary
//! (README, "Data tiers").
//!
//! # Stability
//!
//! Place ids never change meaning: a stored id finds the same place in later versions.
//! Indices ([`Place::index`], [`Name::index`]) and the order of places and names (their
//! `Ord`) are those of the data the crate was built with and may change with it.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod ids;
mod iter;
#[cfg(feature = "serde")]
pub mod json;
mod key_transducer;
mod lookup;
mod name;
mod packs;
mod place;
mod query;
mod resolve;
mod source;
mod suggest;
mod tables;
mod terms;
mod text;

pub use ids::{
    place, place_by_geonames, place_by_id_or_code, place_by_iso, place_by_wikidata, places,
};
pub use iter::{Names, NamesByLanguage, Places, Sources};
pub use lookup::{Found, How, Lookup, NotInside, Rule, lookup};
pub use name::Name;
pub use packs::{
    LanguagePack, LanguagePacks, PackError, check_language_pack, language_packs, load_language_pack,
};
pub use place::{Coordinates, Place, Years};
pub use query::{NameQuery, QueryError, QueryField};
pub use resolve::{MAX_NAME_BYTES, Match, Matches, resolve};
pub use source::{Source, sources};
pub use suggest::{MAX_SUGGESTIONS, Suggestion, suggest};
pub use text::{Mention, find_in_text};
pub use toponym_shared::fold::{fold, fold_replacing};
pub use toponym_shared::languages::WIDELY_USED_LANGUAGES;
pub use toponym_shared::{Kind, Status, UnknownWord};
