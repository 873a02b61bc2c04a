//! Places and the facts recorded about them.

use core::fmt;

use toponym_shared::layout::{self, NONE_I32, place as f};

use crate::Kind;
use crate::iter::{Names, NamesByLanguage, Places};
use crate::name::{self, Name};
use crate::query::NameQuery;
use crate::tables::{self, PLACES};

/// A place in the gazetteer: a cheap, copyable handle into the compiled tables.
///
/// # Examples
///
/// ```
/// let iturup = toponym::place("iturup").unwrap();
/// assert_eq!(iturup.kind(), toponym::Kind::Island);
/// assert_eq!(iturup.name("ja").unwrap().text(), "択捉島");
/// assert!(iturup.administered_by().any(|p| p.id() == "ru"));
/// assert!(iturup.claimed_by().any(|p| p.id() == "jp"));
/// ```
///
/// Places compare (`Ord`) in data order, the order of [`places`](crate::places): useful for
/// sorting and for ordered sets, but not stable from one version of the data to the next.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Place {
    index: u32,
}

/// A point on the earth, in WGS84 decimal degrees.
///
/// # Examples
///
/// ```
/// let c = toponym::place("kyiv").unwrap().coordinates().unwrap();
/// assert!((50.0..51.0).contains(&c.lat) && (30.0..31.0).contains(&c.lon));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coordinates {
    /// Latitude, -90 to 90.
    pub lat: f64,
    /// Longitude, -180 to 180.
    pub lon: f64,
}

/// A span of years; either end may be unknown. Negative years are BCE.
///
/// # Examples
///
/// ```
/// let su = toponym::place("su").unwrap().existed().unwrap();
/// assert_eq!((su.from, su.until), (Some(1922), Some(1991)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Years {
    /// The first year, if known.
    pub from: Option<i32>,
    /// The last year, if known.
    pub until: Option<i32>,
}

impl Years {
    /// Whether `year` is within these years, ends included; an unknown end is open.
    ///
    /// # Examples
    ///
    /// ```
    /// let su = toponym::place("su").unwrap().existed().unwrap();
    /// assert!(su.contains(1922) && su.contains(1991));
    /// assert!(!su.contains(1992));
    /// ```
    pub fn contains(&self, year: i32) -> bool {
        self.from.is_none_or(|f| f <= year) && self.until.is_none_or(|u| year <= u)
    }

    pub(crate) fn from_words(from: u32, until: u32) -> Option<Years> {
        let year = |w: u32| (w as i32 != NONE_I32).then_some(w as i32);
        let years = Years {
            from: year(from),
            until: year(until),
        };
        (years.from.is_some() || years.until.is_some()).then_some(years)
    }
}

impl Place {
    pub(crate) fn from_index(index: u32) -> Place {
        Place { index }
    }

    fn field(self, field: usize) -> u32 {
        tables::field(PLACES, f::FIELDS, self.index, field)
    }

    fn places(self, field: usize) -> Places {
        Places::list(self.field(field))
    }

    /// The place's position in [`places`](crate::places), from 0: a key for tables indexed
    /// by place, such as a `Vec` of per-place data. Unlike [`id`](Self::id), it is not
    /// stable: it depends on the data the crate was built with.
    ///
    /// # Examples
    ///
    /// ```
    /// let kyiv = toponym::place("kyiv").unwrap();
    /// assert_eq!(toponym::places().nth(kyiv.index()), Some(kyiv));
    /// ```
    pub fn index(self) -> usize {
        self.index as usize
    }

