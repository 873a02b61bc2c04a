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
    rs.push_str(&write_ascii_words(&fst::raw::Fst::new(fst_bytes)?, out)?);
    Ok(rs)
}

/// Writes the table of the words that a key can begin with in text folded to ASCII (see
/// `toponym_shared::layout::ascii_word`), and returns its declarations.
///
/// A key can start at a word of the text only if the key's first word is that whole word
/// (a key ends at a word boundary, and a key that goes on past its first word goes on with
/// the text's space or hyphen), so the scan of English text looks each word up here once
/// instead of stepping through the transducer byte by byte.
fn write_ascii_words(
    fst: &fst::raw::Fst<Vec<u8>>,
    out: &Path,
) -> Result<String, Box<dyn std::error::Error>> {
    use toponym_shared::layout::ascii_word;
    let words = ascii_words(fst);
    let state = phf_generator::ptrhash::generate_hash_with_hash_fn(&words, |(word, ..), seed| {
        toponym_shared::key_hash::key_hash(word, *seed)
    });
    let mut entries = Vec::with_capacity(words.len() * 8);
    for &w in &state.map {
        let (word, addr, value) = &words[w];
        let addr = u32::try_from(*addr)?;
        if *value > u64::from(ascii_word::VALUE_MASK) {
            return Err(format!("{} keys are too many for the ASCII word table", value).into());
        }
        let packed = *value as u32 | (word.len() as u32) << ascii_word::VALUE_BITS;
        entries.extend(addr.to_le_bytes());
        entries.extend(packed.to_le_bytes());
    }
    std::fs::write(out.join("ascii_words.bin"), &entries)?;
    std::fs::write(out.join("ascii_word_pilots.bin"), &state.pilots)?;
    let mut rs = String::new();
    writeln!(
        rs,
        "// The first ASCII words of keys: {} words, {} bytes.",
        words.len(),
        entries.len() + state.pilots.len() + 4 * state.remap.len()
    )?;
    rs.push_str("pub(crate) static ASCII_WORDS: Option<&[u8]> = Some(include_bytes!(concat!(env!(\"OUT_DIR\"), \"/ascii_words.bin\")));\n");
    rs.push_str("pub(crate) static ASCII_WORD_PILOTS: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/ascii_word_pilots.bin\"));\n");
    writeln!(
        rs,
        "pub(crate) static ASCII_WORD_REMAP: &[u32] = &{:?};",
        state.remap
    )?;
    writeln!(
        rs,
        "pub(crate) const ASCII_WORD_SEED: u64 = {};",
        state.seed
    )?;
    Ok(rs)
}

/// The declarations of [`write_ascii_words`] for a build without the table.
pub fn no_ascii_words() -> &'static str {
    "pub(crate) static ASCII_WORDS: Option<&[u8]> = None;\n\
     pub(crate) static ASCII_WORD_PILOTS: &[u8] = &[];\n\
     pub(crate) static ASCII_WORD_REMAP: &[u32] = &[];\n\
     pub(crate) const ASCII_WORD_SEED: u64 = 0;\n"
}

/// Every word of ASCII letters and digits (at most `ascii_word::MAX_LEN` bytes) that begins a
/// key of `fst` and is the whole key or is followed in it by ASCII that is not a letter or
/// digit, with the transducer's node after it and the output so far.
fn ascii_words(fst: &fst::raw::Fst<Vec<u8>>) -> Vec<(Vec<u8>, usize, u64)> {
    use fst::raw::Output;
    let mut words = Vec::new();
    let mut stack = vec![(fst.root(), Vec::new(), Output::zero())];
    while let Some((node, word, out)) = stack.pop() {
        let mut ends_word = node.is_final();
        for t in node.transitions() {
            if !t.inp.is_ascii_alphanumeric() {
                ends_word |= t.inp.is_ascii();
            } else if word.len() < toponym_shared::layout::ascii_word::MAX_LEN {
                let mut longer = word.clone();
                longer.push(t.inp);
                stack.push((fst.node(t.addr), longer, out.cat(t.out)));
            }
        }
        if ends_word && !word.is_empty() {
            words.push((word, node.addr(), out.value()));
        }
    }
    words
}
