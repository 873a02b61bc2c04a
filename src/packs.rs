//! Language packs: names that a cut build left out, loaded at run time.
//!
//! A build cut down to some languages (`TOPONYM_LANGUAGES`, README "Data tiers"), as the
//! npm package is, writes the names it left out as one pack per language, in
//! `OUT_DIR/packs/LANG.pack`. Loading a pack makes [`resolve`](crate::resolve),
//! [`lookup`](crate::lookup), [`Place::names`](crate::Place::names),
//! [`Place::name_in`](crate::Place::name_in), [`suggest`](crate::suggest),
//! [`find_in_text`](crate::find_in_text) and everything built on them use its names, as if
//! they had been compiled in. A pack holds, for each of its keys, the match list that the
//! tables would hold with its names, so a query ranks its places as the uncut build does;
//! with several packs loaded that have a key, their lists are merged by the same ranking.
//!
//! A pack is checked whole before anything of it is used, and is refused when it comes
//! from another build. Loaded packs stay loaded: their names have ids (see
//! [`Name::index`](crate::Name::index)) after every compiled name, in a range fixed by the
//! build, whatever else is loaded. A build that is not cut has no packs.
//!
//! Text and completions find pack keys through a transducer of every loaded pack's keys,
//! built on first use after a load (so that loading many packs costs one build). A prefix
//! that thousands of pack keys share brings the first 2,000 of them into a ranking of
//! completions, to keep a keystroke quick; Slavic declined forms are looked for among the
//! compiled names only.

use core::fmt;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU16, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use toponym_shared::layout::{self, pack as f};

use crate::Status;
use crate::tables::{self, BUILD_ID, COMPILED_NAMES, PACKS};

/// One language pack of this build, loaded or not.
///
/// # Examples
///
/// ```
/// // The default build is not cut: every name is compiled in, and there is no pack.
/// assert_eq!(toponym::language_packs().count(), 0);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct LanguagePack {
    index: u16,
}

impl LanguagePack {
    /// The language of its names, a primary language subtag (`"kn"`); `"und"` for names of
    /// no known language and `"zxx"` for codes.
    pub fn lang(self) -> &'static str {
        PACKS[self.index as usize].0
    }

    /// How many names it holds.
    pub fn len(self) -> usize {
        PACKS[self.index as usize].2 as usize
    }

    /// Whether it holds no names (never so for a pack that a build writes).
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Whether it is loaded.
    pub fn is_loaded(self) -> bool {
        slot(self.index as usize).get().is_some()
    }
}

impl fmt::Debug for LanguagePack {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LanguagePack")
            .field("lang", &self.lang())
            .field("len", &self.len())
            .field("loaded", &self.is_loaded())
            .finish()
    }
}

/// Every language pack of this build, by language: returned by [`language_packs`].
#[derive(Clone, Debug)]
pub struct LanguagePacks {
    indices: core::ops::Range<u16>,
}

impl Iterator for LanguagePacks {
    type Item = LanguagePack;

    fn next(&mut self) -> Option<LanguagePack> {
        self.indices.next().map(|index| LanguagePack { index })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.indices.size_hint()
    }
}

impl ExactSizeIterator for LanguagePacks {}
impl core::iter::FusedIterator for LanguagePacks {}

/// Every language pack of this build, loaded or not, by language.
///
/// # Examples
///
/// ```
/// for pack in toponym::language_packs() {
///     println!("{}: {} names, loaded: {}", pack.lang(), pack.len(), pack.is_loaded());
/// }
/// ```
pub fn language_packs() -> LanguagePacks {
    LanguagePacks {
        indices: 0..PACKS.len() as u16,
    }
}

/// Why a pack was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PackError {
    /// The bytes are not a language pack.
    NotAPack,
    /// A pack in another version of the format.
    Version(u32),
    /// A pack from another build of the data: each build's packs fit its own tables only.
    OtherBuild,
    /// A pack whose language or names this build does not have.
    Unknown(String),
    /// A pack that is cut short or inconsistent; says what is wrong.
    Malformed(&'static str),
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::NotAPack => f.write_str("not a language pack"),
            PackError::Version(v) => write!(
                f,
                "a language pack of format version {v}, not {}",
                f::VERSION_WORD
            ),
            PackError::OtherBuild => f.write_str("a language pack of another build of the data"),
            PackError::Unknown(lang) => {
                write!(f, "a language pack ({lang}) that this build does not have")
            }
            PackError::Malformed(what) => write!(f, "a malformed language pack: {what}"),
        }
    }
}

