//! `suggest` as someone types: prominent names in many scripts, letter by letter, each
//! keystroke one call with the limit of a search box. Criterion times typing every name; then
//! each keystroke is timed on its own (the median of 15 calls, after one call that warms the
//! caches) and the bench prints the median, 90th percentile and maximum over keystrokes, and
//! the slowest ones: the figures of BENCHMARKS.md ("suggest"). Then the same for the first
//! keystroke and the first two of every stored name, in every script (the median of 5 calls
//! each), with the search box's limit and with a long list's (30).
//!
//! Run `cargo bench --bench suggest`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};

/// The limit the demo page asks for.
const LIMIT: usize = 8;

/// Names as people type them, by script; the single letters are the slowest first
/// keystrokes of the implementation these figures replaced.
const NAMES: &[(&str, &[&str])] = &[
    (
        "Latin",
        &[
            "Jakarta",
            "Paris",
            "Zürich",
            "Buenos Aires",
            "São Paulo",
            "Johannesburg",
            "Kyiv",
            "Mexico City",
        ],
    ),
    ("Cyrillic", &["Москва", "Київ", "Новосибирск", "Беларусь"]),
    ("Arabic", &["القاهرة", "الرياض", "الإسكندرية", "ایران"]),
    ("Han", &["北京", "上海", "香港", "北海道", "臺灣"]),
    ("Kana", &["モスクワ", "パリ", "ロンドン", "ニューヨーク"]),
    ("Hangul", &["서울", "부산광역시", "대한민국", "평양"]),
    ("Devanagari", &["दिल्ली", "मुंबई", "भारत", "नेपाल"]),
    ("Greek", &["Αθήνα", "Θεσσαλονίκη", "Ελλάδα"]),
    ("Hebrew", &["ירושלים", "תל אביב"]),
    ("Thai", &["กรุงเทพมหานคร", "ไทย"]),
    ("Georgian", &["თბილისი"]),
];

/// Every keystroke of every name: the prefixes ending at each character.
fn keystrokes() -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    for &(script, names) in NAMES {
        for name in names {
            for (at, c) in name.char_indices() {
                out.push((script, &name[..at + c.len_utf8()]));
            }
        }
    }
    out
}

fn typing(c: &mut Criterion) {
    let strokes = keystrokes();
    // Tables and anything built on first use, before any timing.
    for &(_, prefix) in &strokes {
        black_box(toponym::suggest(prefix, LIMIT));
    }
    c.bench_function("suggest/type-every-name", |b| {
        b.iter(|| {
            for &(_, prefix) in &strokes {
                black_box(toponym::suggest(black_box(prefix), LIMIT));
            }
        })
    });
    report("typing the names", &strokes, LIMIT, 15);
    let starts = first_keystrokes();
    for limit in [LIMIT, 30] {
        report("first one and two letters of every name", &starts, limit, 5);
    }
}

/// The first character and the first two of every stored name, folded, each once.
fn first_keystrokes() -> Vec<(&'static str, &'static str)> {
    let mut prefixes = std::collections::BTreeSet::new();
    for place in toponym::places() {
        for name in place.names() {
            let key = toponym::fold(name.text());
            for (n, (at, c)) in key.char_indices().enumerate().take(2) {
                if n == 0 || !c.is_whitespace() {
                    prefixes.insert(key[..at + c.len_utf8()].to_string());
                }
            }
        }
    }
    // Leaked once: the prefixes live as long as the bench.
    prefixes
        .into_iter()
        .map(|p| ("any", &*Box::leak(p.into_boxed_str())))
        .collect()
}

/// Times each keystroke on its own (the median of `runs` calls) and prints the distribution
/// over keystrokes.
fn report(what: &str, strokes: &[(&'static str, &'static str)], limit: usize, runs: usize) {
    let mut times: Vec<(Duration, &str, &str)> = strokes
        .iter()
        .map(|&(script, prefix)| {
            black_box(toponym::suggest(prefix, limit));
            let mut runs: Vec<Duration> = (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    black_box(toponym::suggest(black_box(prefix), limit));
                    start.elapsed()
                })
                .collect();
            runs.sort();
            (runs[runs.len() / 2], script, prefix)
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].0;
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "suggest per keystroke, {what} ({} keystrokes, limit {limit}): median {:.1} µs, p90 {:.1} µs, max {:.1} µs",
        times.len(),
        us(at(0.5)),
        us(at(0.9)),
        us(at(1.0)),
    );
    println!("slowest keystrokes:");
    for &(d, script, prefix) in times.iter().rev().take(8) {
        println!("  {:8.1} µs  {script:10} {prefix}", us(d));
    }
}

criterion_group!(benches, typing);
criterion_main!(benches);
