//! ISO 3166-2 codes for GeoNames' first-level regions.
//!
//! GeoNames' admin-1 codes are its own (often FIPS 10-4 codes), so a region's ISO 3166-2
//! code is found by its names, within its country: GeoNames' names of the region in every
//! language against ISO's name of each code (pycountry's list, the current one: no withdrawn
//! code is ever given) and CLDR's names of the code in every locale. ISO's names are facts
//! for the match only: none is written to the data. A code is kept only where the join is
//! sure:
//!
//! - one code, one region: a region that two codes fit, or a code that two regions fit, gets
//!   nothing in that round;
//! - the rounds go from the strictest comparison to the loosest, each on what the rounds
//!   before left: the English and the country's own language's names as written (folded,
//!   see `words`), then without the words that say what kind of subdivision it is
//!   (`GENERIC`), then the names in every language in both ways, then their consonant
//!   skeletons (`skeleton`: romanisations that differ by `š`/`sh`, `č`/`ch` and the like, and
//!   Cyrillic names transliterated);
//! - ISO nests codes (Indonesia's provinces in its islands, Czechia's districts in its
//!   regions): a country's admin-1 regions sit at the depth most of them are found at, and
//!   a region that fits a code and one nested in it or around it gets the one at that depth
//!   (Zlín region, not Zlín district);
//! - CLDR keeps codes that ISO has given to other subdivisions (Iran's provinces were
//!   renumbered; Morocco's regions were redrawn): where CLDR's names of a code and ISO's
//!   fit two different regions and do not fit each other, CLDR's names of that country's
//!   subdivisions are not used, for the join or as names.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use toponym_shared::fold::fold;

use super::cldr::Locales;
use super::geonames::Catalogues;
use super::packages as pkg;
use super::{Sources, json, primary};

/// Regions that the join by names cannot tell apart or find. GeoNames has Inner Mongolia
/// only in English, French, Dutch and Chinese, ISO writes "Nei Mongol Zizhiqu" and CLDR has
/// no name of it; Kyiv City (UA-30) and Kyiv Oblast (UA-32, "Kyivska oblast") are both
/// "Kyiv" without their kind words. Applied only where the join leaves both free.
const NO_NAME_IN_COMMON: &[(&str, &str)] =
    &[("CN.20", "CN-NM"), ("UA.12", "UA-30"), ("UA.13", "UA-32")];

/// Words that say what kind of subdivision a name is, in the languages of the names (and
/// articles), left out in the second round: "Poltava Oblast", "Poltavska oblast",
/// "Fukushima-ken", "Estado de Bahia", "Xinjiang Uygur Zizhiqu", "Il-Birgu".
const GENERIC: &[&str] = &[
    // English
    "administrative",
    "area",
    "atoll",
    "autonomous",
    "canton",
    "capital",
    "city",
    "county",
    "department",
    "district",
    "division",
    "emirate",
    "federal",
    "governorate",
    "municipality",
    "of",
    "oblast",
    "okrug",
    "parish",
    "prefecture",
    "province",
    "region",
    "republic",
    "special",
    "state",
    "territory",
    "the",
    "voivodeship",
    "krai",
    "kray",
    // French, Spanish, Portuguese, Italian, Romanian
    "comunidad",
    "autonoma",
    "de",
    "del",
    "des",
    "du",
    "da",
    "das",
    "dos",
    "departamento",
    "departement",
    "distrito",
    "el",
    "estado",
    "la",
    "le",
    "les",
    "l",
    "provincia",
    "raion",
    "raionul",
    "regiao",
    "gouvernorat",
    // Slavic and Baltic languages, German
    "avtonomnaya",
    "avtonomnyy",
    "kanton",
    "kommune",
    "kraj",
    "novads",
    "obshtina",
    "opcina",
    "opstina",
    "respublika",
    "voblast",
    "voblasc",
    "zupanija",
    // Turkic languages, Mongolian, Persian, Arabic, Dhivehi
    "aimak",
    "al",
    "atholhu",
    "aymag",
    "baladiyat",
    "ili",
    "imarat",
    "muhafazat",
    "oblys",
    "oblysy",
    "ostan",
    "rayon",
    "sahari",
    "vilayeti",
    "wilaya",
    // Malay and Indonesian, Hindi and Nepali, Kalaallisut
    "kommunia",
    "pradesh",
    "propinsi",
    "provinsi",
    "wilayah",
    // Chinese, Japanese and Korean romanised
    "do",
    "fu",
    "ken",
    "sheng",
    "shi",
    "si",
    "to",
    "zizhiqu",
    // Maltese articles
    "hal",
    "haz",
    "id",
    "il",
    "in",
    "ir",
    "is",
    "it",
    "ix",
    "iz",
    "ta",
    "tal",
    "tas",
];

