//! A reader for gettext `.mo` catalogues (the format of libgeonames' translations).

use std::collections::BTreeMap;

/// Reads a `.mo` file into `msgid -> msgstr`, skipping the header entry (empty msgid).
/// Plural forms (NUL-separated) keep their first form.
pub fn parse(bytes: &[u8]) -> Result<BTreeMap<String, String>, String> {
    let word = |at: usize, big: bool| -> Result<u32, String> {
        let b: [u8; 4] = bytes
            .get(at..at + 4)
            .and_then(|s| s.try_into().ok())
            .ok_or("truncated catalogue")?;
        Ok(if big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        })
    };
    let big = match word(0, false)? {
        0x9504_12de => false,
        0xde12_0495 => true,
        _ => return Err("not a gettext catalogue".into()),
    };
    let count = word(8, big)? as usize;
    let originals = word(12, big)? as usize;
    let translations = word(16, big)? as usize;
    let string = |table: usize, i: usize| -> Result<String, String> {
        let len = word(table + 8 * i, big)? as usize;
        let at = word(table + 8 * i + 4, big)? as usize;
        let raw = bytes.get(at..at + len).ok_or("string out of bounds")?;
        let first = raw.split(|&b| b == 0).next().unwrap_or_default();
        String::from_utf8(first.to_vec()).map_err(|e| format!("not UTF-8: {e}"))
    };
    let mut out = BTreeMap::new();
    for i in 0..count {
        let id = string(originals, i)?;
        if id.is_empty() {
            continue;
        }
        out.insert(id, string(translations, i)?);
    }
    Ok(out)
}