impl std::error::Error for PackError {}

/// Checks a pack, as [`load_language_pack`] does, without loading it: which pack of this
/// build it is, or why it would be refused. A program loading several packs at once can
/// check them all first, and load none if one is wrong.
///
/// # Examples
///
/// ```
/// assert_eq!(toponym::check_language_pack(b"not a pack"), Err(toponym::PackError::NotAPack));
/// ```
pub fn check_language_pack(bytes: &[u8]) -> Result<LanguagePack, PackError> {
    Parsed::read(bytes).map(|p| LanguagePack { index: p.index })
}

/// Loads a language pack: from now on its names are found, named and listed as if they
/// had been compiled in. Loading a pack that is already loaded does nothing. Safe to call
/// from several threads; a pack that is refused leaves nothing loaded.
///
/// # Examples
///
/// ```
/// // Bytes of another build, or no pack at all, are refused with the reason.
/// let err = toponym::load_language_pack(&[0; 64]).unwrap_err();
/// assert_eq!(err, toponym::PackError::NotAPack);
/// ```
pub fn load_language_pack(bytes: &[u8]) -> Result<LanguagePack, PackError> {
    let parsed = Parsed::read(bytes)?;
    let pack = LanguagePack {
        index: parsed.index,
    };
    // One load at a time, so that a pack is parsed into memory once.
    let _one = LOADING.lock().unwrap_or_else(|e| e.into_inner());
    let slot = slot(parsed.index as usize);
    if slot.get().is_none() {
        let loaded: &'static Loaded = Box::leak(Box::new(parsed.into_loaded()));
        let _ = slot.set(loaded);
        // Listed after it is in its slot: a reader that sees the count sees the pack.
        let n = LOADS.load(Ordering::Relaxed);
        order()[n].store(loaded.index, Ordering::Relaxed);
        LOADS.store(n + 1, Ordering::Release);
        ANY.store(true, Ordering::Release);
    }
    Ok(pack)
}

static LOADING: Mutex<()> = Mutex::new(());
/// How many packs are loaded.
static LOADS: AtomicUsize = AtomicUsize::new(0);
/// Whether any pack is loaded: one load of an atomic on the paths that look packs up.
static ANY: AtomicBool = AtomicBool::new(false);

/// The slot of the pack with index `index` of `PACKS`.
fn slot(index: usize) -> &'static OnceLock<&'static Loaded> {
    static SLOTS: OnceLock<Box<[OnceLock<&'static Loaded>]>> = OnceLock::new();
    &SLOTS.get_or_init(|| (0..PACKS.len()).map(|_| OnceLock::new()).collect())[index]
}

/// Whether any pack is loaded.
#[inline]
pub(crate) fn any_loaded() -> bool {
    ANY.load(Ordering::Acquire)
}

/// The indices of the loaded packs in `PACKS`, in the order they were loaded: the first
/// `LOADS` are set.
fn order() -> &'static [AtomicU16] {
    static ORDER: OnceLock<Box<[AtomicU16]>> = OnceLock::new();
    ORDER.get_or_init(|| (0..PACKS.len()).map(|_| AtomicU16::new(0)).collect())
}

/// Every loaded pack, in the order they were loaded: a few, of the hundreds of the build.
pub(crate) fn loaded() -> impl Iterator<Item = &'static Loaded> {
    let n = LOADS.load(Ordering::Acquire);
    order()[..n]
        .iter()
        .filter_map(|i| slot(i.load(Ordering::Relaxed) as usize).get().copied())
}

/// The loaded pack of the language `lang` (a primary subtag), if there is one.
pub(crate) fn loaded_pack_of(lang: &str) -> Option<&'static Loaded> {
    let i = PACKS.binary_search_by(|&(l, ..)| l.cmp(lang)).ok()?;
    slot(i).get().copied()
}

