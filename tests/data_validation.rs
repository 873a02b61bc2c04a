//! Every validation rule of the build script, each on a small broken data set that must
//! fail with the expected `file:line: message`.

#[path = "../build/load.rs"]
#[allow(unreachable_pub)]
mod load;

use std::fs;
use std::path::{Path, PathBuf};

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

#[test]
fn the_real_data_loads() {
    let data = load::load_dir(Path::new("data"), &|_| true).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert!(data.places.len() > 50, "{} places", data.places.len());
    // No two places share an id, and every reference points to an existing place: the
    // loader guarantees it; check the guarantee on the real data independently.
    let mut ids: Vec<&str> = data.places.iter().map(|p| p.id.as_str()).collect();
    ids.sort();
    let before = ids.len();
    ids.dedup();
    assert_eq!(before, ids.len(), "duplicate place ids");
    for p in &data.places {
        for &r in p
            .parents
            .iter()
            .chain(&p.administered_by)
            .chain(&p.claimed_by)
            .chain(&p.succeeded_by)
        {
            assert!(r < data.places.len());
        }
    }
}
