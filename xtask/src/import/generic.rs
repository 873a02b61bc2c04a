//! Generic terms in imported names: "Област Благоевград", "จังหวัดภูเก็ต", "Kanton Aargau",
//! "愛知県", "Lagos State". The sources write a region's or a city's name with its generic
//! word, and people write it without ("Благоевград", "ภูเก็ต", "Aargau", "愛知"). The curated
//! data marks the word with braces (`愛知{県}`), so that the name is found both ways; this pass
//! marks it in imported names the same way, from the terms of `data/terms/generic.tsv`.
//!
//! A term is marked when it is one of the name's language (articles never: "La Paz" is not
//! "Paz"), is said of the place's kind, and stands at the start or the end of the name as a
//! whole word (or attached, in the scripts written without spaces). The name keeps only its
//! full form when what is left is no name: empty, one letter, a number or a generic word; or
//! when it is ambiguous: the same rest of another place's name ("Eastern Province" of Saudi
//! Arabia and of Sri Lanka are both "Eastern").

use std::collections::{BTreeMap, BTreeSet};

use toponym_build::load::{self, GenericTerm, TermPosition};
use toponym_shared::Kind;
use toponym_shared::fold::fold;

use super::curated::Curated;
use super::merge::Merge;
use super::primary;

/// A generic term, folded, with what it applies to.
struct Term {
    lang: String,
    position: TermPosition,
    folded: String,
    kinds: Vec<Kind>,
    /// Written without a space to the name: a suffix in Han, kana or Hangul (市, 県, 도), a
    /// prefix in Thai (จังหวัด).
    attached: bool,
}

/// The script subtag of a language tag, if it has one: `Latn` of `ja-Latn`.
fn script(tag: &str) -> Option<&str> {
    tag.split('-')
        .skip(1)
        .find(|p| p.len() == 4 && p.starts_with(|c: char| c.is_ascii_uppercase()))
}

impl Term {
    /// Whether the term is one of the language `lang`'s: the same language, and the same
    /// script where the term names one (`ja-Latn`'s "shi" is not said of `ja` names). A tag
    /// in a non-Latin script of its language (`zh-Hant`) takes the language's own terms.
    fn of_language(&self, lang: &str) -> bool {
        if primary(&self.lang) != primary(lang) {
            return false;
        }
        match script(&self.lang) {
            Some(s) => script(lang) == Some(s),
            None => script(lang) != Some("Latn"),
        }
    }
}

/// Byte ranges of the words of `text`: runs of what is neither white space nor a hyphen nor
/// an apostrophe.
fn words(text: &str) -> Vec<(usize, usize)> {
    let separator = |c: char| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\'' | '’');
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (separator(c), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// The most words a generic term has ("daerah khusus ibukota", "estado libre asociado de").
const MAX_TERM_WORDS: usize = 4;

/// `text` with the longest term of `terms` that fits marked in braces, and the key of what is
/// left; `None` when no term fits.
fn mark(text: &str, terms: &[&Term]) -> Option<(String, String)> {
    let w = words(text);
    let mut best: Option<(usize, String)> = None;
    let mut consider = |len: usize, marked: String| {
        if best.as_ref().is_none_or(|(l, _)| len > *l) {
            best = Some((len, marked));
        }
    };
    for t in terms {
        match (t.position, t.attached) {
            (TermPosition::Prefix, false) => {
                for n in 1..=MAX_TERM_WORDS.min(w.len().saturating_sub(1)) {
                    let end = w[n - 1].1;
                    if fold(&text[..end]) == t.folded {
                        // The separators after the term go in the braces: "{Canton d'}Argovie".
                        let rest = w[n].0;
                        let cut = text[end..rest]
                            .char_indices()
                            .find(|(_, c)| c.is_whitespace())
                            .map_or(rest, |(i, _)| end + i);
                        consider(end, format!("{{{}}}{}", &text[..cut], &text[cut..]));
                    }
                }
            }
            // A spaced suffix is part of many cities' own names ("Cape Town", "Mexico City",
            // "Kansas City"): it is marked on regions only (see `mark_imported`).
            (TermPosition::Suffix, false) => {
                for n in 1..=MAX_TERM_WORDS.min(w.len().saturating_sub(1)) {
                    let start = w[w.len() - n].0;
                    if fold(&text[start..]) == t.folded {
                        consider(
                            text.len() - start,
                            format!("{}{{{}}}", &text[..start], &text[start..]),
                        );
                    }
                }
            }
            (TermPosition::Prefix, true) => {
                let len = t.folded.len();
                if text.starts_with(t.folded.as_str()) && len < text.len() {
                    consider(len, format!("{{{}}}{}", &text[..len], &text[len..]));
                }
            }
            (TermPosition::Suffix, true) => {
                // The word it is attached to keeps two letters at least: 제도 (islands) ends
                // in 도 (province) and 広州 in 州.
                if let Some(start) = text.len().checked_sub(t.folded.len())
                    && text.is_char_boundary(start)
                    && text[start..] == t.folded
                    && text[..start]
                        .trim_end()
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| w.chars().count() >= 2 || text[..start].ends_with(' '))
                {
                    consider(
                        t.folded.len(),
                        format!("{}{{{}}}", &text[..start], &text[start..]),
                    );
                }
            }
        }
    }
    let (_, marked) = best?;
    let (_, without) = load::split_generic(&marked).ok()?;
    let without = without?;
    // In a script with case, a name starts with a capital: "{Regione} di Adrar" leaves "di
    // Adrar", which is none.
    if without.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    Some((marked, fold(&without)))
}

