//! The JSON of places, names, matches, suggestions and mentions (feature `serde`).
//!
//! This is the one definition of that JSON: the command-line tool prints it with
//! `serde_json`, and the npm package returns the same objects (its tests compare them with
//! the tool's output field for field). `toponym-cli/schema/` holds its JSON Schema.
//!
//! A value that holds places shows each place's name in a language, as a country's usage: a
//! [`NameQuery`]. Serialized as it is, a value shows names in English in general usage;
//! [`NameQuery::localize`] wraps it to show them as the query asks.
//!
//! | value | JSON |
//! |---|---|
//! | [`Name`] | `{"text", "lang", "status", "worldview": [ISO 3166-1 codes], "years": {"from", "until"} or null, "source"}` |
//! | [`Place`] | `{"id", "kind", "name", "parents": [ids], "coordinates": {"lat", "lon"} or null, "iso2", "iso3", "iso_sub", "wikidata", "geonames", "administered_by", "claimed_by", "existed", "succeeded_by", "population", "names": {lang: [names without "lang"]}}` |
//! | [`Match`] | `{"id", "kind", "name", "matched": Name, "iso", "wikidata", "geonames"}` |
//! | [`Suggestion`] | a match's fields, and `"edits"` |
//! | [`Mention`] | `{"start", "end", "text", "id", "name", "matches": [Match]}`: byte offsets, and the most likely place's id and name |
//! | [`Found`] | a match's fields, and `"how": {"rule", "start", "end", "qualifier", "edits"}`: the rule of [`lookup`](crate::lookup), the byte range of the query it used, the qualifier's id or null |
//! | [`NotInside`] | `{"start", "end", "qualifier"}`: the name's byte range in the query, and the id of the place that holds no place of that name |
//!
//! `name` is the place's name as the query asks (`""` for a place without names); `iso` is
//! the alpha-2 code of a country or territory, or the ISO 3166-2 code of a subdivision;
//! a missing value is `null`.
//!
//! # Examples
//!
//! ```
//! use toponym::NameQuery;
//!
//! let m = toponym::resolve("北方領土").next().unwrap();
//! let json = serde_json::to_value(m).unwrap();
//! assert_eq!(json["id"], "south-kurils");
//! assert_eq!(json["name"], "Southern Kurils"); // English, the de facto name
//! assert_eq!(json["matched"]["text"], "北方領土");
//! assert_eq!(json["matched"]["worldview"], serde_json::json!(["JP"]));
//!
//! let as_japan = NameQuery::parse("en", Some("JP")).unwrap();
//! let json = serde_json::to_value(as_japan.localize(m)).unwrap();
//! assert_eq!(json["name"], "Northern Territories");
//! ```

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

use crate::{
    Coordinates, Found, How, Match, Mention, Name, NameQuery, Names, NotInside, Place, Places,
    Source, Suggestion, Years,
};

/// A value whose places show their name as a [`NameQuery`] asks; made by
/// [`NameQuery::localize`]. Serializes as the value does (see the [module](self)), with
/// each `"name"` chosen by the query.
#[derive(Debug, Clone, Copy)]
pub struct Localized<'q, T> {
    value: T,
    query: NameQuery<'q>,
}

impl<'q> NameQuery<'q> {
    /// Wraps `value` to serialize with each place's name chosen by this query.
    ///
    /// # Examples
    ///
    /// ```
    /// use toponym::NameQuery;
    ///
    /// let kyiv = toponym::place("kyiv").unwrap();
    /// let json = serde_json::to_value(NameQuery::new("uk").localize(kyiv)).unwrap();
    /// assert_eq!(json["name"], "Київ");
    /// ```
    pub fn localize<T>(self, value: T) -> Localized<'q, T> {
        Localized { value, query: self }
    }
}

impl<T> Localized<'_, T> {
    /// The wrapped value.
    pub fn value(&self) -> &T {
        &self.value
    }
}

