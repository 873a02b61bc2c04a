//! Suggestions for a search box: completions of a prefix, and names within a small edit
//! distance when nothing completes.

use fst::raw::{Fst, Node, Output};

use crate::key_transducer::keys_fst;
use crate::resolve::{Match, Matches};
use crate::{Name, Status, tables};
use toponym_shared::languages;
use toponym_shared::layout;
use toponym_shared::status_class;
use toponym_shared::suggest::{
    Completion, PRECOMPUTED_FOR_HUGE, exact_comes_first, kind_group, precomputed_serves, rank,
    third_of_another_group,
};

/// Longest prefix that is completed; longer input gives no suggestions.
const MAX_PREFIX_BYTES: usize = 256;
/// Most suggestions returned, whatever `limit` asks.
pub const MAX_SUGGESTIONS: usize = PRECOMPUTED_FOR_HUGE;
/// Longest input, in characters, searched for typos.
const MAX_FUZZY_CHARS: usize = 32;
/// Bound on the work of a typo-tolerant search, in transducer states visited.
const FUZZY_STEPS: usize = 12_000;

/// One suggestion: a place, the stored name that was completed or nearly matched, and the
/// number of edits between the input and that name (0 for a completion).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    matched: Match,
    edits: u8,
}

impl Suggestion {
    /// The suggested place and the name that matched.
    pub fn matched(self) -> Match {
        self.matched
    }

    /// 0 when the input is a prefix of the name; otherwise the edit distance (insertions,
    /// deletions, substitutions, transpositions of adjacent characters) between the folded
    /// input and the folded name.
    pub fn edits(self) -> u8 {
        self.edits
    }
}

/// Up to `limit` places for a search box, best first.
///
/// First the places with a name that starts with `prefix` (folded as for
/// [`resolve`](crate::resolve), in any script): the places of the exact name first, in the
/// order `resolve` gives them (a city before the region named after it), then the others by
/// prominence (population, the number of languages that name the place), a place coming
/// later when the name that completes is a poor reason to offer it (a historic name or a
/// code, a variant, a name that English does not give, a name that a single language gives,
/// a name in a language that is not widely used; see
/// [`WIDELY_USED_LANGUAGES`](crate::WIDELY_USED_LANGUAGES)). When the first three would all
/// be countries, or all cities, or all of the other kinds, the best place of another of
/// these groups comes third. When nothing completes, names within edit distance 1 (input of
/// up to four characters) or 2 (longer input, up to 32 characters: longer names are rarely
/// typed with typos in a search box, and the search's cost grows with the input) of the
/// whole input, nearest and most important first. Empty input, input of more than 256
/// bytes, or `limit` 0 give nothing; `limit` is capped at [`MAX_SUGGESTIONS`].
///
/// # Examples
///
/// ```
/// let first = |q: &str| toponym::suggest(q, 5)[0].matched().place().id();
/// // Both by prominence: the island of Iturup, named in many languages, then the province
/// // of Ituri (Congo), whose people count for less in a region than in a city.
/// let itur: Vec<_> = toponym::suggest("Itur", 5).iter().map(|s| s.matched().place().id()).collect();
/// assert_eq!(itur[..2], ["iturup", "ituri-cd"]);
/// assert_eq!(first("Москва"), "moscow");
/// assert_eq!(first("서"), "seoul");
/// assert_eq!(first("択捉"), "iturup");
/// assert_eq!(first("Iturop"), "iturup");
/// assert_eq!(toponym::suggest("Iturop", 5)[0].edits(), 1);
/// ```
pub fn suggest(prefix: &str, limit: usize) -> Vec<Suggestion> {
    let limit = limit.min(MAX_SUGGESTIONS);
    if prefix.len() > MAX_PREFIX_BYTES || limit == 0 {
        return Vec::new();
    }
    let key = crate::fold(prefix);
    if key.is_empty() {
        return Vec::new();
    }
    let completions = complete(&key, limit);
    if !completions.is_empty() {
        return completions;
    }
    let chars = key.chars().count();
    if chars > MAX_FUZZY_CHARS {
        return Vec::new();
    }
    let max_edits = if chars <= 4 { 1 } else { 2 };
    fuzzy(&key, max_edits, limit, SUGGEST_REACH)
}

