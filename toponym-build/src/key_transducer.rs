//! The folded keys as a finite-state transducer (key -> slot of the key table), for
//! longest-match scanning of running text and for prefix completion. Built here so that
//! using it costs no start-up time.

use std::fmt::Write as _;
use std::path::Path;

/// Writes `keys.fst` to `out`, and returns the declaration that includes it in the
/// generated tables.
///
/// `keys` are sorted; `slot_keys[slot]` is the key in each slot of the perfect hash table.
pub fn write(
    keys: &[String],
    slot_keys: &[usize],
    out: &Path,
) -> Result<String, Box<dyn std::error::Error>> {
    let mut slot_of = vec![0u32; keys.len()];
    for (slot, &k) in slot_keys.iter().enumerate() {
        slot_of[k] = slot as u32;
    }
    let mut builder = fst::MapBuilder::memory();
    for (k, key) in keys.iter().enumerate() {
        builder.insert(key, u64::from(slot_of[k]))?;
    }
    let fst_bytes = builder.into_inner()?;
    std::fs::write(out.join("keys.fst"), &fst_bytes)?;
    let mut rs = String::new();
    writeln!(rs, "// The key transducer: {} bytes.", fst_bytes.len())?;
    writeln!(
        rs,
        "pub(crate) static KEYS_FST: Option<&[u8]> = Some(include_bytes!(concat!(env!(\"OUT_DIR\"), \"/keys.fst\")));"
    )?;
    Ok(rs)
}
