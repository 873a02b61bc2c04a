//! Every validation rule of the loader, each on a small broken data set that must fail with
//! the expected `file:line: message`.

use std::fs;
use std::path::{Path, PathBuf};

use toponym_build::load;

const SOURCES: &str = "id\ttitle\tversion\tlicence\tattribution\ncurated\tBy hand\t\tMIT\t\n";
const PLACE_HEADER: &str = "id\tkind\tparents\tlat\tlon\tiso2\tiso3\tiso_sub\tgeonames\twikidata\tadministered_by\tclaimed_by\tfrom\tuntil\tsucceeded_by\tpopulation\n";
const NAME_HEADER: &str = "place\tlang\tstatus\ttext\tworldview\tfrom\tuntil\tsource\n";

/// A valid little data set: two countries and a disputed island.
const PLACES: &str = "\
jp\tcountry\t\t36\t138\tJP\tJPN\t\t1861060\tQ17\t\t\t\t\t\t\n\
ru\tcountry\t\t60\t100\tRU\tRUS\t\t2017370\tQ159\t\t\t\t\t\t\n\
iturup\tisland\t\t45\t147.9\t\t\t\t\t\tru\tjp,ru\t\t\t\t\n";
const NAMES: &str = "\
iturup\tja\tofficial\t択捉{島}\tjp\t\t\tcurated\n\
iturup\tru\tcommon\t{остров} Итуруп\tru\t\t\tcurated\n\
jp\ten\tcommon\tJapan\t\t\t\tcurated\n";

/// Writes a data folder with the given places and names rows (headers added) and loads it.
fn load_with(case: &str, places: &str, names: &str) -> Result<load::Dataset, Vec<String>> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("data-validation")
        .join(case);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("curated")).unwrap();
    fs::write(dir.join("sources.tsv"), SOURCES).unwrap();
    fs::write(
        dir.join("curated/test.places.tsv"),
        format!("# test places\n{PLACE_HEADER}{places}"),
    )
    .unwrap();
    fs::write(
        dir.join("curated/test.names.tsv"),
        format!("{NAME_HEADER}{names}"),
    )
    .unwrap();
    load::load_dir(&dir, &|_| true).map_err(|errors| {
        errors
            .iter()
            .map(|e| {
                let file = e.loc.file.strip_prefix(&dir).unwrap_or(&e.loc.file);
                format!("{}:{}: {}", file.display(), e.loc.line, e.message)
            })
            .collect()
    })
}

#[test]
fn the_valid_set_loads() {
    let data = load_with("valid", PLACES, NAMES).expect("valid data");
    assert_eq!(data.places.len(), 3);
    assert_eq!(data.names.len(), 3);
    assert_eq!(data.names[0].text, "択捉島");
    assert_eq!(data.names[0].without_generic.as_deref(), Some("択捉"));
    assert_eq!(data.names[1].text, "остров Итуруп");
    assert_eq!(data.names[1].without_generic.as_deref(), Some("Итуруп"));
}