/// Adds a place once, keeping its first (best) suggestion.
fn add(out: &mut Vec<Suggestion>, m: Match, edits: u8) {
    if !out.iter().any(|s| s.matched.place() == m.place()) {
        out.push(Suggestion { matched: m, edits });
    }
}

fn complete(key: &str, limit: usize) -> Vec<Suggestion> {
    // Keys of loaded language packs that complete the prefix: ranked with the compiled ones.
    if let Some(packs) = crate::packs::pack_keys()
        && !packs.with_prefix(key).is_empty()
    {
        return completions_with_packs(key, limit, &packs);
    }
    let mut found = Vec::with_capacity(limit);
    // A prefix that many keys share: its best completions were ranked when the tables were
    // built, with the same ranking as below.
    if let Some(words) = tables::precomputed_completions(key)
        && precomputed_serves(words.len(), limit)
    {
        for word in words.take(limit) {
            add(&mut found, ranked_word(word).1, 0);
        }
        return found;
    }
    ranked_completions(key, limit)
}

/// Completions gathered before they are ordered: the places of the exact name that come
/// first, in `resolve`'s order, and the others with their rank.
#[derive(Default)]
struct Candidates {
    exact: Vec<Match>,
    ranked: Vec<(u64, Match)>,
}

impl Candidates {
    /// A match of the key, given as its match word; `exact` if the key is the prefix.
    fn push(&mut self, word: u32, exact: bool) {
        let (rank, m) = ranked_word(word);
        let widely_used = word & layout::WIDELY_USED_MATCH != 0;
        if exact && exact_comes_first(m.name().status(), widely_used) {
            self.exact.push(m);
        } else {
            self.ranked.push((rank, m));
        }
    }

    /// The first `limit`: the exact name's places first, then the others by rank; when the
    /// first three are of one group of kinds, the best place of another comes third, as the
    /// build orders the precomputed completions, but the exact name's places keep their order.
    fn best(mut self, limit: usize) -> Vec<Suggestion> {
        let mut found = Vec::with_capacity(limit);
        for m in self.exact {
            add(&mut found, m, 0);
        }
        let exact = found.len();
        self.ranked.sort_unstable_by_key(|&(rank, _)| rank);
        // At least three, to see whether they are all of one group.
        let want = limit.max(3);
        let mut rest = self.ranked.into_iter().map(|(_, m)| m);
        while found.len() < want {
            let Some(m) = rest.next() else { break };
            add(&mut found, m, 0);
        }
        let groups: Vec<u8> = found
            .iter()
            .map(|s| kind_group(s.matched.place().kind()))
            .collect();
        if exact < 3 && groups.len() >= 3 && groups[..3].iter().all(|&g| g == groups[0]) {
            if let Some(i) = third_of_another_group(&groups) {
                let s = found.remove(i);
                found.insert(2, s);
            } else if let Some(m) = rest.find(|m| kind_group(m.place().kind()) != groups[0]) {
                found.insert(
                    2,
                    Suggestion {
                        matched: m,
                        edits: 0,
                    },
                );
            }
        }
        found.truncate(limit);
        found
    }
}

/// The completions of `key` in the compiled tables, ranked now: a prefix whose completions
/// were not precomputed (`toponym_shared::suggest::precomputed_for`), or not as many as
/// `limit` asks for.
fn ranked_completions(key: &str, limit: usize) -> Vec<Suggestion> {
    let mut candidates = Candidates::default();
    compiled_completions(key, &mut candidates);
    candidates.best(limit)
}

/// Every match of a compiled key that starts with `key`.
fn compiled_completions(key: &str, candidates: &mut Candidates) {
    let fst = keys_fst();
    // Walk to the prefix's node, then collect the slots below it.
    let mut node = fst.root();
    let mut out = Output::zero();
    for &b in key.as_bytes() {
        let Some(t) = node.find_input(b) else {
            return;
        };
        let tr = node.transition(t);
        out = out.cat(tr.out);
        node = fst.node(tr.addr);
    }
    let mut slots = Vec::new();
    collect(fst, node, out, 0, &mut slots);
    for &(slot, depth) in &slots {
        for i in tables::slot(slot).1 {
            candidates.push(tables::match_word(i), depth == 0);
        }
    }
}

