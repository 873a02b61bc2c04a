//! CLDR: locale inheritance, and the names of territories, subdivisions and time zones'
//! exemplar cities in every locale.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde_json::Value;

use super::packages as pkg;
use super::{Sources, dirs, json};

/// CLDR's locale inheritance: a locale inherits from its parent, so a sub-locale's name is
/// kept only where it differs from what the parent says.
pub(super) struct Locales {
    parents: HashMap<String, String>,
    likely: HashMap<String, String>,
}

impl Locales {
    pub(super) fn load(root: &Path) -> Result<Locales, String> {
        let dir = root.join(pkg::CLDR_CORE.dir()).join("package/supplemental");
        let p = json(&dir.join("parentLocales.json"))?;
        let parents = p["supplemental"]["parentLocales"]["parentLocale"]
            .as_object()
            .ok_or("parentLocales.json: no parentLocale")?
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("root").to_string()))
            .collect();
        let l = json(&dir.join("likelySubtags.json"))?;
        let likely = l["supplemental"]["likelySubtags"]
            .as_object()
            .ok_or("likelySubtags.json: no likelySubtags")?
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
            .collect();
        Ok(Locales { parents, likely })
    }

    /// The usual script of a language, e.g. `Cyrl` for `sr`.
    pub(super) fn script(&self, lang: &str) -> Option<&str> {
        let full = self.likely.get(lang)?;
        full.split('-').nth(1).filter(|s| s.len() == 4)
    }

    /// The likely language of a country (`az` for `AZ`): CLDR's likely subtags of `und-AZ`.
    pub(super) fn country_language(&self, cc: &str) -> Option<&str> {
        let full = self.likely.get(&format!("und-{cc}"))?;
        full.split('-').next()
    }

    /// Whether CLDR knows `lang` written in `script` (e.g. `sr-Latn`, `uz-Cyrl`).
    pub(super) fn knows(&self, lang: &str, script: &str) -> bool {
        self.likely.contains_key(&format!("{lang}-{script}"))
            || self
                .likely
                .get(&format!("und-{script}"))
                .is_some_and(|likely| likely.starts_with(&format!("{lang}-")))
    }

    /// The parent of a CLDR locale, `None` for a top-level one.
    pub(super) fn parent(&self, locale: &str) -> Option<String> {
        if let Some(p) = self.parents.get(locale) {
            return (p != "root").then(|| p.clone());
        }
        let parts: Vec<&str> = locale.split('-').collect();
        if parts.len() == 1 {
            return None;
        }
        // A language written in a script other than its usual one stands on its own
        // (CLDR's "nonlikelyScript" rule): zh-Hant, sr-Latn.
        if parts.len() == 2 && parts[1].len() == 4 && self.script(parts[0]) != Some(parts[1]) {
            return None;
        }
        Some(parts[..parts.len() - 1].join("-"))
    }

    /// Rows `(tag, key, text)` of per-locale data, each kept only where it differs from the
    /// nearest ancestor locale present in `texts`.
    fn merge(
        &self,
        texts: &BTreeMap<String, BTreeMap<String, String>>,
    ) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        for (locale, entries) in texts {
            if locale == "und"
                || locale == "root"
                || UNUSED_SCRIPTS.iter().any(|s| locale.contains(s))
            {
                continue;
            }
            let mut ancestor = self.parent(locale);
            while let Some(a) = &ancestor {
                if texts.contains_key(a) {
                    break;
                }
                ancestor = self.parent(a);
            }
            let inherited = ancestor.and_then(|a| texts.get(&a));
            for (key, text) in entries {
                if inherited.and_then(|i| i.get(key)) == Some(text) {
                    continue;
                }
                out.push((tag(locale), key.clone(), text.clone()));
            }
        }
        out
    }
}

/// English in the Deseret and Shavian alphabets: CLDR has locales for them, but place names
/// are not written in them, and a reader asking for a language the data lacks would be shown
/// them as the English name.
const UNUSED_SCRIPTS: [&str; 2] = ["-Dsrt", "-Shaw"];

/// CLDR's `zh` is Chinese in simplified characters: tagged `zh-Hans` as in the curated data.
pub(super) fn tag(locale: &str) -> String {
    if locale == "zh" {
        "zh-Hans".into()
    } else {
        locale.to_string()
    }
}

/// CLDR's territory names: rows `(tag, key, text)` where key is a code, optionally with
/// `-alt-short` or another alternative.
pub(super) fn territories(
    src: &Sources,
    locales: &Locales,
) -> Result<Vec<(String, String, String)>, String> {
    territories_of(src, pkg::CLDR_LOCALENAMES, locales)
}

/// The territory names of one package of CLDR's locale names, as [`territories`] gives
/// them (a past release's, for `cldr_history.rs`).
pub(super) fn territories_of(
    src: &Sources,
    package: pkg::Package,
    locales: &Locales,
) -> Result<Vec<(String, String, String)>, String> {
    let main = src.dir(package).join("package/main");
    let mut texts = BTreeMap::new();
    for locale in dirs(&main)? {
        let path = main.join(&locale).join("territories.json");
        if !path.exists() {
            continue;
        }
        let v = json(&path)?;
        let t = &v["main"][&locale]["localeDisplayNames"]["territories"];
        let entries: BTreeMap<String, String> = t
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
            .collect();
        texts.insert(locale, entries);
    }
    Ok(locales.merge(&texts))
}

