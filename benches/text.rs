//! Tagging throughput and suggestion latency, each against a straightforward alternative
//! in the same run:
//! - `find_in_text` (transducer built at compile time) against an Aho-Corasick automaton
//!   (leftmost-longest) over every folded name, scanning the text folded beforehand: the speed
//!   of a plain multi-pattern scan, with no folding, no word boundaries and no evidence;
//! - `find_in_text` against every word n-gram (English, Russian) or every substring of up to 8
//!   characters (Japanese) looked up in a `HashMap` of all folded names built at start-up;
//! - `suggest` against a scan of every key with `starts_with`, ranked by importance.
//!
//! Run `cargo bench --bench text`; `python3 benches/text_report.py` runs the tagging groups
//! several times and prints the medians and ranges of the throughputs and ratios.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use toponym::Place;

/// The corpus paragraphs of one language, without markup, repeated to about 1 MB.
fn news(lang: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut one = String::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files
        .iter()
        .filter(|f| f.file_name().unwrap().to_string_lossy().starts_with(lang))
    {
        let marked = std::fs::read_to_string(f).unwrap();
        // "[surface](id)" -> "surface"
        let mut plain = String::new();
        let mut rest = marked.as_str();
        while let (Some(open), Some(mid)) = (rest.find('['), rest.find("](")) {
            let close = mid + rest[mid..].find(')').unwrap();
            plain.push_str(&rest[..open]);
            plain.push_str(&rest[open + 1..mid]);
            rest = &rest[close + 1..];
        }
        plain.push_str(rest);
        one.push_str(&plain);
        one.push('\n');
    }
    assert!(!one.is_empty(), "no corpus for {lang}");
    one.repeat(1_000_000 / one.len() + 1)
}

type Index = HashMap<String, Vec<Place>>;

fn build_index() -> Index {
    let mut map: Index = HashMap::new();
    for place in toponym::places() {
        for name in place.names() {
            map.entry(toponym::fold(name.text()))
                .or_default()
                .push(place);
        }
    }
    map
}

/// The reference scanner: an Aho-Corasick automaton over every key of the index (the folded
/// names, as the tagger's tables hold them), longest match first. Prints its build time and
/// memory, which criterion does not measure.
fn build_reference(index: &Index) -> AhoCorasick {
    let keys: Vec<&str> = index.keys().map(String::as_str).collect();
    let started = Instant::now();
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&keys)
        .unwrap();
    let took = started.elapsed();
    let summary = format!(
        "aho-corasick: {} keys, built in {:.0} ms, {:.1} MiB ({:?})",
        keys.len(),
        took.as_secs_f64() * 1e3,
        automaton.memory_usage() as f64 / (1 << 20) as f64,
        automaton.kind(),
    );
    println!("{summary}");
    // Beside criterion's own results, where benches/text_report.py reads it.
    let dir = std::path::Path::new(
        &std::env::var_os("CARGO_TARGET_DIR").unwrap_or_else(|| "target".into()),
    )
    .join("criterion");
    std::fs::create_dir_all(&dir).ok();
    std::fs::write(dir.join("aho-corasick.txt"), summary + "\n").ok();
    automaton
}

/// The alternative tagger for space-separated text: at each word, the longest n-gram of
/// up to 6 words that is a key.
fn ngram_tag(index: &Index, text: &str) -> usize {
    let words: Vec<String> = text.split_whitespace().map(toponym::fold).collect();
    let (mut i, mut found) = (0, 0);
    while i < words.len() {
        let mut best = 0;
        let mut key = String::new();
        for n in 1..=6.min(words.len() - i) {
            if n > 1 {
                key.push(' ');
            }
            key.push_str(&words[i + n - 1]);
            if index.contains_key(&key) {
                best = n;
            }
        }
        found += usize::from(best > 0);
        i += best.max(1);
    }
    found
}

/// The alternative tagger for Japanese: at each character, the longest substring of up to
/// 8 characters that is a key.
fn substring_tag(index: &Index, text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let (mut i, mut found) = (0, 0);
    let mut key = String::new();
    while i < chars.len() {
        let mut best = 0;
        for n in (1..=8.min(chars.len() - i)).rev() {
            key.clear();
            key.extend(&chars[i..i + n]);
            if index.contains_key(&toponym::fold(&key)) {
                best = n;
                break;
            }
        }
        found += usize::from(best > 0);
        i += best.max(1);
    }
    found
}

/// Every prefix of each name, as typed one character at a time.
fn keystrokes() -> Vec<String> {
    let names = [
        "Kyiv",
        "Iturup",
        "Buenos Aires",
        "Москва",
        "東京",
        "Northern Territories",
        "Sakh",
        "Ho Chi Minh",
    ];
    let mut out = Vec::new();
    for name in names {
        let chars: Vec<char> = name.chars().collect();
        for n in 1..=chars.len() {
            out.push(chars[..n].iter().collect());
        }
    }
    out
}

fn scan_suggest(keys: &[(String, Place)], prefix: &str, limit: usize) -> Vec<Place> {
    let p = toponym::fold(prefix);
    let mut hits: Vec<&(String, Place)> = keys.iter().filter(|(k, _)| k.starts_with(&p)).collect();
    hits.sort_by_key(|(_, place)| std::cmp::Reverse(place.importance()));
    let mut out: Vec<Place> = Vec::new();
    for (_, place) in hits {
        if !out.contains(place) {
            out.push(*place);
            if out.len() == limit {
                break;
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let index = build_index();
    let reference = build_reference(&index);
    for (lang, alternative) in [
        ("en", ngram_tag as fn(&Index, &str) -> usize),
        ("ja", substring_tag),
        ("ru", ngram_tag),
    ] {
        let text = news(lang);
        let mut group = c.benchmark_group(format!("tag-{lang}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.bench_function("toponym", |b| {
            b.iter(|| toponym::find_in_text(black_box(&text)).len())
        });
        // The text folded beforehand, as one key (`fold` of the whole text): the reference
        // scans it and is not charged for the folding.
        let folded = toponym::fold(&text);
        group.bench_function("aho-corasick", |b| {
            b.iter(|| reference.find_iter(black_box(&folded)).count())
        });
        group.bench_function("hashmap", |b| {
            b.iter(|| alternative(&index, black_box(&text)))
        });
        group.finish();
    }

    let keys: Vec<(String, Place)> = index
        .iter()
        .flat_map(|(k, places)| places.iter().map(move |p| (k.clone(), *p)))
        .collect();
    let strokes = keystrokes();
    let mut group = c.benchmark_group(format!("suggest-{}", strokes.len()));
    group.bench_function("toponym", |b| {
        b.iter(|| {
            strokes
                .iter()
                .map(|p| toponym::suggest(black_box(p), 10).len())
                .sum::<usize>()
        })
    });
    group.sample_size(10);
    group.bench_function("hashmap", |b| {
        b.iter(|| {
            strokes
                .iter()
                .map(|p| scan_suggest(&keys, black_box(p), 10).len())
                .sum::<usize>()
        })
    });
    group.finish();
    let mut group = c.benchmark_group("suggest-typo");
    group.bench_function("toponym", |b| {
        b.iter(|| toponym::suggest(black_box("Buenos Airse"), 10).len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
