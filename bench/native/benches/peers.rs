//! Exact lookup by `toponym::resolve` against the country-name crates `celes` and
//! `keshvar`, and a `HashMap`, on celes's own list of English country names, in one process.
//!
//! Run `cargo bench --features keshvar` here (bench/native; without the feature, keshvar,
//! which takes long to compile, is left out), then `python3 ../../benches/report.py` in the
//! repository's root for the medians per lookup and their ratios.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

/// Every English country name of `celes` (its `long_name`, 250 names), looked up by each
/// crate as its documentation asks: toponym as written; celes's `Country::from_name` without
/// the spaces, which it does not accept; keshvar's `find_by_name` in lower case, which it
/// requires (lower-cased before timing, to its advantage); and a `HashMap` of the same names,
/// folded by toponym's fold at start-up and probed with the folded query.
fn celes_names(c: &mut Criterion) {
    let names: Vec<&str> = celes::Country::get_countries()
        .iter()
        .map(|c| c.long_name)
        .collect();
    let unspaced: Vec<String> = names.iter().map(|n| n.replace(' ', "")).collect();
    #[cfg(feature = "keshvar")]
    let lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let map: HashMap<String, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (toponym::fold(n), i))
        .collect();
    let found = |hits: usize, who: &str| eprintln!("{who}: {hits} of {} names found", names.len());
    found(
        names
            .iter()
            .filter(|n| toponym::resolve(n).next().is_some())
            .count(),
        "toponym",
    );
    found(
        unspaced
            .iter()
            .filter(|n| celes::Country::from_name(n).is_ok())
            .count(),
        "celes",
    );
    #[cfg(feature = "keshvar")]
    found(
        lower
            .iter()
            .filter(|n| keshvar::find_by_name(n).is_ok())
            .count(),
        "keshvar",
    );
    let mut group = c.benchmark_group("celes-names-250");
    group.bench_function("toponym", |b| {
        b.iter(|| {
            names
                .iter()
                .filter(|n| toponym::resolve(black_box(n)).next().is_some())
                .count()
        })
    });
    group.bench_function("celes", |b| {
        b.iter(|| {
            unspaced
                .iter()
                .filter(|n| celes::Country::from_name(black_box(n.as_str())).is_ok())
                .count()
        })
    });
    #[cfg(feature = "keshvar")]
    group.bench_function("keshvar", |b| {
        b.iter(|| {
            lower
                .iter()
                .filter(|n| keshvar::find_by_name(black_box(n)).is_ok())
                .count()
        })
    });
    group.bench_function("hashmap", |b| {
        b.iter(|| {
            names
                .iter()
                .filter(|n| map.contains_key(&toponym::fold(black_box(n))))
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, celes_names);
criterion_main!(benches);
