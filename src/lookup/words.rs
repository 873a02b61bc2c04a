//! Names with words that their stored forms do not have, or have in full: articles and
//! generic words ("the Czech Republic", "Kanagawa Prefecture", "北京市"), abbreviated words
//! ("Lao PDR", "St. Lucia"), and the inverted forms of lists ("Korea, Rep.", "Bahamas, The").

use core::ops::Range;

use super::tokens::{Gap, Words};
use super::{How, Lookup, Rule, exact};
use crate::terms::{self, GenericTerm, Position};
use crate::{Kind, Match};

/// Most forms of a query tried with its abbreviations read in full.
const MAX_EXPANDED: usize = 8;
/// Most words of a generic term before or after a name ("estado libre asociado de").
const MAX_TERM_WORDS: usize = 4;

/// The forms of the words `range` with each abbreviation read in full ("lao pdr" → "lao
/// people's democratic republic"), at most [`MAX_EXPANDED`], and none when no word is one.
fn expanded(words: &Words, range: Range<usize>) -> Vec<String> {
    let mut forms = vec![String::new()];
    let mut any = false;
    for i in range {
        let word = words.key(i..i + 1);
        let options = terms::expansions(word);
        any |= !options.is_empty();
        let mut next = Vec::with_capacity(forms.len() * (1 + options.len()));
        for form in &forms {
            let alternatives = core::iter::once(word).chain(options.iter().map(|&(_, e)| e));
            for alternative in alternatives {
                if next.len() == MAX_EXPANDED {
                    break;
                }
                let mut f = form.clone();
                if !f.is_empty() {
                    f.push(' ');
                }
                f.push_str(alternative);
                next.push(f);
            }
        }
        forms = next;
    }
    if !any {
        return Vec::new();
    }
    // The first form is the query as written, which has been looked up already.
    forms.remove(0);
    forms
}

/// Pushes the places of `matches` that fit `term` (every place when none), with `how`.
fn push_fitting(
    matches: impl Iterator<Item = Match>,
    term: Option<GenericTerm>,
    how: How,
    out: &mut Lookup,
) -> bool {
    let before = out.len();
    for m in matches {
        if term.is_none_or(|t| t.fits(m.place().kind())) {
            out.push(m, how);
        }
    }
    out.len() > before
}

/// The generic rule on the words `range`: an article or a generic word taken away (once
/// before and once after the name at most), or the abbreviations read in full.
pub(super) fn generic(words: &Words, range: Range<usize>, out: &mut Lookup) -> bool {
    if range.is_empty() {
        return false;
    }
    // Abbreviations read in full: "Lao PDR", "St Lucia".
    for form in expanded(words, range.clone()) {
        if push_fitting(
            exact(&form),
            None,
            How::by(Rule::Generic, words.span(range.clone())),
            out,
        ) {
            return true;
        }
    }
    strip(words, range.clone(), None, 2, out) || attach(words, range, out)
}

/// A name in a script written without spaces, without the generic word that its stored form
/// has: "神奈川" for 神奈川県, "경기" for 경기도, "オハイオ" for オハイオ州.
fn attach(words: &Words, range: Range<usize>, out: &mut Lookup) -> bool {
    let key = words.key(range.clone());
    let unspaced = key.chars().all(|c| {
        matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}')
    });
    if !unspaced || key.is_empty() {
        return false;
    }
    let span = words.span(range);
    let mut with = String::with_capacity(key.len() + 16);
    for &(term, position, attached, _) in crate::tables::GENERIC_TERMS {
        if !attached || position != Position::Suffix as u8 || key.ends_with(term) {
            continue;
        }
        with.clear();
        with.push_str(key);
        with.push_str(term);
        let t = terms::generic(Position::Suffix, term);
        if push_fitting(exact(&with), t, How::by(Rule::Generic, span.clone()), out) {
            return true;
        }
    }
    false
}

/// Takes a generic term away from the start or the end of the words `range` and looks up the
/// rest, for places that fit every term taken (`term`); `depth` more times at most ("the
/// Republic of X").
fn strip(
    words: &Words,
    range: Range<usize>,
    term: Option<GenericTerm>,
    depth: usize,
    out: &mut Lookup,
) -> bool {
    if depth == 0 || range.is_empty() {
        return false;
    }
    let fits_both = |t: GenericTerm| match term {
        Some(outer) => Some(intersection(outer, t)),
        None => Some(t),
    };
    // Before the name: its first one to four words.
    for n in 1..=MAX_TERM_WORDS.min(range.len() - 1) {
        let Some(t) = terms::generic(Position::Prefix, words.key(range.start..range.start + n))
        else {
            continue;
        };
        let rest = range.start + n..range.end;
        if found(words, rest.clone(), fits_both(t), out)
            || strip(words, rest, fits_both(t), depth - 1, out)
        {
            return true;
        }
    }
    // After the name: its last one to four words, or a term attached to its last word.
    for n in 1..=MAX_TERM_WORDS.min(range.len() - 1) {
        let Some(t) = terms::generic(Position::Suffix, words.key(range.end - n..range.end)) else {
            continue;
        };
        let rest = range.start..range.end - n;
        if found(words, rest.clone(), fits_both(t), out)
            || strip(words, rest, fits_both(t), depth - 1, out)
        {
            return true;
        }
    }
    // Before the name, attached to its first word: "จังหวัดอุดรธานี".
    let first = words.key(range.start..range.start + 1);
    let mut before = Vec::new();
    terms::attached_prefixes(first, |t| before.push(t));
    for t in before {
        let stem = &first[t.term.len()..];
        if stem.is_empty() {
            continue;
        }
        let tail = words.key(range.start + 1..range.end);
        let key = if tail.is_empty() {
            stem.to_string()
        } else {
            format!("{stem} {tail}")
        };
        if fitting_or_region_of_city(
            &key,
            fits_both(t),
            How::by(Rule::Generic, words.span(range.clone())),
            out,
        ) {
            return true;
        }
    }
    let last = words.key(range.end - 1..range.end);
    let mut attached = Vec::new();
    terms::attached_suffixes(last, |t| attached.push(t));
    // The longest first: "特別行政區" before "區" (a few terms: each time the longest left).
    while let Some(k) = (0..attached.len()).max_by_key(|&k| attached[k].term.len()) {
        let t = attached.swap_remove(k);
        let stem = &last[..last.len() - t.term.len()];
        if stem.is_empty() {
            continue;
        }
        let head = words.key(range.start..range.end - 1);
        let key = if head.is_empty() {
            stem.to_string()
        } else {
            format!("{head} {stem}")
        };
        let t = fits_both(t);
        let span = words.span(range.clone());
        if fitting_or_region_of_city(&key, t, How::by(Rule::Generic, span), out) {
            return true;
        }
    }
    false
}

