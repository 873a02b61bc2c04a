//! The other keys of a name: how its writers spell it when their keyboard lacks a letter, and
//! Korean written with or without the spaces between words. The tables hold these keys
//! beside the name's own, so that "Oesterreich" finds Österreich as "Osterreich" does.

use crate::fold::fold;

/// The spellings of a language without the letters that a keyboard may lack: German `ä ö ü`
/// as `ae oe ue` (Oesterreich, Muenchen); Danish and Norwegian `å ø` as `aa oe` (Aalborg,
/// Koebenhavn). Each is the language's own convention, not a rule for every language: in
/// Finnish or Turkish `ä`, `ö` and `ü` are not written so.
fn transliteration(lang: &str) -> &'static [(char, &'static str)] {
    const GERMAN: &[(char, &str)] = &[
        ('ä', "ae"),
        ('ö', "oe"),
        ('ü', "ue"),
        ('Ä', "Ae"),
        ('Ö', "Oe"),
        ('Ü', "Ue"),
    ];
    const DANISH_NORWEGIAN: &[(char, &str)] = &[('å', "aa"), ('ø', "oe"), ('Å', "Aa"), ('Ø', "Oe")];
    match lang.split('-').next().unwrap_or("") {
        "de" | "gsw" | "lb" => GERMAN,
        "da" | "nb" | "nn" | "no" => DANISH_NORWEGIAN,
        _ => &[],
    }
}

/// The key `key` (folded) with the spaces between Hangul syllables taken out, if it has any:
/// Korean writes "아메리칸 사모아" and "아메리칸사모아" alike.
///
/// # Examples
///
/// ```
/// use toponym_shared::variants::hangul_joined;
///
/// assert_eq!(hangul_joined("뉴 사우스 웨일스").as_deref(), Some("뉴사우스웨일스"));
/// assert_eq!(hangul_joined("뉴사우스웨일스"), None);
/// assert_eq!(hangul_joined("new south wales"), None);
/// ```
pub fn hangul_joined(key: &str) -> Option<String> {
    // Every query that finds nothing asks: most are not Korean.
    if key.is_ascii() {
        return None;
    }
    let hangul = |c: Option<char>| c.is_some_and(|c| matches!(c, '\u{AC00}'..='\u{D7A3}'));
    let mut out = String::with_capacity(key.len());
    let mut joined = false;
    let mut chars = key.chars().peekable();
    let mut last = None;
    while let Some(c) = chars.next() {
        if c == ' ' && hangul(last) && hangul(chars.peek().copied()) {
            joined = true;
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    joined.then_some(out)
}

/// The keys of the name `text` in the language `lang` besides `fold(text)`: its spelling
/// without the letters a keyboard may lack, where its language has a convention for that,
/// and its Korean words joined. Pushed to `out`, none equal to `fold(text)` or to another.
///
/// # Examples
///
/// ```
/// use toponym_shared::variants::variant_keys;
///
/// let mut keys = Vec::new();
/// variant_keys("de", "Österreich", &mut keys);
/// assert_eq!(keys, ["oesterreich"]);
///
/// keys.clear();
/// variant_keys("fi", "Jyväskylä", &mut keys);
/// assert!(keys.is_empty());
///
/// keys.clear();
/// variant_keys("ko", "아메리칸 사모아", &mut keys);
/// assert_eq!(keys, ["아메리칸사모아"]);
/// ```
pub fn variant_keys(lang: &str, text: &str, out: &mut Vec<String>) {
    let own = fold(text);
    let table = transliteration(lang);
    if text.chars().any(|c| table.iter().any(|&(l, _)| l == c)) {
        let mut spelt = String::with_capacity(text.len() + 4);
        for c in text.chars() {
            match table.iter().find(|&&(l, _)| l == c) {
                Some(&(_, s)) => spelt.push_str(s),
                None => spelt.push(c),
            }
        }
        let key = fold(&spelt);
        if key != own && !out.contains(&key) {
            out.push(key);
        }
    }
    if let Some(joined) = hangul_joined(&own)
        && !out.contains(&joined)
    {
        out.push(joined);
    }
}
