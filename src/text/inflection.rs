//! The nominative (dictionary) forms that a declined Russian or Ukrainian word may come from.
//!
//! The data holds place names in the nominative (`Москва`, `Мурманская область`, `Одеса`,
//! `Київ`), while running text declines them (`в Москве`, `Мурманской области`, `з Одеси`,
//! `у Києві`). [`nominatives`] turns one folded word into the few forms it would have in the
//! nominative if it were a declined noun or adjective: a fixed rule set of case endings, not
//! a list of words. Most of the forms it proposes are not words at all; the caller keeps only
//! those that are keys of the gazetteer (see `text.rs`).
//!
//! The endings of the other cases that are replaced, by the class of word they belong to:
//!
//! - feminine nouns in -а/-я (`Москва`, `Индия`, `Одеса`, `Вінниця`, `Іспанія`):
//!   -ы, -и, -і, -ї, -е, -у, -ю, -ой, -ою, -ей, -ею, -єю; in Ukrainian with the change of
//!   к, г, х to ц, з, с before -і (`Америці`, `Празі`);
//! - feminine nouns in -ь (`Рязань`, `область`): -и, -і, -ю, -ью;
//! - masculine nouns, with a consonant, -й or -ь (`Минск`, `Китай`, `Ярославль`, `Київ`):
//!   -а, -я, -у, -ю, -е, -і, -ї, -ом, -ем, -єм, -ові, -еві, -єві; with the vowel that
//!   Russian and Ukrainian drop from the last syllable put back (`Египта` → `Египет`,
//!   `Єгипту` → `Єгипет`, `Орла` → `Орёл`), and the Ukrainian і of a closed last syllable
//!   that is о, е or є in the other cases (`Харкова` → `Харків`, `Києва` → `Київ`,
//!   `Тернополя` → `Тернопіль`);
//! - neuter nouns in -о/-е (`Иваново`, `Подмосковье`, `море`): -а, -я, -у, -ю, -е, -і,
//!   -ом, -ем;
//! - adjectives, feminine (`Мурманская`, `Одеська`), masculine (`Нижний`, `Кривий`,
//!   `Хмельницький`), neuter (`Японское`, `Чорне`) and plural (`Южные`, `Курильские`):
//!   -ой, -ей, -ую, -юю, -ого, -его, -ому, -ему, -ым, -им, -ом, -ем, -ых, -их, -ыми, -ими,
//!   -ої, -ій, -ім, -ою, -у;
//! - plural nouns (`Курилы`, `Нидерланды`, `острова`, `Суми`): -ов, -ев, -ів, -ам, -ям,
//!   -ах, -ях, -ами, -ями, and the genitive without an ending (`Курил`).
//!
//! An ending is replaced only when at least two letters are left before it. The caller
//! applies the further evidence a declined form needs (see `find_in_text`).

/// Each ending of a declined form, and the nominative endings that may replace it.
const ENDINGS: &[(&str, &[&str])] = &[
    // Nouns: feminine in -а/-я and -ь, masculine, neuter.
    ("а", &["", "о"]),
    ("я", &["й", "ь", "е"]),
    ("ы", &["а"]),
    ("и", &["а", "я", "ь"]),
    ("і", &["а", "я", "ь", "", "о", "е"]),
    ("ї", &["я", "й"]),
    ("е", &["а", "я", "", "о", "й", "ь"]),
    ("у", &["а", "", "о"]),
    ("ю", &["я", "й", "ь", "е"]),
    ("ой", &["а", "ая"]),
    ("ою", &["а"]),
    ("ей", &["я", "ь", "яя"]),
    ("ею", &["я", "ь"]),
    ("єю", &["я"]),
    ("ью", &["ь"]),
    ("ом", &["", "о", "ый", "ий", "ой", "ое"]),
    ("ем", &["й", "ь", "е", "ий", "ее"]),
    ("ём", &["ь", "й"]),
    ("єм", &["й"]),
    ("ові", &[""]),
    ("еві", &["ь"]),
    ("єві", &["й"]),
    // Ukrainian: к, г, х become ц, з, с before the -і of the dative and locative.
    ("ці", &["ка"]),
    ("зі", &["га"]),
    ("сі", &["ха"]),
    // Adjectives.
    ("ую", &["ая"]),
    ("юю", &["яя"]),
    ("ого", &["ый", "ий", "ой", "ое", "е"]),
    ("его", &["ий", "ее"]),
    ("ому", &["ый", "ий", "ой", "ое", "е"]),
    ("ему", &["ий", "ее"]),
    ("ым", &["ый", "ой", "ое", "ые"]),
    ("им", &["ий", "ие", "ее", "е", "і"]),
    ("ых", &["ые"]),
    ("их", &["ие", "і"]),
    ("ыми", &["ые"]),
    ("ими", &["ие", "і"]),
    ("ої", &["а"]),
    ("ій", &["а", "я", "ий"]),
    ("ім", &["ий", "е"]),
    // Plural nouns.
    ("ов", &["ы", "и", "а"]),
    ("ев", &["и", "ы"]),
    ("ів", &["и", "і"]),
    ("ам", &["ы", "и", "а"]),
    ("ям", &["и"]),
    ("ах", &["ы", "и", "а"]),
    ("ях", &["и"]),
    ("ами", &["ы", "и", "а"]),
    ("ями", &["и"]),
    // The genitive plural without an ending.
    ("", &["ы", "и"]),
];

