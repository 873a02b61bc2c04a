//! CLDR's names written for a list, as people would write them. CLDR shortens words to fit
//! a menu ("Каймановы о-ва" for острова, "S:t Kitts och Nevis", "Cayman Is.") and puts two
//! names in one ("Mjanma (Birma)", "Cocos (Keeling) Islands"). This pass adds, beside each
//! such name, the forms people type:
//!
//! - every abbreviation of `data/terms/abbreviations.tsv` of the name's language written in
//!   full, where the name writes it as an abbreviation (with a full stop, a colon or a
//!   hyphen: "о-ва", "S:t", "Is.", never the word "is") and the table gives it one meaning;
//! - "A (B)": A and B as names of their own; "A (B) C": "A C". A part is added only when
//!   it is a name: three letters at least, a capital first in a cased script (and on its
//!   longer words: "Saint Martin (French part)"), not a generic word ("Congo (Republic)"),
//!   neither another place's name nor made of one ("Congo (Kinshasa)" gives neither "Congo",
//!   which is also the other Congo, nor "Kinshasa", which is a city; "SAR China" names China).
//!
//! What stands in parentheses at the end is also often a description ("Republic", "SAR
//! China"), so it is added only as a name the place has in another language already
//! ("Birma", "Islas Malvinas"), or as a short form made of the initials of one of its names
//! in the language ("DRC"). The added names are variants (the short forms abbreviations) of
//! the same language; the name as CLDR writes it stays.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use toponym_build::load::{Abbreviation, GenericTerm, split_generic};
use toponym_shared::fold::fold;

use super::curated::Curated;
use super::merge::{Merge, Src};
use super::primary;

/// Whether a written token is an abbreviation rather than a word: it has a full stop, a
/// colon or a hyphen ("Is.", "S:t", "о-ва", "EE.").
fn written_short(token: &str) -> bool {
    token.contains(['.', ':', '-'])
}

/// `text` with the abbreviations of `table` (folded abbreviation -> expansion) written in
/// full, or `None` when it has none.
fn expand(text: &str, table: &[(String, &str)]) -> Option<String> {
    let tokens: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut changed = false;
    let mut i = 0;
    'tokens: while i < tokens.len() {
        for (folded, expansion) in table {
            let words = folded.split(' ').count();
            // A window of one or two written tokens ("о-ва" folds to two words; "EE. UU." is
            // two tokens).
            for width in 1..=words.min(tokens.len() - i) {
                let window = &tokens[i..i + width];
                // What follows the abbreviation's last letter, kept: "Is.)" keeps ")".
                let last = window[width - 1];
                let end = last
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_alphanumeric() || matches!(c, '.' | ':'))
                    .map_or(0, |(j, c)| j + c.len_utf8());
                let (last_word, tail) = last.split_at(end);
                let mut written = window[..width - 1].join(" ");
                if width > 1 {
                    written.push(' ');
                }
                written.push_str(last_word);
                if fold(&written) != *folded || !window.iter().all(|t| written_short(t)) {
                    continue;
                }
                // "О-в" is "Остров"; "EE. UU.", all capitals, is "Estados Unidos".
                let capital = written.starts_with(char::is_uppercase);
                let all_capitals = !written.chars().any(char::is_lowercase);
                let mut full = String::new();
                for (k, word) in expansion.split(' ').enumerate() {
                    if k > 0 {
                        full.push(' ');
                    }
                    match word.chars().next() {
                        Some(c) if (k == 0 && capital) || (all_capitals && word.len() > 2) => {
                            full.extend(c.to_uppercase());
                            full.push_str(&word[c.len_utf8()..]);
                        }
                        _ => full.push_str(word),
                    }
                }
                full.push_str(tail);
                out.push(full);
                changed = true;
                i += width;
                continue 'tokens;
            }
        }
        out.push(tokens[i].to_string());
        i += 1;
    }
    changed.then(|| out.join(" "))
}

