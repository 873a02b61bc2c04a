//! suggest: the limit is respected, each place once, within two edits; never panics.
//! The first byte of the input is the limit, the rest the prefix. The properties are in
//! tests/it/checks.rs, shared with the tests.

#![no_main]

// The checks are a module of the integration tests, which call every one of them; a target
// calls one or two.
#[path = "../../tests/it/checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::suggest_bytes(data));