impl Serialize for Coordinates {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Coordinates", 2)?;
        st.serialize_field("lat", &self.lat)?;
        st.serialize_field("lon", &self.lon)?;
        st.end()
    }
}

impl Serialize for Years {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Years", 2)?;
        st.serialize_field("from", &self.from)?;
        st.serialize_field("until", &self.until)?;
        st.end()
    }
}

impl Serialize for Source {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Source", 5)?;
        st.serialize_field("id", self.id)?;
        st.serialize_field("title", self.title)?;
        st.serialize_field("version", self.version)?;
        st.serialize_field("licence", self.licence)?;
        st.serialize_field("attribution", self.attribution)?;
        st.end()
    }
}

/// Places, as their ids.
struct Ids(Places);

impl Serialize for Ids {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.clone().map(Place::id))
    }
}

/// A worldview's countries, as their ISO 3166-1 alpha-2 codes (the build checks that every
/// worldview country has one).
struct WorldviewCodes(Places);

impl Serialize for WorldviewCodes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.clone().map(|c| c.iso_alpha2().unwrap_or_default()))
    }
}

/// A name, with or without its language (which a group of names by language gives once).
struct NameFields {
    name: Name,
    with_lang: bool,
}

impl Serialize for NameFields {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let n = self.name;
        let mut st = s.serialize_struct("Name", 5 + usize::from(self.with_lang))?;
        st.serialize_field("text", n.text())?;
        if self.with_lang {
            st.serialize_field("lang", n.lang())?;
        }
        st.serialize_field("status", &n.status())?;
        st.serialize_field("worldview", &WorldviewCodes(n.worldview()))?;
        st.serialize_field("years", &n.years())?;
        st.serialize_field("source", n.source().id)?;
        st.end()
    }
}

impl Serialize for Name {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        NameFields {
            name: *self,
            with_lang: true,
        }
        .serialize(s)
    }
}

/// A place's names, grouped by language: `{lang: [names without "lang"]}`.
struct NamesByLanguage(Place);

impl Serialize for NamesByLanguage {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        for (lang, names) in self.0.names_by_language() {
            map.serialize_entry(lang, &Group(names))?;
        }
        map.end()
    }
}

struct Group(Names);

impl Serialize for Group {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.clone().map(|name| NameFields {
            name,
            with_lang: false,
        }))
    }
}

/// The place's name as the query asks, `""` for a place without names.
fn shown_name(place: Place, query: &NameQuery<'_>) -> &'static str {
    place.name_for(query).map_or("", |n| n.text())
}

impl Serialize for Localized<'_, Place> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.value;
        let mut st = s.serialize_struct("Place", 16)?;
        st.serialize_field("id", p.id())?;
        st.serialize_field("kind", &p.kind())?;
        st.serialize_field("name", shown_name(p, &self.query))?;
        st.serialize_field("parents", &Ids(p.parents()))?;
        st.serialize_field("coordinates", &p.coordinates())?;
        st.serialize_field("iso2", &p.iso_alpha2())?;
        st.serialize_field("iso3", &p.iso_alpha3())?;
        st.serialize_field("iso_sub", &p.iso_subdivision())?;
        st.serialize_field("wikidata", &p.wikidata_id())?;
        st.serialize_field("geonames", &p.geonames_id())?;
        st.serialize_field("administered_by", &Ids(p.administered_by()))?;
        st.serialize_field("claimed_by", &Ids(p.claimed_by()))?;
        st.serialize_field("existed", &p.existed())?;
        st.serialize_field("succeeded_by", &Ids(p.succeeded_by()))?;
        st.serialize_field("population", &p.population())?;
        st.serialize_field("names", &NamesByLanguage(p))?;
        st.end()
    }
}

