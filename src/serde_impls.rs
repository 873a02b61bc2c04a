//! `serde::Serialize` for the public types (feature `serde`).
//!
//! Places referred to from another value (parents, claimants, a match's place) serialize as
//! their ids; a worldview as its countries' ISO alpha-2 codes, as given to
//! [`Place::name_in`](crate::Place::name_in) users and the CLI's `--worldview`.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{Coordinates, Kind, Match, Name, Place, Source, Status, Years};

impl Serialize for Kind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
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

fn ids(places: impl Iterator<Item = Place>) -> Vec<&'static str> {
    places.map(Place::id).collect()
}

/// The codes a worldview is written with: ISO alpha-2, or the id where there is none.
pub(crate) fn worldview_codes(name: Name) -> Vec<&'static str> {
    name.worldview()
        .map(|c| c.iso_alpha2().unwrap_or(c.id()))
        .collect()
}

impl Serialize for Name {
    /// `{"text", "lang", "status", "worldview": [ISO codes], "years", "source"}`
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Name", 6)?;
        st.serialize_field("text", self.text())?;
        st.serialize_field("lang", self.lang())?;
        st.serialize_field("status", &self.status())?;
        st.serialize_field("worldview", &worldview_codes(*self))?;
        st.serialize_field("years", &self.years())?;
        st.serialize_field("source", self.source().id)?;
        st.end()
    }
}

impl Serialize for Place {
    /// Every fact about the place, and all its names.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = *self;
        let mut st = s.serialize_struct("Place", 16)?;
        st.serialize_field("id", p.id())?;
        st.serialize_field("kind", &p.kind())?;
        st.serialize_field("parents", &ids(p.parents()))?;
        st.serialize_field("coordinates", &p.coordinates())?;
        st.serialize_field("iso2", &p.iso_alpha2())?;
        st.serialize_field("iso3", &p.iso_alpha3())?;
        st.serialize_field("iso_sub", &p.iso_subdivision())?;
        st.serialize_field("geonames", &p.geonames_id())?;
        st.serialize_field("wikidata", &p.wikidata_id())?;
        st.serialize_field("administered_by", &ids(p.administered_by()))?;
        st.serialize_field("claimed_by", &ids(p.claimed_by()))?;
        st.serialize_field("existed", &p.existed())?;
        st.serialize_field("succeeded_by", &ids(p.succeeded_by()))?;
        st.serialize_field("population", &p.population())?;
        st.serialize_field("names", &p.names().collect::<Vec<_>>())?;
        st.end()
    }
}

impl Serialize for Match {
    /// `{"place": id, "name": Name}`
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Match", 2)?;
        st.serialize_field("place", self.place().id())?;
        st.serialize_field("name", &self.name())?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn serializes() {
        let m = crate::resolve("北方領土").next().unwrap();
        let v = serde_json::to_value(m).unwrap();
        assert_eq!(v["place"], "south-kurils");
        assert_eq!(v["name"]["worldview"], serde_json::json!(["JP"]));
        let p = serde_json::to_value(crate::place("su").unwrap()).unwrap();
        assert_eq!(p["kind"], "historic-state");
        assert_eq!(p["existed"]["from"], 1922);
        assert_eq!(p["succeeded_by"].as_array().unwrap().len(), 15);
    }
}
