//! `resolve` against the obvious alternative: a `HashMap<String, Vec<..>>` built at
//! start-up from the same data, probed with the same folded key.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};

/// Names in several scripts, with a mix of hits, case and accent variants, and misses.
const QUERIES: &[&str] = &[
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

/// The alternative: every folded key mapped to its places, built when the program starts.
fn build_hashmap() -> HashMap<String, Vec<(toponym::Place, toponym::Name)>> {
    let mut map: HashMap<String, Vec<_>> = HashMap::new();
    for place in toponym::places() {
        for name in place.names() {
            map.entry(toponym::fold(name.text()))
                .or_default()
                .push((place, name));
        }
    }
    map
}

fn bench(c: &mut Criterion) {
    let started = Instant::now();
    let map = build_hashmap();
    eprintln!(
        "HashMap start-up: {:?} for {} keys (the compiled tables need none)",
        started.elapsed(),
        map.len()
    );
    let mut group = c.benchmark_group("resolve");
    group.bench_function("toponym::resolve (phf, compiled)", |b| {
        b.iter(|| {
            for q in QUERIES {
                black_box(toponym::resolve(black_box(q)).next());
            }
        })
    });
    group.bench_function("HashMap<String, _> built at start-up", |b| {
        b.iter(|| {
            for q in QUERIES {
                let key = toponym::fold(black_box(q));
                black_box(map.get(&key).and_then(|v| v.first()));
            }
        })
    });
    group.finish();
    c.bench_function("fold only", |b| {
        b.iter(|| {
            for q in QUERIES {
                black_box(toponym::fold(black_box(q)));
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