/// Words written in two ways: abbreviations, and compass adjectives ("Western Darfur",
/// "West Darfur").
const SYNONYMS: &[(&str, &str)] = &[
    ("st", "saint"),
    ("ste", "sainte"),
    ("eastern", "east"),
    ("northern", "north"),
    ("southern", "south"),
    ("western", "west"),
];

/// A name as compared: folded (`fold`), letters and digits only, words separated by one
/// space, synonyms written one way. Some sources write the schwa (ə) as a turned e (ǝ).
fn words(text: &str) -> String {
    let text = text.replace('ǝ', "ə").replace('Ǝ', "Ə");
    let folded: String = fold(&text)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded
        .split_whitespace()
        .map(|w| {
            SYNONYMS
                .iter()
                .find(|(from, _)| *from == w)
                .map_or(w, |(_, to)| to)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The ways a name may be written: ISO's "Catalunya [Cataluña]" is two names, "Dakhla-Oued
/// Ed-Dahab (EH)" is written without the remark, "Adygeya, Respublika" also the other way
/// round.
fn variants(name: &str) -> Vec<String> {
    let mut parts = vec![name.to_string()];
    if let Some(inner) = name.strip_suffix(']')
        && let Some((a, b)) = inner.split_once(" [")
    {
        parts = vec![a.to_string(), b.to_string()];
    }
    let mut out = Vec::new();
    for p in parts {
        let mut plain = String::new();
        let mut depth = 0;
        for c in p.chars() {
            match c {
                '(' => depth += 1,
                ')' if depth > 0 => depth -= 1,
                c if depth == 0 => plain.push(c),
                _ => {}
            }
        }
        let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some((a, b)) = plain.split_once(", ") {
            out.push(format!("{b} {a}"));
        }
        out.push(plain);
    }
    out
}

/// Cyrillic letters in Latin letters, the Russian way (`г` `g`, `и` `i`, `й` `y`) or the
/// Ukrainian way (`г` `h`, `и` `y`, `й` `i`): enough for a skeleton to meet ISO's
/// romanisations of Russian, Ukrainian, Belarusian, Kazakh and the like. `None` for a letter
/// of another script.
fn transliterate(text: &str, ukrainian: bool) -> Option<String> {
    let (g, i, short_i) = if ukrainian {
        ("h", "y", "i")
    } else {
        ("g", "i", "y")
    };
    let mut out = String::new();
    for c in text.chars() {
        let latin = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => g,
            'и' => i,
            'й' => short_i,
            'ґ' | 'ѓ' | 'ғ' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'є' => "ye",
            'ж' => "zh",
            'з' => "z",
            'ы' => "y",
            'і' | 'ї' => "i",
            'ј' => "j",
            'к' | 'ќ' | 'қ' => "k",
            'л' => "l",
            'љ' => "lj",
            'м' => "m",
            'н' | 'ң' => "n",
            'њ' => "nj",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ў' | 'ұ' | 'ү' => "u",
            'ф' => "f",
            'х' | 'һ' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ю' => "yu",
            'я' => "ya",
            'ә' => "a",
            'ѕ' | 'џ' => "dz",
            'ђ' => "dj",
            'ћ' => "c",
            c if c.is_ascii() => {
                out.push(c);
                continue;
            }
            _ => return None,
        };
        out.push_str(latin);
    }
    Some(out)
}

/// A word's consonant skeleton: Latin letters only, digraphs and their one-letter spellings
/// alike (`sh` and `š` are `s`, `kh` is `h`), `i`, `j` and `y` alike, doubled letters once.
/// Only words of four letters or more have one.
fn skeleton(word: &str) -> Option<String> {
    let word = word.replace('ə', "e");
    if word.chars().count() < 4 || !word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let mut s = word;
    for (from, to) in [
        ("kh", "h"),
        ("ch", "c"),
        ("sh", "s"),
        ("zh", "z"),
        ("gh", "g"),
        ("ph", "p"),
        ("th", "t"),
        ("dh", "d"),
        ("j", "y"),
        ("i", "y"),
        ("w", "v"),
    ] {
        s = s.replace(from, to);
    }
    let mut out = String::new();
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    Some(out)
}

/// How names are compared, from the strictest to the loosest.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Form {
    /// As written (`words`), and without spaces.
    Full,
    /// Without `GENERIC` words, and without spaces.
    Stripped,
    /// The `skeleton` of the stripped form without spaces.
    Skeleton,
}

const FORMS: [Form; 3] = [Form::Full, Form::Stripped, Form::Skeleton];

/// The forms of a set of names.
#[derive(Default, Clone)]
struct Forms {
    full: HashSet<String>,
    stripped: HashSet<String>,
    skeleton: HashSet<String>,
}

impl Forms {
    fn add(&mut self, name: &str) {
        for v in variants(name) {
            let text = words(&v);
            if text.is_empty() {
                continue;
            }
            self.full.insert(text.replace(' ', ""));
            self.add_stripped(&text, true);
            if text.chars().any(|c| matches!(c, '\u{400}'..='\u{4ff}')) {
                for ukrainian in [false, true] {
                    if let Some(latin) = transliterate(&text, ukrainian) {
                        self.add_stripped(&latin, false);
                    }
                }
            }
            self.full.insert(text);
        }
    }

    /// Adds the stripped form (if `stripped`) and the skeleton of `text`.
    fn add_stripped(&mut self, text: &str, stripped: bool) {
        let kept: Vec<&str> = text.split(' ').filter(|w| !GENERIC.contains(w)).collect();
        if kept.is_empty() {
            return;
        }
        let compact = kept.concat();
        if let Some(k) = skeleton(&compact) {
            self.skeleton.insert(k);
        }
        if stripped {
            self.stripped.insert(kept.join(" "));
            self.stripped.insert(compact);
        }
    }

    fn get(&self, form: Form) -> &HashSet<String> {
        match form {
            Form::Full => &self.full,
            Form::Stripped => &self.stripped,
            Form::Skeleton => &self.skeleton,
        }
    }

    fn meets(&self, other: &Forms, form: Form) -> bool {
        !self.get(form).is_disjoint(other.get(form))
    }

    fn union(&self, other: &Forms) -> Forms {
        Forms {
            full: self.full.union(&other.full).cloned().collect(),
            stripped: self.stripped.union(&other.stripped).cloned().collect(),
            skeleton: self.skeleton.union(&other.skeleton).cloned().collect(),
        }
    }
}

/// A GeoNames admin-1 region: its English and its country's language's names (`own`), and
/// its names in every language (`all`).
struct Region {
    key: String,
    own: Forms,
    all: Forms,
}

/// An ISO 3166-2 code, with ISO's and CLDR's names.
struct Code {
    code: String,
    depth: usize,
    /// The codes it is nested in.
    ancestors: Vec<String>,
    iso: Forms,
    cldr: Forms,
}

/// Which names of the regions a round compares.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tier {
    Own,
    All,
}