/// A loaded pack.
pub(crate) struct Loaded {
    index: u16,
    first_name: u32,
    names: Vec<PackName>,
    tags: Vec<&'static str>,
    keys: HashMap<&'static str, Box<[u32]>>,
    /// The keys, sorted.
    sorted_keys: Vec<&'static str>,
}

/// A name of a loaded pack.
pub(crate) struct PackName {
    pub(crate) place: u32,
    pub(crate) text: &'static str,
    pub(crate) tag: u16,
    pub(crate) status: Status,
    pub(crate) source: u32,
    pub(crate) from: u32,
    pub(crate) until: u32,
}

impl Loaded {
    /// The language tag of `name`.
    pub(crate) fn tag(&self, name: &PackName) -> &'static str {
        self.tags[name.tag as usize]
    }

    /// A number for the language tag of `name`, unequal to every compiled language's
    /// index and to every other pack's tags.
    pub(crate) fn tag_index(&self, name: &PackName) -> u32 {
        (1 << 24) | u32::from(self.index) << 8 | u32::from(name.tag)
    }

    /// The ids of the pack's names of the place with index `place`.
    pub(crate) fn names_of(&self, place: u32) -> core::ops::Range<u32> {
        let start = self.names.partition_point(|n| n.place < place);
        let end = start + self.names[start..].partition_point(|n| n.place == place);
        self.first_name + start as u32..self.first_name + end as u32
    }
}

/// The loaded pack's name with id `index`, which is not a compiled name's.
pub(crate) fn name(index: u32) -> (&'static Loaded, &'static PackName) {
    let i = PACKS.partition_point(|&(_, first, _)| first <= index) - 1;
    let loaded = slot(i)
        .get()
        .expect("a name of a pack exists only once the pack is loaded");
    (loaded, &loaded.names[(index - loaded.first_name) as usize])
}

/// The match list of `key` from the loaded packs, if one has the key: one pack's list as
/// it is, several packs' lists merged by `resolve`'s ranking.
pub(crate) fn matches(key: &str) -> Option<PackMatches> {
    let mut lists = loaded().filter_map(|p| p.keys.get(key));
    let first = lists.next()?;
    let Some(second) = lists.next() else {
        return Some(PackMatches::One(first));
    };
    let mut all: Vec<u32> = first.iter().chain(second.iter()).copied().collect();
    for list in lists {
        all.extend_from_slice(list);
    }
    let name = |w: u32| crate::Name::from_index(w & layout::MATCH_NAME_MASK);
    // A place is rare under the key (one language gives it the name) if it is so in every
    // list, through names of one language: two packs' names are two languages.
    let mut rare: HashMap<crate::Place, (bool, &str)> = HashMap::new();
    for &w in &all {
        let (is_rare, lang) = (w & layout::RARE_MATCH != 0, name(w).lang());
        let lang = lang.split('-').next().unwrap_or("");
        rare.entry(name(w).place())
            .and_modify(|(r, l)| *r &= is_rare && *l == lang)
            .or_insert((is_rare, lang));
    }
    all.sort_by_key(|&w| {
        let (n, place) = (name(w), name(w).place());
        (
            toponym_shared::status_class(n.status()),
            rare[&place].0,
            u32::MAX - place.importance(),
            place.index(),
            w & layout::MATCH_NAME_MASK,
        )
    });
    // Each place once, under its best-ranked name.
    let mut seen = std::collections::HashSet::new();
    all.retain(|&w| seen.insert(name(w).place()));
    Some(PackMatches::Merged(all.into()))
}

