//! A name, then places that contain it: "Paris, Texas", "Dayton, OH", "Springfield (Mass.)",
//! "China, P.R.: Hong Kong", "Perth WA".

use core::ops::Range;

use super::tokens::{Gap, Words};
use super::{How, Lookup, NotInside, Rule, exact};
use crate::{Kind, Match, Place};

/// What the qualified rule made of a query.
pub(super) enum Outcome {
    /// It found places, in `Lookup::found`.
    Found,
    /// The query names a place inside another that holds no place of that name.
    NotInside(NotInside),
    /// The query is not a name and its qualifiers.
    NotQualified,
}

/// The kinds of place that contain others, and so can qualify a name.
fn contains_places(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Country
            | Kind::DependentTerritory
            | Kind::HistoricState
            | Kind::DisputedArea
            | Kind::Region
            | Kind::IslandGroup
            | Kind::Island
            | Kind::Peninsula
    )
}

/// Whether `area` contains `place` (see [`Place::is_within`]).
pub(super) fn within(place: Place, area: Place) -> bool {
    place.is_within(area)
}

/// The places a part of the query names as a qualifier.
struct Area {
    places: Vec<Place>,
    /// Named by a name or a region's abbreviation, not only by a code.
    named: bool,
    /// Named, or by a code written as one ("TX", not "tx" or "C.P."): sure enough to say
    /// that nothing of the name is inside it.
    sure: bool,
    /// A code written as one, in brackets: "(MX)".
    code_in_brackets: bool,
}

/// The places that the words `range` name as a qualifier: places that contain others, by
/// name (with or without a generic word: "马萨诸塞州", "온타리오주"); the abbreviations of
/// regions ("Mass.", "Ont."); the regions of any country by their ISO 3166-2 code without the
/// country's ("OH", "NSW"); and countries by their ISO 3166-1 codes.
fn area(words: &Words, range: Range<usize>, strong: bool) -> Area {
    let key = words.key(range.clone());
    let mut places: Vec<Place> = Vec::new();
    let add = |places: &mut Vec<Place>, p: Place| {
        if contains_places(p.kind()) && !places.contains(&p) {
            places.push(p);
        }
    };
    // After a comma, a qualifier may have its generic word ("Kanagawa Prefecture"); the last
    // words of a query without one ("Toronto ON") are read only as they are, which keeps
    // the many tries of that reading cheap.
    let found: Vec<Match> = if strong {
        candidates(words, range.clone())
    } else {
        exact(key).collect()
    };
    // Written as a code, the letters are not a name written otherwise: "Viana, AO" is in
    // Angola, not in Austria, which Vietnamese calls "Áo".
    let written_as_code = range.len() == 1 && words.words[range.start].code_like;
    let capitals = key.to_ascii_uppercase();
    for m in found {
        if !written_as_code || m.name().text() == capitals {
            add(&mut places, m.place());
        }
    }
    for p in crate::terms::regions(key) {
        add(&mut places, p);
    }
    // A whole ISO 3166-2 code, which the words split at its hyphen: "Dayton, US-OH".
    if let [_, second] = &words.words[range.clone()]
        && second.gap == Gap::Space
    {
        let (country, region) = (range.start..range.start + 1, range.start + 1..range.end);
        let code = format!("{}-{}", words.key(country), words.key(region));
        if let Some(p) = super::subdivision_code(&code) {
            add(&mut places, p);
        }
    }
    let named = !places.is_empty();
    let letters = (2..=3).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphabetic());
    if letters {
        for p in crate::terms::regions_by_code(key).chain(crate::place_by_iso(key)) {
            add(&mut places, p);
        }
    }
    Area {
        sure: named || (written_as_code && !places.is_empty()),
        named,
        code_in_brackets: written_as_code && words.words[range.start].gap == Gap::Open,
        places,
    }
}

/// The places of the words `range` as a name: stored names, then with an article or a
/// generic word taken away ("City of Paris, France") or put back ("神奈川"); a word
/// written as a code is the place of that ISO 3166-1 code too ("JP - Japan": the same
/// place twice, not a place "JP" inside Japan).
fn candidates(words: &Words, range: Range<usize>) -> Vec<Match> {
    candidates_and_span(words, range).0
}

