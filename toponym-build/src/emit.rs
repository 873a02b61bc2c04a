//! Writes the validated data as compact tables in `OUT_DIR`: one string blob, `u32`
//! arrays included with `include_bytes!` (fast to compile at any size), and a perfect hash
//! over the folded name keys (PtrHash from `phf_generator`, with the hash of
//! `toponym_shared::key_hash`).

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use toponym_shared::fold::fold;
use toponym_shared::layout::{self, NONE_I32};
use toponym_shared::variants::variant_keys;
use toponym_shared::{Kind, Status, kind_weight, status_class};

use crate::load::{Dataset, Name, Place};
use crate::suggest::Ranked;
use toponym_shared::suggest::{Completion, exact_comes_first, is_long_form, kind_group, rank};

/// The string blob (see `layout::string`), each string once.
#[derive(Default)]
struct Strings {
    text: String,
    ids: HashMap<String, u32>,
    /// The offset of each string's length in `text`.
    offsets: Vec<u32>,
}

impl Strings {
    fn new() -> Self {
        let mut s = Strings::default();
        s.id(""); // id 0 is the empty string, which stands for "none"
        s
    }

    fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.offsets.len() as u32;
        self.offsets.push(self.text.len() as u32);
        layout::string::push_len(s.len(), &mut self.text);
        self.text.push_str(s);
        self.ids.insert(s.to_string(), id);
        id
    }

    /// The byte offset of the text of the string with id `id`.
    fn start(&self, id: u32) -> u32 {
        let at = self.offsets[id as usize] as usize;
        layout::string::range(self.text.as_bytes(), at).start as u32
    }

    /// The offsets of every `GROUP`-th string.
    fn groups(&self) -> Vec<u32> {
        self.offsets
            .iter()
            .step_by(layout::string::GROUP)
            .copied()
            .collect()
    }
}

#[derive(Default)]
struct Lists(Vec<u32>);

impl Lists {
    fn new() -> Self {
        Lists(vec![0]) // offset 0 is the empty list
    }

    fn add(&mut self, items: &[usize]) -> u32 {
        if items.is_empty() {
            return 0;
        }
        let offset = self.0.len() as u32;
        self.0.push(items.len() as u32);
        self.0.extend(items.iter().map(|&i| i as u32));
        offset
    }
}

/// The keys of a name, each with whether it is the name without its generic term: its own
/// and the variants of its language (see [`variant_keys`]), as written and without the
/// generic term. None empty, none twice.
fn keys_of(n: &Name) -> Vec<(bool, String)> {
    let mut keys: Vec<(bool, String)> = Vec::with_capacity(2);
    let forms = [(false, Some(&n.text)), (true, n.without_generic.as_ref())];
    let mut variants = Vec::new();
    for (stripped, form) in forms {
        let Some(form) = form else { continue };
        variants.clear();
        variants.push(fold(form));
        variant_keys(&n.lang, form, &mut variants);
        for key in variants.drain(..) {
            if !key.is_empty() && !keys.iter().any(|(_, k)| *k == key) {
                keys.push((stripped, key));
            }
        }
    }
    keys
}

fn year(y: Option<i32>) -> u32 {
    y.unwrap_or(NONE_I32) as u32
}

fn micro_degrees(d: f64) -> u32 {
    (d * 1e6).round() as i32 as u32
}

/// The importance of a city of this many inhabitants.
fn city_importance(population: u64) -> u32 {
    kind_weight(Kind::City) * 10 + (20.0 * (population as f64 + 1.0).log10()).round() as u32
}

/// How much a place matters when several share a name: its kind first, then its population.
///
/// A first-level region, whose population the data does not give, counts as a city of a
/// million inhabitants: a bigger city comes before a region of the same name (Tokyo, Москва,
/// Buenos Aires), a region before a smaller city (Ontario before Ontario, California).
fn base_importance(p: &Place) -> u32 {
    match (p.kind, p.population) {
        (Kind::Region, None) => city_importance(1_000_000) + 1,
        (kind, population) => {
            let population = population.unwrap_or(0) as f64;
            kind_weight(kind) * 10 + (20.0 * (population + 1.0).log10()).round() as u32
        }
    }
}

