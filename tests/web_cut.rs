//! The `web` cut that the npm package ships: run with `cargo test --features web --test web_cut`
//! (scripts/test.sh does). Without the feature this file has nothing to check.
#![cfg(feature = "web")]

/// The languages the cut keeps (build/main.rs), besides every hand-curated name.
const KEPT: &[&str] = &[
    "ar", "de", "el", "en", "es", "fa", "fr", "he", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt",
    "ru", "th", "tr", "uk", "vi", "zh",
];

#[test]
fn every_place_keeps_a_name_and_other_languages_are_cut() {
    for place in toponym::places() {
        let kept = |n: &toponym::Name| {
            KEPT.contains(&n.lang().split('-').next().unwrap()) || n.source().id == "curated"
        };
        let outside = place.names().filter(|n| !kept(n)).count();
        assert!(place.names().len() > 0, "{} has no name", place.id());
        // A place with no name in a kept language keeps one other name, and only then.
        if place.names().any(|n| kept(&n)) {
            assert_eq!(outside, 0, "{}", place.id());
        } else {
            assert_eq!(outside, 1, "{}", place.id());
        }
    }
}

#[test]
fn curated_names_and_the_main_languages_stay() {
    let first = |q: &str| toponym::resolve(q).next().map(|m| m.place().id());
    for (q, id) in [
        ("Iturup", "iturup"),
        ("択捉島", "iturup"),
        ("Итуруп", "iturup"),
        ("Արցախ", "nagorno-karabakh"),
        ("Deutschland", "de"),
        ("Holland", "nl"),
        ("Москва", "moscow"),
        ("東京", "tokyo"),
    ] {
        assert_eq!(first(q), Some(id), "{q}");
    }
}