/// Most keys of language packs that a prefix brings into a ranking: a short prefix in a
/// script that many packs share has thousands, and a keystroke must stay quick.
const MAX_PACK_KEYS: usize = 2_000;

/// The completions of `key` when loaded language packs have keys that start with it: theirs
/// and the compiled ones, ranked together.
fn completions_with_packs(
    key: &str,
    limit: usize,
    packs: &crate::packs::PackKeys,
) -> Vec<Suggestion> {
    let mut candidates = Candidates::default();
    let keys = packs.with_prefix(key);
    // The exact name: the packs' list holds the compiled places of the key too.
    let (exact, longer) = match keys.first() {
        Some(&first) if first == key => (true, &keys[1..]),
        _ => (false, keys),
    };
    if exact && let Some(list) = crate::packs::matches(key) {
        for &word in list.words() {
            candidates.push(word, true);
        }
    }
    // The compiled keys: the best precomputed for a prefix that many share, else all.
    match tables::precomputed_completions(key) {
        Some(words) if precomputed_serves(words.len(), limit) => {
            if !exact {
                for i in tables::matches(key) {
                    candidates.push(tables::match_word(i), true);
                }
            }
            for word in words {
                candidates.push(word, false);
            }
        }
        _ if exact => {
            // The compiled exact name's first places are in the packs' list already.
            let mut compiled = Candidates::default();
            compiled_completions(key, &mut compiled);
            candidates.ranked.extend(compiled.ranked);
        }
        _ => compiled_completions(key, &mut candidates),
    }
    for &longer in longer.iter().take(MAX_PACK_KEYS) {
        if let Some(list) = crate::packs::matches(longer) {
            for &word in list.words() {
                candidates.push(word, false);
            }
        }
    }
    candidates.best(limit)
}

/// A match word (a name id and the flags of its match, as the match table holds them), with
/// its rank among completions (`toponym_shared::suggest::rank`, which the precomputed
/// completions were ranked by).
fn ranked_word(word: u32) -> (u64, Match) {
    let m = Match::from_name(Name::from_index(word & layout::MATCH_NAME_MASK));
    let (name, place) = (m.name(), m.place());
    let lang = languages::primary_subtag(name.lang());
    let completion = Completion {
        prominence: tables::prominence(place.index()),
        status: name.status(),
        widely_used: word & layout::WIDELY_USED_MATCH != 0,
        rare: word & layout::RARE_MATCH != 0,
        english: lang == "en" || word & layout::ENGLISH_MATCH != 0,
        long_form: word & layout::LONG_FORM_MATCH != 0,
        place: place.index() as u32,
        name: name.index() as u32,
    };
    (rank(&completion), m)
}

/// A ranking packed into one number, compared as the tuple of its parts would be: one sort
/// of `(u128, Match)` serves completions and typos alike (each sort of a tuple of its own is
/// kilobytes of code in the WebAssembly module).
#[derive(Clone, Copy)]
struct Order(u128);

impl Order {
    /// Starts with `first` (exactness, or edits), then the name's tier, the place's importance
    /// (higher first), the place, and English names before others.
    fn new(first: u8, m: Match) -> Order {
        Order(u128::from(first))
            .then(tier(m).into(), 2)
            .then((u32::MAX - m.place().importance()).into(), 32)
            .then(m.place().index() as u128, 24)
            .then(not_english(m).into(), 1)
    }

    /// Appends `value` of `bits` bits, which rank after everything before.
    fn then(self, value: u128, bits: u32) -> Order {
        Order(self.0 << bits | value)
    }
}

fn sort_ranked(ranked: &mut [(u128, Match)]) {
    ranked.sort_unstable_by_key(|&(order, _)| order);
}

fn not_english(m: Match) -> bool {
    m.name().lang().split('-').next() != Some("en")
}

/// How good a name is to show for a suggestion: 0 a current primary name in a widely used
/// language, 1 another current name, 2 a historic one or a code.
fn tier(m: Match) -> u8 {
    let name = m.name();
    if name.status().is_historic() || name.status() == Status::Code {
        return 2;
    }
    let widely_used = toponym_shared::languages::is_widely_used(name.lang());
    if widely_used && status_class(name.status()) == 0 {
        0
    } else {
        1
    }
}

