//! Country names from iso-codes' translations, as pycountry ships them: the catalogues
//! `pycountry/locales/<locale>/LC_MESSAGES/iso3166-1.mo` and `iso3166-3.mo`, whose msgids are
//! the English `name`, `official_name` and `common_name` of `iso3166-1.json` and
//! `iso3166-3.json`, and whose msgstrs are their translations ("United States of America" ->
//! "Stati Uniti d'America").
//!
//! The names go to the places the codes already denote: a country or territory by its ISO
//! 3166-1 alpha-2 code (CLDR's territory, or the curated place with that code), a former
//! country by its ISO 3166-3 alpha-4 code (the place `iso_codes::historic_states` made for it,
//! or the curated `su`). Burma, East Timor and Metropolitan France are no former countries
//! and take none. The rules:
//!
//! - The locale becomes a BCP-47 tag: `zh_CN` `zh-Hans`, `zh_TW` `zh-Hant`, `zh_HK`
//!   `zh-Hant-HK`, `sr@latin` `sr-Latn`, `tt@iqtelif` `tt-Latn`, `pa_PK` `pa-Arab`, `nb_NO`
//!   `nb`, another `ll_CC` `ll-CC`. A locale with another `@` modifier, or whose language's
//!   script CLDR does not know (so that no name of it could be checked), is left out.
//! - Untranslated entries are left out: an empty msgstr, or one equal to the English msgid.
//! - A list form inverted at the word that joins a generic phrase to the name, in a language
//!   whose names keep their form after it, is put in order: "Coreia, República da" is
//!   "República da Coreia", "Congo, République démocratique du" is "République démocratique
//!   du Congo" (the words are those ending the language's generic terms, `data/terms/`); it
//!   is official where ISO's English put in order is an official name of the place. Other
//!   list forms with a comma or a spaced dash ("Mołdawia - Republika", "URSS, Union des …",
//!   Greek "Κορέα, Δημοκρατία της", whose name would need the genitive) are left out: `lookup`
//!   reads inverted forms itself. So are forms with
//!   brackets, digits, slashes or colons; the junk that GeoNames' alternate names are checked
//!   for (all-capital codes, Latin names without a capital, fewer than three Latin or two
//!   other letters); and forms whose letters are not all in the script of the language (its
//!   tag's script, else CLDR's likely script): a Latin "Yugoslavia" in the Russian catalogue,
//!   the Crimean Tatar catalogue, which is written in Latin where CLDR writes the language in
//!   Cyrillic, a Chechen "АфгIанистан" with a Latin I.
//! - A form that is already a name of the place in the language is not repeated.
//! - A form that is the main name of another place is left out and counted: a common,
//!   official or short name (in any language) of another country, territory, former country,
//!   region of the world or curated place, a common name of a city of the default tier
//!   ("Singapur", "Man", "Южная Африка", which is Southern Africa), or the same catalogue's
//!   translation of another entry ("Republic of Zambia" for the Gambia, "Honduras" for
//!   Mexico, "Irlanda" for three former countries in one catalogue).
//! - A form that holds another country's or territory's name (a common or short name in
//!   the language, or the catalogue's name of it; whole words, or in the scripts written
//!   without spaces three characters or more) outside the place's own names is junk when
//!   nothing but generic words stands beside it: words of the names of eight places or more
//!   of the language ("Republica Nigeria" for Niger, "Reino de Tanzania" for Thailand). A
//!   name the place's own names hold too ("Kongo" of "Kongo-Kinshasa"), one that ISO's
//!   English name says ("Sudan" in "South Sudan", "Serbia and Montenegro"), and one of a
//!   place joined to this one (its parent, administrator or successor: "Estados Unidos" in
//!   "Islas Vírgenes de los Estados Unidos") are no sign of junk; "Estados Unidos Mexicanos"
//!   has a word beside it that is no generic one.
//! - Another country's usage stays out, in every language, where the curated data records
//!   it for the place (a current name of the place as that country's usage, or a claim):
//!   the translations of an English name that the curated data gives as one country's usage
//!   ("Taiwan, Province of China": China's); forms that hold a name of that country
//!   ("中国台湾省", "Hiina Vabariik"), or a word of one that is no word of the place's own
//!   names ("Republiko di Chinia" beside China's "Populala Republiko di Chinia").
//! - Status: an `official_name` is `official`, and so is a `name` or `common_name` whose
//!   English msgid is an official English name of the place already (Natural Earth's formal
//!   name, the curated "German Democratic Republic"). Another `name` or `common_name` is
//!   `common` where the place has no common name in the language yet, else `variant`.
//! - Never in place of CLDR's: a form whose tag the place has no name in while it has names
//!   in a tag that this one inherits from in CLDR (`pt-BR` from `pt`, `nb` from `no`,
//!   `zh-Hant-HK` from `zh-Hant`) is left out, as `name_in` would show it first for its tag.
//!   In a tag the place has a common name in, an `official` or `variant` name comes after it,
//!   so CLDR's name (or the curated one) stays the one shown.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use toponym_build::load::{GenericTerm, TermPosition};
use toponym_shared::Kind;
use toponym_shared::fold::fold;