#[test]
fn each_rule_reports_file_and_line() {
    // (case, extra place rows, extra name rows, expected first error)
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "unknown place id",
            "",
            "iturupp\ten\tcommon\tIturup\t\t\t\tcurated\n",
            "curated/test.names.tsv:5: unknown place id \"iturupp\" in place",
        ),
        (
            "dangling parent",
            "kunashir\tisland\tkuril-islands\t\t\t\t\t\t\t\t\t\t\t\t\t\n",
            "",
            "curated/test.places.tsv:6: unknown place id \"kuril-islands\" in parents",
        ),
        (
            "malformed language tag",
            "",
            "iturup\tEN_us\tcommon\tIturup\t\t\t\tcurated\n",
            "curated/test.names.tsv:5: malformed language tag \"EN_us\"",
        ),
        (
            "unknown status",
            "",
            "iturup\ten\tpopular\tIturup\t\t\t\tcurated\n",
            "curated/test.names.tsv:5: unknown status \"popular\"",
        ),
        (
            "duplicate id",
            "jp\tcountry\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n",
            "",
            "curated/test.places.tsv:6: duplicate place id \"jp\" (first at",
        ),
        (
            "same name twice",
            "",
            "jp\ten\tvariant\tJapan\t\t\t\tcurated\n",
            "curated/test.names.tsv:5: \"Japan\" in \"en\" is already a name of \"jp\"",
        ),
        (
            "latitude out of range",
            "atlantis\tisland\t\t91\t10\t\t\t\t\t\t\t\t\t\t\t\n",
            "",
            "curated/test.places.tsv:6: latitude 91 is out of range -90..90",
        ),
        (
            "longitude out of range",
            "atlantis\tisland\t\t10\t-181\t\t\t\t\t\t\t\t\t\t\t\n",
            "",
            "curated/test.places.tsv:6: longitude -181 is out of range -180..180",
        ),
        (
            "unknown kind",
            "atlantis\tcontinent\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n",
            "",
            "curated/test.places.tsv:6: unknown kind \"continent\"",
        ),
        (
            "wrong number of cells",
            "atlantis\tisland\n",
            "",
            "curated/test.places.tsv:6: 2 cells, the header has 16",
        ),
        (
            "unknown worldview",
            "",
            "iturup\ten\tcommon\tEtorofu\tjpn\t\t\tcurated\n",
            "curated/test.names.tsv:5: unknown place id \"jpn\" in worldview",
        ),
        (
            "worldview that is not a country",
            "",
            "iturup\ten\tcommon\tEtorofu\titurup\t\t\tcurated\n",
            "curated/test.names.tsv:5: worldview \"iturup\" is a island, not a country",
        ),
        (
            "worldview of a country without an ISO code",
            "atlantis\tcountry\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n",
            "iturup\ten\tcommon\tEtorofu\tatlantis\t\t\tcurated\n",
            "curated/test.names.tsv:5: worldview \"atlantis\" has no ISO 3166-1 alpha-2 code",
        ),
        (
            "historic name without years",
            "",
            "iturup\tde\thistoric\tEtorofu\t\t\t\tcurated\n",
            "curated/test.names.tsv:5: a historic name needs the year it went out of use",
        ),
        (
            "unknown source",
            "",
            "iturup\tde\tcommon\tIturup\t\t\t\twikipedia\n",
            "curated/test.names.tsv:5: unknown source \"wikipedia\"",
        ),
        (
            "unbalanced braces",
            "",
            "iturup\ten\tcommon\tIturup {Island\t\t\t\tcurated\n",
            "curated/test.names.tsv:5: text \"Iturup {Island\": '{' without '}'",
        ),
        (
            "name that is only a generic term",
            "",
            "iturup\ten\tcommon\t{Island}\t\t\t\tcurated\n",
            "curated/test.names.tsv:5: text \"{Island}\": the name is nothing but its generic term",
        ),
        (
            "years in the wrong order",
            "",
            "iturup\tde\thistoric\tEtorofu\t\t1990\t1900\tcurated\n",
            "curated/test.names.tsv:5: from 1990 is after until 1900",
        ),
        (
            "duplicate ISO code",
            "jp2\tcountry\t\t\t\tJP\t\t\t\t\t\t\t\t\t\t\n",
            "",
            "curated/test.places.tsv:6: iso2 \"JP\" is already used at",
        ),
        (
            "malformed Wikidata id",
            "atlantis\tisland\t\t\t\t\t\t\t\tQ01\t\t\t\t\t\t\n",
            "",
            "curated/test.places.tsv:6: malformed wikidata code \"Q01\"",
        ),
        (
            "parent cycle",
            "a\tisland\tb\t\t\t\t\t\t\t\t\t\t\t\t\t\nb\tisland\ta\t\t\t\t\t\t\t\t\t\t\t\t\t\n",
            "",
            "curated/test.places.tsv:6: \"a\" is its own ancestor",
        ),
    ];
    for (case, places, names, expected) in cases {
        let errors = load_with(
            case,
            &format!("{PLACES}{places}"),
            &format!("{NAMES}{names}"),
        )
        .err()
        .unwrap_or_else(|| panic!("{case}: the data was accepted"));
        assert!(
            errors[0].starts_with(expected),
            "{case}: expected {expected:?}, got {errors:?}"
        );
    }
}

#[test]
fn a_bad_header_is_reported() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("data-validation/header");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("sources.tsv"), SOURCES).unwrap();
    fs::write(dir.join("x.places.tsv"), "id\tkind\n").unwrap();
    let errors = load::load_dir(&dir, &|_| true).unwrap_err();
    assert_eq!(errors[0].loc.line, 1);
    assert!(
        errors[0]
            .message
            .starts_with("the header must be exactly: id\\tkind\\tparents")
    );
    assert!(errors[0].loc.file.ends_with(Path::new("x.places.tsv")));
}

#[test]
fn language_tags() {
    for good in [
        "en",
        "ja",
        "ja-Latn",
        "zh-Hans",
        "zh-Hant-TW",
        "sr-Latn",
        "es-419",
        "und",
        "de-CH-1996",
    ] {
        assert!(load::is_language_tag(good), "{good}");
    }
    for bad in [
        "", "EN", "e", "english", "zh-hans", "ja_Latn", "en-", "-en", "en-US-x",
    ] {
        assert!(!load::is_language_tag(bad), "{bad}");
    }
}