/// Every place's importance. A city that shares a name with a region containing it comes
/// just before that region whatever its size: the region is named after the city (Québec,
/// Tucumán, Salzburg), and the city is what the name means first.
fn importances(data: &Dataset, name_keys: &[Vec<String>]) -> Vec<u32> {
    let mut importance: Vec<u32> = data.places.iter().map(base_importance).collect();
    city_before_namesake_region(data, name_keys, &mut importance);
    importance
}

/// Raises the value of each city that shares a name with a region containing it to just
/// above that region's.
fn city_before_namesake_region(data: &Dataset, name_keys: &[Vec<String>], value: &mut [u32]) {
    let mut region_keys: HashMap<usize, HashSet<&str>> = HashMap::new();
    for (n, keys) in data.names.iter().zip(name_keys) {
        if data.places[n.place].kind == Kind::Region {
            let set = region_keys.entry(n.place).or_default();
            set.extend(keys.iter().map(String::as_str));
        }
    }
    for (n, keys) in data.names.iter().zip(name_keys) {
        let place = &data.places[n.place];
        if place.kind != Kind::City {
            continue;
        }
        for &parent in &place.parents {
            let Some(parent_keys) = region_keys.get(&parent) else {
                continue;
            };
            if keys.iter().any(|k| parent_keys.contains(k.as_str())) {
                value[n.place] = value[n.place].max(value[parent] + 1);
            }
        }
    }
}

/// Every place's prominence for `suggest` (see [`toponym_shared::suggest::prominence`]):
/// from its kind, population and the number of languages that name it. A place whose
/// population the data does not give (regions, world regions) counts at least the people of
/// its cities (Guangdong, California); and, as for `resolve`'s importance, a city comes just
/// before a region that contains it and shares its name.
fn prominences(data: &Dataset, name_keys: &[Vec<String>]) -> Vec<u8> {
    let mut languages: Vec<HashSet<&str>> = vec![HashSet::new(); data.places.len()];
    for n in &data.names {
        if n.lang != "und" {
            languages[n.place].insert(toponym_shared::languages::primary_subtag(&n.lang));
        }
    }
    let mut in_cities = vec![0u64; data.places.len()];
    for p in data.places.iter().filter(|p| p.kind == Kind::City) {
        for &parent in &p.parents {
            in_cities[parent] += p.population.unwrap_or(0);
        }
    }
    let mut prominence: Vec<u32> = data
        .places
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let population = p.population.unwrap_or(in_cities[i]);
            toponym_shared::suggest::prominence(p.kind, population, languages[i].len()).into()
        })
        .collect();
    city_before_namesake_region(data, name_keys, &mut prominence);
    prominence.iter().map(|&p| p.min(255) as u8).collect()
}

