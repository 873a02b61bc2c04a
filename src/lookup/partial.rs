//! Names inside a longer string: "ESPAÑA (SPAIN)", "THE ISLAND OF CRETE", "China/Chine",
//! "Berlin 10115 Germany", "愛知県名古屋市". The string is scanned as running text is, and
//! the most specific place comes first: one inside the places of more of the other names
//! ("名古屋市" inside "愛知県"; "成都" inside "四川" inside "中国"), then the longest name.

use core::ops::Range;

use super::tokens::Words;
use super::{How, Lookup, Rule, exact};
use crate::text::{Candidate, candidates};
use crate::{Place, Status};

/// Whether a name found in the query counts: not an article or a generic word ("the",
/// "island", which is also Iceland's German name; "república" of "república de", which is also
/// a town in Brazil), not an ordinary English word, not a code, not a one-letter name.
fn counts(c: &Candidate) -> bool {
    let Some(best) = c.matches.clone().next() else {
        return false;
    };
    c.key.chars().count() >= 2
        && !crate::terms::is_generic_word(c.key)
        && !crate::text::is_common_word(c.key)
        && best.name().status() != Status::Code
}

/// The partial rule: pushes the places named inside the query, and says whether every word
/// of the query is accounted for (a name found, an article, a generic or ordinary word, an
/// abbreviation or a code), which makes the reading sure.
pub(super) fn find(query: &str, words: &Words, out: &mut Lookup) -> bool {
    let all = 0..words.len();
    // The query without its numbers and punctuation: "Москва, 101000".
    let whole = exact(words.key(all.clone()));
    if whole.len() > 0 {
        let span = words.span(all);
        out.push_all(whole, How::by(Rule::Partial, span));
        return true;
    }
    let found: Vec<Candidate> = candidates(query).into_iter().filter(counts).collect();
    if found.is_empty() {
        return false;
    }
    let places: Vec<Vec<Place>> = found
        .iter()
        .map(|c| c.matches.clone().map(|m| m.place()).collect())
        .collect();
    // The places of the other names than the `i`-th.
    let others = |i: usize| {
        places
            .iter()
            .enumerate()
            .filter(move |&(j, _)| j != i)
            .flat_map(|(_, p)| p.iter().copied())
    };
    // How many other names have a place that holds one of the `i`-th name's places.
    let depth = |i: usize| {
        (0..found.len())
            .filter(|&j| j != i)
            .filter(|&j| {
                places[i]
                    .iter()
                    .any(|&p| places[j].iter().any(|&area| p.is_within(area)))
            })
            .count()
    };
    // A few names at most: each time the best of those left (no sort, which would add a
    // sort's code to the WebAssembly module for a handful of items).
    let rank = |i: usize| (depth(i), found[i].end - found[i].start, usize::MAX - i);
    let mut left: Vec<usize> = (0..found.len()).collect();
    while let Some(best) = (0..left.len()).max_by_key(|&k| rank(left[k])) {
        let i = left.swap_remove(best);
        let c = &found[i];
        // Of a name's places, those inside another name's place first: Berlin the city in
        // "Berlin 10115 Germany", before Berlin the state.
        let (inside, rest): (Vec<_>, Vec<_>) = c
            .matches
            .clone()
            .partition(|m| others(i).any(|area| m.place().is_within(area)));
        out.push_all(inside, How::by(Rule::Partial, c.start..c.end));
        out.push_all(rest, How::by(Rule::Partial, c.start..c.end));
    }
    words.words.iter().enumerate().all(|(i, w)| {
        let word = words.key(i..i + 1);
        let spans: Vec<Range<usize>> = found
            .iter()
            .map(|c| c.start.max(w.start)..c.end.min(w.end))
            .filter(|r| r.start < r.end)
            .collect();
        covered_by(w.start..w.end, &spans)
            || crate::terms::is_generic_word(word)
            || crate::text::is_common_word(word)
            || !crate::terms::expansions(word).is_empty()
            || w.code_like
            || word.chars().count() <= 2
    })
}

/// Whether `spans` (inside `range`, in order, as the names of a text are found) cover every
/// byte of `range`.
fn covered_by(range: Range<usize>, spans: &[Range<usize>]) -> bool {
    let mut at = range.start;
    for r in spans.iter().cloned() {
        if r.start > at {
            return false;
        }
        at = at.max(r.end);
    }
    at >= range.end
}
