//! Cutting the data down to some languages.

use crate::load::{Dataset, Name};
use toponym_shared::Kind;

/// Keeps only the names in `languages` (primary subtags, sorted), every name from the
/// hand-curated source whatever its language, and, for a place that would otherwise have
/// none, its first name. Codes (`zxx`) go unless asked for: `lookup` finds a country by its
/// ISO code from its record, whatever the cut.
///
/// Physical features that no country administers or claims (seas, rivers, mountains, the
/// islands of one country) keep their first name only, unless one of their names is one
/// country's usage (the Persian Gulf, the Sea of Japan) or a name of some years (Denali):
/// a cut is for a small build, and plain features are what its users miss least, while
/// contested and renamed places are the point of the gazetteer.
///
/// Returns the names it took out, in data order: the language packs (see `emit`).
pub fn keep_languages(data: &mut Dataset, languages: &[String]) -> Vec<Name> {
    let curated = data.sources.iter().position(|s| s.id == "curated");
    let mut contested_or_renamed = vec![false; data.places.len()];
    for n in &data.names {
        contested_or_renamed[n.place] |=
            !n.worldview.is_empty() || n.from.is_some() || n.until.is_some();
    }
    let physical: Vec<bool> = data
        .places
        .iter()
        .map(|p| {
            matches!(
                p.kind,
                Kind::BodyOfWater
                    | Kind::Mountain
                    | Kind::Landform
                    | Kind::Peninsula
                    | Kind::Island
                    | Kind::IslandGroup
            ) && p.administered_by.is_empty()
                && p.claimed_by.is_empty()
        })
        .zip(&contested_or_renamed)
        .map(|(physical, kept)| physical && !kept)
        .collect();
    let keep = |n: &Name| {
        let primary = toponym_shared::languages::primary_subtag(&n.lang);
        !physical[n.place]
            && (Some(n.source) == curated
                || languages
                    .binary_search_by(|l| l.as_str().cmp(primary))
                    .is_ok())
    };
    let mut kept = vec![false; data.places.len()];
    for n in &data.names {
        kept[n.place] |= keep(n);
    }
    let mut first_of_place = vec![true; data.places.len()];
    let (kept_names, dropped) = std::mem::take(&mut data.names).into_iter().partition(|n| {
        let first = std::mem::replace(&mut first_of_place[n.place], false);
        keep(n) || (!kept[n.place] && first)
    });
    data.names = kept_names;
    dropped
}