/// The [`candidates`] of the words `range`, and the bytes of the query that name them: the
/// words' span, or with their numbers where those make the name.
fn candidates_and_span(words: &Words, range: Range<usize>) -> (Vec<Match>, Range<usize>) {
    // A name with a number, which the words leave out as a postal code, when it is a name:
    // "Sector 1, RO", "Lyon 03, FR" (not "75001 Paris").
    let numbered = words.span_with_numbers(range.clone());
    let text = &words.query()[numbered.clone()];
    if text.bytes().any(|b| b.is_ascii_digit()) {
        let found: Vec<Match> = crate::resolve(text).collect();
        if !found.is_empty() {
            return (found, numbered);
        }
    }
    (named(words, range.clone()), words.span(range))
}

/// The places of the words `range` as a name, numbers left out (see [`candidates`]).
fn named(words: &Words, range: Range<usize>) -> Vec<Match> {
    let key = words.key(range.clone());
    let mut found: Vec<Match> = exact(key).collect();
    if range.len() == 1
        && words.words[range.start].code_like
        && let Some(m) = crate::place_by_iso(key).and_then(|p| p.name_in("en", None))
        && !found.iter().any(|f| f.place() == m.place())
    {
        found.push(Match::from_name(m));
    }
    if !found.is_empty() {
        return found;
    }
    let mut lookup = Lookup::default();
    super::words::generic(words, range, &mut lookup);
    lookup.found.iter().map(|f| f.matched()).collect()
}

/// The qualified rule on the query's words.
pub(super) fn find(words: &Words, out: &mut Lookup) -> Outcome {
    let groups = dashed_names_whole(words, words.groups(Gap::Dash));
    if groups.len() >= 2 {
        // Slashes join names of one place ("China/Chine"): the partial rule reads those.
        if words.strongest_gap(0..words.len()) == Gap::Slash {
            return Outcome::NotQualified;
        }
        // "China, P.R.: Hong Kong": the qualifier comes first, whole, the name after the colon.
        let last = groups[groups.len() - 1].clone();
        if words.words[last.start].gap == Gap::Colon {
            return qualify(
                words,
                last.clone(),
                core::slice::from_ref(&(0..last.start)),
                true,
                out,
            );
        }
        return qualify(words, groups[0].clone(), &groups[1..], true, out);
    }
    // "Paris Texas", "Toronto ON", "Sydney NSW": the last words may be a qualifier. Weaker
    // evidence than a comma: a name of a place inside it, or nothing.
    let n = words.len();
    for tail in 1..=n.saturating_sub(1).min(3) {
        let name = 0..n - tail;
        let last_words = n - tail..n;
        if let Outcome::Found = qualify(words, name, core::slice::from_ref(&last_words), false, out)
        {
            return Outcome::Found;
        }
    }
    Outcome::NotQualified
}

/// `groups` with two that a dash joins made one where together they are a stored name:
/// CLDR's "Congo - Kinshasa" in "Goma (Congo - Kinshasa)".
fn dashed_names_whole(words: &Words, groups: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut whole: Vec<Range<usize>> = Vec::with_capacity(groups.len());
    for group in groups {
        if let Some(last) = whole.last_mut()
            && words.words[group.start].gap == Gap::Dash
            && exact(words.key(last.start..group.end)).len() > 0
        {
            last.end = group.end;
            continue;
        }
        whole.push(group);
    }
    whole
}

