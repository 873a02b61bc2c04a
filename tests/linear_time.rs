//! Work grows linearly with the input: for each hostile input, the time for an input four
//! times larger is compared with the time for the smaller one. Linear work gives a ratio of
//! about 4, quadratic work 16; the bound, 10, leaves room for caches, which serve a small
//! input better than a large one. Times are the processor time of the thread, which does
//! not count the time other processes had the processor (on a busy machine that grows with
//! the length of a run, and looked like worse than linear work); each is the best of several
//! runs, and the whole comparison is tried again before it fails.
//!
//! One test in this file: the tests of one binary run in parallel, and would disturb each
//! other's times.

use std::time::Duration;

/// Ratio above which the growth is taken for worse than linear.
const MAX_RATIO: f64 = 10.0;

fn best_of(runs: usize, f: &dyn Fn()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = thread_time();
            f();
            thread_time().saturating_sub(t)
        })
        .min()
        .unwrap_or_default()
}

/// The processor time this thread has used.
#[cfg(any(target_os = "linux", target_os = "macos"))]
fn thread_time() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec, which `t` is, and keeps no pointer to it.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// Elsewhere, wall-clock time since the first call.
#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn thread_time() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

/// Checks that `run` on `make(4 * n)` takes less than MAX_RATIO times as long as on `make(n)`.
fn assert_linear(what: &str, n: usize, make: &dyn Fn(usize) -> String, run: &dyn Fn(&str)) {
    let (small, large) = (make(n), make(4 * n));
    let mut ratios = Vec::new();
    for _attempt in 0..3 {
        let a = best_of(5, &|| run(&small));
        let b = best_of(3, &|| run(&large));
        let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-6);
        eprintln!("{what}: {a:?} -> {b:?} ({ratio:.1}x)");
        if ratio < MAX_RATIO {
            return;
        }
        ratios.push(format!("{a:?} -> {b:?} ({ratio:.1}x)"));
    }
    panic!(
        "{what}: {} then {} bytes: {}; linear work would be about 4x",
        small.len(),
        large.len(),
        ratios.join(", ")
    );
}

/// What is measured, the size `n`, the input of size `n`, and the function run on it.
type Case<'a> = (
    &'a str,
    usize,
    &'a dyn Fn(usize) -> String,
    &'a dyn Fn(&str),
);

#[test]
fn work_is_linear_in_the_input() {
    let find = |s: &str| {
        std::hint::black_box(toponym::find_in_text(s));
    };
    let fold = |s: &str| {
        std::hint::black_box(toponym::fold(s));
    };
    let resolve = |s: &str| {
        std::hint::black_box(toponym::resolve(s).count());
    };
    let suggest = |s: &str| {
        std::hint::black_box(toponym::suggest(s, 100));
    };
    let lookup = |s: &str| {
        std::hint::black_box(toponym::lookup(s).len());
    };
    let cases: &[Case] = &[
        ("a name repeated", 20_000, &|n| "Kyiv ".repeat(n), &find),
        // Names in a script without spaces, one after the other.
        ("東京 repeated", 20_000, &|n| "東京".repeat(n), &find),
        (
            "北方領土 repeated",
            10_000,
            &|n| "北方領土".repeat(n),
            &find,
        ),
        ("カ repeated", 40_000, &|n| "カ".repeat(n), &find),
        ("one long word", 100_000, &|n| "a".repeat(n), &find),
        (
            "a capitalised word repeated",
            20_000,
            &|n| "Aaaa ".repeat(n),
            &find,
        ),
        (
            "sentences",
            10_000,
            &|n| "He flew to Japan. ".repeat(n),
            &find,
        ),
        (
            "combining marks on one letter (text)",
            100_000,
            &|n| format!("K{}yiv", "\u{301}".repeat(n)),
            &find,
        ),
        (
            "combining marks on a Cyrillic letter (text)",
            100_000,
            &|n| format!("Ки{}ев", "\u{301}".repeat(n)),
            &find,
        ),
        (
            "quotes before a name",
            100_000,
            &|n| format!("{}Kyiv", "\"".repeat(n)),
            &find,
        ),
        (
            "combining marks on one letter",
            100_000,
            &|n| format!("K{}yiv", "\u{301}".repeat(n)),
            &fold,
        ),
        (
            "alternating combining classes",
            50_000,
            &|n| format!("a{}", "\u{301}\u{316}".repeat(n)),
            &fold,
        ),
        (
            "bidi controls",
            100_000,
            &|n| "\u{202E}K\u{200B}".repeat(n),
            &fold,
        ),
        ("every plane", 2_000, &every_plane, &fold),
        ("every plane (text)", 2_000, &every_plane, &find),
        ("a long query", 100_000, &|n| "Kyiv".repeat(n), &resolve),
        ("a long prefix", 100_000, &|n| "Kyiv".repeat(n), &suggest),
        // Longer than MAX_NAME_BYTES: nothing, in constant time; the bounded queries below.
        (
            "a long loose query",
            100_000,
            &|n| "Kyiv, ".repeat(n),
            &lookup,
        ),
        ("commas", 100, &|n| ",".repeat(n), &lookup),
        (
            "parentheses",
            60,
            &|n| format!("{}Kyiv{}", "(".repeat(n), ")".repeat(n)),
            &lookup,
        ),
        ("words", 40, &|n| "Aaaa ".repeat(n), &lookup),
    ];
    for (what, n, make, run) in cases {
        assert_linear(what, *n, make, run);
    }
}

/// `n` characters taken evenly from every plane of Unicode.
fn every_plane(n: usize) -> String {
    let step = (0x11_0000 / n.max(1)).max(1);
    (0..0x11_0000u32)
        .step_by(step)
        .filter_map(char::from_u32)
        .take(n)
        .collect()
}
