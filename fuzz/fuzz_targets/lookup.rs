//! lookup, names as people write them: spans inside the query, each place once, qualifiers
//! that contain their places, agreement with resolve; never panics. The properties are in
//! tests/it/checks.rs, shared with the tests.

#![no_main]

// The checks are a module of the integration tests, which call every one of them; a target
// calls one or two.
#[path = "../../tests/it/checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        checks::lookup(s);
    }
});