impl Region {
    fn forms(&self, tier: Tier) -> &Forms {
        match tier {
            Tier::Own => &self.own,
            Tier::All => &self.all,
        }
    }
}

/// The pairs (region, code) that fit one another and nothing else: for each region the
/// codes whose forms meet its forms (among those `allowed`, and not `taken`), those nearest
/// the preferred depth when there are several; a pair when the region has one code and the
/// code one region.
fn unique_join(
    regions: &[Region],
    codes: &[Code],
    fits: &dyn Fn(&Region, &Code) -> bool,
    rank: &dyn Fn(&Code) -> usize,
    taken: (&[bool], &[bool]),
    allowed: Option<&[BTreeSet<usize>]>,
) -> Vec<(usize, usize)> {
    let mut lists: Vec<Vec<usize>> = Vec::new();
    let mut claims: HashMap<usize, usize> = HashMap::new();
    for (r, region) in regions.iter().enumerate() {
        let mut list: Vec<usize> = Vec::new();
        if !taken.0[r] {
            list = (0..codes.len())
                .filter(|&c| !taken.1[c])
                .filter(|c| allowed.is_none_or(|a| a[r].contains(c)))
                .filter(|&c| fits(region, &codes[c]))
                .collect();
            if let Some(best) = list.iter().map(|&c| rank(&codes[c])).min() {
                list.retain(|&c| rank(&codes[c]) == best);
            }
        }
        for &c in &list {
            *claims.entry(c).or_default() += 1;
        }
        lists.push(list);
    }
    lists
        .iter()
        .enumerate()
        .filter_map(|(r, list)| match list[..] {
            [c] if claims[&c] == 1 => Some((r, c)),
            _ => None,
        })
        .collect()
}

