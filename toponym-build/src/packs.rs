//! Language packs: the names that a cut of the data left out (see `cut`), one pack per
//! language, for the library to load at run time (`toponym::packs`; the npm package's
//! `loadLanguages`).
//!
//! A pack holds its names and, for every key of them, the match list that the tables
//! would hold for that key if the pack's names had been compiled in: the core's names
//! and the pack's, ranked as `emit` ranks them. Its names take ids after every compiled
//! name, in a range of its own that does not depend on which other packs are loaded.
//!
//! The format is `toponym_shared::layout::pack`: little-endian `u32` words, then the
//! strings.

use std::collections::{BTreeMap, HashMap};

use toponym_shared::layout::{self, NONE_I32, pack as f};

use crate::load::Name;

/// One pack, before it is written.
pub(crate) struct Pack<'a> {
    /// The primary language subtag of its names.
    pub lang: String,
    /// The id of its first name.
    pub first_name: u32,
    /// Its names, in id order: by place, then by language tag.
    pub names: Vec<&'a Name>,
    /// Every key of its names, sorted, with its match list.
    pub keys: Vec<(String, Vec<u32>)>,
}

/// The names of `dropped` grouped into one pack per language, in language order, their
/// ids from `first_id` on; `keys_of` gives a name's keys (each with whether it is the name
/// without its generic term), `core_keys` the compiled names with each key, and
/// `match_list` ranks the names with a key, given a function from a name id to the name.
pub(crate) fn packs<'a>(
    dropped: &'a [Name],
    first_id: u32,
    keys_of: impl Fn(&Name) -> Vec<(bool, String)>,
    core_keys: &HashMap<String, Vec<(bool, u32)>>,
    core_name: impl Fn(u32) -> &'a Name,
    match_list: impl Fn(&[(bool, u32)], &dyn Fn(u32) -> &'a Name) -> Vec<u32>,
) -> Vec<Pack<'a>> {
    let mut by_lang: BTreeMap<&str, Vec<&Name>> = BTreeMap::new();
    for n in dropped {
        let lang = toponym_shared::languages::primary_subtag(&n.lang);
        by_lang.entry(lang).or_default().push(n);
    }
    let mut next_id = first_id;
    let mut packs = Vec::with_capacity(by_lang.len());
    for (lang, mut names) in by_lang {
        // Stable: within a place and a tag, data order, as the compiled names.
        names.sort_by(|a, b| (a.place, a.lang.as_str()).cmp(&(b.place, b.lang.as_str())));
        let first_name = next_id;
        next_id += names.len() as u32;
        let name_of = |id: u32| {
            if id >= first_name {
                names[(id - first_name) as usize]
            } else {
                core_name(id)
            }
        };
        let mut by_key: HashMap<String, Vec<(bool, u32)>> = HashMap::new();
        for (i, n) in names.iter().enumerate() {
            for (stripped, key) in keys_of(n) {
                by_key
                    .entry(key)
                    .or_default()
                    .push((stripped, first_name + i as u32));
            }
        }
        let mut keys: Vec<(String, Vec<u32>)> = by_key
            .into_iter()
            .map(|(key, mut entries)| {
                if let Some(core) = core_keys.get(&key) {
                    entries.extend_from_slice(core);
                }
                let list = match_list(&entries, &name_of);
                (key, list)
            })
            .collect();
        keys.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        packs.push(Pack {
            lang: lang.to_string(),
            first_name,
            names,
            keys,
        });
    }
    packs
}

impl Pack<'_> {
    /// The pack's bytes, its build id 0 until [`stamp_build_id`] sets it.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut tags: Vec<&str> = self.names.iter().map(|n| n.lang.as_str()).collect();
        tags.sort_unstable();
        tags.dedup();
        // The strings in the order the lengths place them: language, tags, names, keys.
        let mut strings = self.lang.clone();
        let tag_words: Vec<u32> = tags.iter().map(|t| t.len() as u32).collect();
        strings.extend(tags.iter().copied());
        let mut names = Vec::with_capacity(self.names.len() * f::NAME_FIELDS);
        for n in &self.names {
            let mut record = [0u32; f::NAME_FIELDS];
            record[f::PLACE] = n.place as u32;
            record[f::TEXT_LEN] = n.text.len() as u32;
            record[f::TAG] = tags.binary_search(&n.lang.as_str()).unwrap_or(0) as u32;
            record[f::STATUS_SOURCE] = n.status as u32 | (n.source as u32) << f::SOURCE_SHIFT;
            record[f::FROM] = n.from.unwrap_or(NONE_I32) as u32;
            record[f::UNTIL] = n.until.unwrap_or(NONE_I32) as u32;
            names.extend(record);
            strings.push_str(&n.text);
        }
        let mut keys = Vec::with_capacity(self.keys.len() * f::KEY_FIELDS);
        let mut lists = Vec::new();
        for (key, list) in &self.keys {
            let mut record = [0u32; f::KEY_FIELDS];
            record[f::KEY_LEN] = key.len() as u32;
            record[f::LIST_LEN] = list.len() as u32;
            keys.extend(record);
            strings.push_str(key);
            lists.extend(list);
        }
        let mut header = [0u32; f::HEADER_WORDS];
        header[f::MAGIC] = f::MAGIC_WORD;
        header[f::VERSION] = f::VERSION_WORD;
        header[f::FIRST_NAME] = self.first_name;
        header[f::NAMES] = self.names.len() as u32;
        header[f::TAGS] = tags.len() as u32;
        header[f::KEYS] = self.keys.len() as u32;
        header[f::LIST_WORDS] = lists.len() as u32;
        header[f::STRING_BYTES] = strings.len() as u32;
        header[f::LANG_LEN] = self.lang.len() as u32;
        // Records column by column, which compresses far better (see `layout::columns`).
        let names = layout::columns(&names, f::NAME_FIELDS);
        let keys = layout::columns(&keys, f::KEY_FIELDS);
        let words = header
            .iter()
            .chain(&tag_words)
            .chain(&names)
            .chain(&keys)
            .chain(&lists);
        let mut bytes: Vec<u8> = words.flat_map(|w| w.to_le_bytes()).collect();
        bytes.extend_from_slice(strings.as_bytes());
        bytes
    }
}

/// Sets the build id in the header of a pack's bytes (see [`Pack::to_bytes`]).
pub(crate) fn stamp_build_id(bytes: &mut [u8], build_id: u64) {
    for (field, word) in [
        (f::BUILD_ID_LOW, build_id as u32),
        (f::BUILD_ID_HIGH, (build_id >> 32) as u32),
    ] {
        bytes[field * 4..field * 4 + 4].copy_from_slice(&word.to_le_bytes());
    }
}
