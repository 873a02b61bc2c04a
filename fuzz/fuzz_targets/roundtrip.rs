//! Round trip: every stored name, written in any way that folding makes equal (case, width,
//! decomposed accents, invisible characters, separators), resolves to its own place and is
//! suggested for it. The input chooses the place, the name and the way it is written (see
//! `checks::roundtrip`, in tests/support/checks.rs, shared with the tests).

#![no_main]

#[path = "../../tests/support/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::roundtrip(data));