/// Writes the tables of `data` to `out`, and `tables.rs`, which declares them; the key
/// transducer too when `embed_key_transducer` (else the library builds it on first use).
pub fn emit(
    data: &Dataset,
    dropped: &[Name],
    out: &Path,
    embed_key_transducer: bool,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut strings = Strings::new();
    let mut lists = Lists::new();

    let mut order: Vec<usize> = (0..data.names.len()).collect();
    // Names are stored grouped by place and, within a place, by language tag (in data order
    // within a language), so that `Place::name` finds a language by binary search.
    order.sort_by(|&a, &b| {
        let (a, b) = (&data.names[a], &data.names[b]);
        (a.place, a.lang.as_str()).cmp(&(b.place, b.lang.as_str()))
    });
    let mut name_index = vec![0u32; data.names.len()];
    for (new, &old) in order.iter().enumerate() {
        name_index[old] = new as u32;
    }
    let mut names_start = vec![0u32; data.places.len()];
    let mut names_len = vec![0u32; data.places.len()];
    let mut names = Vec::with_capacity(order.len() * layout::name::FIELDS);
    let mut name_extras = Vec::new();
    let mut languages: Vec<&str> = data.names.iter().map(|n| n.lang.as_str()).collect();
    languages.sort_unstable();
    languages.dedup();
    if languages.len() > layout::name::LANG_MASK as usize + 1 {
        return Err(format!(
            "{} language tags, the table holds {}",
            languages.len(),
            layout::name::LANG_MASK + 1
        )
        .into());
    }
    if data.sources.len() > layout::name::SOURCE_MASK as usize + 1 {
        return Err(format!(
            "{} sources, the table holds {}",
            data.sources.len(),
            layout::name::SOURCE_MASK + 1
        )
        .into());
    }
    let language_table: Vec<u32> = languages.iter().map(|l| strings.id(l)).collect();
    for (new, &old) in order.iter().enumerate() {
        let n = &data.names[old];
        if names_len[n.place] == 0 {
            names_start[n.place] = new as u32;
        }
        names_len[n.place] += 1;
        let lang = languages.binary_search(&n.lang.as_str()).unwrap_or(0) as u32;
        let has_extra = !n.worldview.is_empty() || n.from.is_some() || n.until.is_some();
        let mut record = [0u32; layout::name::FIELDS];
        record[layout::name::PLACE] = n.place as u32;
        record[layout::name::TEXT] = strings.id(&n.text);
        // Its keys right after it, where they are most alike to what gzip has just seen
        // ("السعودية", then "السعوديه"); the key table points at them.
        for (_, key) in keys_of(n) {
            strings.id(&key);
        }
        record[layout::name::PACKED] = lang
            | (n.status as u32) << layout::name::STATUS_SHIFT
            | (n.source as u32) << layout::name::SOURCE_SHIFT
            | if has_extra {
                layout::name::HAS_EXTRA
            } else {
                0
            };
        if has_extra {
            let mut extra = [0u32; layout::name_extra::FIELDS];
            extra[layout::name_extra::NAME] = new as u32;
            extra[layout::name_extra::WORLDVIEW] = lists.add(&n.worldview);
            extra[layout::name_extra::FROM] = year(n.from);
            extra[layout::name_extra::UNTIL] = year(n.until);
            name_extras.extend(extra);
        }
        names.extend(record);
    }

    // The folded keys of every name: its text, and its form without a generic term.
    let name_keys: Vec<Vec<String>> = data
        .names
        .iter()
        .map(|n| keys_of(n).into_iter().map(|(_, k)| k).collect())
        .collect();
    let importance = importances(data, &name_keys);

    let mut places = Vec::with_capacity(data.places.len() * layout::place::FIELDS);
    for (i, p) in data.places.iter().enumerate() {
        use layout::place as f;
        let mut record = [0u32; f::FIELDS];
        record[f::ID] = strings.id(&p.id);
        record[f::KIND] = p.kind as u32;
        record[f::IMPORTANCE] = importance[i];
        let (lat, lon) = p
            .coords
            .map_or((NONE_I32 as u32, NONE_I32 as u32), |(lat, lon)| {
                (micro_degrees(lat), micro_degrees(lon))
            });
        record[f::LAT] = lat;
        record[f::LON] = lon;
        record[f::ISO2] = strings.id(&p.iso2);
        record[f::ISO3] = strings.id(&p.iso3);
        record[f::ISO_SUB] = strings.id(&p.iso_sub);
        record[f::GEONAMES] = p.geonames.unwrap_or(0);
        record[f::WIKIDATA] = strings.id(&p.wikidata);
        record[f::PARENTS] = lists.add(&p.parents);
        record[f::ADMINISTERED_BY] = lists.add(&p.administered_by);
        record[f::CLAIMED_BY] = lists.add(&p.claimed_by);
        record[f::SUCCEEDED_BY] = lists.add(&p.succeeded_by);
        record[f::FROM] = year(p.from);
        record[f::UNTIL] = year(p.until);
        record[f::POPULATION] = p.population.unwrap_or(0).min(u32::MAX as u64) as u32;
        record[f::NAMES_START] = names_start[i];
        record[f::NAMES_LEN] = names_len[i];
        places.extend(record);
    }

    // Every name is a key, and so is its form without a generic term. A place is listed
    // once per key, under its best-ranked name for that key.
    // A name matched in full is preferred to one matched without its generic term.
    let mut by_key: HashMap<String, Vec<(bool, u32)>> = HashMap::new();
    for (i, n) in data.names.iter().enumerate() {
        for (stripped, key) in keys_of(n) {
            by_key
                .entry(key)
                .or_default()
                .push((stripped, name_index[i]));
        }
    }
    let name_of = |new: u32| &data.names[order[new as usize]];
    // The places with a common name in a language, counting the names the cut leaves out:
    // an official name beside one is a long form (`is_long_form`), in any cut.
    let common: HashSet<(usize, &str)> = data
        .names
        .iter()
        .chain(dropped)
        .filter(|n| n.status == Status::Common)
        .map(|n| (n.place, toponym_shared::languages::primary_subtag(&n.lang)))
        .collect();
    let mut keys: Vec<String> = by_key.keys().cloned().collect();
    keys.sort();
    if order.len() > layout::MATCH_NAME_MASK as usize {
        return Err(format!(
            "{} names, the match table holds {}",
            order.len(),
            layout::MATCH_NAME_MASK
        )
        .into());
    }
    let mut key_lists: Vec<Vec<u32>> = Vec::with_capacity(keys.len());
    let mut max_key_bytes = 0;
    for key in &keys {
        max_key_bytes = max_key_bytes.max(key.len());
        let list = match_list(&by_key[key], &name_of, &importance, &common);
        key_lists.push(list);
    }
    // The names that the cut left out, as language packs.
    let packs = crate::packs::packs(
        dropped,
        order.len() as u32,
        keys_of,
        &by_key,
        name_of,
        |entries, name_of| match_list(entries, name_of, &importance, &common),
    );
    let prominence = prominences(data, &name_keys);
    let ranked: Vec<Vec<Ranked>> = key_lists
        .iter()
        .map(|list| {
            list.iter()
                .map(|&word| {
                    let n = word & layout::MATCH_NAME_MASK;
                    let name = name_of(n);
                    let lang = toponym_shared::languages::primary_subtag(&name.lang);
                    let completion = Completion {
                        prominence: prominence[name.place],
                        status: name.status,
                        widely_used: word & layout::WIDELY_USED_MATCH != 0,
                        rare: word & layout::RARE_MATCH != 0,
                        english: lang == "en" || word & layout::ENGLISH_MATCH != 0,
                        long_form: word & layout::LONG_FORM_MATCH != 0,
                        place: name.place as u32,
                        name: n,
                    };
                    Ranked {
                        rank: rank(&completion),
                        word,
                        place: name.place as u32,
                        exact_first: exact_comes_first(name.status, completion.widely_used),
                        group: kind_group(data.places[name.place].kind),
                    }
                })
                .collect()
        })
        .collect();
    let precomputed = crate::suggest::precompute(&keys, &ranked);
    let state = phf_generator::ptrhash::generate_hash_with_hash_fn(&keys, |key, seed| {
        toponym_shared::key_hash::key_hash(key.as_bytes(), *seed)
    });
    // The match lists in slot order, so that the starts ascend (see `layout::key`).
    let mut slots = Vec::with_capacity(keys.len() * layout::key::FIELDS);
    let mut matches = Vec::new();
    let mut key_matches = Vec::with_capacity(keys.len());
    for &k in &state.map {
        let mut record = [0u32; layout::key::FIELDS];
        let id = strings.id(&keys[k]);
        record[layout::key::TEXT_START] = strings.start(id);
        let (text_len, matches_len) = (keys[k].len() as u32, key_lists[k].len() as u32);
        if text_len > layout::key::TEXT_LEN_MASK
            || matches_len >= 1 << (32 - layout::key::TEXT_LEN_BITS)
        {
            return Err(format!("key {:?} is too long or names too many places", keys[k]).into());
        }
        record[layout::key::LENGTHS] = text_len | matches_len << layout::key::TEXT_LEN_BITS;
        key_matches.push(matches.len() as u32);
        matches.extend(&key_lists[k]);
        slots.extend(record);
    }

    // Sorted indexes for lookups by id and by code.
    let mut by_id: Vec<u32> = (0..data.places.len() as u32).collect();
    by_id.sort_by(|&a, &b| data.places[a as usize].id.cmp(&data.places[b as usize].id));
    let mut by_code: Vec<(String, u32)> = Vec::new();
    let mut by_geonames: Vec<(u32, u32)> = Vec::new();
    for (i, p) in data.places.iter().enumerate() {
        for code in [&p.iso2, &p.iso3, &p.iso_sub, &p.wikidata] {
            if !code.is_empty() {
                by_code.push((code.clone(), i as u32));
            }
        }
        if let Some(g) = p.geonames {
            by_geonames.push((g, i as u32));
        }
    }
    by_code.sort();
    by_geonames.sort();
    let by_code: Vec<u32> = by_code
        .iter()
        .flat_map(|(c, p)| [strings.id(c), *p])
        .collect();
    let by_geonames: Vec<u32> = by_geonames.iter().flat_map(|&(g, p)| [g, p]).collect();

    // Tables of records column by column (see `layout`).
    let places = layout::columns(&places, layout::place::FIELDS);
    let names = layout::columns(&names, layout::name::FIELDS);
    let name_extras = layout::columns(&name_extras, layout::name_extra::FIELDS);
    let slots = layout::columns(&slots, layout::key::FIELDS);

    let string_groups = strings.groups();
    let blobs: [(&str, &[u32]); 14] = [
        ("STRING_GROUPS", &string_groups),
        ("LISTS", &lists.0),
        ("PLACES", &places),
        ("NAMES", &names),
        ("NAME_EXTRAS", &name_extras),
        ("LANGUAGES", &language_table),
        ("KEYS", &slots),
        ("KEY_MATCHES", &key_matches),
        ("MATCHES", &matches),
        ("BY_ID", &by_id),
        ("BY_CODE", &by_code),
        ("BY_GEONAMES", &by_geonames),
        ("SUGGEST_INDEX", &precomputed.index),
        ("SUGGEST_COMPLETIONS", &precomputed.completions),
    ];
    let table_bytes: usize = strings.text.len()
        + prominence.len()
        + precomputed.prefixes.len()
        + state.pilots.len()
        + state.remap.len() * 4
        + blobs.iter().map(|(_, b)| b.len() * 4).sum::<usize>();
    let mut rs = String::new();
    writeln!(
        rs,
        "// @generated by toponym-build from the files in data/. Do not edit."
    )?;
    writeln!(
        rs,
        "// {} places, {} names, {} keys; {} bytes of tables.",
        data.places.len(),
        data.names.len(),
        keys.len(),
        table_bytes
    )?;
    // The build's id, which a language pack must carry to be loaded: a hash of the
    // tables and of the packs.
    let mut fingerprint: Vec<u8> = strings.text.as_bytes().to_vec();
    for (_, words) in &blobs {
        fingerprint.extend(words.iter().flat_map(|w| w.to_le_bytes()));
    }
    fingerprint.extend(&state.pilots);
    fingerprint.extend(&prominence);
    let mut pack_bytes: Vec<Vec<u8>> = packs.iter().map(|p| p.to_bytes()).collect();
    for bytes in &pack_bytes {
        fingerprint.extend(bytes);
    }
    let build_id = toponym_shared::key_hash::key_hash(&fingerprint, 0x0074_6f70_6f6e_796d);
    let pack_dir = out.join("packs");
    let _ = std::fs::remove_dir_all(&pack_dir);
    if !packs.is_empty() {
        std::fs::create_dir_all(&pack_dir)?;
    }
    writeln!(rs, "pub(crate) const BUILD_ID: u64 = {build_id:#x};")?;
    writeln!(
        rs,
        "pub(crate) const COMPILED_NAMES: u32 = {};",
        order.len()
    )?;
    rs.push_str(
        "/// The language packs of this build: (language, first name id, names), by language.\n",
    );
    rs.push_str("pub(crate) static PACKS: &[(&str, u32, u32)] = &[\n");
    for (p, bytes) in packs.iter().zip(&mut pack_bytes) {
        crate::packs::stamp_build_id(bytes, build_id);
        std::fs::write(pack_dir.join(format!("{}.pack", p.lang)), bytes)?;
        writeln!(
            rs,
            "    ({:?}, {}, {}),",
            p.lang,
            p.first_name,
            p.names.len()
        )?;
    }
    rs.push_str("];\n");
    std::fs::write(out.join("strings.txt"), &strings.text)?;
    rs.push_str("pub(crate) static STRINGS: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/strings.txt\"));\n");
    for (name, words) in blobs {
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        let file = format!("{}.bin", name.to_lowercase());
        std::fs::write(out.join(&file), bytes)?;
        writeln!(
            rs,
            "pub(crate) static {name}: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\"));"
        )?;
    }
    std::fs::write(out.join("suggest_prefixes.txt"), &precomputed.prefixes)?;
    rs.push_str("pub(crate) static SUGGEST_PREFIXES: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/suggest_prefixes.txt\"));\n");
    std::fs::write(out.join("prominence.bin"), &prominence)?;
    rs.push_str("pub(crate) static PROMINENCE: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/prominence.bin\"));\n");
    writeln!(
        rs,
        "// suggest: {} precomputed prefixes, {} completions; {} bytes.",
        precomputed.index.len() / 2,
        precomputed.completions.len(),
        precomputed.prefixes.len()
            + 4 * (precomputed.index.len() + precomputed.completions.len())
            + prominence.len()
    )?;
    // The perfect hash (PtrHash): a pilot byte for each bucket of keys, and where the keys
    // of the slots past the last key went.
    std::fs::write(out.join("pilots.bin"), &state.pilots)?;
    rs.push_str("pub(crate) static PILOTS: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/pilots.bin\"));\n");
    writeln!(rs, "pub(crate) static REMAP: &[u32] = &{:?};", state.remap)?;
    writeln!(rs, "pub(crate) const HASH_SEED: u64 = {};", state.seed)?;
    writeln!(rs, "pub(crate) const KEY_SLOTS: u32 = {};", state.map.len())?;
    writeln!(
        rs,
        "pub(crate) const MAX_KEY_BYTES: usize = {max_key_bytes};"
    )?;
    rs.push_str("pub(crate) static SOURCES: &[[&str; 5]] = &[\n");
    for s in &data.sources {
        writeln!(
            rs,
            "    [{:?}, {:?}, {:?}, {:?}, {:?}],",
            s.id, s.title, s.version, s.licence, s.attribution
        )?;
    }
    rs.push_str("];\n");
    emit_terms(data, &prominence, &mut rs)?;
    if embed_key_transducer {
        rs.push_str(&crate::key_transducer::write(&keys, &state.map, out)?);
    } else {
        rs.push_str("pub(crate) static KEYS_FST: Option<&[u8]> = None;\n");
        rs.push_str(crate::key_transducer::no_first_words());
    }
    std::fs::write(out.join("tables.rs"), rs)?;
    Ok(())
}

