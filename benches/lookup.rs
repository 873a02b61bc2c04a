//! `lookup` on names as people write them: the queries of the test set (tests/lookup/), each
//! timed alone (the median of many runs), for the budget of the issue (median at most 2 µs,
//! every query at most 100 µs), and the whole set against exact `resolve` of the same
//! strings, the reference it is measured by.
//!
//! Run `cargo bench --bench lookup`; the distribution is printed and written to
//! target/criterion/lookup-distribution.txt.

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};

/// The queries of both parts of the test set.
fn queries() -> Vec<String> {
    let mut out = Vec::new();
    for file in ["tests/lookup/tuning.tsv", "tests/lookup/held-out.tsv"] {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for line in text.lines() {
            if line.starts_with('#') || line.starts_with("query\t") || line.trim().is_empty() {
                continue;
            }
            out.push(line.split('\t').next().unwrap_or("").to_string());
        }
    }
    out
}

/// Each query's time alone: the median of `runs` runs of it, in nanoseconds.
fn each_alone(queries: &[String], runs: usize) -> Vec<(u128, &str)> {
    // Once, for the work done on first use (the key transducer's start table).
    for q in queries {
        black_box(toponym::lookup(q));
    }
    let mut times: Vec<(u128, &str)> = queries
        .iter()
        .map(|q| {
            let mut samples: Vec<u128> = (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    black_box(toponym::lookup(black_box(q)));
                    t.elapsed().as_nanos()
                })
                .collect();
            samples.sort_unstable();
            (samples[runs / 2], q.as_str())
        })
        .collect();
    times.sort_unstable();
    times
}

fn distribution(queries: &[String]) {
    let times = each_alone(queries, 31);
    let at = |p: f64| times[((times.len() - 1) as f64 * p) as usize].0 as f64 / 1000.0;
    let mean = times.iter().map(|t| t.0 as f64).sum::<f64>() / times.len() as f64 / 1000.0;
    let mut report = format!(
        "lookup, {} queries each timed alone (median of 31 runs): mean {mean:.2} µs, median {:.2} µs, 90th percentile {:.2} µs, 99th {:.2} µs, max {:.2} µs\nslowest:\n",
        times.len(),
        at(0.5),
        at(0.9),
        at(0.99),
        at(1.0)
    );
    for (ns, q) in times.iter().rev().take(8) {
        report.push_str(&format!("  {:>8.2} µs  {q:?}\n", *ns as f64 / 1000.0));
    }
    eprint!("{report}");
    let dir = std::path::Path::new(
        &std::env::var_os("CARGO_TARGET_DIR").unwrap_or_else(|| "target".into()),
    )
    .join("criterion");
    std::fs::create_dir_all(&dir).ok();
    std::fs::write(dir.join("lookup-distribution.txt"), report).ok();
}

fn bench(c: &mut Criterion) {
    let queries = queries();
    distribution(&queries);
    let mut group = c.benchmark_group(format!("test-set-{}", queries.len()));
    group.bench_function("lookup", |b| {
        b.iter(|| {
            queries
                .iter()
                .map(|q| toponym::lookup(black_box(q)).len())
                .sum::<usize>()
        })
    });
    group.bench_function("resolve", |b| {
        b.iter(|| {
            queries
                .iter()
                .map(|q| toponym::resolve(black_box(q)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
