//! The closed vocabularies of the data: kinds of place and statuses of names.
//!
//! Defined here, in the crate that the build and the library share, so that the data files
//! and the library can never disagree about what a kind or status is called.

use core::fmt;
use core::str::FromStr;

/// What kind of place a `Place` is.
///
/// # Examples
///
/// ```
/// # use toponym_shared as toponym;
/// use toponym::Kind;
///
/// assert_eq!("island".parse::<Kind>(), Ok(Kind::Island));
/// assert_eq!(Kind::DisputedArea.as_str(), "disputed-area");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// A continent or other region of the world (CLDR's numeric regions).
    WorldRegion,
    /// A sovereign state, or a state whose sovereignty is disputed.
    Country,
    /// A territory with its own ISO 3166-1 code that belongs to another country.
    DependentTerritory,
    /// A state that no longer exists, such as the Soviet Union.
    HistoricState,
    /// An area whose sovereignty is contested between countries.
    DisputedArea,
    /// A first-level administrative subdivision (a state, province, oblast, prefecture ...).
    Region,
    /// A group of islands.
    IslandGroup,
    /// A single island.
    Island,
    /// A peninsula.
    Peninsula,
    /// A city, town or other populated place.
    City,
    /// A sea, gulf, lake, river or other body of water.
    BodyOfWater,
    /// A mountain or mountain range.
    Mountain,
    /// Another natural feature, such as a rock formation.
    Landform,
}

impl Kind {
    /// Every kind, in declaration order. A slice, so that a new kind is not a breaking change.
    pub const ALL: &'static [Kind] = &[
        Kind::WorldRegion,
        Kind::Country,
        Kind::DependentTerritory,
        Kind::HistoricState,
        Kind::DisputedArea,
        Kind::Region,
        Kind::IslandGroup,
        Kind::Island,
        Kind::Peninsula,
        Kind::City,
        Kind::BodyOfWater,
        Kind::Mountain,
        Kind::Landform,
    ];

    /// The kind's name as written in the data files, e.g. `"historic-state"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::WorldRegion => "world-region",
            Kind::Country => "country",
            Kind::DependentTerritory => "dependent-territory",
            Kind::HistoricState => "historic-state",
            Kind::DisputedArea => "disputed-area",
            Kind::Region => "region",
            Kind::IslandGroup => "island-group",
            Kind::Island => "island",
            Kind::Peninsula => "peninsula",
            Kind::City => "city",
            Kind::BodyOfWater => "body-of-water",
            Kind::Mountain => "mountain",
            Kind::Landform => "landform",
        }
    }
}

/// How much a place of this kind matters when several places share a name, before
/// population is taken into account. Higher is more important.
pub const fn kind_weight(kind: Kind) -> u32 {
    match kind {
        Kind::Country => 100,
        Kind::DependentTerritory | Kind::DisputedArea => 90,
        Kind::HistoricState => 85,
        Kind::WorldRegion => 80,
        Kind::BodyOfWater => 75,
        Kind::Region | Kind::IslandGroup => 60,
        Kind::Island | Kind::Peninsula | Kind::Mountain => 55,
        Kind::Landform => 50,
        Kind::City => 40,
    }
}

/// The status of a `Name`: how, and whether still, it is used.
///
/// Statuses are ordered from the most to the least preferred as a place's name; a code is no
/// name to show.
///
/// # Examples
///
/// ```
/// # use toponym_shared as toponym;
/// use toponym::Status;
///
/// assert_eq!("historic".parse::<Status>(), Ok(Status::Historic));
/// assert!(Status::Official < Status::Variant);
/// assert!(Status::Historic.is_historic());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Status {
    /// The official name, often a long form ("Russian Federation").
    Official,
    /// The name in everyday use ("Russia").
    Common,
    /// A shorter form of the common name ("Bosnia").
    Short,
    /// An abbreviation or acronym ("USSR", "СССР").
    Abbreviation,
    /// Another name in current use, less usual than the common one.
    Variant,
    /// A name no longer in current use ("Leningrad", "Kiev" in English).
    Historic,
    /// A code that stands for the place, such as its ISO 3166-1 alpha-3 code ("FRA"), in
    /// the language tag `zxx` (no linguistic content): found by `resolve`, never shown as
    /// the place's name, never taken for a mention in running text.
    Code,
}

impl Status {
    /// Every status, from the most to the least preferred. A slice, so that a new status is
    /// not a breaking change.
    pub const ALL: &'static [Status] = &[
        Status::Official,
        Status::Common,
        Status::Short,
        Status::Abbreviation,
        Status::Variant,
        Status::Historic,
        Status::Code,
    ];

    /// The status's name as written in the data files, e.g. `"official"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Official => "official",
            Status::Common => "common",
            Status::Short => "short",
            Status::Abbreviation => "abbreviation",
            Status::Variant => "variant",
            Status::Historic => "historic",
            Status::Code => "code",
        }
    }

    /// Whether the name is no longer in current use.
    pub const fn is_historic(self) -> bool {
        matches!(self, Status::Historic)
    }
}

/// The ranking class used by `resolve`: primary names (official, common, short,
/// abbreviation) before variants, names before codes, current names before historic ones.
pub const fn status_class(status: Status) -> u32 {
    match status {
        Status::Official | Status::Common | Status::Short | Status::Abbreviation => 0,
        Status::Variant => 1,
        Status::Code => 2,
        Status::Historic => 3,
    }
}

/// The order in which statuses are preferred when a name is shown: common, official, short,
/// variant, abbreviation, historic.
pub const fn status_display_rank(status: Status) -> u8 {
    match status {
        Status::Common => 0,
        Status::Official => 1,
        Status::Short => 2,
        Status::Variant => 3,
        Status::Abbreviation => 4,
        Status::Historic => 5,
        Status::Code => 6,
    }
}

/// The error returned when a string is not a known [`Kind`] or [`Status`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownWord {
    what: &'static str,
}

impl fmt::Display for UnknownWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a known {}", self.what)
    }
}

impl std::error::Error for UnknownWord {}

impl FromStr for Kind {
    type Err = UnknownWord;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or(UnknownWord { what: "kind" })
    }
}

impl FromStr for Status {
    type Err = UnknownWord;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or(UnknownWord { what: "status" })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Kind {
    /// As the string of [`Kind::as_str`].
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Status {
    /// As the string of [`Status::as_str`].
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
