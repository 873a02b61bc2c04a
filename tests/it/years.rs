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

/// The places that stand for `place` in `year`: itself, and the places it succeeded or that
/// succeeded it that existed then (Dahomey for Benin in 1974, Zaire for the Democratic
/// Republic of the Congo in 1980), as the tables name them.
fn standing_for(place: Place, year: i32) -> Vec<Place> {
    let mut places = vec![place];
    let related = place.preceded_by().chain(place.succeeded_by());
    places.extend(related.filter(|p| p.existed_in(year)));
    places
}

/// Each renaming both ways: the name the year before and the year after; and the former
/// name finds the place (or the one that stood for it), as a historic name whose years
/// include the year before.
#[test]
fn renamings_both_ways() {
    let rows = renamings();
    let mut wrong = Vec::new();
    for r in &rows {
        let Some(place) = toponym::place(&r.place) else {
            wrong.push(format!("{}: no place {:?}", r.file, r.place));
            continue;
        };
        let names = |year: i32| -> Vec<&str> {
            let places = standing_for(place, year);
            places
                .into_iter()
                .map(|p| name_in_year(p, &r.lang, year))
                .collect()
        };
        let (was, is) = (names(r.year - 1), names(r.year + 1));
        if !was.contains(&r.before.as_str()) || !is.contains(&r.after.as_str()) {
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
        // of them covers the year. A former state's name is that state's.
        let key = toponym::fold(&r.before);
        let earlier = standing_for(place, r.year - 1);
        let found = toponym::resolve(&r.before).find(|m| earlier.contains(&m.place()));
        let former = found.filter(|m| {
            let dated = m.place().names().any(|n| {
                toponym::fold(n.text()) == key
                    && n.status() == Status::Historic
                    && n.years().is_some_and(|y| y.contains(r.year - 1))
            });
            m.place() != place || (m.name().status() == Status::Historic && dated)
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

/// Whether `name` may be the name of its place in `year`: not a name that had gone out of
/// use by then, and a former name only in its years. (A current name's first year is not
/// checked: where it is only the year CLDR took up a new spelling, the name counts before
/// it, as `Place::name_for` documents.)
fn may_be_in_use(name: toponym::Name, year: i32) -> bool {
    let ended = name.years().and_then(|y| y.until).is_some_and(|u| u < year);
    let former = name.status() == Status::Historic;
    !ended && (!former || name.years().is_some_and(|y| y.contains(year)))
}

/// For every dated name, asked in its language in a year of its range, the name chosen is
/// in that language and may be in use that year: the dated name or one at least as good.
#[test]
fn a_dated_name_or_a_better_one_in_its_years() {
    let mut dated = 0;
    let mut wrong = Vec::new();
    for place in toponym::places() {
        for name in place.names() {
            let Some(years) = name.years() else { continue };
            dated += 1;
            let middle = years.from.zip(years.until).map(|(f, u)| f + (u - f) / 2);
            for year in [years.from, years.until, middle].into_iter().flatten() {
                let query = NameQuery::new(name.lang()).year(Some(year));
                let chosen = place.name_for(&query).expect("a place with names");
                if !(may_be_in_use(chosen, year) && chosen.lang().eq_ignore_ascii_case(name.lang()))
                {
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