use super::cldr::Locales;
use super::curated::Curated;
use super::merge::{Group, Merge, Src};
use super::packages as pkg;
use super::{Sources, dirs, json, mo, primary, read, text};

/// A word that the names of this many places (or more) of a language have is generic: it
/// does not show that a name is the place's own.
const GENERIC_PLACES: usize = 8;

/// The scripts written without spaces between words.
const UNSPACED: [&str; 7] = ["Hani", "Jpan", "Thai", "Laoo", "Khmr", "Mymr", "Tibt"];

/// The BCP-47 tag of an iso-codes locale, if it maps surely (the script is checked later).
pub fn tag_of(locale: &str) -> Option<String> {
    let tag = match locale {
        "zh_CN" => "zh-Hans".to_string(),
        "zh_TW" => "zh-Hant".to_string(),
        "zh_HK" => "zh-Hant-HK".to_string(),
        "sr@latin" => "sr-Latn".to_string(),
        "tt@iqtelif" => "tt-Latn".to_string(),
        "pa_PK" => "pa-Arab".to_string(),
        "nb_NO" => "nb".to_string(),
        l if l.contains('@') => return None,
        l => l.replace('_', "-"),
    };
    toponym_build::load::is_language_tag(&tag).then_some(tag)
}

/// The script subtag of a tag (`Latn` of `sr-Latn`).
fn tag_script(tag: &str) -> Option<&str> {
    tag.split('-').skip(1).find(|p| p.len() == 4)
}

/// A name the place had before this source, as far as these rules need it.
struct Known {
    tag: String,
    status: String,
    key: String,
    /// General usage (no worldview).
    general: bool,
}

/// One translation that passed the checks of its own form.
struct Form {
    place: String,
    /// `official_name`, `common_name` or `name`.
    field: &'static str,
    english: String,
    /// For a form that is a list form put in order, the folded English msgid put in order,
    /// if it can be ("republic of korea" for "Korea, Republic of").
    english_in_order: Option<String>,
    text: String,
    key: String,
}

/// The counts for the import report.
#[derive(Default)]
struct Counts {
    added: BTreeMap<&'static str, usize>,
    untranslated: usize,
    uninverted: usize,
    list_form: usize,
    junk_form: usize,
    script: usize,
    known: usize,
    other_place: usize,
    other_country: usize,
    usage: usize,
    shadow: usize,
    curated: usize,
}

/// Languages in which a name keeps its form after the word that joins a generic phrase to it
/// ("República da Coreia" of "Coreia"), so that a list form can be put in order without a
/// grammar of the language. Not Greek, whose της takes the genitive ("Δημοκρατία της Κορέας",
/// where the list form has "Κορέα"), nor any language that declines names.
const NOMINATIVE_AFTER_JOINERS: [&str; 10] =
    ["ca", "en", "es", "fr", "gl", "id", "it", "nl", "pt", "vi"];