/// CLDR's subdivision names: locale -> ISO 3166-2 code (`ES-CN`) -> name.
pub(super) fn subdivision_names(
    src: &Sources,
) -> Result<BTreeMap<String, BTreeMap<String, String>>, String> {
    let sub_dir = src.dir(pkg::CLDR_SUBDIVISIONS).join("package/subdivisions");
    let mut sub_texts: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for locale in dirs(&sub_dir)? {
        let path = sub_dir.join(&locale).join(format!("{locale}.json"));
        if !path.exists() {
            continue;
        }
        let v = json(&path)?;
        let entries = v["subdivisions"]["localeDisplayNames"]["subdivisions"]
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| {
                let iso = format!("{}-{}", &k[..2], &k[2..]).to_ascii_uppercase();
                Some((iso, without_tie_mark(v.as_str()?).to_string()))
            })
            .collect();
        sub_texts.insert(locale, entries);
    }
    Ok(sub_texts)
}

/// A subdivision name without the superscript digit that CLDR appends to tell apart two
/// subdivisions of one name in a locale (`Île-de-France²`, `Lagunes²`): CLDR requires
/// distinct names and marks a duplicate this way until it has a distinct translation
/// (CLDR-13530). The mark is no part of the name.
fn without_tie_mark(name: &str) -> &str {
    name.trim_end()
        .trim_end_matches(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰'])
        .trim_end()
}

/// Exemplar city names by time zone id: [(tag, name)].
pub(super) type Exemplars = BTreeMap<String, Vec<(String, String)>>;
/// Every id of a time zone, by each of its ids.
pub(super) type ZoneAliases = HashMap<String, Vec<String>>;

/// CLDR's exemplar cities, with the zones' aliases.
pub(super) fn exemplar_cities(
    src: &Sources,
    locales: &Locales,
) -> Result<(Exemplars, ZoneAliases), String> {
    Ok((
        exemplar_cities_of(src, pkg::CLDR_DATES, locales)?,
        zone_aliases(src)?,
    ))
}

/// The exemplar cities of one package of CLDR's dates (a past release's, for
/// `cldr_history.rs`), as [`exemplar_cities`] gives them.
pub(super) fn exemplar_cities_of(
    src: &Sources,
    package: pkg::Package,
    locales: &Locales,
) -> Result<Exemplars, String> {
    let main = src.dir(package).join("package/main");
    let mut texts: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    fn walk(v: &Value, path: &str, out: &mut BTreeMap<String, String>) {
        let Some(obj) = v.as_object() else { return };
        if let Some(city) = obj.get("exemplarCity").and_then(Value::as_str) {
            out.insert(path.to_string(), city.to_string());
        }
        for (k, child) in obj {
            if child.is_object() && k != "long" && k != "short" {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}/{k}")
                };
                walk(child, &p, out);
            }
        }
    }
    for locale in dirs(&main)? {
        let path = main.join(&locale).join("timeZoneNames.json");
        if !path.exists() {
            continue;
        }
        let v = json(&path)?;
        let mut entries = BTreeMap::new();
        walk(
            &v["main"][&locale]["dates"]["timeZoneNames"]["zone"],
            "",
            &mut entries,
        );
        entries.retain(|zone, _| !zone.starts_with("Etc/"));
        texts.insert(locale, entries);
    }
    let mut by_zone: Exemplars = BTreeMap::new();
    for (tag, zone, text) in locales.merge(&texts) {
        by_zone.entry(zone).or_default().push((tag, text));
    }
    // Where English does not spell the city out, CLDR's English name is the zone id's last
    // part (its root locale falls back to it): Africa/Nouakchott is Nouakchott.
    for (zone, names) in by_zone.iter_mut() {
        if !names.iter().any(|(tag, _)| tag == "en") {
            let city = zone.rsplit('/').next().unwrap_or("").replace('_', " ");
            names.insert(0, ("en".to_string(), city));
        }
    }
    Ok(by_zone)
}

/// Every id of each time zone: CLDR keeps old ids (Europe/Kiev) that GeoNames has replaced.
pub(super) fn zone_aliases(src: &Sources) -> Result<ZoneAliases, String> {
    let tz = json(&src.dir(pkg::CLDR_BCP47).join("package/bcp47/timezone.json"))?;
    let mut aliases: ZoneAliases = HashMap::new();
    for (_, v) in tz["keyword"]["u"]["tz"].as_object().into_iter().flatten() {
        let mut ids: Vec<String> = v["_alias"]
            .as_str()
            .unwrap_or("")
            .split_whitespace()
            .map(String::from)
            .collect();
        if let Some(iana) = v["_iana"].as_str() {
            ids.push(iana.to_string());
        }
        for id in &ids {
            aliases.insert(id.clone(), ids.clone());
        }
    }
    Ok(aliases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tie_mark_of_a_subdivision_name_is_taken_away() {
        assert_eq!(without_tie_mark("Île-de-France²"), "Île-de-France");
        assert_eq!(without_tie_mark("Lagunes³ "), "Lagunes");
        assert_eq!(without_tie_mark("Lagunes"), "Lagunes");
        assert_eq!(without_tie_mark("Province 2"), "Province 2");
    }
}