/// The name of `region` that has a name of `city` in it, in the same language ("Giza" and
/// "Giza", "Kharkivs'ka Oblast'" and "Kharkiv"): the region is named after the city.
fn named_after(region: crate::Place, city: crate::Place) -> Option<crate::Name> {
    let language = |n: &crate::Name| n.lang().split('-').next().unwrap_or("");
    region.names().find(|r| {
        let key = crate::fold(r.text());
        city.names().any(|c| {
            let city_key = crate::fold(c.text());
            language(r) == language(&c)
                && city_key.chars().count() >= 3
                && key.contains(city_key.as_str())
        })
    })
}

/// A term that fits the kinds both terms fit.
fn intersection(a: GenericTerm, b: GenericTerm) -> GenericTerm {
    a.and(b)
}

/// Pushes the stored places of the words `range` that fit `term`.
fn found(words: &Words, range: Range<usize>, term: Option<GenericTerm>, out: &mut Lookup) -> bool {
    let key = words.key(range.clone());
    // A generic word alone names nothing: "Republic of", "City".
    if key.is_empty() || terms::is_generic(key) {
        return false;
    }
    fitting_or_region_of_city(key, term, How::by(Rule::Generic, words.span(range)), out)
}

/// Pushes the places named `key` that fit `term`; when the term says a region and `key`
/// names only places of other kinds, the regions named after a city of that name, which
/// contain it: "محافظة الجيزة", "Bursa ili" and "จังหวัดอุดรธานี" are the regions around
/// Giza, Bursa and Udon Thani, which the data may name only in other languages or with
/// their generic word.
fn fitting_or_region_of_city(
    key: &str,
    term: Option<GenericTerm>,
    how: How,
    out: &mut Lookup,
) -> bool {
    if push_fitting(exact(key), term, how, out) {
        return true;
    }
    let Some(term) = term.filter(|t| t.fits(Kind::Region)) else {
        return false;
    };
    let before = out.len();
    for m in exact(key).filter(|m| m.place().kind() == Kind::City) {
        let city = m.place();
        for region in city.parents().filter(|p| term.fits(p.kind())) {
            if let Some(name) = named_after(region, city) {
                out.push(Match::from_name(name), how);
            }
        }
    }
    out.len() > before
}

/// The inverted rule: "A, B" or "A (B)" where B says what kind of state A is ("Korea, Rep.",
/// "Iran (Islamic Republic of)", "Bahamas, The", "Virgin Islands (British)"), read as "B A",
/// "B of A" and "B of the A", with B's abbreviations read in full.
pub(super) fn inverted(words: &Words, out: &mut Lookup) -> bool {
    // "A, B" and "A (B)", and "A, B (C)" read as "A, B".
    let groups = words.groups(Gap::Comma);
    let [a, b, ..] = groups.as_slice() else {
        return false;
    };
    if b.len() > 6 {
        return false;
    }
    let name = words.key(a.clone());
    let mut descriptors = vec![words.key(b.clone()).to_string()];
    descriptors.extend(expanded(words, b.clone()));
    let whole = words.whole();
    for d in &descriptors {
        // "republic of", "the republic of the": the "of" is there already, and the forms
        // that add one are not tried.
        let joined = d == "of" || d.ends_with(" of") || d.ends_with(" of the");
        let forms = [
            format!("{d} {name}"),
            format!("{d} of {name}"),
            format!("{d} of the {name}"),
            format!("{name} {d}"),
        ];
        let tried = if joined { &forms[..1] } else { &forms[..] };
        for form in tried {
            if push_fitting(
                exact(form),
                None,
                How::by(Rule::Inverted, whole.clone()),
                out,
            ) {
                return true;
            }
            // "the bahamas", "the republic of korea": an article in front as well.
            let retried = Words::new(form);
            let mut stripped = Lookup::default();
            if strip(&retried, 0..retried.len(), None, 2, &mut stripped) {
                for f in stripped {
                    out.push(f.matched, How::by(Rule::Inverted, whole.clone()));
                }
                return true;
            }
        }
    }
    // "Philippines (the)", "Gambia, The": B is only articles.
    if terms::generic(Position::Prefix, words.key(b.clone())).is_some()
        && push_fitting(
            exact(name),
            None,
            How::by(Rule::Inverted, whole.clone()),
            out,
        )
    {
        return true;
    }
    false
}
