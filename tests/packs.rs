//! Language packs: the names that a cut build leaves out, loaded at run time. A binary of its
//! own, because loading a pack changes what every other test would see. In the default
//! build there is no pack; scripts/test.sh runs it again with the npm package's cut
//! (scripts/web-cut.env), where the build writes a pack for every language it left out.

use std::path::PathBuf;

use toponym::{LanguagePack, PackError};

/// Where the build script wrote the packs.
fn pack_dir() -> PathBuf {
    PathBuf::from(env!("OUT_DIR")).join("packs")
}

fn pack_bytes(lang: &str) -> Vec<u8> {
    std::fs::read(pack_dir().join(format!("{lang}.pack"))).unwrap()
}

fn pack(lang: &str) -> LanguagePack {
    toponym::language_packs()
        .find(|p| p.lang() == lang)
        .unwrap_or_else(|| panic!("no pack {lang}"))
}

/// Whether this build was cut, so that it has packs.
fn cut() -> bool {
    option_env!("TOPONYM_LANGUAGES").is_some_and(|l| !l.trim().is_empty())
}

#[test]
fn packs_of_the_cut_and_only_of_the_cut() {
    let files: Vec<String> = std::fs::read_dir(pack_dir())
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    let packs: Vec<String> = toponym::language_packs()
        .map(|p| format!("{}.pack", p.lang()))
        .collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(sorted, packs, "a file for every pack the build knows");
    if !cut() {
        assert!(packs.is_empty());
        return;
    }
    // Languages the cut left out have packs; the kept ones have at most the few names of
    // plain physical features that the cut leaves out.
    for lang in ["kn", "sw", "bn", "ta", "am", "und"] {
        assert!(pack(lang).len() > 100, "{lang}");
    }
    assert!(packs.len() > 200);
}

#[test]
fn bad_bytes_are_refused_with_the_reason() {
    assert_eq!(toponym::check_language_pack(b""), Err(PackError::NotAPack));
    assert_eq!(
        toponym::load_language_pack(&[0; 100]),
        Err(PackError::NotAPack)
    );
    if !cut() {
        return;
    }
    let good = pack_bytes("sw");
    let word = |bytes: &mut Vec<u8>, i: usize, v: u32| {
        bytes[i * 4..i * 4 + 4].copy_from_slice(&v.to_le_bytes());
    };
    let mut other_version = good.clone();
    word(&mut other_version, 1, 99);
    assert_eq!(
        toponym::check_language_pack(&other_version),
        Err(PackError::Version(99))
    );
    let mut other_build = good.clone();
    other_build[8] ^= 1;
    assert_eq!(
        toponym::check_language_pack(&other_build),
        Err(PackError::OtherBuild)
    );
    let mut short = good.clone();
    short.pop();
    assert!(matches!(
        toponym::check_language_pack(&short),
        Err(PackError::Malformed(_))
    ));
    // Any byte changed after the header: refused with a reason or, where the change keeps
    // the pack consistent (a letter of a name), read; never a panic.
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..2000 {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let mut bytes = good.clone();
        let at = 48 + (rng as usize) % (bytes.len() - 48);
        bytes[at] = (rng >> 40) as u8;
        let _ = toponym::check_language_pack(&bytes);
    }
    // A refused pack leaves nothing loaded.
    assert!(toponym::load_language_pack(&other_build).is_err());
    assert!(!pack("sw").is_loaded());
}

#[test]
fn a_loaded_pack_names_finds_and_lists_its_names() {
    if !cut() {
        return;
    }
    let india = toponym::place("in").unwrap();
    assert_ne!(india.name("kn").unwrap().lang(), "kn", "not loaded yet");
    let kannada = pack("kn");
    assert!(!kannada.is_loaded());
    let before = india.names().len();

    // Loaded from several threads at once: once.
    let bytes = pack_bytes("kn");
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| assert_eq!(toponym::load_language_pack(&bytes), Ok(kannada)));
        }
    });
    assert!(kannada.is_loaded());

    let name = india.name("kn").unwrap();
    assert_eq!(name.lang(), "kn");
    assert_eq!(name.place(), india);
    assert!(name.index() >= before);
    assert_eq!(
        india.names().len(),
        before + india.names().filter(|n| n.lang() == "kn").count()
    );
    assert!(india.names().rev().any(|n| n == name));
    // Each tag once, with all its names.
    let mut tags: Vec<&str> = india.names_by_language().map(|(t, _)| t).collect();
    let all = tags.len();
    tags.sort();
    tags.dedup();
    assert_eq!(tags.len(), all);
    let (_, kn) = india.names_by_language().find(|(t, _)| *t == "kn").unwrap();
    assert!(kn.clone().any(|n| n == name));

    // Every name of the pack is found, its place among the matches with that very name
    // or another of the place with the same key.
    let mut checked = 0;
    for place in toponym::places() {
        for n in place.names().filter(|n| n.lang().starts_with("kn")) {
            let found = toponym::resolve(n.text()).find(|m| m.place() == place);
            assert!(found.is_some(), "{} of {}", n.text(), place.id());
            checked += 1;
        }
    }
    assert!(checked >= kannada.len(), "{checked}");

    // Found in text, and completed as it is typed.
    let text = format!("ಮಾತುಕತೆ {} ಮತ್ತು", name.text());
    let mentions = toponym::find_in_text(&text);
    assert!(
        mentions
            .iter()
            .any(|m| m.text() == name.text() && m.best().place() == india),
        "{text}"
    );
    let typed: String = name.text().chars().take(2).collect();
    let suggested = toponym::suggest(&typed, 10);
    assert!(
        suggested.iter().any(|s| s.matched().place() == india),
        "{typed}: {suggested:?}"
    );
    assert_eq!(toponym::suggest(name.text(), 3)[0].matched().place(), india);
    // And with a typo: the last letter replaced.
    let mut letters: Vec<char> = name.text().chars().collect();
    let last = letters.len() - 1;
    letters[last] = if letters[last] == 'ಕ' { 'ಖ' } else { 'ಕ' };
    let typo: String = letters.into_iter().collect();
    let near = toponym::suggest(&typo, 10);
    assert!(
        near.iter()
            .any(|s| s.matched().place() == india && s.edits() == 1),
        "{typo}: {near:?}"
    );
    // A compiled name's completions are still there, the pack's among them.
    assert_eq!(toponym::suggest("Ind", 5)[0].matched().place(), india);

    // A second pack: names it shares with the first come from both, ranked as one list.
    let tamil = toponym::load_language_pack(&pack_bytes("ta")).unwrap();
    assert!(tamil.is_loaded());
    assert_eq!(india.name("ta").unwrap().lang(), "ta");
    assert_eq!(india.name("kn").unwrap(), name);
    // Names in id order (packs are numbered by language), whatever order the packs were
    // loaded in: Swahili, loaded last, between Kannada and Tamil.
    toponym::load_language_pack(&pack_bytes("sw")).unwrap();
    assert!(india.names().any(|n| n.lang() == "sw"));
    let ids: Vec<usize> = india.names().map(|n| n.index()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
    let mut back: Vec<usize> = india.names().rev().map(|n| n.index()).collect();
    back.reverse();
    assert_eq!(back, ids);
}