/// The names that "A (B)" and "A (B) C" hold: (A, B) and (A C, none); `None` when the text
/// has no single pair of parentheses.
fn parts(text: &str) -> Option<(String, Option<String>)> {
    let open = text.find(['(', '（']);
    let close = text.rfind([')', '）']);
    let (Some(open), Some(close)) = (open, close) else {
        return None;
    };
    let after_open = open + text[open..].chars().next().map_or(1, char::len_utf8);
    if close < after_open || text[after_open..close].contains(['(', ')', '（', '）']) {
        return None;
    }
    let before = text[..open].trim_end();
    let inside = text[after_open..close].trim();
    let after = text[close..].chars().skip(1).collect::<String>();
    if after.trim().is_empty() {
        // "Islas Cocos (Keeling)": a name in parentheses shorter than the one before it is
        // another form of its last words ("Keeling" alone names no islands).
        let words = |s: &str| s.split_whitespace().count();
        let whole = words(inside) >= words(before);
        Some((before.to_string(), whole.then(|| inside.to_string())))
    } else {
        // "Kókusz (Keeling)-szigetek": the hyphen joins again; "ココス(キーリング)諸島": no space.
        let joined = if after.starts_with(' ') {
            format!("{before} {}", after.trim_start())
        } else {
            format!("{before}{after}")
        };
        Some((joined, None))
    }
}

/// Whether a part of a name can be a name by itself. In a cased script it starts with a
/// capital, and so does each of its longer words ("French part" is a description).
fn is_a_name(part: &str, generic: &BTreeSet<String>) -> bool {
    let letters = part.chars().filter(|c| c.is_alphabetic()).count();
    let lower_word = part
        .split([' ', '-'])
        .any(|w| w.chars().count() >= 4 && w.starts_with(char::is_lowercase));
    let first = part.chars().find(|c| c.is_alphabetic());
    letters >= 3
        && !first.is_some_and(char::is_lowercase)
        && !lower_word
        && !generic.contains(&fold(part))
        && !part.contains(['(', ')', ',', '/'])
}

/// Whether a part is a short form in capitals: "DRC", "США".
fn is_short_form(part: &str) -> bool {
    let letters: Vec<char> = part.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=5).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// Whether `short` ("DRC") is made of the initials of `name`'s words that start with a
/// capital or are longer than three letters ("Democratic Republic of the Congo", "República
/// Democrática del Congo", "Демократична република Конго").
fn initials_of(name: &str, short: &str) -> bool {
    let initials: String = name
        .split([' ', '-'])
        .filter(|w| w.starts_with(char::is_uppercase) || w.chars().count() > 3)
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let letters: String = short.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && initials == letters
}

