//! Property tests over arbitrary Unicode: `fold`, `resolve`, `find_in_text` and `suggest`
//! never panic and keep their promises (see tests/it/checks.rs, the properties that
//! the fuzz targets check too). The strategies mix any character of any plane with the
//! characters that folding treats specially and with real names, so that the generated
//! inputs reach the interesting paths; the case counts keep the file to a few seconds.

use crate::checks;

use proptest::prelude::*;

/// Characters that folding and scanning treat specially.
const SPECIAL: &[char] = &[
    ' ',
    '-',
    '.',
    '\'',
    ',',
    '_',
    '\t',
    '\n',
    '\u{00A0}',
    '\u{3000}',
    '\u{2019}',
    '\u{00B7}',
    '\u{30FB}',
    '\u{0301}',
    '\u{0306}',
    '\u{0316}',
    '\u{05BA}',
    '\u{034F}',
    '\u{200B}',
    '\u{200D}',
    '\u{202E}',
    '\u{2066}',
    '\u{FE0F}',
    '\u{FEFF}',
    '\u{00AD}',
    '\u{E0041}',
    'ß',
    'ẞ',
    'İ',
    'ı',
    'ς',
    'Σ',
    'ǅ',
    'ᾈ',
    'ﬁ',
    'Ｋ',
    'ｲ',
    '㍿',
    '\0',
    '\u{10FFFF}',
];

/// Words from real names, in several scripts.
const WORDS: &[&str] = &[
    "Kyiv",
    "Київ",
    "Iturup",
    "Итуруп",
    "択捉",
    "島",
    "北方領土",
    "東京",
    "Japan",
    "Buenos",
    "Aires",
    "Côte",
    "d’Ivoire",
    "St.",
    "Petersburg",
    "Leningrad",
    "USA",
    "UK",
    "Nice",
    "in",
    "Москва",
    "서울",
    "القاهرة",
    "मुंबई",
    "Ελλάς",
    "Łódź",
    "Straße",
    "New",
    "York",
];

/// A string of any characters, special characters and words, up to `max` pieces.
fn text(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => any::<char>().prop_map(String::from),
        3 => proptest::sample::select(SPECIAL).prop_map(String::from),
        2 => proptest::sample::select(WORDS).prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..max).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn fold_any_unicode(s in any::<String>()) {
        checks::fold(&s);
    }

    #[test]
    fn fold_special_characters(s in text(24)) {
        checks::fold(&s);
    }

    #[test]
    fn resolve_any_unicode(s in any::<String>()) {
        checks::resolve(&s);
    }

    #[test]
    fn resolve_special_characters(s in text(12)) {
        checks::resolve(&s);
    }

    #[test]
    fn lookup_any_unicode(s in any::<String>()) {
        checks::lookup(&s);
    }

    #[test]
    fn lookup_special_characters(s in text(16)) {
        checks::lookup(&s);
    }

    #[test]
    fn find_in_text_any_unicode(s in any::<String>()) {
        checks::find_in_text(&s);
    }

    #[test]
    fn find_in_text_special_characters(s in text(60)) {
        checks::find_in_text(&s);
    }


    #[test]
    fn every_name_written_any_way_finds_its_place(
        place in any::<u32>(),
        name in any::<u16>(),
        form in any::<u8>(),
        choices in proptest::collection::vec(any::<u8>(), 0..16),
    ) {
        let mut data = place.to_le_bytes().to_vec();
        data.extend(name.to_le_bytes());
        data.push(form);
        data.extend(choices);
        checks::roundtrip(&data);
    }
}

proptest! {
    // Fewer cases: the typo-tolerant search takes milliseconds per query in a debug build.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn suggest_any_unicode(s in any::<String>(), limit in 0usize..200) {
        checks::suggest(&s, limit);
    }

    #[test]
    fn suggest_special_characters(s in text(6), limit in 0usize..200) {
        checks::suggest(&s, limit);
    }
}