/// Collects (slot, depth) of the keys below `node`, depth-first in key order, so that the
/// key of `node` itself, if any, comes first at depth 0.
fn collect(
    fst: &Fst<&'static [u8]>,
    node: Node<'_>,
    out: Output,
    depth: usize,
    slots: &mut Vec<(u32, usize)>,
) {
    if node.is_final() {
        slots.push((out.cat(node.final_output()).value() as u32, depth));
    }
    for t in node.transitions() {
        collect(fst, fst.node(t.addr), out.cat(t.out), depth + 1, slots);
    }
}

/// How far a typo-tolerant search goes.
#[derive(Clone, Copy)]
pub(crate) struct Reach {
    /// The numbers of first characters of the input that are taken as typed right, tried in
    /// turn until one finds something (0: every key).
    pub(crate) anchors: &'static [usize],
    /// Transducer states visited at most, whatever the input.
    pub(crate) steps: usize,
}

/// The search of `suggest`: most typos spare the first letters, so below the first two, then
/// the first one, which is far cheaper, and only then among every key.
pub(crate) const SUGGEST_REACH: Reach = Reach {
    anchors: &[2, 1, 0],
    steps: FUZZY_STEPS,
};

/// Keys within `max_edits` (optimal string alignment distance, by character) of `key`:
/// compiled ones, and those of the loaded language packs.
pub(crate) fn fuzzy(key: &str, max_edits: usize, limit: usize, reach: Reach) -> Vec<Suggestion> {
    let query: Vec<char> = key.chars().collect();
    let mut hits: Vec<(usize, Matches)> = near_keys(keys_fst(), &query, max_edits, reach)
        .into_iter()
        .map(|(edits, slot)| (edits, Matches::from_range(tables::slot(slot).1)))
        .collect();
    if let Some(packs) = crate::packs::pack_keys() {
        let near = near_keys(&packs.fst, &query, max_edits, reach);
        hits.extend(near.into_iter().map(|(edits, index)| {
            let key = packs.keys[index as usize];
            (edits, crate::resolve::matches_of_key(key))
        }));
    }
    // As for completions: "Kiyv" is one edit from "Kiev" (Spanish) and from "Kyiv".
    let mut ranked: Vec<(u128, Match)> = hits
        .into_iter()
        .flat_map(|(edits, matches)| {
            matches.map(move |m| {
                let order = Order::new(edits as u8, m).then(m.name().index() as u128, 24);
                (order.0, m)
            })
        })
        .collect();
    sort_ranked(&mut ranked);
    let mut found = Vec::new();
    for (order, m) in ranked {
        // The edits are the first part of the order.
        let edits = (order >> (2 + 32 + 24 + 1 + 24)) as u8;
        add(&mut found, m, edits);
        if found.len() >= limit {
            break;
        }
    }
    found
}

/// The keys of `fst` within `max_edits` of `query`, searched as `reach` says: (edits, the
/// key's value in the transducer).
fn near_keys<D: AsRef<[u8]>>(
    fst: &Fst<D>,
    query: &[char],
    max_edits: usize,
    reach: Reach,
) -> Vec<(usize, u32)> {
    let mut search = Search::new(fst, query, max_edits, reach.steps);
    for &anchor in reach.anchors {
        if anchor >= query.len() {
            continue;
        }
        search.walk_below(&query[..anchor]);
        if !search.hits.is_empty() {
            break;
        }
    }
    search.hits
}

/// A depth-first walk of the key transducer that keeps, for the key walked so far, the row
/// of the edit-distance table against the query: one row per character of the key, in one
/// buffer, and only the cells within `max_edits` of the diagonal computed (the others are
/// known to be further). No allocation per step.
struct Search<'a, D> {
    fst: &'a Fst<D>,
    query: &'a [char],
    max_edits: usize,
    max_steps: usize,
    steps: usize,
    /// (edits, slot) of each key within reach.
    hits: Vec<(usize, u32)>,
    /// Row `d` (the key's first `d` characters) at `rows[d * width..]`; cells saturate at
    /// `max_edits + 1`.
    rows: Vec<u8>,
    width: usize,
    /// The key's characters: `chars[d]` is its `d`-th (from 1).
    chars: Vec<char>,
}

