//! A reader for dBASE (`.dbf`) tables, the attribute part of a shapefile.

use std::collections::BTreeMap;

/// Reads every record as `column -> value` (trimmed; NUL padding removed).
pub fn parse(bytes: &[u8]) -> Result<Vec<BTreeMap<String, String>>, String> {
    let u16_at = |at: usize| -> Result<usize, String> {
        let b = bytes.get(at..at + 2).ok_or("truncated table")?;
        Ok(u16::from_le_bytes([b[0], b[1]]) as usize)
    };
    let records = {
        let b = bytes.get(4..8).ok_or("truncated table")?;
        u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
    };
    let header_len = u16_at(8)?;
    let record_len = u16_at(10)?;
    let mut fields = Vec::new();
    let mut at = 32;
    while bytes.get(at).is_some_and(|&b| b != 0x0d) {
        let d = bytes.get(at..at + 32).ok_or("truncated field list")?;
        let name = String::from_utf8_lossy(d[..11].split(|&b| b == 0).next().unwrap_or_default())
            .into_owned();
        fields.push((name, d[16] as usize));
        at += 32;
    }
    let mut out = Vec::with_capacity(records);
    for r in 0..records {
        let start = header_len + r * record_len;
        let record = bytes
            .get(start..start + record_len)
            .ok_or("truncated record")?;
        if record[0] == b'*' {
            continue; // deleted
        }
        let mut row = BTreeMap::new();
        let mut p = 1;
        for (name, len) in &fields {
            let raw = &record[p..p + len];
            let text = String::from_utf8(raw.to_vec()).map_err(|e| format!("{name}: {e}"))?;
            row.insert(name.clone(), text.trim_matches(['\0', ' ']).to_string());
            p += len;
        }
        out.push(row);
    }
    Ok(out)
}