/// The fields of a match, written into a struct that may have more.
fn match_fields<S: SerializeStruct>(
    st: &mut S,
    m: Match,
    query: &NameQuery<'_>,
) -> Result<(), S::Error> {
    let place = m.place();
    st.serialize_field("id", place.id())?;
    st.serialize_field("kind", &place.kind())?;
    st.serialize_field("name", shown_name(place, query))?;
    st.serialize_field("matched", &m.name())?;
    st.serialize_field("iso", &place.iso_code())?;
    st.serialize_field("wikidata", &place.wikidata_id())?;
    st.serialize_field("geonames", &place.geonames_id())
}

impl Serialize for Localized<'_, Match> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Match", 7)?;
        match_fields(&mut st, self.value, &self.query)?;
        st.end()
    }
}

impl Serialize for Localized<'_, Suggestion> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Suggestion", 8)?;
        match_fields(&mut st, self.value.matched(), &self.query)?;
        st.serialize_field("edits", &self.value.edits())?;
        st.end()
    }
}

impl Serialize for How {
    /// `{"rule", "start", "end", "qualifier": id or null, "edits"}`
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let span = self.span();
        let mut st = s.serialize_struct("How", 5)?;
        st.serialize_field("rule", self.rule().as_str())?;
        st.serialize_field("start", &span.start)?;
        st.serialize_field("end", &span.end)?;
        st.serialize_field("qualifier", &self.qualifier().map(Place::id))?;
        st.serialize_field("edits", &self.edits())?;
        st.end()
    }
}

impl Serialize for NotInside {
    /// `{"start", "end", "qualifier": id}`
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let span = self.span();
        let mut st = s.serialize_struct("NotInside", 3)?;
        st.serialize_field("start", &span.start)?;
        st.serialize_field("end", &span.end)?;
        st.serialize_field("qualifier", self.qualifier().id())?;
        st.end()
    }
}

impl Serialize for Localized<'_, Found> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Found", 8)?;
        match_fields(&mut st, self.value.matched(), &self.query)?;
        st.serialize_field("how", &self.value.how())?;
        st.end()
    }
}

impl Serialize for Found {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        NameQuery::default().localize(*self).serialize(s)
    }
}

impl Serialize for Localized<'_, &Mention<'_>> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let m = self.value;
        let best = m.best().place();
        let mut st = s.serialize_struct("Mention", 6)?;
        st.serialize_field("start", &m.start())?;
        st.serialize_field("end", &m.end())?;
        st.serialize_field("text", m.text())?;
        st.serialize_field("id", best.id())?;
        st.serialize_field("name", shown_name(best, &self.query))?;
        let matches: Vec<_> = m.matches().map(|x| self.query.localize(x)).collect();
        st.serialize_field("matches", &matches)?;
        st.end()
    }
}

impl Serialize for Place {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        NameQuery::default().localize(*self).serialize(s)
    }
}

impl Serialize for Match {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        NameQuery::default().localize(*self).serialize(s)
    }
}

impl Serialize for Suggestion {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        NameQuery::default().localize(*self).serialize(s)
    }
}

impl Serialize for Mention<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        NameQuery::default().localize(self).serialize(s)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn field_counts_agree_with_the_fields_written() {
        // serde_json ignores the declared count; a serializer that trusts it (bincode-like
        // formats) would not. Count what each writes.
        let place = crate::place("su").unwrap();
        let v = serde_json::to_value(place).unwrap();
        assert_eq!(v.as_object().unwrap().len(), 16);
        let m = crate::resolve("Kyiv").next().unwrap();
        assert_eq!(
            serde_json::to_value(m).unwrap().as_object().unwrap().len(),
            7
        );
        let s = crate::suggest("Kyi", 1)[0];
        assert_eq!(
            serde_json::to_value(s).unwrap().as_object().unwrap().len(),
            8
        );
        let text = "Kyiv";
        let mention = &crate::find_in_text(text)[0];
        assert_eq!(
            serde_json::to_value(mention)
                .unwrap()
                .as_object()
                .unwrap()
                .len(),
            6
        );
        let name = serde_json::to_value(m.name()).unwrap();
        assert_eq!(name.as_object().unwrap().len(), 6);
    }
}
