//! Which of a place's names to show, and the checks of what users ask for.

use core::fmt;

use crate::{Kind, Name, Place, Years};

/// Which of a place's names to show: a language, and optionally the country whose usage to
/// prefer (its worldview) and the year as of which to name it.
///
/// [`Place::name_for`] takes one; the JSON of places, matches, suggestions and mentions
/// (feature `serde`, see [`json`](crate::json)) shows each place's name as one asks. The
/// default is English in general usage.
///
/// # Examples
///
/// ```
/// use toponym::NameQuery;
///
/// let area = toponym::place("south-kurils").unwrap();
/// let as_japan = NameQuery::new("en").worldview(toponym::place_by_iso("JP"));
/// assert_eq!(area.name_for(&as_japan).unwrap().text(), "Northern Territories");
///
/// // From what a user typed: a checked language tag and country code.
/// let q = NameQuery::parse("ja", Some("RU")).unwrap();
/// assert_eq!(area.name_for(&q).unwrap().text(), "南クリル諸島");
/// assert!(NameQuery::parse("ja", Some("XX")).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameQuery<'a> {
    lang: &'a str,
    worldview: Option<Place>,
    year: Option<i32>,
}

impl Default for NameQuery<'_> {
    fn default() -> Self {
        NameQuery::new("en")
    }
}

impl<'a> NameQuery<'a> {
    /// Names in language `lang` (a BCP-47 tag such as `"ja"` or `"zh-Hant"`), in general
    /// usage. The tag is not checked: an unknown one falls back as
    /// [`Place::name_in`] describes. [`parse`](Self::parse) checks it.
    pub const fn new(lang: &'a str) -> Self {
        NameQuery {
            lang,
            worldview: None,
            year: None,
        }
    }

    /// The same, as `worldview`'s usage when given: a country, as
    /// [`Place::name_in`] takes it.
    pub const fn worldview(self, worldview: Option<Place>) -> Self {
        NameQuery { worldview, ..self }
    }

    /// The same, as of `year` when given (negative years are BCE): the name in use that
    /// year, as [`Place::name_for`] describes. Any year has an answer; a name whose years
    /// have an open end is in use for every year on that side.
    ///
    /// # Examples
    ///
    /// ```
    /// use toponym::NameQuery;
    ///
    /// let volgograd = toponym::place("volgograd").unwrap();
    /// let in_year = |year| NameQuery::new("ru").year(Some(year));
    /// assert_eq!(volgograd.name_for(&in_year(1950)).unwrap().text(), "Сталинград");
    /// assert_eq!(volgograd.name_for(&in_year(1970)).unwrap().text(), "Волгоград");
    /// assert_eq!(volgograd.name_for(&in_year(1900)).unwrap().text(), "Царицын");
    /// assert_eq!(volgograd.name_for(&in_year(i32::MAX)).unwrap().text(), "Волгоград");
    /// ```
    pub const fn year(self, year: Option<i32>) -> Self {
        NameQuery { year, ..self }
    }

    /// A query from what a user gave: a language tag, checked to be shaped like BCP-47
    /// (letters, digits and hyphens, 1 to 35 bytes), and an ISO 3166-1 code (alpha-2 or
    /// alpha-3, any case) of a country or former country whose usage to prefer.
    pub fn parse(lang: &'a str, worldview: Option<&str>) -> Result<Self, QueryError> {
        let query = NameQuery::new(check_language_tag(lang)?);
        match worldview {
            None => Ok(query),
            Some(code) => Ok(query.worldview(Some(country_by_code(code)?))),
        }
    }

    /// The language tag.
    pub const fn lang(&self) -> &'a str {
        self.lang
    }

    /// The country whose usage is preferred, if any.
    pub const fn worldview_country(&self) -> Option<Place> {
        self.worldview
    }

    /// The year as of which names are chosen, if any.
    pub const fn in_year(&self) -> Option<i32> {
        self.year
    }

    /// The name of `place` this query asks for; see [`Place::name_for`].
    pub(crate) fn name_of(&self, place: Place) -> Option<Name> {
        // A place asked about outside its years is named as of the nearest year it existed.
        let year = self.year.map(|year| match place.existed() {
            Some(Years { from: Some(f), .. }) if year < f => f,
            Some(Years { until: Some(u), .. }) if year > u => u,
            _ => year,
        });
        crate::name::choose(place, self.lang, self.worldview, year)
    }
}

/// Checks that `tag` is shaped like a BCP-47 language tag: 1 to 35 bytes of ASCII letters,
/// digits and hyphens. Returns it.
fn check_language_tag(tag: &str) -> Result<&str, QueryError> {
    let ok = !tag.is_empty()
        && tag.len() <= 35
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if ok {
        Ok(tag)
    } else {
        Err(QueryError::new(QueryField::Lang, tag))
    }
}

/// The country or former country with this ISO 3166-1 code (alpha-2 or alpha-3, any case):
/// a worldview as users write it.
fn country_by_code(code: &str) -> Result<Place, QueryError> {
    crate::place_by_iso(code)
        .filter(|p| matches!(p.kind(), Kind::Country | Kind::HistoricState))
        .ok_or_else(|| QueryError::new(QueryField::Worldview, code))
}

/// Which part of a [`NameQuery`] was wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryField {
    /// The language tag.
    Lang,
    /// The worldview's country code.
    Worldview,
}

/// The error of [`NameQuery::parse`]: a language tag of the wrong shape, or a code that is
/// not a country's.
///
/// Its message names the value but not the field, so that a command-line tool can put its
/// option before it (`--lang "x y" is not a language tag`) and a library its argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    field: QueryField,
    value: String,
}

impl QueryError {
    fn new(field: QueryField, value: &str) -> QueryError {
        QueryError {
            field,
            value: value.to_string(),
        }
    }

    /// Which part of the query was wrong.
    pub fn field(&self) -> QueryField {
        self.field
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.field {
            QueryField::Lang => write!(f, "{:?} is not a language tag", self.value),
            QueryField::Worldview => write!(
                f,
                "{:?} is not a known country code (ISO 3166-1, e.g. \"JP\")",
                self.value
            ),
        }
    }
}

impl std::error::Error for QueryError {}