/// Adds the forms of CLDR's names (see the module's documentation).
pub(super) fn add_forms(
    m: &mut Merge,
    curated: &Curated,
    abbreviations: &[Abbreviation],
    generic: &[GenericTerm],
) -> Result<(), String> {
    // An abbreviation with two meanings ("fed": federal, federated) is not expanded.
    let mut meanings: BTreeMap<(String, String), BTreeSet<&str>> = BTreeMap::new();
    for a in abbreviations {
        meanings
            .entry((a.lang.clone(), fold(&a.abbreviation)))
            .or_default()
            .insert(a.expansion.as_str());
    }
    let mut table: HashMap<String, Vec<(String, &str)>> = HashMap::new();
    for ((lang, folded), expansions) in &meanings {
        if let [expansion] = expansions.iter().copied().collect::<Vec<_>>()[..] {
            table
                .entry(lang.clone())
                .or_default()
                .push((folded.clone(), expansion));
        }
    }
    // Longer abbreviations first: "о ва" before "о".
    for list in table.values_mut() {
        list.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    }
    let generic: BTreeSet<String> = generic.iter().map(|t| fold(&t.term)).collect();

    // Every name's key and the places that have it, curated and imported.
    let mut owners: HashMap<String, BTreeSet<&str>> = HashMap::new();
    for (id, names) in &m.names {
        for r in &names.rows {
            owners.entry(fold(&r.text)).or_default().insert(id);
        }
    }
    for (place, _, _, text, _) in &curated.names {
        if let Ok((full, without)) = split_generic(text) {
            for t in std::iter::once(full).chain(without) {
                owners.entry(fold(&t)).or_default().insert(place);
            }
        }
    }

    // The keys of the territories' names, spaced: " republique du congo ".
    let territory_keys: Vec<(String, &str)> = m
        .names
        .iter()
        .filter(|(id, _)| {
            !matches!(
                m.places.get(*id).map(|(_, p)| p.kind),
                Some("region" | "city")
            )
        })
        .flat_map(|(id, n)| {
            n.rows
                .iter()
                .map(move |r| (format!(" {} ", fold(&r.text)), id.as_str()))
        })
        .collect();

    // (place, lang, status, text, years)
    type Form = (
        String,
        String,
        &'static str,
        String,
        (Option<i32>, Option<i32>),
    );
    let mut added: Vec<Form> = Vec::new();
    for (id, names) in &m.names {
        // The abbreviations of CLDR's territory names: in a city's or a region's name,
        // "St." is read in the place's language ("St. Gallen" is not "Saint Gallen").
        let territory = !matches!(
            m.places.get(id).map(|(_, p)| p.kind),
            Some("region" | "city")
        );
        for r in names.rows.iter().filter(|r| matches!(r.src, Src::Cldr)) {
            // A form of a former name is a former name of the same years.
            let years = (r.from, r.until);
            let former = |status: &'static str| {
                if r.status == "historic" {
                    "historic"
                } else {
                    status
                }
            };
            let expanded = table
                .get(primary(&r.lang))
                .filter(|_| territory)
                .and_then(|t| expand(&r.text, t));
            if let Some(full) = &expanded {
                added.push((
                    id.clone(),
                    r.lang.clone(),
                    former("variant"),
                    full.clone(),
                    years,
                ));
            }
            for written in std::iter::once(&r.text).chain(&expanded) {
                let Some((outside, inside)) = parts(written) else {
                    continue;
                };
                // Another place's name, or made of one ("SAR China").
                let other = |key: &str| owners.get(key).is_some_and(|o| o.iter().any(|p| p != id));
                let elsewhere =
                    |key: &str| other(key) || (key.contains(' ') && key.split(' ').any(other));
                // The name outside is no other territory's name within its words: "Congo
                // (Republic)" is not the only Congo.
                let key = fold(&outside);
                let within = format!(" {key} ");
                let in_other_territory = territory_keys
                    .iter()
                    .any(|(k, p)| p != id && k.contains(&within));
                if is_a_name(&outside, &generic) && !elsewhere(&key) && !in_other_territory {
                    added.push((
                        id.clone(),
                        r.lang.clone(),
                        former("variant"),
                        outside,
                        years,
                    ));
                }
                // The name inside is a short form in capitals ("DRC"), or a name that the
                // place has in another language already ("Birma", "Islas Malvinas"): what
                // a list puts in parentheses is also often a description ("Republic").
                if let Some(inside) = inside {
                    let key = fold(&inside);
                    let short = is_short_form(&inside)
                        && names
                            .rows
                            .iter()
                            .filter(|n| primary(&n.lang) == primary(&r.lang))
                            .any(|n| initials_of(&n.text, &inside));
                    if is_a_name(&inside, &generic)
                        && !elsewhere(&key)
                        && (short || names.keys_contain(&key))
                    {
                        let status = if short { "abbreviation" } else { "variant" };
                        added.push((id.clone(), r.lang.clone(), former(status), inside, years));
                    }
                }
            }
        }
    }
    // A form that the place's primary language gets too is not repeated for each regional
    // tag (es-AR, es-BO, ... of "Islas menores alejadas de Estados Unidos"): it is a
    // variant, found through the language's row.
    let primary_forms: BTreeSet<(String, String)> = added
        .iter()
        .filter(|(_, lang, _, _, _)| primary(lang) == lang.as_str())
        .map(|(id, _, _, text, _)| (id.clone(), text.clone()))
        .collect();
    added.retain(|(id, lang, _, text, _)| {
        primary(lang) == lang.as_str() || !primary_forms.contains(&(id.clone(), text.clone()))
    });
    let count = added.len();
    for (id, lang, status, text, years) in added {
        let group = m
            .group_of(&id)
            .ok_or_else(|| format!("CLDR forms: {id} has no group"))?;
        m.add_dated_name(&id, group, Src::Cldr, &lang, status, &text, years);
    }
    m.report.push(format!(
        "CLDR forms: {count} names with abbreviations written in full or parts of names in \
         parentheses"
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let mut t: Vec<_> = rows.iter().map(|(a, e)| (fold(a), *e)).collect();
        t.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
        t
    }

    #[test]
    fn abbreviations_are_written_in_full_where_they_are_written_short() {
        let ru = table(&[("о-ва", "острова"), ("о-в", "остров"), ("о", "остров")]);
        assert_eq!(
            expand("Каймановы о-ва", &ru).as_deref(),
            Some("Каймановы острова")
        );
        assert_eq!(
            expand("О-в Вознесения", &ru).as_deref(),
            Some("Остров Вознесения")
        );
        let en = table(&[("is", "islands"), ("st", "saint")]);
        assert_eq!(expand("Cayman Is.", &en).as_deref(), Some("Cayman Islands"));
        assert_eq!(
            expand("Føroyar Is. (Faeroe Is.)", &en).as_deref(),
            Some("Føroyar Islands (Faeroe Islands)")
        );
        // A word that is also an abbreviation stays a word.
        assert_eq!(expand("What Is This", &en), None);
        assert_eq!(expand("Saint Lucia", &en), None);
        let sv = table(&[("s:t", "sankt")]);
        assert_eq!(
            expand("S:t Kitts och Nevis", &sv).as_deref(),
            Some("Sankt Kitts och Nevis")
        );
        let es = table(&[("ee. uu.", "estados unidos")]);
        assert_eq!(
            expand("Islas menores alejadas de EE. UU.", &es).as_deref(),
            Some("Islas menores alejadas de Estados Unidos")
        );
    }

    #[test]
    fn parentheses_hold_two_names_or_one_with_a_word_inside() {
        let two = |a: &str, b: &str| Some((a.to_string(), Some(b.to_string())));
        let one = |a: &str| Some((a.to_string(), None));
        assert_eq!(parts("Mjanma (Birma)"), two("Mjanma", "Birma"));
        assert_eq!(
            parts("Falkland Islands (Islas Malvinas)"),
            two("Falkland Islands", "Islas Malvinas")
        );
        assert_eq!(parts("Islas Cocos (Keeling)"), one("Islas Cocos"));
        assert_eq!(parts("ኮኮስ(ኬሊንግ) ደሴቶች"), one("ኮኮስ ደሴቶች"));
        assert_eq!(parts("Cocos (Keeling) Islands"), one("Cocos Islands"));
        assert_eq!(parts("Kókusz (Keeling)-szigetek"), one("Kókusz-szigetek"));
        assert_eq!(parts("ココス(キーリング)諸島"), one("ココス諸島"));
        assert_eq!(parts("Myanmar"), None);
        assert_eq!(parts("A (B (C))"), None);
        assert_eq!(parts("A ) B ("), None);
        let generic = BTreeSet::from(["republic".to_string()]);
        assert!(is_a_name("Birma", &generic));
        assert!(!is_a_name("Republic", &generic));
        assert!(!is_a_name("French part", &generic));
        assert!(!is_a_name("UK", &generic));
        assert!(
            is_a_name("Islas Malvinas", &generic) && is_a_name("Bosnia i Hercegovina", &generic)
        );
        assert!(is_short_form("DRC") && is_short_form("США") && !is_short_form("Birma"));
        assert!(initials_of("Democratic Republic of the Congo", "DRC"));
        assert!(initials_of("República Democrática del Congo", "RDC"));
        assert!(initials_of("Демократична република Конго", "ДРК"));
        assert!(!initials_of("Гонконг", "ЯАР"));
    }
}
