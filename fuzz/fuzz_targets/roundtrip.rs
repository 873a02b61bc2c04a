//! Round trip: every stored name, written in any way that folding makes equal (case, width,
//! decomposed accents, invisible characters, separators), resolves to its own place and is
//! suggested for it. The input chooses the place, the name and the way it is written (see
//! `checks::roundtrip`, in tests/it/checks.rs, shared with the tests).

#![no_main]

// The checks are a module of the integration tests, which call every one of them; a target
// calls one or two.
#[path = "../../tests/it/checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::roundtrip(data));