/// Writes a data folder with the given sources rows and places and names rows (headers
/// added to each) and loads it; the errors as `file:line: message`.
fn load_files(case: &str, sources: &str, places: &str, names: &str) -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("data-validation-files")
        .join(case);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("curated")).unwrap();
    fs::write(
        dir.join("sources.tsv"),
        format!("id\ttitle\tversion\tlicence\tattribution\n{sources}"),
    )
    .unwrap();
    fs::write(
        dir.join("curated/test.places.tsv"),
        format!("{PLACE_HEADER}{places}"),
    )
    .unwrap();
    fs::write(
        dir.join("curated/test.names.tsv"),
        format!("{NAME_HEADER}{names}"),
    )
    .unwrap();
    match load::load_dir(&dir, &|_| true) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .iter()
            .map(|e| {
                let file = e.loc.file.strip_prefix(&dir).unwrap_or(&e.loc.file);
                format!("{}:{}: {}", file.display(), e.loc.line, e.message)
            })
            .collect(),
    }
}

/// The rules that `each_rule_reports_file_and_line` does not reach: one case each, so that
/// every message of src/load.rs has a test.
#[test]
fn every_other_rule_reports_file_and_line() {
    const CURATED: &str = "curated\tBy hand\t\tMIT\t\n";
    let place = |cells: &str| format!("{PLACES}{cells}\n");
    let name = |cells: &str| format!("{NAMES}{cells}\n");
    // (case, sources rows, places rows, names rows, expected first error)
    let cases: Vec<(&str, String, String, String, &str)> = vec![
        (
            "malformed source id",
            format!("{CURATED}By Hand\tX\t\tMIT\t\n"),
            PLACES.into(),
            NAMES.into(),
            "sources.tsv:3: malformed source id \"By Hand\"",
        ),
        (
            "duplicate source id",
            format!("{CURATED}{CURATED}"),
            PLACES.into(),
            NAMES.into(),
            "sources.tsv:3: duplicate source id \"curated\"",
        ),
        (
            "source without a licence",
            format!("{CURATED}other\tX\t\t\t\n"),
            PLACES.into(),
            NAMES.into(),
            "sources.tsv:3: source \"other\" has no licence",
        ),
        (
            "white space at the end of a cell",
            CURATED.into(),
            PLACES.into(),
            name("jp\tja\tcommon\t日本 \t\t\t\tcurated"),
            "curated/test.names.tsv:5: cell \"日本 \" has white space at an end",
        ),
        (
            "malformed place id",
            CURATED.into(),
            place("Atlantis\tisland\t\t\t\t\t\t\t\t\t\t\t\t\t\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: malformed place id \"Atlantis\": use a-z, 0-9 and -",
        ),
        (
            "place that is its own parent",
            CURATED.into(),
            place("atlantis\tisland\tatlantis\t\t\t\t\t\t\t\t\t\t\t\t\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: \"atlantis\" is its own parent",
        ),
        (
            "reference listed twice",
            CURATED.into(),
            place("atlantis\tisland\t\t\t\t\t\t\t\t\tjp,ru\tjp,jp\t\t\t\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: \"jp\" is listed twice in claimed_by",
        ),
        (
            "dangling administered_by",
            CURATED.into(),
            place("atlantis\tisland\t\t\t\t\t\t\t\t\tlemuria\t\t\t\t\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: unknown place id \"lemuria\" in administered_by",
        ),
        (
            "dangling succeeded_by",
            CURATED.into(),
            place("atlantis\thistoric-state\t\t\t\t\t\t\t\t\t\t\t1\t2\tmu\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: unknown place id \"mu\" in succeeded_by",
        ),
        (
            "not a number",
            CURATED.into(),
            place("atlantis\tisland\t\t\t\t\t\t\t\t\t\t\t\t\t\tmany"),
            NAMES.into(),
            "curated/test.places.tsv:5: population \"many\" is not a valid number",
        ),
        (
            "latitude without longitude",
            CURATED.into(),
            place("atlantis\tisland\t\t10\t\t\t\t\t\t\t\t\t\t\t\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: lat and lon must be given together",
        ),
        (
            "malformed ISO alpha-2 code",
            CURATED.into(),
            place("atlantis\tcountry\t\t\t\tat1\t\t\t\t\t\t\t\t\t\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: malformed iso2 code \"at1\"",
        ),
        (
            "malformed ISO alpha-3 code",
            CURATED.into(),
            place("atlantis\tcountry\t\t\t\t\tATLA\t\t\t\t\t\t\t\t\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: malformed iso3 code \"ATLA\"",
        ),
        (
            "malformed ISO 3166-2 code",
            CURATED.into(),
            place("atlantis\tregion\t\t\t\t\t\tJP01\t\t\t\t\t\t\t\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: malformed iso_sub code \"JP01\"",
        ),
        (
            "malformed GeoNames id",
            CURATED.into(),
            place("atlantis\tisland\t\t\t\t\t\t\t0123\t\t\t\t\t\t\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: malformed geonames code \"0123\"",
        ),
        (
            "duplicate GeoNames id",
            CURATED.into(),
            place("atlantis\tisland\t\t\t\t\t\t\t1861060\t\t\t\t\t\t\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: geonames \"1861060\" is already used at",
        ),
        (
            "years of a place in the wrong order",
            CURATED.into(),
            place("atlantis\thistoric-state\t\t\t\t\t\t\t\t\t\t\t1991\t1922\t\t"),
            NAMES.into(),
            "curated/test.places.tsv:5: from 1991 is after until 1922",
        ),
        (
            "empty name",
            CURATED.into(),
            PLACES.into(),
            name("jp\tde\tcommon\t\t\t\t\tcurated"),
            "curated/test.names.tsv:5: text \"\": empty name",
        ),
        (
            "control character in a name",
            CURATED.into(),
            PLACES.into(),
            name("jp\tde\tcommon\tJa\u{7}pan\t\t\t\tcurated"),
            "curated/test.names.tsv:5: text \"Ja\\u{7}pan\": control character '\\u{7}'",
        ),
        (
            "closing brace alone",
            CURATED.into(),
            PLACES.into(),
            name("jp\tde\tcommon\tJapan}\t\t\t\tcurated"),
            "curated/test.names.tsv:5: text \"Japan}\": '}' without '{'",
        ),
        (
            "empty braces",
            CURATED.into(),
            PLACES.into(),
            name("jp\tde\tcommon\tJapan { }\t\t\t\tcurated"),
            "curated/test.names.tsv:5: text \"Japan { }\": braces must hold one generic term",
        ),
        (
            "two generic terms",
            CURATED.into(),
            PLACES.into(),
            name("iturup\tde\tcommon\t{Insel} Iturup {Insel}\t\t\t\tcurated"),
            "curated/test.names.tsv:5: text \"{Insel} Iturup {Insel}\": only one generic term per name",
        ),
    ];
    for (case, sources, places, names, expected) in &cases {
        let errors = load_files(case, sources, places, names);
        assert!(
            errors.first().is_some_and(|e| e.starts_with(expected)),
            "{case}: expected {expected:?}, got {errors:?}"
        );
    }
}

#[test]
fn unreadable_files_are_reported() {
    let base = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("data-validation-unreadable");
    let _ = fs::remove_dir_all(&base);
    // A data folder that does not exist.
    let errors = load::load_dir(&base.join("missing"), &|_| true).unwrap_err();
    assert!(
        errors[0].message.starts_with("cannot list the data folder"),
        "{errors:?}"
    );
    // A file that is not UTF-8: the line of the first bad byte.
    let dir = base.join("latin1");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("sources.tsv"), SOURCES).unwrap();
    let mut bytes = format!("{PLACE_HEADER}{PLACES}").into_bytes();
    bytes.extend(b"caf\xe9\tcity\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n");
    fs::write(dir.join("x.places.tsv"), bytes).unwrap();
    let errors = load::load_dir(&dir, &|_| true).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        format!("{}:5: not valid UTF-8", dir.join("x.places.tsv").display())
    );
    // A file with comments only: no header.
    let dir = base.join("no-header");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("sources.tsv"), SOURCES).unwrap();
    fs::write(dir.join("x.names.tsv"), "# nothing yet\n\n").unwrap();
    let errors = load::load_dir(&dir, &|_| true).unwrap_err();
    assert_eq!(errors[0].loc.line, 1);
    assert_eq!(errors[0].message, "no header line");
    // A file that cannot be read: a link to nowhere.
    #[cfg(unix)]
    {
        let dir = base.join("dangling-link");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("sources.tsv"), SOURCES).unwrap();
        std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("x.places.tsv")).unwrap();
        let errors = load::load_dir(&dir, &|_| true).unwrap_err();
        assert!(errors[0].message.starts_with("cannot read: "), "{errors:?}");
        assert!(errors[0].loc.file.ends_with("x.places.tsv"));
    }
}