/// Letters that must be left before a replaced ending.
const MIN_STEM_CHARS: usize = 2;

/// The most bytes at the end of a word that a form changes: an ending of three Cyrillic
/// letters and the two letters of the stem before it.
const MAX_CHANGED_BYTES: usize = 10;

/// One nominative form of a word: the first `prefix` bytes of the word, then `pieces`
/// (`word[..prefix] + pieces[0] + pieces[1] + pieces[2]`). `kept` is how many letters of the
/// word precede the replaced ending (the stem).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Nominative<'w> {
    pub prefix: usize,
    pub pieces: [&'w str; 3],
    pub kept: usize,
}

/// Calls `each` with every nominative form that the folded word `word` may come from,
/// the word itself excluded; stops early when `each` returns `false`. The forms are few (at
/// most about forty, for a word that ends like an adjective) and take no allocation. Only
/// forms that keep at most `known` bytes of the word are wanted (the caller knows no key
/// that starts with more of it): the others are not made.
pub(crate) fn nominatives(word: &str, known: usize, mut each: impl FnMut(Nominative<'_>) -> bool) {
    // Every form keeps the word up to its ending and the two letters before it at least.
    if known + MAX_CHANGED_BYTES < word.len() {
        return;
    }
    let bytes = word.as_bytes();
    for &(ending, replacements) in ENDINGS {
        // Byte by byte: endings are short, and a call to `memcmp` for each of them took a
        // quarter of the time on text of capitalised Cyrillic words.
        let e = ending.as_bytes();
        if e.len() > bytes.len() || !bytes.iter().rev().zip(e.iter().rev()).all(|(a, b)| a == b) {
            continue;
        }
        let stem = &word[..word.len() - e.len()];
        // Two Cyrillic letters of the stem may change (`харков` → `харків`).
        if known + 4 < stem.len() {
            continue;
        }
        let kept = stem.chars().count();
        if kept < MIN_STEM_CHARS {
            continue;
        }
        for &replacement in replacements {
            let plain = Nominative {
                prefix: stem.len(),
                pieces: ["", "", replacement],
                kept,
            };
            if !each(plain) {
                return;
            }
            // A masculine noun ending in a consonant (or -ь) may differ in its last syllable.
            if matches!(replacement, "" | "ь")
                && !changed_last_syllable(stem, replacement, kept, &mut each)
            {
                return;
            }
        }
    }
}

/// The forms of a masculine stem whose last syllable changes in the nominative: the dropped
/// vowel put back (`египт` → `египет`), and the Ukrainian і (`харков` → `харків`). Returns
/// `false` if `each` did.
fn changed_last_syllable(
    stem: &str,
    ending: &'static str,
    kept: usize,
    each: &mut impl FnMut(Nominative<'_>) -> bool,
) -> bool {
    let mut last = stem.char_indices().rev();
    let (Some((c2_at, c2)), Some((c1_at, c1))) = (last.next(), last.next()) else {
        return true;
    };
    if !is_consonant(c2) {
        return true;
    }
    if is_consonant(c1) && ending.is_empty() {
        // A vowel dropped between two consonants: Египет, Єгипет, Орёл, Череповец.
        for vowel in ["е", "о", "ё"] {
            let form = Nominative {
                prefix: c2_at,
                pieces: [vowel, &stem[c2_at..], ending],
                kept,
            };
            if !each(form) {
                return false;
            }
        }
    }
    // Ukrainian: о, е, є of the other cases is і (ї after a vowel) in the nominative:
    // Харкова → Харків, Києва → Київ, Тернополя → Тернопіль, Рогу → Ріг.
    let alternate = match c1 {
        'о' | 'е' => "і",
        'є' => "ї",
        _ => return true,
    };
    each(Nominative {
        prefix: c1_at,
        pieces: [alternate, &stem[c2_at..], ending],
        kept,
    })
}

fn is_consonant(c: char) -> bool {
    matches!(
        c,
        'б' | 'в'
            | 'г'
            | 'ґ'
            | 'д'
            | 'ж'
            | 'з'
            | 'й'
            | 'к'
            | 'л'
            | 'м'
            | 'н'
            | 'п'
            | 'р'
            | 'с'
            | 'т'
            | 'ф'
            | 'х'
            | 'ц'
            | 'ч'
            | 'ш'
            | 'щ'
    )
}

/// Whether `c` is a letter of the Russian or Ukrainian alphabet (or of another language
/// written in Cyrillic), lower or upper case.
pub(crate) fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}')
}