/// By language, the words that end its generic terms of several words written before a name,
/// such as "republic of", "république de", "república da": "of", "de", "da".
///
/// Only for the languages of [`NOMINATIVE_AFTER_JOINERS`].
fn joiners(terms: &[GenericTerm]) -> HashMap<String, HashSet<String>> {
    let mut joiners: HashMap<String, HashSet<String>> = HashMap::new();
    for t in terms.iter().filter(|t| {
        t.position == TermPosition::Prefix && NOMINATIVE_AFTER_JOINERS.contains(&t.lang.as_str())
    }) {
        let key = fold(&t.term);
        if let Some((_, last)) = key.rsplit_once(' ') {
            joiners
                .entry(t.lang.clone())
                .or_default()
                .insert(last.to_string());
        }
    }
    joiners
}

/// Whether `text` is written as lists write names: with a comma, or a spaced dash
/// ("Corée, République de", "Mołdawia - Republika").
fn is_list_form(text: &str) -> bool {
    text.contains([',', '،', '、', '，', '﹐'])
        || [" - ", " – ", " — "].iter().any(|d| text.contains(d))
}

/// A list form put in the order of the name it lists, when it is one inverted at a word that
/// joins a generic phrase to the name (`joiners` of the language): "Coreia, República da" is
/// "República da Coreia", "Congo, République démocratique du" is "République démocratique du
/// Congo", "Iran, République islamique d'" is "République islamique d'Iran". Nothing for
/// another list form ("Virgin Islands, British", "Bonaire, Sint Eustatius and Saba", "Korea,
/// Republik"): its order could be the language's or a list's, and a declined language may
/// change the name's case in order ("Republika Korei").
fn uninvert(text: &str, joiners: &HashSet<String>) -> Option<String> {
    let (name, phrase) = text.split_once(',')?;
    let (name, phrase) = (name.trim(), phrase.trim());
    if name.is_empty() || is_list_form(name) || is_list_form(phrase) {
        return None;
    }
    let key = fold(phrase);
    let last = key.rsplit(' ').next()?;
    if key == last || !joiners.contains(last) {
        return None;
    }
    Some(if phrase.ends_with(['\'', '’']) {
        format!("{phrase}{name}")
    } else {
        format!("{phrase} {name}")
    })
}

fn spaced(key: &str) -> bool {
    !text::script(key).is_some_and(|s| UNSPACED.contains(&s))
}