/// A match list from the packs.
#[derive(Clone, Debug)]
pub(crate) enum PackMatches {
    One(&'static [u32]),
    Merged(Arc<[u32]>),
}

impl PackMatches {
    /// The match words: name ids with the flags of their matches.
    pub(crate) fn words(&self) -> &[u32] {
        match self {
            PackMatches::One(words) => words,
            PackMatches::Merged(words) => words,
        }
    }
}

/// A pack read and checked, not yet loaded.
struct Parsed<'a> {
    index: u16,
    first_name: u32,
    strings: &'a str,
    tags: Vec<&'a str>,
    /// The names, their texts apart until the strings are copied.
    names: Vec<(PackName, &'a str)>,
    keys: Vec<(&'a str, &'a [u8])>,
}

impl<'a> Parsed<'a> {
    fn read(bytes: &'a [u8]) -> Result<Parsed<'a>, PackError> {
        use PackError::Malformed;
        let word = |i: usize| -> Option<u32> {
            let b = bytes.get(i * 4..i * 4 + 4)?;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        if word(f::MAGIC) != Some(f::MAGIC_WORD) || bytes.len() < f::HEADER_WORDS * 4 {
            return Err(PackError::NotAPack);
        }
        let h = |i| word(i).unwrap_or(0);
        if h(f::VERSION) != f::VERSION_WORD {
            return Err(PackError::Version(h(f::VERSION)));
        }
        if (u64::from(h(f::BUILD_ID_HIGH)) << 32 | u64::from(h(f::BUILD_ID_LOW))) != BUILD_ID {
            return Err(PackError::OtherBuild);
        }
        let (n_tags, n_names, n_keys) = (
            h(f::TAGS) as usize,
            h(f::NAMES) as usize,
            h(f::KEYS) as usize,
        );
        let sizes = [
            Some(n_tags),
            n_names.checked_mul(f::NAME_FIELDS),
            n_keys.checked_mul(f::KEY_FIELDS),
            Some(h(f::LIST_WORDS) as usize),
        ];
        // Where each section starts, in words.
        let mut starts = [0usize; 5];
        starts[0] = f::HEADER_WORDS;
        for (i, size) in sizes.into_iter().enumerate() {
            starts[i + 1] = size
                .and_then(|n| starts[i].checked_add(n))
                .ok_or(Malformed("sizes"))?;
        }
        let string_start = starts[4].checked_mul(4).ok_or(Malformed("sizes"))?;
        if bytes.len().checked_sub(string_start) != Some(h(f::STRING_BYTES) as usize) {
            return Err(Malformed("its length is not what its header says"));
        }
        let strings =
            core::str::from_utf8(&bytes[string_start..]).map_err(|_| Malformed("strings"))?;
        // The strings one after another, placed by their lengths.
        let mut at = 0usize;
        let mut next = |len: u32| -> Result<&'a str, PackError> {
            let end = at.checked_add(len as usize).ok_or(Malformed("a string"))?;
            let s = strings.get(at..end).ok_or(Malformed("a string"))?;
            at = end;
            Ok(s)
        };
        let lang = next(h(f::LANG_LEN))?;
        let first_name = h(f::FIRST_NAME);
        let index = PACKS
            .iter()
            .position(|&(l, first, n)| l == lang && first == first_name && n as usize == n_names)
            .ok_or_else(|| PackError::Unknown(lang.chars().take(16).collect()))?;

        let tags = (0..n_tags)
            .map(|i| next(h(starts[0] + i)))
            .collect::<Result<Vec<_>, _>>()?;
        let places = tables::words(tables::PLACES) / layout::place::FIELDS;
        // Records are stored column by column.
        let name_field = |i: usize, field: usize| h(starts[1] + field * n_names + i);
        let mut names = Vec::with_capacity(n_names);
        for i in 0..n_names {
            let packed = name_field(i, f::STATUS_SOURCE);
            let status = Status::ALL
                .get((packed & 0xff) as usize)
                .ok_or(Malformed("a status"))?;
            let name = PackName {
                place: name_field(i, f::PLACE),
                text: "",
                tag: u16::try_from(name_field(i, f::TAG)).map_err(|_| Malformed("a tag"))?,
                status: *status,
                source: packed >> f::SOURCE_SHIFT,
                from: name_field(i, f::FROM),
                until: name_field(i, f::UNTIL),
            };
            let text = next(name_field(i, f::TEXT_LEN))?;
            let in_order = names
                .last()
                .is_none_or(|(p, _): &(PackName, &str)| p.place <= name.place);
            if name.place as usize >= places
                || name.tag as usize >= tags.len()
                || name.source as usize >= tables::SOURCES.len()
                || !in_order
            {
                return Err(Malformed("a name"));
            }
            names.push((name, text));
        }
        let own = first_name..first_name.saturating_add(n_names as u32);
        let lists = &bytes[starts[3] * 4..starts[4] * 4];
        let key_field = |i: usize, field: usize| h(starts[2] + field * n_keys + i);
        let mut keys = Vec::with_capacity(n_keys);
        let mut list_at = 0usize;
        for i in 0..n_keys {
            let key = next(key_field(i, f::KEY_LEN))?;
            let end = list_at
                .checked_add(key_field(i, f::LIST_LEN) as usize)
                .filter(|&end| end * 4 <= lists.len())
                .ok_or(Malformed("a match list"))?;
            let list = &lists[list_at * 4..end * 4];
            list_at = end;
            let ok = list.chunks_exact(4).all(|w| {
                let id = u32::from_le_bytes([w[0], w[1], w[2], w[3]]) & layout::MATCH_NAME_MASK;
                id < COMPILED_NAMES || own.contains(&id)
            });
            if !ok {
                return Err(Malformed("a match list"));
            }
            keys.push((key, list));
        }
        if list_at * 4 != lists.len() || at != strings.len() {
            return Err(Malformed("its parts do not add up"));
        }
        Ok(Parsed {
            index: index as u16,
            first_name,
            strings,
            tags,
            names,
            keys,
        })
    }

    /// The pack in memory for as long as the program runs.
    fn into_loaded(self) -> Loaded {
        let strings: &'static str = Box::leak(self.strings.to_owned().into_boxed_str());
        let base = self.strings.as_ptr() as usize;
        // The same text, in the copy that stays.
        let keep = |s: &str| {
            let at = s.as_ptr() as usize - base;
            &strings[at..at + s.len()]
        };
        let names = self
            .names
            .into_iter()
            .map(|(n, text)| PackName {
                text: keep(text),
                ..n
            })
            .collect();
        let keys: HashMap<&'static str, Box<[u32]>> = self
            .keys
            .into_iter()
            .map(|(key, list)| {
                let words: Box<[u32]> = list
                    .chunks_exact(4)
                    .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
                    .collect();
                (keep(key), words)
            })
            .collect();
        let mut sorted_keys: Vec<&'static str> = keys.keys().copied().collect();
        sorted_keys.sort_unstable();
        Loaded {
            index: self.index,
            first_name: self.first_name,
            names,
            tags: self.tags.into_iter().map(keep).collect(),
            keys,
            sorted_keys,
        }
    }
}

/// Every key of the loaded packs, sorted, with a transducer from each to its position: for
/// finding their names in text and completing prefixes.
pub(crate) struct PackKeys {
    pub(crate) fst: fst::raw::Fst<Vec<u8>>,
    pub(crate) keys: Vec<&'static str>,
}

impl PackKeys {
    /// The keys that start with `prefix`, in order.
    pub(crate) fn with_prefix(&self, prefix: &str) -> &[&'static str] {
        let start = self.keys.partition_point(|k| *k < prefix);
        let len = self.keys[start..].partition_point(|k| k.starts_with(prefix));
        &self.keys[start..start + len]
    }
}

/// The keys of the loaded packs; `None` when none is loaded. Made on first use after a
/// pack is loaded, rather than at each load, so that loading many packs costs one build.
pub(crate) fn pack_keys() -> Option<Arc<PackKeys>> {
    static KEYS: Mutex<Option<(usize, Arc<PackKeys>)>> = Mutex::new(None);
    if !any_loaded() {
        return None;
    }
    let loads = LOADS.load(Ordering::Acquire);
    let mut kept = KEYS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((at, keys)) = kept.as_ref()
        && *at == loads
    {
        return Some(keys.clone());
    }
    let mut keys: Vec<&'static str> = loaded()
        .flat_map(|p| p.sorted_keys.iter().copied())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let mut builder = fst::MapBuilder::memory();
    for (i, key) in keys.iter().enumerate() {
        builder
            .insert(key, i as u64)
            .expect("sorted keys, each once");
    }
    let fst = fst::raw::Fst::new(builder.into_inner().expect("writing to memory"))
        .expect("a transducer just built");
    let keys = Arc::new(PackKeys { fst, keys });
    *kept = Some((loads, keys.clone()));
    Some(keys)
}
