//! Suggestions: completion in any script, ranking by importance, typo tolerance, limits.

use toponym::{MAX_SUGGESTIONS, suggest};

fn ids(prefix: &str, limit: usize) -> Vec<&'static str> {
    suggest(prefix, limit)
        .iter()
        .map(|s| s.matched().place().id())
        .collect()
}

#[test]
fn completes_in_any_script() {
    for (prefix, id) in [
        ("Itur", "iturup"),
        ("ITUR", "iturup"),
        ("Итур", "iturup"),
        ("択捉", "iturup"),
        ("Kyi", "kyiv"),
        ("Київ", "kyiv"),
        ("北方領", "south-kurils"),
        ("Южные Кур", "south-kurils"),
        ("Buenos A", "buenos-aires"),
        ("Côte d", "ci"),
        ("cote d'", "ci"),
    ] {
        let got = ids(prefix, 10);
        assert!(got.contains(&id), "{prefix}: {got:?}");
    }
}

#[test]
fn an_exact_name_comes_first_then_importance() {
    assert_eq!(ids("Japan", 5)[0], "jp");
    // A country before a city that shares its prefix.
    let ky = ids("Ky", 10);
    let country = ky.iter().position(|&id| id == "kg").unwrap();
    let city = ky.iter().position(|&id| id == "kyiv").unwrap();
    assert!(country < city, "{ky:?}");
}

#[test]
fn typos_are_forgiven() {
    for (typo, id) in [
        ("Iturop", "iturup"),
        ("Kiyv", "kyiv"),
        ("Buenos Airse", "buenos-aires"),
        ("Moskow", "moscow"),
    ] {
        let got = suggest(typo, 5);
        assert!(!got.is_empty(), "{typo}");
        let best = got.iter().find(|s| s.matched().place().id() == id);
        assert!(best.is_some(), "{typo}: {:?}", ids(typo, 5));
    }
    let s = suggest("Iturop", 5);
    assert_eq!((s[0].matched().place().id(), s[0].edits()), ("iturup", 1));
}

#[test]
fn short_input_allows_one_edit_only() {
    for s in suggest("Kyxz", 20) {
        assert!(s.edits() <= 1, "{s:?}");
    }
}

#[test]
fn limits_and_bad_input() {
    assert!(suggest("", 10).is_empty());
    assert!(suggest("   ", 10).is_empty());
    assert!(suggest("Kyiv", 0).is_empty());
    assert_eq!(suggest("a", 5).len(), 5);
    assert!(suggest("a", 10_000).len() <= MAX_SUGGESTIONS);
    assert!(suggest(&"x".repeat(10_000), 10).is_empty());
    assert!(suggest("\u{202E}\u{200B}", 10).is_empty());
    let zalgo = format!("K{}", "\u{0301}".repeat(10_000));
    let _ = suggest(&zalgo, 10);
    // Each place at most once.
    let got = ids("Lon", 50);
    let mut unique = got.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(got.len(), unique.len());
}

#[test]
fn between_equally_good_names_of_a_place_the_english_one() {
    // Kyiv is "Kyiv" in English and "Kyiw" in German: both complete "Ky" equally well.
    let kyiv = suggest("Ky", 10)
        .into_iter()
        .find(|s| s.matched().place().id() == "kyiv")
        .unwrap();
    assert_eq!(kyiv.matched().name().text(), "Kyiv");
    // Also when another language's name is shorter ("Moscú"), or as near to a typo ("Kyiw").
    for (input, id, name) in [("Mosc", "moscow", "Moscow"), ("Kyib", "kyiv", "Kyiv")] {
        let s = suggest(input, 10)
            .into_iter()
            .find(|s| s.matched().place().id() == id)
            .unwrap();
        assert_eq!(s.matched().name().text(), name, "{input}");
    }
}