/// The countries that write place names in Han characters.
const HAN_COUNTRIES: [&str; 6] = ["cn", "tw", "hk", "mo", "jp", "kr"];

/// Whether what is left without the term can be a name by itself. `han_country`: the place
/// is in a country that writes its names in Han characters.
fn is_a_name(rest: &str, generic: &BTreeSet<String>, han_country: bool) -> bool {
    let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
    let han = rest
        .chars()
        .any(|c| matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'));
    // One Han character is too short to stand alone, and so are two letters of an
    // alphabet. Two Han characters are a name in China or Japan (四川, 愛知); elsewhere they
    // are a transliteration or a translation that is also a word (菩萨, 河口, 北部, 首都).
    let least = match (han, han_country) {
        (true, true) => 2,
        (true, false) => 3,
        (false, _) => 3,
    };
    letters >= least && !generic.contains(rest)
}

/// Marks the generic terms of the imported names in `m` (see the module's documentation).
pub(super) fn mark_imported(
    m: &mut Merge,
    curated: &Curated,
    terms: &[GenericTerm],
) -> Result<(), String> {
    let all_kinds = Kind::ALL.len();
    let generic: BTreeSet<String> = terms.iter().map(|t| fold(&t.term)).collect();
    let terms: Vec<Term> = terms
        .iter()
        .filter(|t| t.kinds.len() < all_kinds)
        .map(|t| Term {
            lang: t.lang.clone(),
            position: t.position,
            folded: fold(&t.term),
            kinds: t.kinds.clone(),
            attached: load::attaches(&fold(&t.term), t.position),
        })
        .collect();
    // Every candidate: (place, name row) -> (marked text, rest's key).
    let mut candidates: BTreeMap<(String, usize), (String, String)> = BTreeMap::new();
    let mut places_of_rest: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let curated_kinds: BTreeMap<&str, Kind> = curated
        .places
        .iter()
        .map(|p| (p.id.as_str(), p.kind))
        .collect();
    for (id, names) in &m.names {
        let kind = match m.places.get(id) {
            Some((_, place)) => place.kind.parse::<Kind>().ok(),
            None => curated_kinds.get(id.as_str()).copied(),
        };
        let Some(kind) = kind else {
            continue;
        };
        if !matches!(kind, Kind::Region | Kind::City) {
            continue;
        }
        let han_country = m
            .ancestors(id)
            .iter()
            .any(|a| HAN_COUNTRIES.contains(&a.as_str()));
        // The place's names as keys: the evidence that a Latin-script rest is a name.
        let keys: BTreeSet<String> = names.rows.iter().map(|r| fold(&r.text)).collect();
        for (i, row) in names.rows.iter().enumerate() {
            // A name without a language could be of any: only the attached terms (市, 県),
            // which no language writes as part of a name, are marked in it. A spaced suffix
            // is marked on regions only.
            let fitting: Vec<&Term> = terms
                .iter()
                .filter(|t| t.kinds.contains(&kind))
                .filter(|t| {
                    if row.lang == "und" {
                        t.attached
                    } else {
                        t.of_language(&row.lang)
                    }
                })
                .filter(|t| {
                    t.attached || t.position == TermPosition::Prefix || kind == Kind::Region
                })
                .collect();
            let Some((marked, rest)) = mark(&row.text, &fitting) else {
                continue;
            };
            // In the Latin script a generic-looking word is often part of the name ("Kota
            // Bharu", "Ciudad Juárez"): after one word, the rest must be a name of the place
            // in another language too ("Provincia de Denizli" and "Denizli"). The terms of the other
            // scripts (област, จังหวัด, استان) are administrative words only.
            let latin = rest.chars().any(|c| c.is_ascii_alphabetic());
            // A phrase of several words before a region's name ("Comunidad Autónoma de",
            // "Canton d'") is an administrative one: what follows it is the name. (Before a
            // city's, it may translate "X City": "Thành phố Jersey" is not Jersey.)
            let phrase = kind == Kind::Region
                && marked
                    .split_once('{')
                    .and_then(|(_, after)| after.split_once('}'))
                    .is_some_and(|(term, _)| {
                        term.trim()
                            .split([' ', '\'', '’'])
                            .filter(|w| !w.is_empty())
                            .count()
                            > 1
                    });
            if !is_a_name(&rest, &generic, han_country)
                || (latin && !phrase && !keys.contains(&rest))
            {
                continue;
            }
            places_of_rest
                .entry(rest.clone())
                .or_default()
                .insert(id.clone());
            candidates.insert((id.clone(), i), (marked, rest));
        }
    }
    // The curated names' rests count too: an imported name's rest must not be one of them
    // on another place.
    for (place, _, _, text, _) in &curated.names {
        if let Ok((_, Some(without))) = load::split_generic(text) {
            places_of_rest
                .entry(fold(&without))
                .or_default()
                .insert(place.clone());
        }
    }
    let (mut marked_count, mut ambiguous) = (0, 0);
    for ((id, i), (marked, rest)) in candidates {
        if places_of_rest[&rest].len() > 1 {
            ambiguous += 1;
            continue;
        }
        let names = m.names.get_mut(&id).ok_or("a name of no place")?;
        names.rows[i].text = marked;
        marked_count += 1;
    }
    m.report.push(format!(
        "generic terms marked in imported names: {marked_count} (left unmarked as ambiguous: {ambiguous})"
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(lang: &str, position: TermPosition, text: &str) -> Term {
        Term {
            lang: lang.into(),
            position,
            folded: fold(text),
            kinds: vec![Kind::Region, Kind::City],
            attached: load::attaches(&fold(text), position),
        }
    }

    #[test]
    fn terms_are_marked_as_the_curated_data_marks_them() {
        use TermPosition::{Prefix, Suffix};
        let cases = [
            (
                term("bg", Prefix, "област"),
                "Област Благоевград",
                "{Област} Благоевград",
            ),
            (term("th", Prefix, "จังหวัด"), "จังหวัดภูเก็ต", "{จังหวัด}ภูเก็ต"),
            (term("ja", Suffix, "県"), "愛知県", "愛知{県}"),
            (term("en", Suffix, "state"), "Lagos State", "Lagos {State}"),
            (
                term("fr", Prefix, "canton d"),
                "Canton d'Argovie",
                "{Canton d'}Argovie",
            ),
            (term("ja-Latn", Suffix, "shi"), "Osaka-shi", "Osaka-{shi}"),
            (
                term("es", Prefix, "comunidad de"),
                "Comunidad de Madrid",
                "{Comunidad de} Madrid",
            ),
        ];
        for (t, text, expected) in cases {
            assert_eq!(mark(text, &[&t]).map(|(m, _)| m).as_deref(), Some(expected));
        }
        // Not a whole word, or nothing left.
        let state = term("en", Suffix, "state");
        assert_eq!(mark("Upstate", &[&state]), None);
        assert_eq!(mark("State", &[&state]), None);
        let ken = term("ja", Suffix, "県");
        assert_eq!(mark("県", &[&ken]), None);
    }

    #[test]
    fn terms_belong_to_a_language_and_its_script() {
        let ja = term("ja", TermPosition::Suffix, "県");
        assert!(ja.of_language("ja") && ja.of_language("ja-Jpan"));
        assert!(!ja.of_language("ja-Latn") && !ja.of_language("zh"));
        let shi = term("ja-Latn", TermPosition::Suffix, "shi");
        assert!(shi.of_language("ja-Latn") && !shi.of_language("ja"));
    }

    #[test]
    fn a_rest_must_be_a_name() {
        let generic = BTreeSet::from(["city".to_string()]);
        assert!(is_a_name("благоевград", &generic, false));
        assert!(is_a_name("愛知", &generic, true));
        assert!(!is_a_name("北部", &generic, false));
        assert!(is_a_name("加利福尼亚", &generic, false));
        assert!(!is_a_name("津", &generic, true));
        assert!(!is_a_name("12", &generic, false));
        assert!(!is_a_name("city", &generic, false));
    }
}
