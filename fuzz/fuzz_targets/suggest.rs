//! suggest: the limit is respected, each place once, within two edits; never panics.
//! The first byte of the input is the limit, the rest the prefix. The properties are in
//! tests/support/checks.rs, shared with the tests.

#![no_main]

#[path = "../../tests/support/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::suggest_bytes(data));
