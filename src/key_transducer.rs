//! The key transducer: every folded key to its slot in the key table, in key order. Used
//! for longest-match scanning of text and for prefix search.
//!
//! The build script embeds it, unless the build was asked to leave it out
//! (`TOPONYM_KEY_TRANSDUCER=on-first-use`, as the npm package is built: it is a quarter of
//! that module gzipped); then it is built from the key table on first use. README "Data
//! tiers" gives the cost.

use std::sync::OnceLock;

use fst::raw::Fst;

use crate::tables;

/// The transducer, embedded or built on first use.
pub(crate) fn keys_fst() -> &'static Fst<&'static [u8]> {
    static FST: OnceLock<Fst<&'static [u8]>> = OnceLock::new();
    FST.get_or_init(|| Fst::new(bytes()).expect("a valid transducer"))
}

/// The transducer's bytes.
fn bytes() -> &'static [u8] {
    static BUILT: OnceLock<Vec<u8>> = OnceLock::new();
    match tables::KEYS_FST {
        Some(embedded) => embedded,
        None => BUILT.get_or_init(build),
    }
}

/// Builds the transducer from the key table, as the build script does from the data.
fn build() -> Vec<u8> {
    let mut keys: Vec<(&'static str, u32)> = (0..tables::KEY_SLOTS)
        .map(|slot| (tables::slot(slot).0, slot))
        .filter(|(key, _)| !key.is_empty())
        .collect();
    keys.sort_unstable();
    let mut builder = fst::MapBuilder::memory();
    for (key, slot) in keys {
        builder
            .insert(key, u64::from(slot))
            .expect("the key table holds each key once");
    }
    builder.into_inner().expect("writing to memory cannot fail")
}

#[cfg(test)]
mod tests {
    /// What is built on first use is what the build script embeds, byte for byte. When the
    /// build left the transducer out, there is nothing to compare with, and the test says so
    /// by failing: run it on a build that embeds it (the default).
    #[test]
    fn building_at_run_time_gives_the_embedded_transducer() {
        let embedded = crate::tables::KEYS_FST
            .expect("this build embeds no key transducer (TOPONYM_KEY_TRANSDUCER=on-first-use)");
        assert!(super::build() == embedded);
    }
}