/// Whether the folded single-word name `key` has the shape of a Russian or Ukrainian
/// surname or epithet: a possessive in -ов, -ев, -ин (Петров, Киров, Королёв, Пушкин, and
/// the places named after one, Иваново, Бородино), a masculine adjective (Горький,
/// Жуковский, Шептицький, Грозный, Толстой) or a Ukrainian name in -ко (Франко, Шевченко).
/// Declined, such a name is as likely to be a person's ("министра Петрова", "улица Кирова",
/// "вулиця Франка") as a place's.
pub(crate) fn is_surname_shaped(key: &str) -> bool {
    const ENDS: &[&str] = &[
        "ов", "ев", "ёв", "ин", "ын", "ово", "ево", "ёво", "ино", "ыно", "ий", "ый", "ой", "ко",
    ];
    ENDS.iter().any(|e| key.ends_with(e))
}

/// Whether the lower-case word `word` is a case of a surname in -ов, -ев, -ин (Петрова,
/// Виноградову, Калининым, Ивановой): the Ukrainian genitive of a place in -ів has the same
/// form (Виноградова, of Виноградів), and a surname is the likelier reading.
pub(crate) fn is_surname_declension(word: &str) -> bool {
    const STEMS: &[&str] = &["ов", "ев", "ёв", "ин", "ын"];
    const ENDINGS: &[&str] = &["а", "у", "ым", "им", "ой"];
    ENDINGS.iter().any(|e| {
        word.strip_suffix(e)
            .is_some_and(|stem| STEMS.iter().any(|s| stem.ends_with(s)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(word: &str) -> Vec<String> {
        let mut out = Vec::new();
        nominatives(word, word.len(), |n| {
            out.push(format!("{}{}", &word[..n.prefix], n.pieces.concat()));
            true
        });
        out
    }

    #[test]
    fn declined_forms_lead_back_to_the_nominative() {
        for (declined, nominative) in [
            ("москве", "москва"),
            ("москвы", "москва"),
            ("шанхая", "шанхай"),
            ("ярославля", "ярославль"),
            ("мурманской", "мурманская"),
            ("области", "область"),
            ("индию", "индия"),
            ("азии", "азия"),
            ("челябинска", "челябинск"),
            ("египта", "египет"),
            ("орла", "орёл"),
            ("нижнего", "нижний"),
            ("одеської", "одеська"),
            ("одеси", "одеса"),
            ("туреччини", "туреччина"),
            ("єгипту", "єгипет"),
            ("іспанії", "іспанія"),
            ("польщу", "польща"),
            ("румунію", "румунія"),
            ("вінниці", "вінниця"),
            ("києві", "київ"),
            ("харкова", "харків"),
            ("львова", "львів"),
            ("криму", "крим"),
            ("тернополя", "тернопіль"),
            ("америці", "америка"),
            ("курил", "курилы"),
            ("островов", "острова"),
            ("хмельницького", "хмельницький"),
        ] {
            assert!(
                forms(declined).iter().any(|f| f == nominative),
                "{declined} → {nominative}: {:?}",
                forms(declined)
            );
        }
    }

    #[test]
    fn forms_are_few_and_keep_a_stem() {
        for word in ["москве", "нижнего", "ом", "я", "", "ая", "хмельницькому"]
        {
            let all = forms(word);
            assert!(all.len() <= 48, "{word}: {}", all.len());
            assert!(!all.iter().any(|f| f == word), "{word} itself");
        }
        // Two letters are kept before any ending: "ом" is not a declined form of a name.
        assert_eq!(forms("ом"), ["омы", "оми"]);
        assert!(forms("я").is_empty());
    }

    #[test]
    fn surname_shapes() {
        assert!(is_surname_shaped("петров"));
        assert!(is_surname_shaped("иваново"));
        assert!(is_surname_shaped("шептицький"));
        assert!(!is_surname_shaped("москва"));
        assert!(!is_surname_shaped("харків"));
        assert!(is_surname_declension("виноградова"));
        assert!(is_surname_declension("петровой"));
        assert!(!is_surname_declension("харкові"));
    }
}
