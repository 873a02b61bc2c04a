//! Bad input gets an empty result, never a panic, and no time out of proportion.

use toponym::{MAX_NAME_BYTES, fold, place, place_by_iso, place_by_wikidata, resolve};

#[test]
fn empty_and_blank() {
    for q in [
        "", " ", "\t\n", "-", "'.'", "\u{200B}", "\u{FEFF}", "{}", "{", "\0",
    ] {
        assert_eq!(resolve(q).len(), 0, "{q:?}");
    }
}

#[test]
fn huge_input_is_rejected_early() {
    let huge = "Kyiv ".repeat(2_000_000); // 10 MB
    assert_eq!(resolve(&huge).len(), 0);
    let just_over = "a".repeat(MAX_NAME_BYTES + 1);
    assert_eq!(resolve(&just_over).len(), 0);
}

#[test]
fn a_million_combining_marks() {
    let s = format!("K{}yiv", "\u{0301}".repeat(1_000_000));
    assert_eq!(resolve(&s).len(), 0);
    // Folding itself handles it (linear time): the marks on a Latin letter go.
    assert_eq!(fold(&s), "kyiv");
}

#[test]
fn invisible_and_bidi_characters_do_not_hide_a_name() {
    for q in [
        "Ky\u{200B}iv",
        "\u{202E}Kyiv\u{202C}",
        "\u{2066}Kyiv\u{2069}",
        "Kyiv\u{FE0F}",
        "\u{FEFF}Kyiv",
    ] {
        assert_eq!(
            resolve(q).next().map(|m| m.place().id()),
            Some("kyiv"),
            "{q:?}"
        );
    }
}

#[test]
fn every_plane_and_odd_characters() {
    let samples: String = (0..=0x10FFFFu32)
        .step_by(4093)
        .filter_map(char::from_u32)
        .collect();
    let _ = resolve(&samples.chars().take(200).collect::<String>()).count();
    for c in (0..=0x10FFFFu32).step_by(257).filter_map(char::from_u32) {
        let s = c.to_string();
        let _ = resolve(&s).count();
        let _ = fold(&s);
    }
}

#[test]
fn unknown_ids_and_codes() {
    for s in [
        "",
        "nowhere",
        "JP ",
        "QQQ",
        "Q",
        "Q99999999999999999999",
        "--",
        "ÉÉ",
        "日本",
    ] {
        assert!(place(s).is_none(), "{s:?}");
        assert!(place_by_iso(s).is_none(), "{s:?}");
        assert!(place_by_wikidata(s).is_none(), "{s:?}");
    }
    assert!(toponym::place_by_geonames(0).is_none());
    assert!(toponym::place_by_geonames(u32::MAX).is_none());
}
