//! The data that the build was asked for: every name when `TOPONYM_LANGUAGES` is unset, else
//! only the names in its languages, every hand-curated name, and one name for a place that
//! would otherwise have none; physical features that no country administers or claims keep
//! one name, unless a name of theirs is one country's usage or has years. A binary of its own, because scripts/test.sh builds it a second
//! time with the cut that the npm package ships (scripts/web-cut.env); in that build the
//! key transducer is also built on first use rather than embedded.

use toponym_build::Config;

/// The configuration this test was compiled with: the same environment as the crate's
/// build script, read by the same code.
fn config() -> Config {
    let var = |name: &str| match name {
        "TOPONYM_LANGUAGES" => option_env!("TOPONYM_LANGUAGES").map(str::to_string),
        "TOPONYM_KEY_TRANSDUCER" => option_env!("TOPONYM_KEY_TRANSDUCER").map(str::to_string),
        _ => None,
    };
    Config::from_env(cfg!(feature = "full"), var).expect("a valid configuration")
}

#[test]
fn names_are_those_of_the_languages_asked_for() {
    let kept_language = |lang: &str| match &config().languages {
        None => true,
        Some(list) => list.iter().any(|l| l == lang.split('-').next().unwrap()),
    };
    let mut outside_the_widely_used = 0;
    for place in toponym::places() {
        assert!(place.names().len() > 0, "{} has no name", place.id());
        let kept = |n: &toponym::Name| kept_language(n.lang()) || n.source().id == "curated";
        let others = place.names().filter(|n| !kept(n)).count();
        // A place with no name in a kept language keeps one other name, and only then.
        let expected = usize::from(!place.names().any(|n| kept(&n)));
        assert_eq!(others, expected, "{}", place.id());
        outside_the_widely_used += place
            .names()
            .filter(|n| {
                !toponym::WIDELY_USED_LANGUAGES.contains(&n.lang().split('-').next().unwrap())
            })
            .count();
    }
    match config().languages {
        // Every language: names in Kannada, Swahili, Amharic ... by the tens of thousands.
        None => assert!(
            outside_the_widely_used > 50_000,
            "{outside_the_widely_used}"
        ),
        Some(_) => assert!(outside_the_widely_used < 5_000, "{outside_the_widely_used}"),
    }
}

#[test]
fn curated_names_and_the_widely_used_languages_stay() {
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
    // Physical features that no country administers or claims keep one name in a cut;
    // disputed islands keep every side's names.
    let names = |id: &str| toponym::place(id).map(|p| p.names().len());
    match config().languages {
        None => assert!(names("kyushu") > Some(3), "{:?}", names("kyushu")),
        Some(_) => assert_eq!(names("kyushu"), Some(1)),
    }
    assert!(names("iturup") > Some(3), "{:?}", names("iturup"));
    // Contested and renamed features keep theirs: the demo's examples.
    assert_eq!(first("الخليج العربي"), Some("persian-gulf"));
    assert_eq!(first("동해"), Some("sea-of-japan"));
    assert_eq!(first("Mount McKinley"), Some("denali"));
}

#[test]
fn text_and_suggestions_work_with_the_key_transducer_embedded_or_built() {
    let found: Vec<_> = toponym::find_in_text("Talks on 北方領土 in Moscow")
        .iter()
        .map(|m| m.best().place().id())
        .collect();
    assert_eq!(found, ["south-kurils", "moscow"]);
    assert_eq!(
        toponym::suggest("Itur", 1)[0].matched().place().id(),
        "iturup"
    );
}