/// The match list of a key: each place once, under its best name for the key, best
/// first, each name id with the flags that `suggest` ranks by (see `layout::RARE_MATCH`).
/// `entries` are the names with the key, each with whether the key is the name without
/// its generic term; `common` the places and languages with a common name.
fn match_list<'a>(
    entries: &[(bool, u32)],
    name_of: &(impl Fn(u32) -> &'a Name + ?Sized),
    importance: &[u32],
    common: &HashSet<(usize, &str)>,
) -> Vec<u32> {
    let mut list = entries.to_vec();
    // Of a place's names with this key, the one shown as matched is the best-ranked,
    // then the spelling most of its languages share ("Paris" rather than "París"),
    // then English.
    let mut spellings: HashMap<(usize, &str), usize> = HashMap::new();
    for &(_, n) in &list {
        *spellings
            .entry((name_of(n).place, &name_of(n).text))
            .or_default() += 1;
    }
    list.sort_by_key(|&(stripped, n)| {
        let name = name_of(n);
        (
            name.place,
            stripped,
            // A name with a language says more than the same text without one.
            name.lang == "und",
            name.status,
            std::cmp::Reverse(spellings[&(name.place, name.text.as_str())]),
            name.lang != "en",
            n,
        )
    });
    // How many languages give each place this name: a name that only one language
    // uses for a place (Walser German "England" for the United Kingdom, Portuguese
    // "Victoria" for Hong Kong) comes after places that several languages call so.
    let mut languages: HashMap<usize, HashSet<&str>> = HashMap::new();
    for &(_, n) in &list {
        let name = name_of(n);
        if name.lang != "und" {
            languages
                .entry(name.place)
                .or_default()
                .insert(toponym_shared::languages::primary_subtag(&name.lang));
        }
    }
    let rare = |place: usize| languages.get(&place).map_or(0, HashSet::len) < 2;
    let widely_used = |place: usize| {
        languages.get(&place).is_some_and(|langs| {
            langs
                .iter()
                .any(|l| toponym_shared::languages::is_widely_used(l))
        })
    };
    let english = |place: usize| {
        languages
            .get(&place)
            .is_some_and(|langs| langs.contains("en"))
    };
    list.dedup_by_key(|&mut (_, n)| name_of(n).place);
    let mut list: Vec<u32> = list.into_iter().map(|(_, n)| n).collect();
    list.sort_by_key(|&n| {
        let name = name_of(n);
        (
            status_class(name.status),
            rare(name.place),
            u32::MAX - importance[name.place],
            name.place,
            n,
        )
    });
    // Whether a name is rare for its place, whether a widely used language gives it,
    // whether English does, and whether it is a long form go with it, for `suggest` to
    // rank by.
    list.into_iter()
        .map(|n| {
            let name = name_of(n);
            let place = name.place;
            let lang = toponym_shared::languages::primary_subtag(&name.lang);
            let long_form = is_long_form(name.status, &name.text, common.contains(&(place, lang)));
            n | if rare(place) { layout::RARE_MATCH } else { 0 }
                | if long_form {
                    layout::LONG_FORM_MATCH
                } else {
                    0
                }
                | if widely_used(place) {
                    layout::WIDELY_USED_MATCH
                } else {
                    0
                }
                | if english(place) {
                    layout::ENGLISH_MATCH
                } else {
                    0
                }
        })
        .collect()
}

