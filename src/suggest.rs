//! Suggestions for a search box: completions of a prefix, and names within a small edit
//! distance when nothing completes.

use fst::raw::{Fst, Node, Output};

use crate::key_transducer::keys_fst;
use crate::resolve::{Match, Matches};
use crate::tables;
use toponym_shared::status_class;

/// Longest prefix that is completed; longer input gives no suggestions.
const MAX_PREFIX_BYTES: usize = 256;
/// Most suggestions returned, whatever `limit` asks.
pub const MAX_SUGGESTIONS: usize = 100;
/// A prefix shared by more keys than this is completed from the keys in order of
/// importance instead of from every key that has it.
const SCAN_LIMIT: usize = 2048;
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
/// [`resolve`](crate::resolve), in any script), the exact name first, then by the place's
/// importance. When nothing completes, names within edit distance 1 (input of up to four
/// characters) or 2 (longer input, up to 32 characters: longer names are rarely typed with
/// typos in a search box, and the search's cost grows with the input) of the whole input,
/// nearest and most important first. Empty input, input of more than 256 bytes, or `limit`
/// 0 give nothing; `limit` is capped at [`MAX_SUGGESTIONS`].
///
/// # Examples
///
/// ```
/// let first = |q: &str| toponym::suggest(q, 5)[0].matched().place().id();
/// assert_eq!(first("Itur"), "iturup");
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
    fuzzy(&key, max_edits, limit)
}

/// Adds a place once, keeping its first (best) suggestion.
fn add(out: &mut Vec<Suggestion>, m: Match, edits: u8) {
    if !out.iter().any(|s| s.matched.place() == m.place()) {
        out.push(Suggestion { matched: m, edits });
    }
}

fn complete(key: &str, limit: usize) -> Vec<Suggestion> {
    let fst = keys_fst();
    // Walk to the prefix's node, then collect the slots below it, up to SCAN_LIMIT.
    let mut node = fst.root();
    let mut out = Output::zero();
    for &b in key.as_bytes() {
        let Some(t) = node.find_input(b) else {
            return Vec::new();
        };
        let tr = node.transition(t);
        out = out.cat(tr.out);
        node = fst.node(tr.addr);
    }
    let mut slots = Vec::new();
    let complete = collect(fst, node, out, 0, &mut slots);
    let mut found = Vec::new();
    if complete {
        let mut ranked: Vec<(bool, u8, u32, usize, Match)> = slots
            .iter()
            .flat_map(|&(slot, depth)| {
                Matches::from_range(tables::slot(slot).1).map(move |m| {
                    (
                        depth != 0,
                        tier(m),
                        u32::MAX - m.place().importance(),
                        depth,
                        m,
                    )
                })
            })
            .collect();
        // A place's names that complete equally well are together (same exactness and tier),
        // and the one shown is the English one if there is one ("Kyiv", not "Kyiw"; "Moscow",
        // not "Moscú"), as English is the fallback for showing names; then the shortest.
        ranked.sort_unstable_by_key(|&(exact, tier, importance, depth, m)| {
            (
                exact,
                tier,
                importance,
                m.place(),
                not_english(m),
                depth,
                m.name(),
            )
        });
        for (.., m) in ranked {
            add(&mut found, m, 0);
            if found.len() >= limit {
                break;
            }
        }
    } else {
        // A very common prefix: the most important keys that have it come soon enough.
        // Names in widely used languages first, then any.
        if let Some(&(slot, 0)) = slots.first() {
            for m in Matches::from_range(tables::slot(slot).1) {
                add(&mut found, m, 0);
            }
        }
        for wanted_tier in [0, 1, 2] {
            for &slot in slots_by_importance() {
                if found.len() >= limit {
                    break;
                }
                if tables::slot(slot).0.starts_with(key) {
                    for m in Matches::from_range(tables::slot(slot).1)
                        .filter(|&m| tier(m) == wanted_tier)
                    {
                        add(&mut found, m, 0);
                    }
                }
            }
        }
    }
    found.truncate(limit);
    found
}

fn not_english(m: Match) -> bool {
    m.name().lang().split('-').next() != Some("en")
}

/// How good a name is to show for a suggestion: 0 a current primary name in a widely used
/// language, 1 another current name, 2 a historic one.
fn tier(m: Match) -> u8 {
    let name = m.name();
    if name.status().is_historic() {
        return 2;
    }
    let widely_used = toponym_shared::languages::is_widely_used(name.lang());
    if widely_used && status_class(name.status()) == 0 {
        0
    } else {
        1
    }
}

/// Every slot of the key table, most important key first: built on first use (a few
/// milliseconds), rather than stored in the binary.
fn slots_by_importance() -> &'static [u32] {
    static SLOTS: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| {
        let mut slots: Vec<(u32, u32)> = (0..tables::KEY_SLOTS)
            .map(|slot| {
                let best = Matches::from_range(tables::slot(slot).1)
                    .map(|m| m.place().importance())
                    .max();
                (u32::MAX - best.unwrap_or(0), slot)
            })
            .collect();
        slots.sort_unstable();
        slots.into_iter().map(|(_, slot)| slot).collect()
    })
}

/// Collects (slot, depth) of the keys below `node`, depth-first in key order; `false` if
/// there are more than SCAN_LIMIT.
fn collect(
    fst: &Fst<&'static [u8]>,
    node: Node<'_>,
    out: Output,
    depth: usize,
    slots: &mut Vec<(u32, usize)>,
) -> bool {
    if node.is_final() {
        slots.push((out.cat(node.final_output()).value() as u32, depth));
        if slots.len() > SCAN_LIMIT {
            return false;
        }
    }
    for t in node.transitions() {
        if !collect(fst, fst.node(t.addr), out.cat(t.out), depth + 1, slots) {
            return false;
        }
    }
    true
}

