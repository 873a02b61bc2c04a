//! Names that carry the place that contains them. GeoNames takes many alternate names from
//! Wikipedia's article titles, which tell namesakes apart by a region or a country after a
//! comma: "ابیلین، تگزاس" (Abilene, Texas) in Persian, "Kushiro, Hokkaidō" in Romanian,
//! "भरतपुर, नेपाल" (Bharatpur, Nepal) in Hindi. The place's name is the part before the comma;
//! shown whole, the title is no name of the place in that language.
//!
//! A GeoNames name is read so only when every part after its first comma is a name of a place
//! that contains it (in any language, curated or imported): then the first part replaces the
//! name, or the name is dropped where the place has that name already in the language. Other
//! names with commas stay as they are ("Washington, D.C." is not a GeoNames title, and a part
//! that names no place containing it may be part of the name).

use std::collections::{HashMap, HashSet};

use toponym_shared::fold::fold;

use super::curated::Curated;
use super::merge::{Merge, Src};
use super::primary;

/// The commas that part a title: Latin, Arabic (Arabic, Persian, Urdu ...) and full-width.
const COMMAS: [char; 3] = [',', '\u{060C}', '\u{FF0C}'];

/// The name before the qualifiers of `text`, and the qualifiers; `None` without a comma.
fn split_title(text: &str) -> Option<(&str, Vec<&str>)> {
    let mut parts = text.split(COMMAS).map(str::trim);
    let name = parts.next()?;
    let qualifiers: Vec<&str> = parts.collect();
    (!qualifiers.is_empty()).then_some((name, qualifiers))
}

/// Puts the GeoNames names of `m` that are titles without their qualifiers (see the module's
/// documentation). Returns how many were put so, and how many dropped as names the place had.
pub(super) fn names_without_qualifiers(m: &mut Merge, curated: &Curated) -> (usize, usize) {
    // The keys of every place's names, curated and imported.
    let mut keys: HashMap<&str, HashSet<String>> = HashMap::new();
    for (id, names) in &m.names {
        keys.entry(id.as_str())
            .or_default()
            .extend(names.rows.iter().map(|r| fold(&r.text)));
    }
    for (place, _, _, text, _) in &curated.names {
        keys.entry(place.as_str())
            .or_default()
            .insert(fold(&text.replace(['{', '}'], "")));
    }
    // What to change: (place, row, the name without its qualifiers).
    let mut changes: Vec<(String, usize, String)> = Vec::new();
    for (id, names) in &m.names {
        let ancestors = m.ancestors(id);
        let names_an_ancestor = |part: &str| {
            let key = fold(part);
            !key.is_empty()
                && ancestors[1..]
                    .iter()
                    .any(|a| keys.get(a.as_str()).is_some_and(|k| k.contains(&key)))
        };
        for (i, row) in names.rows.iter().enumerate() {
            if row.src != Src::GeoNames {
                continue;
            }
            let Some((name, qualifiers)) = split_title(&row.text) else {
                continue;
            };
            if !name.is_empty()
                && name.chars().any(char::is_alphabetic)
                && qualifiers.iter().all(|q| names_an_ancestor(q))
            {
                changes.push((id.clone(), i, name.to_string()));
            }
        }
    }
    let (mut put, mut dropped) = (0, 0);
    let mut drops: HashMap<String, HashSet<usize>> = HashMap::new();
    for (id, i, name) in changes {
        let names = m.names.get_mut(&id).expect("a place of the merge");
        let lang = primary(&names.rows[i].lang).to_string();
        let key = fold(&name);
        let had = names
            .rows
            .iter()
            .enumerate()
            .any(|(j, r)| j != i && primary(&r.lang) == lang && fold(&r.text) == key);
        if had {
            drops.entry(id).or_default().insert(i);
            dropped += 1;
        } else {
            names.rows[i].text = name;
            put += 1;
        }
    }
    for (id, rows) in drops {
        let names = m.names.get_mut(&id).expect("a place of the merge");
        let mut at = 0..;
        names
            .rows
            .retain(|_| !rows.contains(&at.next().unwrap_or(0)));
    }
    (put, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_a_name_and_its_qualifiers() {
        assert_eq!(
            split_title("ابیلین، تگزاس"),
            Some(("ابیلین", vec!["تگزاس"]))
        );
        assert_eq!(
            split_title("Mianzhu, Deyang, Sichuan"),
            Some(("Mianzhu", vec!["Deyang", "Sichuan"]))
        );
        assert_eq!(split_title("Kushiro"), None);
    }
}
