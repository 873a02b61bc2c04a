//! resolve and the lookups by id and code: consistent, each place once; never panics.
//! The properties are in tests/support/checks.rs, shared with the tests.

#![no_main]

#[path = "../../tests/support/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        checks::resolve(s);
    }
});
