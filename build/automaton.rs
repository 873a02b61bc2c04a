//! The folded keys as a finite-state transducer (key -> slot of the key table), for
//! longest-match scanning of running text and for prefix completion, plus the slots in
//! order of importance, for completing very short prefixes. Built here so that using them
//! costs no start-up time.

use std::cmp::Reverse;
use std::fmt::Write as _;
use std::path::Path;

/// Writes `keys.fst` and `keys_by_importance.bin` to `out`, and returns the declarations
/// that include them in the generated tables.
///
/// `keys` are sorted; `slot_keys[slot]` is the key in each slot of the perfect hash table;
/// `importance[k]` is the importance of key `k`'s most important place.
pub fn write(
    keys: &[String],
    slot_keys: &[usize],
    importance: &[u32],
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

    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_key(|&k| (Reverse(importance[k]), k));
    let by_importance: Vec<u8> = order
        .iter()
        .flat_map(|&k| slot_of[k].to_le_bytes())
        .collect();
    std::fs::write(out.join("keys_by_importance.bin"), by_importance)?;

    let mut rs = String::new();
    writeln!(rs, "// The key transducer: {} bytes.", fst_bytes.len())?;
    for (name, file) in [
        ("KEYS_FST", "keys.fst"),
        ("KEYS_BY_IMPORTANCE", "keys_by_importance.bin"),
    ] {
        writeln!(
            rs,
            "pub(crate) static {name}: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\"));"
        )?;
    }
    Ok(rs)
}
