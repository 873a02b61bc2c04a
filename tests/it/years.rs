//! Names through time: the renamings of tests/data/renames-*.tsv, each checked both ways,
//! and the choice of a name as of a year checked against every dated name.

use std::path::Path;

use toponym::{NameQuery, Place, Status};

/// One renaming: `place`'s name in `lang` was `before` in `year - 1` and `after` in
/// `year + 1`.
struct Renaming {
    file: String,
    place: String,
    lang: String,
    year: i32,
    before: String,
    after: String,
}

/// Every row of the renaming tables (tests/data/renames-*.tsv).
fn renamings() -> Vec<Renaming> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("renames-") && name.ends_with(".tsv")
        })
        .collect();
    files.sort();
    let mut rows = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for line in lines.skip(1) {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 5, "{}: {line:?}", file.display());
            rows.push(Renaming {
                file: file.file_name().unwrap().to_string_lossy().into_owned(),
                place: cells[0].into(),
                lang: cells[1].into(),
                year: cells[2]
                    .parse()
                    .unwrap_or_else(|_| panic!("{line:?}: year")),
                before: cells[3].into(),
                after: cells[4].into(),
            });
        }
    }
    rows
}

fn name_in_year(place: Place, lang: &str, year: i32) -> &'static str {
    let query = NameQuery::new(lang).year(Some(year));
    place.name_for(&query).map_or("", |n| n.text())
}

/// Each renaming both ways: the name the year before and the year after; and the former
/// name finds the place, as a historic name whose years include the year before.
#[test]
fn renamings_both_ways() {
    let rows = renamings();
    let mut wrong = Vec::new();
    for r in &rows {
        let Some(place) = toponym::place(&r.place) else {
            wrong.push(format!("{}: no place {:?}", r.file, r.place));
            continue;
        };
        let (was, is) = (
            name_in_year(place, &r.lang, r.year - 1),
            name_in_year(place, &r.lang, r.year + 1),
        );
        if was != r.before || is != r.after {
            wrong.push(format!(
                "{} {} {}: {:?} in {} and {:?} in {}; the table says {:?} and {:?}",
                r.file,
                r.place,
                r.lang,
                was,
                r.year - 1,
                is,
                r.year + 1,
                r.before,
                r.after
            ));
        }
        // The match says historic; a name used in two periods has a row for each, and one
        // of them covers the year.
        let key = toponym::fold(&r.before);
        let found = toponym::resolve(&r.before).find(|m| m.place() == place);
        let former = found
            .filter(|m| m.name().status() == Status::Historic)
            .filter(|_| {
                place.names().any(|n| {
                    toponym::fold(n.text()) == key
                        && n.status() == Status::Historic
                        && n.years().is_some_and(|y| y.contains(r.year - 1))
                })
            });
        // Unless the place has a current name of the same key, which then matches first:
        // Low German "Preßburg" for Bratislava, beside the former "Pressburg".
        let also_current = place
            .names()
            .any(|n| toponym::fold(n.text()) == key && n.status() != Status::Historic);
        if former.is_none() && !also_current {
            wrong.push(format!(
                "{} {}: {:?} does not find it as a historic name of {}",
                r.file,
                r.place,
                r.before,
                r.year - 1
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} renamings wrong:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
    assert!(rows.len() >= 150, "{} renamings", rows.len());
}

/// Whether `name` was in use in `year`, as the documentation of `Place::name_for` says.
fn in_use(name: toponym::Name, year: i32) -> bool {
    match name.years() {
        Some(y) => y.contains(year),
        None => name.status() != Status::Historic,
    }
}

/// For every dated name, asked in its language in a year of its range, the name chosen is
/// in use that year and in that language: the dated name or one at least as good.
#[test]
fn a_dated_name_or_a_better_one_in_its_years() {
    let mut dated = 0;
    let mut wrong = Vec::new();
    for place in toponym::places() {
        for name in place.names() {
            let Some(years) = name.years() else { continue };
            dated += 1;
            let inside = [
                years.from,
                years.until,
                years.from.zip(years.until).map(|(f, u)| f + (u - f) / 2),
            ];
            for year in inside.into_iter().flatten() {
                let query = NameQuery::new(name.lang()).year(Some(year));
                let chosen = place.name_for(&query).expect("a place with names");
                if !(in_use(chosen, year) && chosen.lang().eq_ignore_ascii_case(name.lang())) {
                    wrong.push(format!(
                        "{place:?} {} {year}: {:?} ({:?}) rather than {:?} ({:?})",
                        name.lang(),
                        chosen.text(),
                        chosen.years(),
                        name.text(),
                        name.years()
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(40)].join("\n")
    );
    assert!(dated >= 10_000, "{dated} names with years");
}

/// Any year has an answer, and a place outside its years is named as of the nearest one.
#[test]
fn any_year_has_an_answer() {
    let su = toponym::place("su").unwrap();
    for year in [i32::MIN, -10_000, -1, 0, 1, 1991, 2000, 9999, i32::MAX] {
        for place in [su, toponym::place("volgograd").unwrap()] {
            assert!(
                !name_in_year(place, "en", year).is_empty(),
                "{place:?} {year}"
            );
        }
    }
    assert!(!su.existed_in(2000) && su.existed_in(1991) && !su.existed_in(1921));
    assert_eq!(name_in_year(su, "en", 2000), name_in_year(su, "en", 1991));
    assert_eq!(name_in_year(su, "ru", 1900), name_in_year(su, "ru", 1922));
}
