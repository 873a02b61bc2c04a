//! `resolve` against the obvious alternative: a `HashMap<String, Vec<..>>` built at
//! start-up from the same data, probed with the same folded key; and a place's name as of
//! a year against the same without a year (its budget: at most twice as long). The
//! country-name crates are compared in bench/native.
//!
//! Run `cargo bench --bench resolve`, then `python3 benches/report.py` for the medians
//! per lookup and their ratio.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use toponym::{Name, NameQuery, Place};

/// Names in several scripts: typical exact lookups, and a mixed set with misses.
const TYPICAL: &[(&str, &str)] = &[
    ("latin", "Kyiv"),
    ("latin-accented", "Côte d'Ivoire"),
    ("cyrillic", "Итуруп"),
    ("japanese", "北方領土"),
    ("arabic", "الخليج العربي"),
    ("miss", "Atlantis"),
];

const MIXED: &[&str] = &[
    "Iturup",
    "ITURUP",
    "択捉島",
    "Итуруп",
    "Kyiv",
    "Kiev",
    "Київ",
    "Southern Kurils",
    "北方領土",
    "Южные Курилы",
    "Soviet Union",
    "СССР",
    "ソ連",
    "Côte d'Ivoire",
    "Cote d'Ivoire",
    "Leningrad",
    "Islas Malvinas",
    "독도",
    "竹島",
    "Persian Gulf",
    "الخليج العربي",
    "Macedonia",
    "Nowhere",
    "Atlantis",
];

type Index = HashMap<String, Vec<(Place, Name)>>;

/// The alternative: every folded key mapped to its places, built when the program starts.
fn build_hashmap() -> Index {
    let mut map: Index = HashMap::new();
    for place in toponym::places() {
        for name in place.names() {
            map.entry(toponym::fold(name.text()))
                .or_default()
                .push((place, name));
        }
    }
    map
}

fn hashmap_lookup(map: &Index, query: &str) -> Option<(Place, Name)> {
    map.get(&toponym::fold(query))
        .and_then(|v| v.first().copied())
}

fn bench(c: &mut Criterion) {
    let started = Instant::now();
    let map = build_hashmap();
    let startup = started.elapsed();
    eprintln!(
        "HashMap start-up: {startup:?} for {} keys (the compiled tables need none)",
        map.len()
    );
    // Beside criterion's own results, where benches/report.py reads them.
    let dir = std::path::Path::new(
        &std::env::var_os("CARGO_TARGET_DIR").unwrap_or_else(|| "target".into()),
    )
    .join("criterion");
    std::fs::create_dir_all(&dir).ok();
    std::fs::write(
        dir.join("hashmap-startup.txt"),
        format!("{}\n{}\n", startup.as_nanos(), map.len()),
    )
    .ok();

    for (label, query) in TYPICAL {
        let mut group = c.benchmark_group(format!("exact-{label}"));
        group.bench_function("toponym", |b| {
            b.iter(|| toponym::resolve(black_box(query)).next())
        });
        group.bench_function("hashmap", |b| {
            b.iter(|| hashmap_lookup(&map, black_box(query)))
        });
        group.finish();
    }
    let mut group = c.benchmark_group("mixed-24");
    group.bench_function("toponym", |b| {
        b.iter(|| {
            MIXED
                .iter()
                .map(|q| toponym::resolve(black_box(q)).len())
                .sum::<usize>()
        })
    });
    group.bench_function("hashmap", |b| {
        b.iter(|| {
            MIXED
                .iter()
                .filter(|q| hashmap_lookup(&map, black_box(q)).is_some())
                .count()
        })
    });
    group.finish();
    // Places with renamings and places without, in languages with former names and not.
    let places: Vec<Place> = [
        "mk",
        "sz",
        "tr",
        "lk",
        "th",
        "kh",
        "mm",
        "su",
        "saint-petersburg",
        "volgograd",
        "kyiv",
        "jp",
        "us",
        "de",
        "tokyo",
        "paris",
    ]
    .iter()
    .map(|id| toponym::place(id).expect("a place of the benchmark"))
    .collect();
    let langs = ["en", "ru", "de", "ja"];
    let names = |year: Option<i32>| {
        let mut found = 0;
        for &place in &places {
            for lang in langs {
                let query = NameQuery::new(black_box(lang)).year(year);
                found += usize::from(place.name_for(&query).is_some());
            }
        }
        found
    };
    let mut group = c.benchmark_group("name-as-of-year");
    group.bench_function("without-year", |b| b.iter(|| names(None)));
    group.bench_function("year-1950", |b| b.iter(|| names(Some(black_box(1950)))));
    group.bench_function("year-2010", |b| b.iter(|| names(Some(black_box(2010)))));
    group.finish();
    c.bench_function("fold/cyrillic", |b| {
        b.iter(|| toponym::fold(black_box("Итуруп")))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