impl<'a, D: AsRef<[u8]>> Search<'a, D> {
    fn new(
        fst: &'a Fst<D>,
        query: &'a [char],
        max_edits: usize,
        max_steps: usize,
    ) -> Search<'a, D> {
        let width = query.len() + 1;
        // A key more than `max_edits` characters longer than the query is too far.
        let depth = query.len() + max_edits + 1;
        let mut rows = vec![0u8; (depth + 1) * width];
        let far = (max_edits + 1) as u8;
        for (j, cell) in rows[..width].iter_mut().enumerate() {
            *cell = (j as u8).min(far);
        }
        Search {
            fst,
            query,
            max_edits,
            max_steps,
            steps: 0,
            hits: Vec::new(),
            rows,
            width,
            chars: vec!['\0'; depth + 1],
        }
    }

    /// Searches the keys that start with `prefix` (a prefix of the query).
    fn walk_below(&mut self, prefix: &[char]) {
        let mut node = self.fst.root();
        let mut out = Output::zero();
        let mut least = 0;
        for (i, &c) in prefix.iter().enumerate() {
            let Some(next) = self.follow(node, out, c) else {
                return;
            };
            (node, out) = next;
            least = self.fill(i + 1, c);
        }
        self.walk(node, out, prefix.len(), [0; 4], 0, least);
    }

    /// The node after the character `c` from `node`, and the output so far; `None` when no
    /// key goes on with it.
    fn follow<'n>(&self, mut node: Node<'n>, mut out: Output, c: char) -> Option<(Node<'n>, Output)>
    where
        'a: 'n,
    {
        let fst: &'a Fst<D> = self.fst;
        for &b in c.encode_utf8(&mut [0; 4]).as_bytes() {
            let t = node.transition(node.find_input(b)?);
            out = out.cat(t.out);
            node = fst.node(t.addr);
        }
        Some((node, out))
    }

    /// Computes row `d` for the key's `d`-th character `c`; returns the row's least cell.
    fn fill(&mut self, d: usize, c: char) -> usize {
        let (q, k, w) = (self.query, self.max_edits, self.width);
        let far = (k + 1) as u8;
        self.chars[d] = c;
        let (before, rest) = self.rows.split_at_mut(d * w);
        let row = &mut rest[..w];
        let prev = &before[(d - 1) * w..];
        let prev2 = (d >= 2).then(|| &before[(d - 2) * w..(d - 1) * w]);
        let prev_char = self.chars[d - 1];
        row[0] = (d.min(k + 1)) as u8;
        let (lo, hi) = (d.saturating_sub(k).max(1), (d + k).min(q.len()));
        // Outside the band the distance is more than `max_edits`: the next row reads the
        // cells on either side of it, which say so; the others are never read.
        if lo > 1 {
            row[lo - 1] = far;
        }
        if hi < q.len() {
            row[hi + 1] = far;
        }
        let mut least = row[0];
        for j in lo..=hi {
            let cost = u8::from(q[j - 1] != c);
            let mut best = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if let Some(p2) = prev2
                && j > 1
                && q[j - 1] == prev_char
                && q[j - 2] == c
            {
                best = best.min(p2[j - 2] + 1);
            }
            row[j] = best.min(far);
            least = least.min(row[j]);
        }
        least as usize
    }

    /// Depth-first over the transducer from `node`, the key `depth` characters long, with
    /// `pending` bytes of a character not yet complete; `least` is the least cell of row
    /// `depth`.
    fn walk(
        &mut self,
        node: Node<'_>,
        out: Output,
        depth: usize,
        pending: [u8; 4],
        len: usize,
        least: usize,
    ) {
        self.steps += 1;
        if self.steps > self.max_steps {
            return;
        }
        let n = self.query.len();
        // The last cell is within the band of cells kept up to date only when the key's
        // length is within `max_edits` of the query's; else the key is too far anyway.
        if len == 0 && node.is_final() && depth.abs_diff(n) <= self.max_edits {
            let edits = self.rows[depth * self.width + n] as usize;
            if edits <= self.max_edits {
                let slot = out.cat(node.final_output()).value() as u32;
                self.hits.push((edits, slot));
            }
        }
        if len == 0 && depth + 1 >= self.chars.len() {
            return;
        }
        if len == 0 && least == self.max_edits && 2 * self.max_edits + 2 <= NEAR {
            return self.walk_exhausted(node, out, depth);
        }
        for t in node.transitions() {
            let mut bytes = pending;
            bytes[len] = t.inp;
            // ASCII, most of the keys of Latin scripts, needs no decoding.
            let decoded = if len == 0 && t.inp < 0x80 {
                Decoded::Char(char::from(t.inp))
            } else {
                decode(&bytes[..len + 1])
            };
            match decoded {
                // The next node is read only where the walk goes on.
                Decoded::Char(c) => {
                    let least = self.fill(depth + 1, c);
                    if least <= self.max_edits {
                        let next = self.fst.node(t.addr);
                        self.walk(next, out.cat(t.out), depth + 1, [0; 4], 0, least);
                    }
                }
                Decoded::Incomplete => {
                    let next = self.fst.node(t.addr);
                    self.walk(next, out.cat(t.out), depth, bytes, len + 1, least);
                }
                Decoded::Invalid => {}
            }
        }
    }

    /// The walk on from `node` (the key `depth` characters long, at a character boundary)
    /// once the key has used every edit. Then a cell of the next row is within
    /// `max_edits` only by a match or a transposition, so the next character of the key is
    /// one of the query's near position `depth`: those are followed, in the transducer's
    /// order, rather than every transition (a node can have hundreds).
    fn walk_exhausted(&mut self, node: Node<'_>, out: Output, depth: usize) {
        let k = self.max_edits;
        // A match makes cell `j` of the next row from the query's character `j - 1`, with
        // `j` within `k` of `depth + 1`; a transposition from character `j - 2`.
        let from = (depth + 1).saturating_sub(k + 2);
        let to = (depth + k + 1).min(self.query.len());
        let mut near = [char::MAX; NEAR];
        let near = &mut near[..to.saturating_sub(from)];
        near.copy_from_slice(&self.query[from.min(to)..to]);
        near.sort_unstable();
        for (i, &c) in near.iter().enumerate() {
            if i > 0 && near[i - 1] == c {
                continue;
            }
            let Some((at, through)) = self.follow(node, out, c) else {
                continue;
            };
            let least = self.fill(depth + 1, c);
            if least <= k {
                self.walk(at, through, depth + 1, [0; 4], 0, least);
            }
        }
    }
}

