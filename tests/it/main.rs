//! The integration tests of the crate, in one binary: one link of the tables, not one per
//! file. The tests that need a process of their own are beside this folder
//! (`linear_time.rs` times threads; `data_cut.rs` runs on builds that cut the data too).

mod bad_input;
mod checks;
mod coverage;
mod data_quality;
mod data_validation;
mod find_in_text;
mod fuzz_regressions;
mod hostile_input;
#[cfg(feature = "serde")]
mod json;
mod lookup;
mod metadata;
mod names;
mod properties;
mod resolve;
mod roundtrip;
mod suggest;
mod years;