/// The word lists of `terms/`, folded as queries are, as sorted static arrays.
/// A phrase as `lookup` reads a query: folded, each run of what is not a letter or a digit
/// ("/", "(", "#") one space between words ("N/A" is "n a", "(blank)" is "blank").
fn words_key(phrase: &str) -> String {
    fold(phrase)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn emit_terms(data: &Dataset, prominence: &[u8], rs: &mut String) -> Result<(), std::fmt::Error> {
    use crate::model::TermPosition;
    let terms = &data.terms;
    // A term of several languages (French and Italian "la") is one entry: its kinds merged.
    let mut generic: std::collections::BTreeMap<(u8, String), (bool, u32)> = Default::default();
    for t in &terms.generic {
        let position = match t.position {
            TermPosition::Prefix => 0,
            TermPosition::Suffix => 1,
        };
        let folded = fold(&t.term);
        let kinds = t.kinds.iter().fold(0u32, |mask, &k| mask | 1 << k as u32);
        let entry = generic
            .entry((position, folded.clone()))
            .or_insert((crate::load::attaches(&folded, t.position), 0));
        entry.1 |= kinds;
    }
    writeln!(
        rs,
        "/// (folded term, 0 before the name or 1 after it, attached without a space, kinds as bits of Kind::ALL), sorted."
    )?;
    writeln!(
        rs,
        "pub(crate) static GENERIC_TERMS: &[(&str, u8, bool, u32)] = &["
    )?;
    for ((position, term), (attached, kinds)) in &generic {
        writeln!(rs, "    ({term:?}, {position}, {attached}, {kinds:#x}),")?;
    }
    writeln!(rs, "];")?;
    let mut abbreviations: Vec<(String, String)> = terms
        .abbreviations
        .iter()
        .map(|a| (fold(&a.abbreviation), fold(&a.expansion)))
        .collect();
    abbreviations.sort();
    abbreviations.dedup();
    writeln!(rs, "/// (folded abbreviation, folded expansion), sorted.")?;
    writeln!(rs, "pub(crate) static ABBREVIATIONS: &[(&str, &str)] = &[")?;
    for (a, e) in &abbreviations {
        writeln!(rs, "    ({a:?}, {e:?}),")?;
    }
    writeln!(rs, "];")?;
    let mut regions: Vec<(String, u32)> = terms
        .region_abbreviations
        .iter()
        // The tables keep the places in the data's order: the index is the place's.
        .map(|r| (fold(&r.abbreviation), r.region as u32))
        .collect();
    regions.sort();
    regions.dedup();
    writeln!(
        rs,
        "/// (folded abbreviation, region's place index), sorted."
    )?;
    writeln!(
        rs,
        "pub(crate) static REGION_ABBREVIATIONS: &[(&str, u32)] = &["
    )?;
    for (a, place) in &regions {
        writeln!(rs, "    ({a:?}, {place}),")?;
    }
    writeln!(rs, "];")?;
    // The places with an ISO 3166-2 code, by the code without the country's part ("OH" of
    // "US-OH"), which addresses write after a name: a qualifier of `lookup`. Only the
    // places' indices: the codes are in the place records. Of the regions that share a code
    // ("CA": California, Cabañas, Cantabria ...), the most prominent first: the data gives
    // few regions a population, and prominence counts their cities' people and the languages
    // that name them.
    let mut suffixes: Vec<(String, std::cmp::Reverse<u8>, u32)> = data
        .places
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let suffix = p.iso_sub.split_once('-')?.1.to_string();
            Some((suffix, std::cmp::Reverse(prominence[i]), i as u32))
        })
        .collect();
    suffixes.sort();
    let indices: Vec<String> = suffixes.iter().map(|(.., i)| i.to_string()).collect();
    writeln!(
        rs,
        "/// The places with an ISO 3166-2 code, sorted by the code without its country's part, \
         then by prominence (highest first)."
    )?;
    writeln!(
        rs,
        "pub(crate) static SUBDIVISIONS_BY_SUFFIX: &[u32] = &[{}];",
        indices.join(",")
    )?;
    let mut titles: Vec<String> = terms.titles.iter().map(|t| fold(&t.title)).collect();
    titles.sort();
    titles.dedup();
    writeln!(rs, "/// Folded titles, sorted.")?;
    writeln!(rs, "pub(crate) static TITLES: &[&str] = &[")?;
    for t in &titles {
        writeln!(rs, "    {t:?},")?;
    }
    writeln!(rs, "];")?;
    // Read as `lookup` reads a query: its words' keys joined by a space ("n/a" is "n a").
    let mut placeholders: Vec<String> = terms
        .placeholders
        .iter()
        .map(|p| words_key(&p.placeholder))
        .collect();
    placeholders.sort();
    placeholders.dedup();
    writeln!(rs, "/// Placeholders, as the words of a query, sorted.")?;
    writeln!(rs, "pub(crate) static PLACEHOLDERS: &[&str] = &[")?;
    for p in &placeholders {
        writeln!(rs, "    {p:?},")?;
    }
    writeln!(rs, "];")
}
