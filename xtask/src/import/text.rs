//! Judging imported names: which script a name is written in, which names are junk, and
//! the ASCII slugs that ids are made of.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The ISO 15924 script of a letter, for the scripts place names are written in;
/// `"Zzzz"` for a letter of any other script.
fn script_of_char(c: char) -> &'static str {
    let u = c as u32;
    match u {
        0x41..=0x5A | 0x61..=0x7A => "Latn",
        0xC0..=0x24F if c != '×' && c != '÷' => "Latn",
        0x250..=0x2AF | 0x1D00..=0x1DBF | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F => "Latn",
        0xA720..=0xA7FF | 0xAB30..=0xAB6F | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => "Latn",
        0x370..=0x3FF | 0x1F00..=0x1FFF => "Grek",
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => "Cyrl",
        0x530..=0x58F => "Armn",
        0x590..=0x5FF => "Hebr",
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => "Arab",
        0x700..=0x74F => "Syrc",
        0x780..=0x7BF => "Thaa",
        0x7C0..=0x7FF => "Nkoo",
        0x900..=0x97F => "Deva",
        0x980..=0x9FF => "Beng",
        0xA00..=0xA7F => "Guru",
        0xA80..=0xAFF => "Gujr",
        0xB00..=0xB7F => "Orya",
        0xB80..=0xBFF => "Taml",
        0xC00..=0xC7F => "Telu",
        0xC80..=0xCFF => "Knda",
        0xD00..=0xD7F => "Mlym",
        0xD80..=0xDFF => "Sinh",
        0xE00..=0xE7F => "Thai",
        0xE80..=0xEFF => "Laoo",
        0xF00..=0xFFF => "Tibt",
        0x1000..=0x109F => "Mymr",
        0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => "Geor",
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => "Hang",
        0x1200..=0x139F | 0x2D80..=0x2DDF => "Ethi",
        0x13A0..=0x13FF => "Cher",
        0x1400..=0x167F => "Cans",
        0x1780..=0x17FF => "Khmr",
        0x1800..=0x18AF => "Mong",
        0x1C50..=0x1C7F => "Olck",
        0x2D30..=0x2D7F => "Tfng",
        0x3040..=0x309F => "Hira",
        0x30A0..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => "Kana",
        0x3100..=0x312F => "Bopo",
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F => "Hani",
        0xA000..=0xA48F => "Yiii",
        0xA500..=0xA63F => "Vaii",
        0x1E900..=0x1E95F => "Adlm",
        _ => "Zzzz",
    }
}

/// The script a name is written in: `None` if it has no letters of a known script,
/// `Some("Mixed")` if its letters belong to scripts that are not written together. Han, kana, hangul and bopomofo
/// go together (Japanese and Korean mix them): such a name is `Jpan` if it has kana, `Kore`
/// if it has hangul, `Hani` otherwise.
pub fn script(text: &str) -> Option<&'static str> {
    let mut found: Option<&'static str> = None;
    let (mut kana, mut hangul) = (false, false);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let s = match script_of_char(c) {
            // Modifier letters (ʻ, ʼ) and letters of scripts not listed go with any script.
            "Zzzz" => continue,
            "Hira" | "Kana" => {
                kana = true;
                "Hani"
            }
            "Hang" => {
                hangul = true;
                "Hani"
            }
            "Bopo" => "Hani",
            s => s,
        };
        match found {
            None => found = Some(s),
            Some(f) if f != s => return Some("Mixed"),
            Some(_) => {}
        }
    }
    match found {
        Some("Hani") if kana => Some("Jpan"),
        Some("Hani") if hangul => Some("Kore"),
        other => other,
    }
}

/// Whether a name written in `found` suits a language whose usual script is `usual`.
pub fn script_fits(found: &str, usual: &str) -> bool {
    found == usual
        || (found == "Hani" && matches!(usual, "Hans" | "Hant" | "Hani" | "Jpan" | "Kore"))
        || (found == "Jpan" && usual == "Jpan")
        || (found == "Kore" && usual == "Kore")
}