/// What the join found.
pub(super) struct SubdivisionCodes {
    /// The ISO 3166-2 code of each GeoNames admin-1 region that has a sure one.
    pub(super) code_of: BTreeMap<String, String>,
    /// The countries whose CLDR subdivision codes name other subdivisions than ISO's, with
    /// such codes: CLDR's subdivision names of these countries are not used.
    pub(super) cldr_misaligned: BTreeMap<String, Vec<String>>,
    /// The regions left without a code in countries that have ISO 3166-2 codes.
    pub(super) left: Vec<String>,
}

/// Finds the ISO 3166-2 codes of the GeoNames admin-1 regions `keys` (`UA.18`), named in the
/// catalogues `mo`, with ISO's current list (pycountry) and CLDR's subdivision names
/// (`sub_texts`: locale -> code -> name); see the module's documentation.
pub(super) fn subdivision_codes(
    src: &Sources,
    sub_texts: &BTreeMap<String, BTreeMap<String, String>>,
    mo: &Catalogues,
    keys: &[&str],
    locales: &Locales,
) -> Result<SubdivisionCodes, String> {
    let v = json(
        &src.dir(pkg::PYCOUNTRY)
            .join("pycountry/databases/iso3166-2.json"),
    )?;
    let entries = v["3166-2"].as_array().ok_or("iso3166-2.json: no entries")?;
    let mut parent: HashMap<String, String> = HashMap::new();
    let mut by_country: BTreeMap<String, Vec<Code>> = BTreeMap::new();
    for e in entries {
        let (Some(code), Some(name)) = (e["code"].as_str(), e["name"].as_str()) else {
            return Err(format!("iso3166-2.json: entry without code or name: {e}"));
        };
        if let Some(p) = e["parent"].as_str() {
            parent.insert(code.to_string(), p.to_string());
        }
        let mut iso = Forms::default();
        iso.add(name);
        by_country
            .entry(code[..2].to_string())
            .or_default()
            .push(Code {
                code: code.to_string(),
                depth: 0,
                ancestors: Vec::new(),
                iso,
                cldr: Forms::default(),
            });
    }
    let mut cldr_names: HashMap<&str, Vec<&str>> = HashMap::new();
    for entries in sub_texts.values() {
        for (code, name) in entries {
            cldr_names.entry(code).or_default().push(name);
        }
    }
    for codes in by_country.values_mut() {
        for c in codes.iter_mut() {
            let mut p = parent.get(&c.code);
            while let Some(code) = p {
                c.ancestors.push(code.clone());
                p = parent.get(code);
            }
            c.depth = c.ancestors.len();
            for name in cldr_names.get(c.code.as_str()).into_iter().flatten() {
                c.cldr.add(name);
            }
        }
    }

    let mut out = SubdivisionCodes {
        code_of: BTreeMap::new(),
        cldr_misaligned: BTreeMap::new(),
        left: Vec::new(),
    };
    let mut regions_of: BTreeMap<&str, Vec<Region>> = BTreeMap::new();
    for &key in keys {
        let cc = &key[..2];
        let own_language = locales.country_language(cc);
        let mut region = Region {
            key: key.to_string(),
            own: Forms::default(),
            all: Forms::default(),
        };
        for (tag, name) in mo.get(key).into_iter().flatten() {
            if primary(tag) == "en" || Some(primary(tag)) == own_language {
                region.own.add(name);
            }
            region.all.add(name);
        }
        regions_of.entry(cc).or_default().push(region);
    }
    for (cc, regions) in &regions_of {
        let Some(codes) = by_country.get(*cc) else {
            continue;
        };
        let (mut code_of, misaligned) = join_country(regions, codes);
        for (key, code) in NO_NAME_IN_COMMON {
            let r = regions.iter().position(|r| r.key == *key);
            let c = codes.iter().position(|c| c.code == *code);
            if let (Some(r), Some(c)) = (r, c)
                && !code_of.contains_key(&r)
                && !code_of.values().any(|&taken| taken == c)
            {
                code_of.insert(r, c);
            }
        }
        for (r, c) in &code_of {
            out.code_of
                .insert(regions[*r].key.clone(), codes[*c].code.clone());
        }
        for (r, region) in regions.iter().enumerate() {
            if !code_of.contains_key(&r) {
                out.left.push(region.key.clone());
            }
        }
        if !misaligned.is_empty() {
            out.cldr_misaligned.insert(cc.to_string(), misaligned);
        }
    }
    Ok(out)
}

