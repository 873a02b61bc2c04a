//! The word lists of `data/terms/`, compiled by the build: articles and generic words said
//! with names, abbreviations of words, abbreviations of regions, titles of persons, and the
//! placeholders of forms. All are folded, so a folded query is compared with them as it is.

use crate::tables::{
    ABBREVIATIONS, GENERIC_TERMS, PLACEHOLDERS, REGION_ABBREVIATIONS, SUBDIVISIONS_BY_SUFFIX,
    TITLES,
};
use crate::{Kind, Place};

/// Where a generic term stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Position {
    Prefix = 0,
    Suffix = 1,
}

/// A generic term said before or after a name.
#[derive(Clone, Copy, Debug)]
pub(crate) struct GenericTerm {
    pub(crate) term: &'static str,
    kinds: u32,
}

impl GenericTerm {
    /// A term said of the kinds that both `self` and `other` are said of.
    pub(crate) fn and(self, other: GenericTerm) -> GenericTerm {
        GenericTerm {
            kinds: self.kinds & other.kinds,
            ..self
        }
    }

    /// Whether the term is said of places of this kind.
    pub(crate) fn fits(self, kind: Kind) -> bool {
        self.kinds & (1 << kind as u32) != 0
    }
}

fn term_at(i: usize) -> GenericTerm {
    let (term, _, _, kinds) = GENERIC_TERMS[i];
    GenericTerm { term, kinds }
}

/// The generic term `term` (folded) in `position`, if it is one.
pub(crate) fn generic(position: Position, term: &str) -> Option<GenericTerm> {
    GENERIC_TERMS
        .binary_search_by(|&(t, p, ..)| (p, t).cmp(&(position as u8, term)))
        .ok()
        .map(term_at)
}

/// The suffixes written without a space (`市`, `특별시`), longest first within a run of
/// equal length: `each` is called for every such term that `word` ends with.
pub(crate) fn attached_suffixes(word: &str, mut each: impl FnMut(GenericTerm)) {
    for (i, &(term, position, attached, _)) in GENERIC_TERMS.iter().enumerate() {
        if attached && position == Position::Suffix as u8 && word.ends_with(term) {
            each(term_at(i));
        }
    }
}

/// The generic terms written attached before `word` (folded): Thai จังหวัด.
pub(crate) fn attached_prefixes(word: &str, mut each: impl FnMut(GenericTerm)) {
    for (i, &(term, position, attached, _)) in GENERIC_TERMS.iter().enumerate() {
        if attached && position == Position::Prefix as u8 && word.starts_with(term) {
            each(term_at(i));
        }
    }
}

/// Whether `word` (folded) is a generic term or an article in any position.
pub(crate) fn is_generic(word: &str) -> bool {
    generic(Position::Prefix, word).is_some() || generic(Position::Suffix, word).is_some()
}

/// The expansions of the abbreviation `word` (folded): "rep" → "republic".
pub(crate) fn expansions(word: &str) -> &'static [(&'static str, &'static str)] {
    let start = ABBREVIATIONS.partition_point(|&(a, _)| a < word);
    let end = start + ABBREVIATIONS[start..].partition_point(|&(a, _)| a == word);
    &ABBREVIATIONS[start..end]
}

/// The regions that `abbreviation` (folded) stands for: "mass" → Massachusetts.
pub(crate) fn regions(abbreviation: &str) -> impl Iterator<Item = Place> {
    let start = REGION_ABBREVIATIONS.partition_point(|&(a, _)| a < abbreviation);
    REGION_ABBREVIATIONS[start..]
        .iter()
        .take_while(move |&&(a, _)| a == abbreviation)
        .map(|&(_, place)| Place::from_index(place))
}

/// The regions whose ISO 3166-2 code ends with `-` and `suffix` (folded, lower case): "oh"
/// → Ohio; "wa" → Washington and Western Australia, the most prominent first.
pub(crate) fn regions_by_code(suffix: &str) -> impl Iterator<Item = Place> {
    fn place(i: usize) -> Place {
        Place::from_index(SUBDIVISIONS_BY_SUFFIX[i])
    }
    // Codes are upper case, the suffix folded: compared byte by byte, ignoring case.
    let cmp = move |i: usize| {
        let code = place(i).iso_subdivision().unwrap_or("");
        let after = code.split_once('-').map_or("", |(_, s)| s);
        after
            .bytes()
            .map(|b| b.to_ascii_lowercase())
            .cmp(suffix.bytes())
    };
    let n = SUBDIVISIONS_BY_SUFFIX.len();
    let start = crate::tables::partition_point(0..n as u32, |i| cmp(i as usize).is_lt()) as usize;
    (start..n).take_while(move |&i| cmp(i).is_eq()).map(place)
}

/// Whether `word` (folded) is a title before a person's name: "mr", "president", "königin".
pub(crate) fn is_title(word: &str) -> bool {
    TITLES.binary_search(&word).is_ok()
}

/// Whether the words of a query (folded, joined by spaces) are what a form holds where no
/// place is given: "n a", "unknown", "不明" (`data/terms/placeholders.tsv`).
pub(crate) fn is_placeholder(words: &str) -> bool {
    PLACEHOLDERS.binary_search(&words).is_ok()
}

/// Whether `word` (folded) is a generic term, or the first words of one: "república" of
/// "república de", "kingdom" of "kingdom of".
pub(crate) fn is_generic_word(word: &str) -> bool {
    if is_generic(word) {
        return true;
    }
    [Position::Prefix, Position::Suffix]
        .iter()
        .any(|&position| {
            let at = GENERIC_TERMS.partition_point(|&(t, p, ..)| (p, t) < (position as u8, word));
            GENERIC_TERMS[at..]
                .iter()
                .take_while(|&&(t, p, ..)| p == position as u8 && t.starts_with(word))
                .any(|&(t, ..)| t.as_bytes().get(word.len()) == Some(&b' '))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_and_folded() {
        assert!(
            GENERIC_TERMS
                .windows(2)
                .all(|w| (w[0].1, w[0].0) < (w[1].1, w[1].0))
        );
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] <= w[1]));
        assert!(REGION_ABBREVIATIONS.windows(2).all(|w| w[0] <= w[1]));
        assert!(TITLES.windows(2).all(|w| w[0] < w[1]));
        assert!(PLACEHOLDERS.windows(2).all(|w| w[0] < w[1]));
        for &(t, ..) in GENERIC_TERMS {
            assert_eq!(crate::fold(t), t);
        }
    }

    #[test]
    fn look_ups() {
        assert!(
            generic(Position::Prefix, "the")
                .unwrap()
                .fits(Kind::Country)
        );
        assert!(generic(Position::Prefix, "republic of").is_some());
        let prefecture = generic(Position::Suffix, "prefecture").unwrap();
        assert!(prefecture.fits(Kind::Region) && !prefecture.fits(Kind::City));
        let mut found = Vec::new();
        attached_suffixes("北京市", |t| found.push(t.term));
        assert_eq!(found, ["市"]);
        assert!(expansions("rep").iter().any(|&(_, e)| e == "republic"));
        assert_eq!(
            regions("mass").next().unwrap().iso_subdivision(),
            Some("US-MA")
        );
        assert!(is_title("president") && !is_title("paris"));
    }
}
