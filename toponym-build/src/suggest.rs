//! The precomputed completions of `suggest`: for every prefix that many keys share (every
//! first letter, and the common beginnings of names), or whose keys have many bytes after it
//! (long names), the best ten places, and the best hundred below the largest prefixes (see
//! [`precomputed_for`]), ranked as the library ranks completions at query time (the
//! ranking is `toponym_shared::suggest::rank`, used by both). Ranking the places of
//! thousands of keys at each keystroke took up to 0.7 ms; a look-up in this table takes well
//! under a microsecond.

use std::collections::HashMap;

use toponym_shared::suggest::{PRECOMPUTED_FOR_HUGE, precomputed_for, third_of_another_group};

/// The table: prefixes sorted, one string after another; for each, the end of its text and
/// the end of its completions (two words); the completions as match words (a name index
/// and the flags of its match, as in the match table), so that a completion can be ranked
/// again at query time among those of language packs.
pub(crate) struct Precomputed {
    pub(crate) prefixes: String,
    pub(crate) index: Vec<u32>,
    pub(crate) completions: Vec<u32>,
}

/// One match of a key, ready to rank: its rank (smaller first), match word and place index.
#[derive(Clone, Copy)]
pub(crate) struct Ranked {
    pub(crate) rank: u64,
    /// The match word: the name index and its flags (`layout::RARE_MATCH`, ...).
    pub(crate) word: u32,
    pub(crate) place: u32,
    /// Whether, when the key is exactly what was typed, the place comes first
    /// (`toponym_shared::suggest::exact_comes_first`).
    pub(crate) exact_first: bool,
    /// The place's group of kinds (`toponym_shared::suggest::kind_group`).
    pub(crate) group: u8,
}

/// The completions of every large prefix of `keys` (sorted), whose matches are `matches` in
/// the order `resolve` gives them (an exact name's places come first, in that order).
pub(crate) fn precompute(keys: &[String], matches: &[Vec<Ranked>]) -> Precomputed {
    // How many keys have each prefix, at character boundaries, and how many bytes they have
    // after it.
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for key in keys {
        for (at, c) in key.char_indices() {
            let prefix = &key[..at + c.len_utf8()];
            let (n, bytes) = counts.entry(prefix).or_default();
            *n += 1;
            *bytes += key.len() - prefix.len();
        }
    }
    let mut large: Vec<(&str, usize, usize)> = counts
        .into_iter()
        .filter_map(|(prefix, (n, bytes))| {
            let stored = precomputed_for(n, bytes);
            (stored > 0).then_some((prefix, n, stored))
        })
        .collect();
    large.sort_unstable();

    let mut table = Precomputed {
        prefixes: String::new(),
        index: Vec::with_capacity(large.len() * 2),
        completions: Vec::new(),
    };
    let mut candidates: Vec<Ranked> = Vec::new();
    let mut best: Vec<Ranked> = Vec::with_capacity(PRECOMPUTED_FOR_HUGE);
    for (prefix, n, stored) in large {
        let lo = keys.partition_point(|k| k.as_str() < prefix);
        let exact = keys[lo] == prefix;
        candidates.clear();
        // The exact name's places first, in `resolve`'s order; then the others by rank.
        if exact {
            candidates.extend(matches[lo].iter().filter(|m| m.exact_first));
        }
        let first = candidates.len();
        if exact {
            candidates.extend(matches[lo].iter().filter(|m| !m.exact_first));
        }
        candidates.extend(matches[lo + usize::from(exact)..lo + n].iter().flatten());
        candidates[first..].sort_unstable_by_key(|m| m.rank);
        best.clear();
        let mut rest = candidates.iter().enumerate();
        // How many of `best` are the exact name's places that come first.
        let mut exact = 0;
        while best.len() < stored {
            let Some((i, m)) = rest.next() else { break };
            if !best.iter().any(|b| b.place == m.place) {
                best.push(*m);
                exact += usize::from(i < first);
            }
        }
        // As the library orders completions ranked at query time: when the first three are
        // of one group of kinds, the best place of another comes third, unless the exact
        // name's places are the first three.
        let groups: Vec<u8> = best.iter().map(|m| m.group).collect();
        if exact < 3 && groups.len() >= 3 && groups[..3].iter().all(|&g| g == groups[0]) {
            if let Some(i) = third_of_another_group(&groups) {
                let m = best.remove(i);
                best.insert(2, m);
            } else if let Some((_, m)) = rest.find(|(_, m)| m.group != groups[0]) {
                best.insert(2, *m);
                best.truncate(stored);
            }
        }
        table.completions.extend(best.iter().map(|m| m.word));
        table.prefixes.push_str(prefix);
        table.index.push(table.prefixes.len() as u32);
        table.index.push(table.completions.len() as u32);
    }
    table
}