/// The join within one country: region index -> code index, and the codes that show CLDR's
/// codes to be misaligned with ISO's.
fn join_country(regions: &[Region], codes: &[Code]) -> (BTreeMap<usize, usize>, Vec<String>) {
    let none = (vec![false; regions.len()], vec![false; codes.len()]);
    let taken = (&none.0[..], &none.1[..]);
    let iso_full = |r: &Region, c: &Code| r.all.meets(&c.iso, Form::Full);
    let cldr_full = |r: &Region, c: &Code| r.all.meets(&c.cldr, Form::Full);

    // The depth of the country's admin-1 regions among ISO's codes: the one most regions
    // are found at by ISO's names (the shallower of two as common).
    let found = unique_join(regions, codes, &iso_full, &|c| c.depth, taken, None);
    let mut at_depth: BTreeMap<usize, usize> = BTreeMap::new();
    for &(_, c) in &found {
        *at_depth.entry(codes[c].depth).or_default() += 1;
    }
    let depth = at_depth
        .iter()
        .max_by_key(|&(d, n)| (*n, std::cmp::Reverse(*d)))
        .map_or(0, |(d, _)| *d);
    let rank = |c: &Code| c.depth.abs_diff(depth);

    // CLDR's codes: misaligned where ISO's names of a code and CLDR's find two regions, and
    // the names do not fit each other (Lima is a region to ISO and the city to CLDR, but
    // CLDR calls the region "Lima Region": that is no misalignment).
    let by_iso: HashMap<usize, usize> = unique_join(regions, codes, &iso_full, &rank, taken, None)
        .into_iter()
        .map(|(r, c)| (c, r))
        .collect();
    let misaligned: Vec<String> = unique_join(regions, codes, &cldr_full, &rank, taken, None)
        .into_iter()
        .filter(|(r, c)| by_iso.get(c).is_some_and(|r2| r2 != r))
        .filter(|(_, c)| {
            let code = &codes[*c];
            !FORMS.iter().any(|&f| code.iso.meets(&code.cldr, f))
        })
        .map(|(_, c)| codes[c].code.clone())
        .collect();
    let names: Vec<Forms> = codes
        .iter()
        .map(|c| {
            if misaligned.is_empty() {
                c.iso.union(&c.cldr)
            } else {
                c.iso.clone()
            }
        })
        .collect();
    let index: HashMap<&str, usize> = codes
        .iter()
        .enumerate()
        .map(|(i, c)| (c.code.as_str(), i))
        .collect();
    let fits = |r: &Region, c: &Code, tier: Tier, form: Form| {
        r.forms(tier).meets(&names[index[c.code.as_str()]], form)
    };

    let rounds = [
        (Tier::Own, Form::Full),
        (Tier::Own, Form::Stripped),
        (Tier::All, Form::Full),
        (Tier::All, Form::Stripped),
        (Tier::All, Form::Skeleton),
    ];
    // A code nested in or around another code that the region fits, and farther from the
    // country's depth, is not the region's.
    let allowed: Vec<BTreeSet<usize>> = regions
        .iter()
        .map(|r| {
            let fitting: BTreeSet<usize> = (0..codes.len())
                .filter(|&c| rounds.iter().any(|&(t, f)| fits(r, &codes[c], t, f)))
                .collect();
            let related =
                |a: &Code, b: &Code| a.ancestors.contains(&b.code) || b.ancestors.contains(&a.code);
            fitting
                .iter()
                .copied()
                .filter(|&c| {
                    !fitting.iter().any(|&o| {
                        related(&codes[c], &codes[o]) && rank(&codes[o]) < rank(&codes[c])
                    })
                })
                .collect()
        })
        .collect();

    let mut code_of = BTreeMap::new();
    let mut region_taken = vec![false; regions.len()];
    let mut code_taken = vec![false; codes.len()];
    for (tier, form) in rounds {
        let pairs = unique_join(
            regions,
            codes,
            &|r, c| fits(r, c, tier, form),
            &rank,
            (&region_taken, &code_taken),
            Some(&allowed),
        );
        for (r, c) in pairs {
            region_taken[r] = true;
            code_taken[c] = true;
            code_of.insert(r, c);
        }
    }
    (code_of, misaligned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(name: &str) -> Forms {
        let mut f = Forms::default();
        f.add(name);
        f
    }

    fn meet(a: &str, b: &str, form: Form) -> bool {
        forms(a).meets(&forms(b), form)
    }

    #[test]
    fn names_are_compared_folded_and_in_every_way_iso_writes_them() {
        assert_eq!(words("Odes’ka Oblast’"), "odes ka oblast");
        assert_eq!(words("St. Andrew"), "saint andrew");
        assert_eq!(words("Ağcabǝdi"), words("Ağcabədi"));
        assert_eq!(variants("Catalunya [Cataluña]"), ["Catalunya", "Cataluña"]);
        assert_eq!(
            variants("Guelmim-Oued Noun (EH-partial)"),
            ["Guelmim-Oued Noun"]
        );
        assert_eq!(
            variants("Adygeya, Respublika"),
            ["Respublika Adygeya", "Adygeya, Respublika"]
        );
        assert!(meet("Odes’ka Oblast’", "Odeska oblast", Form::Full));
        assert!(meet("Bahia", "Estado de Bahia", Form::Stripped));
        assert!(meet("Fukushima-ken", "Fukushima", Form::Stripped));
        assert!(meet("Il-Birgu", "Birgu", Form::Stripped));
        assert!(meet("Western Darfur", "West Darfur", Form::Full));
        assert!(!meet("Kyiv City", "Kyiv Oblast", Form::Full));
    }

    #[test]
    fn skeletons_meet_across_romanisations_and_scripts() {
        assert!(meet("Delchevo", "Delčevo", Form::Skeleton));
        assert!(meet("Shtip", "Štip", Form::Skeleton));
        // Cyrillic, transliterated the Ukrainian and the Russian way.
        assert!(meet(
            "Харківська область",
            "Kharkivska oblast",
            Form::Skeleton
        ));
        assert!(meet(
            "Чеченская Республика",
            "Chechenskaya Respublika",
            Form::Skeleton
        ));
        // Short words have none, and different names do not meet.
        assert!(forms("Lae").skeleton.is_empty());
        assert!(!meet("Tartu", "Tartumaa", Form::Skeleton));
    }
}