/// Byte ranges where `needle` occurs in `hay` (both folded): as whole words, or anywhere in
/// the scripts without spaces.
fn occurrences(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    // Whether the hay is written with spaces, worked out at the first occurrence: most
    // calls find none, and the script of a text takes a look at each of its letters.
    let mut spaced_hay = None;
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let words = *spaced_hay.get_or_insert_with(|| spaced(hay));
        let (a, b) = (from + i, from + i + needle.len());
        let bounded = !words
            || ((a == 0 || hay[..a].ends_with(' '))
                && (b == hay.len() || hay[b..].starts_with(' ')));
        if bounded {
            out.push((a, b));
        }
        from = a + hay[a..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// The units that show a name is a place's own: the first four letters of each word of
/// three letters or more, or, in the scripts without spaces, each two characters in a row.
fn units(key: &str) -> BTreeSet<String> {
    if spaced(key) {
        key.split(' ')
            .filter(|w| w.chars().count() >= 3)
            .map(|w| w.chars().take(4).collect())
            .collect()
    } else {
        let chars: Vec<char> = key.chars().filter(|c| *c != ' ').collect();
        chars.windows(2).map(|w| w.iter().collect()).collect()
    }
}

fn letters(key: &str) -> usize {
    key.chars().filter(|c| c.is_alphabetic()).count()
}

/// Adds iso-codes' translated names of countries, territories and former countries.
pub(super) fn translations(
    src: &Sources,
    curated: &Curated,
    locales: &Locales,
    terms: &[GenericTerm],
    territory_id: &BTreeMap<String, String>,
    historic_id: &BTreeMap<String, String>,
    m: &mut Merge,
) -> Result<(), String> {
    let root = src.dir(pkg::PYCOUNTRY).join("pycountry");
    // (catalogue, place, field, English) for every entry with a place.
    let mut entries: Vec<(&str, String, &'static str, String)> = Vec::new();
    for (file, list, code_field, ids) in [
        ("iso3166-1", "3166-1", "alpha_2", territory_id),
        ("iso3166-3", "3166-3", "alpha_4", historic_id),
    ] {
        let v = json(&root.join(format!("databases/{file}.json")))?;
        for e in v[list]
            .as_array()
            .ok_or_else(|| format!("{file}.json: no entries"))?
        {
            let Some(id) = e[code_field].as_str().and_then(|c| ids.get(c)) else {
                continue;
            };
            for field in ["official_name", "common_name", "name"] {
                if let Some(english) = e[field].as_str() {
                    entries.push((file, id.clone(), field, english.to_string()));
                }
            }
        }
    }

    // ISO's English names of each place, folded.
    let mut iso_english: HashMap<String, Vec<String>> = HashMap::new();
    for (_, place, field, english) in &entries {
        if *field != "official_name" && !english.contains(',') {
            iso_english
                .entry(place.clone())
                .or_default()
                .push(fold(english));
        }
    }
    // The places each place is joined to: its parents, administrators and successors.
    let mut links: HashSet<(String, String)> = HashSet::new();
    for (id, (_, p)) in &m.places {
        for other in p
            .parents
            .iter()
            .chain(&p.administered_by)
            .chain(&p.succeeded_by)
        {
            links.insert((id.clone(), other.clone()));
            links.insert((other.clone(), id.clone()));
        }
    }
    for p in &curated.places {
        for &i in p
            .parents
            .iter()
            .chain(&p.administered_by)
            .chain(&p.succeeded_by)
        {
            links.insert((p.id.clone(), curated.places[i].id.clone()));
            links.insert((curated.places[i].id.clone(), p.id.clone()));
        }
    }
    let related = |a: &str, b: &str| links.contains(&(a.to_string(), b.to_string()));

    // What the place is: its kind and whether it is a city of the default tier.
    let curated_kind: HashMap<&str, Kind> = curated
        .places
        .iter()
        .map(|p| (p.id.as_str(), p.kind))
        .collect();
    let kind_in_merge = |id: &str| -> Option<Kind> {
        match m.places.get(id) {
            Some((_, p)) => p.kind.parse().ok(),
            None => curated_kind.get(id).copied(),
        }
    };

    // The names every place had before this source.
    let mut known: BTreeMap<String, Vec<Known>> = BTreeMap::new();
    for (place, lang, status, text, worldview) in &curated.names {
        known.entry(place.clone()).or_default().push(Known {
            tag: lang.clone(),
            status: status.clone(),
            key: fold(text),
            general: worldview.is_empty(),
        });
    }
    for (place, names) in &m.names {
        for r in &names.rows {
            known.entry(place.clone()).or_default().push(Known {
                tag: r.lang.clone(),
                status: r.status.to_string(),
                key: fold(&r.text),
                general: true,
            });
        }
    }
    let kinds: HashMap<String, Kind> = known
        .keys()
        .filter_map(|p| Some((p.clone(), kind_in_merge(p)?)))
        .collect();
    let kind_of = |id: &str| kinds.get(id).copied();
    let smaller_cities: HashSet<&String> = m
        .places
        .iter()
        .filter(|(_, (g, _))| *g == Group::CitiesFull)
        .map(|(id, _)| id)
        .collect();
    // Main names of every place but regions and the smaller cities: key -> places.
    let mut main_names: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (place, names) in &known {
        let (statuses, ok): (&[&str], bool) = match kind_of(place) {
            Some(Kind::Region) | None => (&[], false),
            Some(Kind::City) => (&["common"], !smaller_cities.contains(place)),
            Some(_) => (&["common", "official", "short"], true),
        };
        if !ok {
            continue;
        }
        for n in names
            .iter()
            .filter(|n| statuses.contains(&n.status.as_str()))
        {
            main_names
                .entry(n.key.clone())
                .or_default()
                .insert(place.clone());
        }
    }
    drop(smaller_cities);
    let countries: BTreeSet<&String> = known
        .keys()
        .filter(|p| matches!(kind_of(p), Some(Kind::Country | Kind::DependentTerritory)))
        .collect();
    let territories: Vec<&String> = known
        .keys()
        .filter(|p| countries.contains(p) || kind_of(p) == Some(Kind::HistoricState))
        .collect();
    // The countries whose usage the curated data records for a place: a current name of it
    // as their usage, or a claim.
    let mut usage_of: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (place, _, status, _, worldview) in &curated.names {
        if status == "historic" {
            continue;
        }
        usage_of
            .entry(place.clone())
            .or_default()
            .extend(worldview.iter().cloned());
    }
    for p in &curated.places {
        usage_of
            .entry(p.id.clone())
            .or_default()
            .extend(p.claimed_by.iter().map(|&i| curated.places[i].id.clone()));
    }
    // English names that the curated data gives as one country's usage: (place, key). Their
    // translations are that country's usage too ("Taiwan, Province of China").
    let english_usage: HashSet<(String, String)> = curated
        .names
        .iter()
        .filter(|(_, lang, _, _, worldview)| primary(lang) == "en" && !worldview.is_empty())
        .map(|(place, _, _, text, _)| (place.clone(), fold(text)))
        .collect();
    // English official names already known: (place, key).
    let english_official: HashSet<(String, String)> = known
        .iter()
        .flat_map(|(p, names)| {
            names
                .iter()
                .filter(|n| primary(&n.tag) == "en" && n.status == "official")
                .map(|n| (p.clone(), n.key.clone()))
        })
        .collect();

    let joiners = joiners(terms);
    let mut counts = Counts::default();
    let mut unmapped = Vec::new();
    let verbose = std::env::var_os("TOPONYM_IMPORT_VERBOSE").is_some();
    let mut dropped: Vec<String> = Vec::new();
    // Names added so far by this source: (place, primary language) -> has a common name.
    let mut added_common: HashSet<(String, String)> = HashSet::new();
    let mut added_keys: HashSet<(String, String, String)> = HashSet::new();
    let mut added_tags: HashSet<(String, String)> = HashSet::new();

    for locale in dirs(&root.join("locales"))? {
        let dir = root.join("locales").join(&locale).join("LC_MESSAGES");
        let files: Vec<&str> = ["iso3166-1", "iso3166-3"]
            .into_iter()
            .filter(|f| dir.join(format!("{f}.mo")).exists())
            .collect();
        if files.is_empty() {
            continue;
        }
        let Some(tag) = tag_of(&locale) else {
            unmapped.push(locale.clone());
            continue;
        };
        let lang = primary(&tag).to_string();
        let Some(script) = tag_script(&tag).or_else(|| locales.script(&lang)) else {
            unmapped.push(locale.clone());
            continue;
        };
        let script = script.to_string();
        let mut catalogues = HashMap::new();
        for f in &files {
            let path = dir.join(format!("{f}.mo"));
            let c = mo::parse(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
            catalogues.insert(*f, c);
        }

        // The forms of this catalogue that pass the checks of the form alone.
        let mut forms: Vec<Form> = Vec::new();
        for (file, place, field, english) in &entries {
            let Some(text) = catalogues.get(file).and_then(|c| c.get(english)) else {
                if catalogues.contains_key(file) {
                    counts.untranslated += 1;
                }
                continue;
            };
            let text = text.trim();
            if text.is_empty() || text == english {
                counts.untranslated += 1;
                continue;
            }
            let uninverted;
            let list_form = is_list_form(text);
            let text = if list_form {
                match joiners.get(&lang).and_then(|j| uninvert(text, j)) {
                    Some(t) => {
                        counts.uninverted += 1;
                        uninverted = t;
                        uninverted.as_str()
                    }
                    None => {
                        counts.list_form += 1;
                        continue;
                    }
                }
            } else {
                text
            };
            let Some(text) = text::clean(text, true).filter(|t| text::good_alternate(t)) else {
                counts.junk_form += 1;
                continue;
            };
            if !text::script(&text).is_some_and(|s| text::script_fits(s, &script)) {
                counts.script += 1;
                continue;
            }
            let key = fold(&text);
            forms.push(Form {
                place: place.clone(),
                field,
                english: english.clone(),
                english_in_order: joiners
                    .get("en")
                    .filter(|_| list_form)
                    .and_then(|j| uninvert(english, j))
                    .map(|e| fold(&e)),
                text,
                key,
            });
        }

        // The catalogue's names of each place (not its official forms): other places'
        // names to compare with, and more of the place's own.
        let mut catalogue_forms: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        let mut catalogue_names: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for f in &forms {
            catalogue_forms
                .entry(f.place.as_str())
                .or_default()
                .insert(f.key.as_str());
            if f.field != "official_name" {
                catalogue_names
                    .entry(f.place.as_str())
                    .or_default()
                    .insert(f.key.as_str());
            }
        }
        // The names in this language of each place, general usage.
        let names_in = |place: &str| -> Vec<String> {
            known
                .get(place)
                .into_iter()
                .flatten()
                .filter(|n| n.general && primary(&n.tag) == lang && n.status != "code")
                .map(|n| n.key.clone())
                .collect()
        };
        // Common and short names of the other countries in this language: (key, place), then
        // with whether the name is long.
        let mut country_names: Vec<(String, String)> = Vec::new();
        for c in &countries {
            for n in known.get(*c).into_iter().flatten() {
                if n.general
                    && primary(&n.tag) == lang
                    && matches!(n.status.as_str(), "common" | "short")
                {
                    country_names.push((n.key.clone(), (*c).clone()));
                }
            }
            for k in catalogue_names.get(c.as_str()).into_iter().flatten() {
                country_names.push((k.to_string(), (*c).clone()));
            }
        }
        country_names.sort();
        country_names.dedup();
        // A name shorter than this is part of too many others to show that a form names
        // that country (Mali in Somalia's 索马里), unless it is a country whose usage the
        // curated data records for the place (中国 in 中国台湾省).
        let long = |k: &str| {
            if spaced(k) {
                letters(k) >= 3
            } else {
                k.chars().count() >= 3
            }
        };
        // How many places' names have each unit: the generic ones say nothing.
        let mut df: HashMap<String, BTreeSet<&str>> = HashMap::new();
        for place in &territories {
            for n in known[*place].iter().filter(|n| primary(&n.tag) == lang) {
                for u in units(&n.key) {
                    df.entry(u).or_default().insert(place.as_str());
                }
            }
        }
        for f in &forms {
            for u in units(&f.key) {
                df.entry(u).or_default().insert(f.place.as_str());
            }
        }
        let generic = |u: &String| df.get(u).is_some_and(|p| p.len() >= GENERIC_PLACES);
        let country_names: Vec<(String, String, bool)> = country_names
            .into_iter()
            .map(|(k, c)| {
                let long = long(&k);
                (k, c, long)
            })
            .collect();

        for f in &forms {
            let place = f.place.as_str();
            let english = fold(&f.english);
            let own_here: Vec<String> = names_in(place);
            // Already a name of the place in the language.
            if own_here.contains(&f.key)
                || added_keys.contains(&(f.place.clone(), lang.clone(), f.key.clone()))
            {
                counts.known += 1;
                continue;
            }
            if english_usage.contains(&(f.place.clone(), english.clone())) {
                counts.usage += 1;
                continue;
            }
            // The main name of another place, or this catalogue's name of another entry.
            let others_main = main_names
                .get(&f.key)
                .is_some_and(|ps| ps.iter().any(|p| p != place));
            let others_here = catalogue_forms
                .iter()
                .any(|(p, keys)| *p != place && keys.contains(f.key.as_str()));
            if others_main || others_here {
                counts.other_place += 1;
                if verbose {
                    dropped.push(format!(
                        "  {place} {tag} {:?}: another place's name",
                        f.text
                    ));
                }
                continue;
            }
            // Another country's name in it.
            let mut own: Vec<String> = own_here.clone();
            own.extend(
                catalogue_names
                    .get(place)
                    .into_iter()
                    .flatten()
                    .filter(|k| **k != f.key)
                    .map(|k| k.to_string()),
            );
            let covered: Vec<(usize, usize)> =
                own.iter().flat_map(|o| occurrences(&f.key, o)).collect();
            let mut rest = f.key.clone();
            let mut others = BTreeSet::new();
            for (k, c, long) in &country_names {
                if c == place || !(*long || usage_of.get(place).is_some_and(|u| u.contains(c))) {
                    continue;
                }
                // Most forms hold no other country's name: look for it first.
                let found = occurrences(&f.key, k);
                if found.is_empty() {
                    continue;
                }
                // Its own names have that name too (Kongo-Kinshasa), or ISO's English name
                // says it (South Sudan, Serbia and Montenegro).
                let expected = own.iter().any(|o| !occurrences(o, k).is_empty())
                    || iso_english
                        .get(c.as_str())
                        .into_iter()
                        .flatten()
                        .any(|e| !occurrences(&english, e).is_empty());
                for (a, b) in found {
                    if covered.iter().any(|&(x, y)| x <= a && b <= y) {
                        continue;
                    }
                    rest.replace_range(a..b, &" ".repeat(b - a));
                    let their_usage = usage_of.get(place).is_some_and(|u| u.contains(c));
                    let related = related(place, c);
                    if their_usage || !(expected || related) {
                        others.insert((c.clone(), their_usage));
                    }
                }
            }
            if !others.is_empty() {
                // Nothing but generic words beside the other country's name ("Republic of
                // Zambia"), or that country's usage.
                let rest_key = rest.split_whitespace().collect::<Vec<_>>().join(" ");
                let rest_units = units(&rest_key);
                let only_generic = !rest_units.is_empty() && rest_units.iter().all(generic);
                let their_usage = others.iter().any(|(_, u)| *u);
                if only_generic || their_usage {
                    counts.other_country += 1;
                    if verbose {
                        dropped.push(format!(
                            "  {place} {tag} {:?}: names {}",
                            f.text,
                            others
                                .iter()
                                .map(|(c, _)| c.as_str())
                                .collect::<Vec<_>>()
                                .join(",")
                        ));
                    }
                    continue;
                }
            }
            // A word of a name of a country whose usage the curated data records for the
            // place, and not of the place's own names: that country's usage ("Republiko di
            // Chinia" for Taiwan beside "Populala Republiko di Chinia").
            let own_units: BTreeSet<String> = own.iter().flat_map(|o| units(o)).collect();
            let theirs = usage_of
                .get(place)
                .into_iter()
                .flatten()
                .filter(|c| c.as_str() != place);
            let mut their_units = BTreeSet::new();
            for c in theirs {
                for k in names_in(c).into_iter().chain(
                    catalogue_forms
                        .get(c.as_str())
                        .into_iter()
                        .flatten()
                        .map(|k| k.to_string()),
                ) {
                    their_units.extend(units(&k));
                }
            }
            if units(&f.key)
                .iter()
                .any(|u| their_units.contains(u) && !own_units.contains(u) && !generic(u))
            {
                counts.usage += 1;
                if verbose {
                    dropped.push(format!(
                        "  {place} {tag} {:?}: another country's usage",
                        f.text
                    ));
                }
                continue;
            }
            // Which tags the place has names in, and where CLDR's would be shadowed.
            let tags: BTreeSet<&str> = known
                .get(place)
                .into_iter()
                .flatten()
                .filter(|n| n.general && n.status != "code")
                .map(|n| n.tag.as_str())
                .collect();
            let has_tag = tags.contains(tag.as_str());
            if !has_tag {
                let mut parent = locales.parent(&tag);
                let mut inherits = false;
                while let Some(p) = parent.filter(|p| p != "und" && p != "root") {
                    // CLDR's `zh` is the data's `zh-Hans`.
                    let p_tag = super::cldr::tag(&p);
                    if tags.contains(p_tag.as_str()) || tags.contains(p.as_str()) {
                        inherits = true;
                        break;
                    }
                    parent = locales.parent(&p);
                }
                if inherits {
                    counts.shadow += 1;
                    continue;
                }
            }
            let official = f.field == "official_name"
                || english_official.contains(&(f.place.clone(), english.clone()))
                || f.english_in_order
                    .as_ref()
                    .is_some_and(|e| english_official.contains(&(f.place.clone(), e.clone())));
            let status = if official {
                "official"
            } else {
                let common_known = known
                    .get(place)
                    .into_iter()
                    .flatten()
                    .any(|n| n.general && primary(&n.tag) == lang && n.status == "common");
                if common_known || added_common.contains(&(f.place.clone(), lang.clone())) {
                    "variant"
                } else {
                    "common"
                }
            };
            let before = m.rows(place).len();
            m.add_name(
                place,
                Group::Territories,
                Src::IsoCodes,
                &tag,
                status,
                &f.text,
            );
            if m.rows(place).len() == before {
                counts.curated += 1;
                continue;
            }
            *counts.added.entry(status).or_default() += 1;
            added_keys.insert((f.place.clone(), lang.clone(), f.key.clone()));
            added_tags.insert((f.place.clone(), tag.clone()));
            if status == "common" {
                added_common.insert((f.place.clone(), lang.clone()));
            }
        }
    }
    let total: usize = counts.added.values().sum();
    let by_status = counts
        .added
        .iter()
        .map(|(s, n)| format!("{n} {s}"))
        .collect::<Vec<_>>()
        .join(", ");
    m.report.push(format!(
        "iso-codes: {total} names of countries and former countries added from the \
         translations ({by_status}) in {} tags, {} of them list forms put in order; left \
         out: {} untranslated, {} list forms, \
         {} junk forms, {} in another script, {} names the place had, {} main names of \
         another place, {} with another country's name, {} another country's usage, {} in \
         a tag whose CLDR parent names the place, {} said by the curated data; locales not \
         mapped: {}",
        added_tags
            .iter()
            .map(|(_, t)| t)
            .collect::<BTreeSet<_>>()
            .len(),
        counts.uninverted,
        counts.untranslated,
        counts.list_form,
        counts.junk_form,
        counts.script,
        counts.known,
        counts.other_place,
        counts.other_country,
        counts.usage,
        counts.shadow,
        counts.curated,
        unmapped.join(" ")
    ));
    m.report.extend(dropped);
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::uninvert;

    fn joiners(words: &[&str]) -> HashSet<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    /// A list form inverted at a joining word is put in order; another list form is not.
    #[test]
    fn list_forms_inverted_at_a_joining_word_are_put_in_order() {
        let pt = joiners(&["de", "do", "da"]);
        let fr = joiners(&["de", "du", "d", "des"]);
        let en = joiners(&["of"]);
        let cases = [
            ("Coreia, República da", &pt, Some("República da Coreia")),
            (
                "Congo, République démocratique du",
                &fr,
                Some("République démocratique du Congo"),
            ),
            (
                "Iran, République islamique d'",
                &fr,
                Some("République islamique d'Iran"),
            ),
            (
                "Iran, République islamique d’",
                &fr,
                Some("République islamique d’Iran"),
            ),
            ("Korea, Republic of", &en, Some("Republic of Korea")),
            (
                "Micronesia, Federated States of",
                &en,
                Some("Federated States of Micronesia"),
            ),
            // Not inverted at a joining word: the order may be the list's or the language's.
            ("Virgin Islands, British", &en, None),
            ("Bonaire, Sint Eustatius and Saba", &en, None),
            ("Saint Helena, Ascension and Tristan da Cunha", &pt, None),
            // A joining word alone, two commas, a dash, nothing before the comma.
            ("Corée, de", &fr, None),
            ("A, B, République de", &fr, None),
            ("Moldova - Republic, Republic of", &en, None),
            (", Republic of", &en, None),
        ];
        for (text, joiners, expected) in cases {
            assert_eq!(uninvert(text, joiners).as_deref(), expected, "{text}");
        }
    }
}
