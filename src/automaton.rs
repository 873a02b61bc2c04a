//! The key transducer: every folded key to its slot in the key table, in key order. Used
//! for longest-match scanning of text and for prefix search.
//!
//! The build script embeds it. The `web` cut, which ships in a module that browsers
//! download, leaves it out (it is a quarter of that module gzipped) and builds it from the
//! key table on first use instead; README "Data tiers" gives the cost.

use crate::tables;

/// The transducer's bytes.
#[cfg(not(feature = "web"))]
pub(crate) fn keys_fst_bytes() -> &'static [u8] {
    tables::KEYS_FST
}

/// The transducer's bytes, built on first use.
#[cfg(feature = "web")]
pub(crate) fn keys_fst_bytes() -> &'static [u8] {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(build)
}

/// Builds the transducer from the key table, as the build script does from the data.
#[cfg_attr(not(any(feature = "web", test)), allow(dead_code))]
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
    /// What the `web` cut builds at run time is what the build script embeds in other builds.
    #[cfg(not(feature = "web"))]
    #[test]
    fn building_at_run_time_gives_the_embedded_transducer() {
        assert!(super::build() == crate::tables::KEYS_FST);
    }
}