/// Cleans an imported name: trims it, and rejects text that cannot be a place name in any
/// language (no letter, markup or query characters, letters of scripts that are not written
/// together). `strict` also rejects digits, brackets and slashes: GeoNames' main name of a
/// place may have them (`Paris 11e Arrondissement`, `Ala Moana/Kakaako`), but its other
/// names with them are codes and annotations.
pub fn clean(text: &str, strict: bool) -> Option<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let bad = |c: char| {
        c.is_control()
            || matches!(
                c,
                '{' | '}'
                    | '['
                    | ']'
                    | '<'
                    | '>'
                    | '='
                    | '|'
                    | '\\'
                    | '"'
                    | '#'
                    | '$'
                    | '%'
                    | '^'
                    | '*'
                    | '+'
                    | '~'
                    | '@'
                    | '!'
                    | '?'
                    | ';'
                    | '_'
                    | '\u{FFFD}'
            )
            || (strict && (c.is_numeric() || matches!(c, '(' | ')' | '/' | ':')))
    };
    if text.is_empty()
        || !text.chars().any(char::is_alphabetic)
        || text.chars().any(bad)
        || script(&text) == Some("Mixed")
    {
        return None;
    }
    Some(text)
}

/// Whether an untagged alternate name is worth keeping. GeoNames' alternates mix real names
/// with airport and other codes (`IEV`, `TYO`) and with machine romanisations written all in
/// lower case (`kyiv`, `ji fu`); neither is a name people use for the place.
pub fn good_alternate(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let latin = script(text) == Some("Latn");
    let code =
        letters.len() <= 5 && !text.contains(' ') && letters.iter().all(|c| c.is_ascii_uppercase());
    let lower_only = latin && !letters.iter().any(|c| c.is_uppercase());
    let too_short = letters.len() < if latin { 3 } else { 2 };
    !(code || lower_only || too_short)
}

/// An id-friendly ASCII slug of a name: Latin letters without their marks, digits, and `-`
/// between words; apostrophes and dots vanish. Empty when the name has no Latin letters or
/// digits. It does not use `fold`, so that ids do not change when folding does.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut pending = false;
    for c in text.nfkd().flat_map(char::to_lowercase) {
        let letter = match c {
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'ø' => "o",
            'ł' => "l",
            'đ' | 'ð' => "d",
            'þ' => "th",
            'ı' => "i",
            'ħ' => "h",
            _ => "",
        };
        if c.is_ascii_alphanumeric() || !letter.is_empty() {
            if pending && !out.is_empty() {
                out.push('-');
            }
            pending = false;
            if letter.is_empty() {
                out.push(c);
            } else {
                out.push_str(letter);
            }
        } else if is_combining_mark(c) || matches!(c, '\'' | '’' | 'ʻ' | 'ʼ' | '`' | '.') {
            // Marks and apostrophes are part of the word.
        } else {
            pending = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts() {
        assert_eq!(script("Kyiv"), Some("Latn"));
        assert_eq!(script("Київ"), Some("Cyrl"));
        assert_eq!(script("東京"), Some("Hani"));
        assert_eq!(script("ブエノスアイレス"), Some("Jpan"));
        assert_eq!(script("東京都"), Some("Hani"));
        assert_eq!(script("서울특별시"), Some("Kore"));
        assert_eq!(script("ʿisikaልdesi"), Some("Mixed"));
        assert_eq!(script("--"), None);
        assert_eq!(script("Hawaiʻi"), Some("Latn"));
    }

    #[test]
    fn junk() {
        assert_eq!(clean(" Kyiv  City ", true), Some("Kyiv City".into()));
        assert_eq!(clean("Sector 1", false), Some("Sector 1".into()));
        for bad in ["", "123", "-", "Kiev (city)", "K1", "a=b", "ʿisikaልdesi"] {
            assert_eq!(clean(bad, true), None, "{bad}");
        }
        assert_eq!(clean("12", false), None);
        for bad in ["IEV", "TYO", "UKKK", "kyiv", "ji fu", "Ko", "京"] {
            assert!(!good_alternate(bad), "{bad}");
        }
        for good in [
            "Kiev",
            "Kyjiw",
            "Киев",
            "Tōkyō",
            "Ciudad de México",
            "キエフ",
            "北京",
        ] {
            assert!(good_alternate(good), "{good}");
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Warīsān"), "warisan");
        assert_eq!(slug("Saint-Denis"), "saint-denis");
        assert_eq!(slug("Côte d'Ivoire"), "cote-divoire");
        assert_eq!(slug("Москва"), "");
        assert_eq!(slug("Straße des 17. Juni"), "strasse-des-17-juni");
        assert_eq!(slug("Ōsaka / Kyōto"), "osaka-kyoto");
    }
}