    /// The place's stable id, e.g. `"iturup"`, `"jp"`, `"kuril-islands"`.
    pub fn id(self) -> &'static str {
        tables::string(self.field(f::ID))
    }

    /// What kind of place this is.
    pub fn kind(self) -> Kind {
        Kind::ALL[self.field(f::KIND) as usize]
    }

    /// The places that contain this one geographically (not politically: see
    /// [`administered_by`](Self::administered_by) and [`claimed_by`](Self::claimed_by)).
    ///
    /// # Examples
    ///
    /// ```
    /// let iturup = toponym::place("iturup").unwrap();
    /// let parents: Vec<_> = iturup.parents().map(|p| p.id()).collect();
    /// assert!(parents.contains(&"kuril-islands"));
    /// ```
    pub fn parents(self) -> Places {
        self.places(f::PARENTS)
    }

    /// A representative point of the place, if known.
    pub fn coordinates(self) -> Option<Coordinates> {
        let (lat, lon) = (self.field(f::LAT) as i32, self.field(f::LON) as i32);
        (lat != NONE_I32).then(|| Coordinates {
            lat: lat as f64 / 1e6,
            lon: lon as f64 / 1e6,
        })
    }

    /// The ISO 3166-1 alpha-2 code (a former code for a historic state), e.g. `"JP"`.
    pub fn iso_alpha2(self) -> Option<&'static str> {
        tables::optional_string(self.field(f::ISO2))
    }

    /// The ISO 3166-1 alpha-3 code, e.g. `"JPN"`.
    pub fn iso_alpha3(self) -> Option<&'static str> {
        tables::optional_string(self.field(f::ISO3))
    }

    /// The ISO 3166-2 subdivision code, e.g. `"JP-01"` for Hokkaido.
    pub fn iso_subdivision(self) -> Option<&'static str> {
        tables::optional_string(self.field(f::ISO_SUB))
    }

    /// The place's main ISO code: alpha-2 for a country or territory, the ISO 3166-2 code
    /// for a subdivision.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(toponym::place("jp").unwrap().iso_code(), Some("JP"));
    /// assert_eq!(toponym::place("hokkaido").unwrap().iso_code(), Some("JP-01"));
    /// assert_eq!(toponym::place("iturup").unwrap().iso_code(), None);
    /// ```
    pub fn iso_code(self) -> Option<&'static str> {
        self.iso_alpha2().or_else(|| self.iso_subdivision())
    }

    /// The GeoNames id.
    pub fn geonames_id(self) -> Option<u32> {
        Some(self.field(f::GEONAMES)).filter(|&id| id != 0)
    }

    /// The Wikidata item id, e.g. `"Q17"`.
    pub fn wikidata_id(self) -> Option<&'static str> {
        tables::optional_string(self.field(f::WIKIDATA))
    }

    /// The countries that administer this place, for a disputed place.
    pub fn administered_by(self) -> Places {
        self.places(f::ADMINISTERED_BY)
    }

    /// The countries that claim this place, for a disputed place (the administering
    /// country included when it claims it too).
    pub fn claimed_by(self) -> Places {
        self.places(f::CLAIMED_BY)
    }

    /// Whether the data records competing claims on this place.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(toponym::place("south-kurils").unwrap().is_disputed());
    /// assert!(!toponym::place("hokkaido").unwrap().is_disputed());
    /// ```
    pub fn is_disputed(self) -> bool {
        let claimed = self.claimed_by();
        claimed.len() > 1
            || claimed
                .clone()
                .any(|c| !self.administered_by().any(|a| a == c))
    }

    /// Whether `area` contains this place: one of the places it is in (its parents, theirs,
    /// and so on), or a country that administers or claims it or one of those. A disputed
    /// place is inside each side's country.
    ///
    /// # Examples
    ///
    /// ```
    /// let iturup = toponym::place("iturup").unwrap();
    /// assert!(iturup.is_within(toponym::place("kuril-islands").unwrap()));
    /// assert!(iturup.is_within(toponym::place("ru").unwrap()));
    /// assert!(iturup.is_within(toponym::place("jp").unwrap()));
    /// assert!(!iturup.is_within(iturup));
    /// assert!(!iturup.is_within(toponym::place("ua").unwrap()));
    /// ```
    pub fn is_within(self, area: Place) -> bool {
        // Few places are more than four levels deep; this bounds the walk whatever the data.
        const MAX_ANCESTORS: usize = 32;
        if self == area {
            return false;
        }
        let mut stack = vec![self];
        let mut seen = 0;
        while let Some(p) = stack.pop() {
            seen += 1;
            if seen > MAX_ANCESTORS {
                break;
            }
            if p.administered_by().chain(p.claimed_by()).any(|c| c == area) {
                return true;
            }
            for parent in p.parents() {
                if parent == area {
                    return true;
                }
                stack.push(parent);
            }
        }
        false
    }

    /// The places that succeeded a historic state.
    pub fn succeeded_by(self) -> Places {
        self.places(f::SUCCEEDED_BY)
    }

    /// The historic states that this place succeeded: Dahomey for Benin, the Soviet Union
    /// for Russia. It looks through every place, so it is slower than
    /// [`succeeded_by`](Self::succeeded_by), its converse.
    ///
    /// # Examples
    ///
    /// ```
    /// let russia = toponym::place("ru").unwrap();
    /// assert!(russia.preceded_by().any(|p| p.id() == "su"));
    /// ```
    pub fn preceded_by(self) -> impl Iterator<Item = Place> {
        crate::places().filter(move |p| p.succeeded_by().any(|s| s == self))
    }

    /// The years a historic state existed.
    pub fn existed(self) -> Option<Years> {
        Years::from_words(self.field(f::FROM), self.field(f::UNTIL))
    }

    /// Whether the place existed in `year`: false only for a year outside the years it
    /// [`existed`](Self::existed), ends included. A place without such years (every
    /// place but the historic states) is taken to exist at any time.
    ///
    /// # Examples
    ///
    /// ```
    /// let su = toponym::place("su").unwrap();
    /// assert!(su.existed_in(1950));
    /// assert!(!su.existed_in(2000));
    /// let successors: Vec<_> = su.succeeded_by().map(|p| p.id()).collect();
    /// assert!(successors.contains(&"ru") && successors.contains(&"ua"));
    /// ```
    pub fn existed_in(self, year: i32) -> bool {
        self.existed().is_none_or(|y| y.contains(year))
    }

    /// The number of inhabitants, if known.
    pub fn population(self) -> Option<u32> {
        Some(self.field(f::POPULATION)).filter(|&p| p != 0)
    }

    /// How much the place matters when several places share a name: a country before a
    /// region, a big city before a small one. Only the order of these numbers means anything.
    pub fn importance(self) -> u32 {
        self.field(f::IMPORTANCE)
    }

    /// Every name of the place, grouped by language tag (in data order within a language).
    ///
    /// # Examples
    ///
    /// ```
    /// let su = toponym::place("su").unwrap();
    /// assert!(su.names().any(|n| n.text() == "СССР" && n.lang() == "ru"));
    /// ```
    pub fn names(self) -> Names {
        Names::of_place(self.names_range(), self.index() as u32)
    }

    /// Every name of the place, grouped by language tag: each tag once, with its names.
    ///
    /// # Examples
    ///
    /// ```
    /// let su = toponym::place("su").unwrap();
    /// let (_, russian) = su.names_by_language().find(|(lang, _)| *lang == "ru").unwrap();
    /// assert!(russian.map(|n| n.text()).any(|t| t == "СССР"));
    /// ```
    pub fn names_by_language(self) -> NamesByLanguage {
        NamesByLanguage::new(self.names())
    }

    pub(crate) fn names_range(self) -> core::ops::Range<u32> {
        let start = self.field(f::NAMES_START);
        start..start + self.field(f::NAMES_LEN)
    }

    /// The place's name in language `lang` (a BCP-47 tag), in general usage.
    ///
    /// Same as [`name_in(lang, None)`](Self::name_in).
    ///
    /// # Examples
    ///
    /// ```
    /// let kyiv = toponym::place("kyiv").unwrap();
    /// assert_eq!(kyiv.name("en").unwrap().text(), "Kyiv");
    /// assert_eq!(kyiv.name("uk").unwrap().text(), "Київ");
    /// ```
    pub fn name(self, lang: &str) -> Option<Name> {
        self.name_in(lang, None)
    }

    /// The place's name in language `lang`, as `worldview`'s usage when given.
    ///
    /// The fallback chain: the exact tag (`zh-Hant-TW`), then shorter forms of it (`zh-Hant`,
    /// `zh`), then any tag of the same language, then English, then any language.
    ///
    /// Whose usage: with a `worldview`, that country's usage comes first, then general usage;
    /// another country's usage is chosen only when no step of the chain has either. Without
    /// a worldview, the language comes first: at each step general usage is preferred, then
    /// the usage of the country that administers the place (the de facto name), then any.
    ///
    /// A historic name is chosen only when the place has no current name at all. Within a
    /// step the common name comes first, then the official, short, variant and abbreviated
    /// ones. `None` only when the place has no names.
    ///
    /// # Examples
    ///
    /// ```
    /// let area = toponym::place("south-kurils").unwrap();
    /// let japan = toponym::place("jp");
    /// let russia = toponym::place("ru");
    /// assert_eq!(area.name_in("en", japan).unwrap().text(), "Northern Territories");
    /// assert_eq!(area.name_in("en", russia).unwrap().text(), "Southern Kurils");
    /// assert_eq!(area.name_in("ja", japan).unwrap().text(), "北方領土");
    /// ```
    pub fn name_in(self, lang: &str, worldview: Option<Place>) -> Option<Name> {
        name::choose(self, lang, worldview, None)
    }

    /// The place's name that `query` asks for: [`name_in`](Self::name_in) with the query's
    /// language and worldview, as of its [year](NameQuery::year) when it has one.
    ///
    /// As of a year, the chain is the same, over the names in use that year: a name whose
    /// years include it, or a name without years that is not historic. Within a step of the
    /// chain, a name whose years include the year comes first. When no name was in use then,
    /// the chain falls back to today's choice. For a place that did not exist in that year
    /// ([`existed_in`](Self::existed_in)), the name is the one of the nearest year it
    /// existed: the Soviet Union as of 2000 is still named, as of 1991.
    ///
    /// # Examples
    ///
    /// ```
    /// use toponym::NameQuery;
    ///
    /// let area = toponym::place("south-kurils").unwrap();
    /// let query = NameQuery::new("en").worldview(toponym::place_by_iso("RU"));
    /// assert_eq!(area.name_for(&query).unwrap().text(), "Southern Kurils");
    ///
    /// let spb = toponym::place("saint-petersburg").unwrap();
    /// let in_year = |year| spb.name_for(&NameQuery::new("en").year(Some(year))).unwrap();
    /// assert_eq!(in_year(1950).text(), "Leningrad");
    /// assert_eq!(in_year(2000).text(), "Saint Petersburg");
    /// ```
    pub fn name_for(self, query: &NameQuery<'_>) -> Option<Name> {
        query.name_of(self)
    }
}

impl fmt::Debug for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Place").field(&self.id()).finish()
    }
}

impl fmt::Display for Place {
    /// Writes the place's id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

pub(crate) fn count() -> u32 {
    (tables::words(PLACES) / layout::place::FIELDS) as u32
}
