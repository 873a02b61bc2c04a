//! Inputs that the fuzz targets (fuzz/, see FUZZING.md) found to break a property, replayed
//! through the same checks (tests/it/checks.rs). Every file under
//! tests/fuzz_regressions/TARGET/ is an input of that target, as libFuzzer wrote it: to keep
//! a new finding, copy the file from fuzz/artifacts/TARGET/ there.

use crate::checks;

use std::path::Path;

/// The files kept for a target, and their contents.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions")
        .join(target);
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().path())
                .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
                .collect()
        })
        .unwrap_or_default();
    inputs.sort();
    inputs
}

/// Replays every kept input of `target` through `check`, as the fuzz target does.
fn replay(target: &str, check: fn(&[u8])) {
    for (file, data) in inputs(target) {
        if std::panic::catch_unwind(|| check(&data)).is_err() {
            panic!("{file} breaks the property again");
        }
    }
}

/// The fuzz targets that take text skip input that is not UTF-8.
fn as_text(check: fn(&str)) -> impl Fn(&[u8]) {
    move |data| {
        if let Ok(s) = std::str::from_utf8(data) {
            check(s);
        }
    }
}

#[test]
fn fold() {
    replay("fold", |d| as_text(checks::fold)(d));
    // The first finding: a combining mark after an invisible character, after a Latin
    // letter. Folding kept the mark and dropped the dot; folding again then removed the
    // mark, now right after the letter.
    assert_eq!(toponym::fold("\u{f}F.\u{301}\t\t"), "\u{f}f");
    assert_eq!(toponym::fold("e\u{200B}\u{301}"), "e");
    // On another script the mark stays, and composes with the letter.
    assert_eq!(toponym::fold("и.\u{306}"), "й");
    // ... unless the letter it makes folds to another: ё is е.
    assert_eq!(toponym::fold("Ё\u{308}"), "е");
}

#[test]
fn resolve() {
    replay("resolve", |d| as_text(checks::resolve)(d));
    // The same bug seen through resolve: "SU.\u{5ba}" and its folded form differed.
    assert_eq!(
        toponym::resolve("SU.\u{5ba}").collect::<Vec<_>>(),
        toponym::resolve("SU").collect::<Vec<_>>()
    );
}

#[test]
fn lookup() {
    replay("lookup", |d| as_text(checks::lookup)(d));
}

#[test]
fn find_in_text() {
    replay("find_in_text", |d| as_text(checks::find_in_text)(d));
}

#[test]
fn suggest() {
    replay("suggest", checks::suggest_bytes);
}

#[test]
fn roundtrip() {
    // One finding was in the check itself: it asked `suggest` for a name written with
    // invisible characters that made it longer than the 256 bytes suggest accepts.
    replay("roundtrip", checks::roundtrip);
}
