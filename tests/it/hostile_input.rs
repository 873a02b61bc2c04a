//! Hostile input to every function of the API: each gives a result, never a panic. How the
//! work grows with the input is checked in tests/linear_time.rs; bad input to the
//! command-line tool in toponym-cli/tests/cli.rs.

use toponym::{
    MAX_NAME_BYTES, MAX_SUGGESTIONS, find_in_text, fold, place, place_by_iso, place_by_wikidata,
    resolve, suggest,
};

/// Every function of the API on `s`; returns the number of mentions found in it.
fn everything(s: &str) -> usize {
    let _ = fold(s);
    let _ = resolve(s).count();
    crate::checks::lookup(s);
    let found = find_in_text(s);
    for m in &found {
        assert_eq!(&s[m.start()..m.end()], m.text());
    }
    assert!(suggest(s, MAX_SUGGESTIONS).len() <= MAX_SUGGESTIONS);
    let _ = (place(s), place_by_iso(s), place_by_wikidata(s));
    if let Some(m) = resolve("Kyiv").next() {
        let _ = m.place().name_in(s, None);
    }
    found.len()
}

#[test]
fn empty_input() {
    assert_eq!(everything(""), 0);
    assert_eq!(fold(""), "");
    assert!(suggest("", 10).is_empty());
}

#[test]
fn a_ten_megabyte_string() {
    let huge = "Kyiv is far from Tokyo. ".repeat(10 * 1024 * 1024 / 24);
    assert!(huge.len() >= 10_000_000);
    assert_eq!(resolve(&huge).len(), 0, "longer than MAX_NAME_BYTES");
    assert!(suggest(&huge, 10).is_empty(), "longer than a prefix can be");
    // Folding drops the dots and the final space.
    assert_eq!(
        fold(&huge).len(),
        huge.len() - huge.matches('.').count() - 1
    );
    let found = find_in_text(&huge);
    assert_eq!(found.len(), 2 * huge.matches("Kyiv").count());
    assert_eq!(found.last().map(|m| m.best().place().id()), Some("tokyo"));
}

#[test]
fn a_million_combining_marks_on_one_letter() {
    for base in ["K", "К", "東", " ", ""] {
        let s = format!("{base}{}yiv", "\u{0301}".repeat(1_000_000));
        everything(&s);
    }
    // On a Latin letter the marks go, so the name is still found in text.
    let s = format!("Talks in K{}yiv.", "\u{0301}".repeat(1_000_000));
    let found = find_in_text(&s);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].best().place().id(), "kyiv");
    assert_eq!(found[0].end() - found[0].start(), "Kyiv".len() + 2_000_000);
}

#[test]
fn bidi_controls_and_zero_width_characters() {
    let invisible = [
        '\u{200B}',
        '\u{200C}',
        '\u{200D}',
        '\u{200E}',
        '\u{200F}',
        '\u{202A}',
        '\u{202B}',
        '\u{202C}',
        '\u{202D}',
        '\u{202E}',
        '\u{2066}',
        '\u{2067}',
        '\u{2068}',
        '\u{2069}',
        '\u{061C}',
        '\u{FEFF}',
        '\u{2060}',
        '\u{00AD}',
        '\u{034F}',
        '\u{FE0F}',
        '\u{E0001}',
    ];
    for c in invisible {
        let alone = c.to_string().repeat(1000);
        assert_eq!(everything(&alone), 0, "{c:?}");
        assert_eq!(fold(&alone), "", "{c:?}");
        // Between the letters of a name, or around it, they do not hide it.
        let inside = format!("{c}Ky{c}iv{c}");
        assert_eq!(
            resolve(&inside).next().map(|m| m.place().id()),
            Some("kyiv"),
            "{c:?}"
        );
        let text = format!("Talks in {c}Kyiv{c} resumed.");
        assert!(
            find_in_text(&text)
                .iter()
                .any(|m| m.best().place().id() == "kyiv"),
            "{c:?} in text"
        );
    }
    // A right-to-left override around a right-to-left name.
    let arabic = "\u{202E}القاهرة\u{202C}";
    assert!(resolve(arabic).any(|m| m.place().id() == "cairo"));
}