/// The most characters of the query that `walk_exhausted` looks at: the window of
/// `2 * max_edits + 2` around a position, for up to three edits.
const NEAR: usize = 8;

enum Decoded {
    Char(char),
    Incomplete,
    Invalid,
}

/// The character that `bytes` (one to four) encode in UTF-8, or whether more are to come.
fn decode(bytes: &[u8]) -> Decoded {
    let need = match bytes[0] {
        0x00..=0x7F => 1,
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return Decoded::Invalid,
    };
    if bytes.len() < need {
        return Decoded::Incomplete;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.chars().next().map_or(Decoded::Invalid, Decoded::Char),
        Err(_) => Decoded::Invalid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use toponym_shared::suggest::PRECOMPUTED;

    /// The precomputed completions of every prefix are what ranking them now gives.
    #[test]
    fn precomputed_completions_are_the_ranked_ones() {
        let prefixes = tables::precomputed_prefixes();
        assert!(prefixes.len() > 100, "{}", prefixes.len());
        let mut longer = std::collections::BTreeMap::new();
        for prefix in prefixes {
            let stored = tables::precomputed_completions(prefix).unwrap().len();
            // A list longer than the usual one answers every limit up to its length; beyond
            // it the completions are ranked at the keystroke.
            let limits = if stored > PRECOMPUTED {
                *longer.entry(stored).or_insert(0) += 1;
                vec![
                    PRECOMPUTED,
                    PRECOMPUTED + 1,
                    stored,
                    stored + 1,
                    MAX_SUGGESTIONS,
                ]
            } else {
                vec![PRECOMPUTED]
            };
            for limit in limits {
                assert_eq!(
                    complete(prefix, limit),
                    ranked_completions(prefix, limit),
                    "{prefix} {limit}"
                );
            }
        }
        // Lists of 30 and of 100, and shorter ones that hold every place of their prefix.
        assert!(
            longer[&30] > 10 && longer[&MAX_SUGGESTIONS] > 10,
            "{longer:?}"
        );
    }
}