/// Keys within `max_edits` (optimal string alignment distance, by character) of `key`.
fn fuzzy(key: &str, max_edits: usize, limit: usize) -> Vec<Suggestion> {
    let query: Vec<char> = key.chars().collect();
    let fst = keys_fst();
    let first_row: Vec<usize> = (0..=query.len()).collect();
    let mut hits: Vec<(usize, u32)> = Vec::new();
    let mut steps = 0;
    // Most typos spare the first letters: search below the first two, then the first one,
    // which is far cheaper, and only then among every key.
    let mut search = Search {
        fst,
        query: &query,
        max_edits,
        hits: &mut hits,
        steps: &mut steps,
    };
    for anchor in [2, 1, 0] {
        if anchor >= query.len() {
            continue;
        }
        search.walk_below(&query[..anchor], &first_row);
        if !search.hits.is_empty() {
            break;
        }
    }
    let mut ranked: Vec<(usize, u8, u32, Match)> = hits
        .iter()
        .flat_map(|&(edits, slot)| {
            Matches::from_range(tables::slot(slot).1)
                .map(move |m| (edits, tier(m), u32::MAX - m.place().importance(), m))
        })
        .collect();
    // As for completions: "Kiyv" is one edit from "Kiev" (Spanish) and from "Kyiv".
    ranked.sort_unstable_by_key(|&(edits, tier, importance, m)| {
        (edits, tier, importance, m.place(), not_english(m), m.name())
    });
    let mut found = Vec::new();
    for (edits, .., m) in ranked {
        add(&mut found, m, edits as u8);
        if found.len() >= limit {
            break;
        }
    }
    found
}

struct Search<'a> {
    fst: &'a Fst<&'static [u8]>,
    query: &'a [char],
    max_edits: usize,
    hits: &'a mut Vec<(usize, u32)>,
    steps: &'a mut usize,
}

impl Search<'_> {
    /// Searches the keys that start with `prefix` (a prefix of the query).
    fn walk_below(&mut self, prefix: &[char], first_row: &[usize]) {
        let mut node = self.fst.root();
        let mut out = Output::zero();
        let mut rows = vec![first_row.to_vec()];
        for (i, &c) in prefix.iter().enumerate() {
            let mut buf = [0u8; 4];
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                let Some(t) = node.find_input(b) else { return };
                let tr = node.transition(t);
                out = out.cat(tr.out);
                node = self.fst.node(tr.addr);
            }
            let prev = if i > 0 {
                Some(rows[i - 1].as_slice())
            } else {
                None
            };
            let prev_char = if i > 0 { Some(prefix[i - 1]) } else { None };
            let row = self.next_row(&rows[i], prev, prev_char, c);
            rows.push(row);
        }
        let n = rows.len();
        let prev = (n >= 2).then(|| rows[n - 2].clone());
        self.walk(
            node,
            out,
            &mut Vec::new(),
            &rows[n - 1],
            prev.as_deref(),
            prefix.last().copied(),
        );
    }

    /// Depth-first over the transducer; `pending` holds the bytes of a character not yet
    /// complete; `row` is the edit-distance row after the key's last complete character.
    fn walk(
        &mut self,
        node: Node<'_>,
        out: Output,
        pending: &mut Vec<u8>,
        row: &[usize],
        prev_row: Option<&[usize]>,
        prev_char: Option<char>,
    ) {
        *self.steps += 1;
        if *self.steps > FUZZY_STEPS {
            return;
        }
        if pending.is_empty() && node.is_final() && row[self.query.len()] <= self.max_edits {
            let slot = out.cat(node.final_output()).value() as u32;
            self.hits.push((row[self.query.len()], slot));
        }
        for t in node.transitions() {
            pending.push(t.inp);
            let out = out.cat(t.out);
            match std::str::from_utf8(pending) {
                Ok(s) => {
                    let c = s.chars().next().unwrap_or('\0');
                    let new_row = self.next_row(row, prev_row, prev_char, c);
                    if new_row.iter().min().is_some_and(|&m| m <= self.max_edits) {
                        let mut empty = Vec::new();
                        let next = self.fst.node(t.addr);
                        self.walk(next, out, &mut empty, &new_row, Some(row), Some(c));
                    }
                }
                Err(e) if e.error_len().is_none() && pending.len() < 4 => {
                    let next = self.fst.node(t.addr);
                    self.walk(next, out, pending, row, prev_row, prev_char);
                }
                Err(_) => {}
            }
            pending.pop();
        }
    }

    /// The next row of the optimal-string-alignment distance table after key character `c`.
    fn next_row(
        &self,
        row: &[usize],
        prev_row: Option<&[usize]>,
        prev_char: Option<char>,
        c: char,
    ) -> Vec<usize> {
        let q = self.query;
        let mut new_row = vec![row[0] + 1; q.len() + 1];
        for j in 1..=q.len() {
            let cost = usize::from(q[j - 1] != c);
            let mut best = (row[j] + 1).min(new_row[j - 1] + 1).min(row[j - 1] + cost);
            if let (Some(pr), Some(pc)) = (prev_row, prev_char)
                && j > 1
                && q[j - 1] == pc
                && q[j - 2] == c
            {
                best = best.min(pr[j - 2] + 1);
            }
            new_row[j] = best;
        }
        new_row
    }
}