/// The places of the name `name` inside every part of `rest` that names a place.
fn qualify(
    words: &Words,
    name: Range<usize>,
    rest: &[Range<usize>],
    strong: bool,
    out: &mut Lookup,
) -> Outcome {
    // Parts that name no place (a county the data does not hold, "Rep.") are no qualifier.
    let areas: Vec<Area> = rest
        .iter()
        .map(|g| area(words, g.clone(), strong))
        .filter(|a| !a.places.is_empty())
        .collect();
    if areas.is_empty() {
        return Outcome::NotQualified;
    }
    let (name, found, span) = name_and_candidates(words, name);
    // "Mexico (MX)", "Panama (PA)": a name and its place's own code in brackets, as lists
    // label a country; the place itself, not a place of that name inside it.
    let labelled = found.iter().find(|m| {
        areas
            .iter()
            .any(|a| a.code_in_brackets && a.places.contains(&m.place()))
    });
    if let Some(&m) = labelled {
        out.push(m, How::by(Rule::Partial, span));
        return Outcome::Found;
    }
    // The innermost qualifier that contains a place is the one reported: "MA" of
    // "Springfield, MA, USA".
    let inside = |place: Place| -> Option<Place> {
        let mut innermost = None;
        for area in &areas {
            let holder = area.places.iter().copied().find(|&a| within(place, a))?;
            innermost.get_or_insert(holder);
        }
        innermost
    };
    let how = |qualifier| How {
        rule: Rule::Qualified,
        start: span.start as u32,
        end: span.end as u32,
        qualifier: Some(qualifier),
        edits: 0,
    };
    let before = out.len();
    for m in &found {
        if let Some(q) = inside(m.place()) {
            out.push(*m, how(q));
        }
    }
    // "KYIV, Ukraine (AP)": a code that holds nothing of the name ("AP") is no qualifier when
    // the names of places do qualify it.
    if out.len() == before && areas.iter().any(|a| a.named) {
        for m in &found {
            let holder = areas
                .iter()
                .filter(|a| a.named)
                .map(|a| a.places.iter().copied().find(|&p| within(m.place(), p)))
                .collect::<Option<Vec<_>>>();
            if let Some(q) = holder.and_then(|h| h.first().copied()) {
                out.push(*m, how(q));
            }
        }
    }
    // A name in another language that a namesake inside the qualifier has in English:
    // "Λονδίνο, Οντάριο" (London, Ontario), "Alejandría, Virginia".
    if out.len() == before {
        for m in found.iter().take(5) {
            let Some(english) = m.place().name("en") else {
                continue;
            };
            for namesake in exact(&crate::fold(english.text())) {
                if let Some(q) = inside(namesake.place()) {
                    out.push(namesake, how(q));
                }
            }
        }
    }
    if out.len() > before {
        return Outcome::Found;
    }
    // "ESPAÑA (SPAIN)", "Deutschland, Germany": the same place twice, no qualifier.
    let same = found
        .iter()
        .any(|m| areas.iter().any(|a| a.places.contains(&m.place())));
    if !strong || same {
        return Outcome::NotQualified;
    }
    // A misspelt name inside its qualifier: "Sydeny, NSW".
    if found.is_empty() && super::typo(words, name.clone(), Some(&inside), out) {
        return Outcome::Found;
    }
    // A country and no country after it: not a place inside a region but another reading
    // ("Venezuela, RB", where RB is also Rennell and Bellona's code), even when a town of
    // the name exists elsewhere.
    let country_like = |p: Place| {
        matches!(
            p.kind(),
            Kind::Country | Kind::DependentTerritory | Kind::HistoricState | Kind::WorldRegion
        )
    };
    if found.first().is_some_and(|m| country_like(m.place()))
        && areas
            .iter()
            .all(|a| !a.places.iter().any(|&p| country_like(p)))
    {
        return Outcome::NotQualified;
    }
    // Nothing of that name inside: say so, if a qualifier is sure, with the outermost one.
    let Some(sure) = areas.iter().rev().find(|a| a.sure) else {
        return Outcome::NotQualified;
    };
    Outcome::NotInside(NotInside {
        start: span.start as u32,
        end: span.end as u32,
        qualifier: sure.places[0],
    })
}

/// The name's words and its places; when it has none, the name without a last word that is a
/// code or a letter or two ("Milano MI, Italia": the province's code).
fn name_and_candidates(
    words: &Words,
    name: Range<usize>,
) -> (Range<usize>, Vec<Match>, Range<usize>) {
    let (found, span) = candidates_and_span(words, name.clone());
    if !found.is_empty() || name.len() < 2 {
        return (name, found, span);
    }
    let last = name.end - 1;
    if words.words[last].code_like || words.key(last..name.end).chars().count() <= 2 {
        let shorter = name.start..last;
        let (found, span) = candidates_and_span(words, shorter.clone());
        if !found.is_empty() {
            return (shorter, found, span);
        }
    }
    (name, found, span)
}