#[test]
fn nul_characters() {
    for s in ["\0", "\0Kyiv", "Kyiv\0", "Ky\0iv", &"\0".repeat(10_000)] {
        everything(s);
    }
    // NUL is neither a separator nor invisible: it keeps "Ky\0iv" from being Kyiv.
    assert_eq!(resolve("Ky\0iv").len(), 0);
    assert_eq!(
        find_in_text("Talks in Kyiv\0 resumed.")[0]
            .best()
            .place()
            .id(),
        "kyiv"
    );
}

#[test]
fn every_character_of_every_plane() {
    // Each character alone: folded and resolved, and a sample of them scanned as a text and
    // completed (the typo search of `suggest` is the costly part).
    let mut key = String::new();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let s = c.to_string();
        toponym::fold_replacing(&s, &mut key);
        let _ = resolve(&s).count();
        if (c as u32).is_multiple_of(31) {
            let _ = find_in_text(&s);
        }
        if (c as u32).is_multiple_of(1031) {
            let _ = suggest(&s, 10);
        }
    }
    // And all of them in one text, a plane at a time.
    for plane in 0..=16u32 {
        let text: String = (plane << 16..(plane + 1) << 16)
            .filter_map(char::from_u32)
            .collect();
        let _ = fold(&text);
        // In order and not overlapping, although some characters fold to several (㍂).
        crate::checks::find_in_text(&text);
    }
}

#[test]
fn deeply_repeated_names_in_text() {
    let cases = [
        ("Kyiv ", 100_000, "kyiv"),
        ("Kyiv, ", 100_000, "kyiv"),
        ("東京", 100_000, "tokyo"),
        ("北方領土", 50_000, "south-kurils"),
        ("Buenos Aires ", 50_000, "buenos-aires"),
    ];
    for (unit, times, id) in cases {
        let text = unit.repeat(times);
        let found = find_in_text(&text);
        assert_eq!(found.len(), times, "{unit:?}");
        assert!(
            found.iter().all(|m| m.best().place().id() == id),
            "{unit:?}"
        );
    }
    // Without spaces, in a script that needs them, it is one word and no place.
    assert!(find_in_text(&"Kyiv".repeat(100_000)).is_empty());
    // A name nested in itself: the longest wins every time.
    let text = "New York New York ".repeat(10_000);
    assert_eq!(find_in_text(&text).len(), 20_000);
}

#[test]
fn queries_just_under_and_over_the_limits() {
    let under = format!("Kyiv{}", " ".repeat(MAX_NAME_BYTES - 4));
    assert_eq!(resolve(&under).next().map(|m| m.place().id()), Some("kyiv"));
    let over = format!("Kyiv{}", " ".repeat(MAX_NAME_BYTES - 3));
    assert_eq!(resolve(&over).len(), 0);
    // A multi-byte character across the limit is not split.
    let across = format!("{}é", "a".repeat(MAX_NAME_BYTES - 1));
    assert_eq!(resolve(&across).len(), 0);
    assert!(suggest(&format!("Kyiv{}", " ".repeat(252)), 5).len() <= 5);
    assert!(suggest(&format!("Kyiv{}", " ".repeat(253)), 5).is_empty());
    assert!(suggest("Kyiv", usize::MAX).len() <= MAX_SUGGESTIONS);
}

#[test]
fn decomposed_text() {
    use unicode_normalization::UnicodeNormalization;
    // Accents as combining marks after ASCII letters (NFD, as some systems write text).
    let text: String = "Talks in Côte d’Ivoire, then in Đà Nẵng.".nfd().collect();
    let found: Vec<_> = find_in_text(&text)
        .iter()
        .map(|m| (m.text(), m.best().place().id()))
        .collect();
    let cote: String = "Côte d’Ivoire".nfd().collect();
    let da_nang: String = "Đà Nẵng".nfd().collect();
    assert_eq!(
        found,
        [(cote.as_str(), "ci"), (da_nang.as_str(), "da-nang")]
    );
}
