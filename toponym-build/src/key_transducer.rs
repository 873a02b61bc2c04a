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
    rs.push_str(&write_first_words(&fst::raw::Fst::new(fst_bytes)?, out)?);
    Ok(rs)
}

/// Writes the table of the words that a key can begin with (see
/// `toponym_shared::layout::first_word`), and returns its declarations.
///
/// In a script written with spaces, a key can start at a word of the text only if the key's
/// first word is that whole word (a key ends at a word boundary, and a key that goes on past
/// its first word goes on with the text's space or hyphen), so the scan looks each word up
/// here once instead of stepping through the transducer byte by byte.
fn write_first_words(
    fst: &fst::raw::Fst<Vec<u8>>,
    out: &Path,
) -> Result<String, Box<dyn std::error::Error>> {
    use toponym_shared::layout::first_word;
    let words = first_words(fst);
    let state = phf_generator::ptrhash::generate_hash_with_hash_fn(&words, |(word, ..), seed| {
        toponym_shared::key_hash::key_hash(word, *seed)
    });
    let mut entries = Vec::with_capacity(words.len() * 8);
    for &w in &state.map {
        let (word, addr, value) = &words[w];
        let addr = u32::try_from(*addr)?;
        if *value > u64::from(first_word::VALUE_MASK) {
            return Err(format!("{} keys are too many for the table of first words", value).into());
        }
        let packed = *value as u32 | (word.len() as u32) << first_word::VALUE_BITS;
        entries.extend(addr.to_le_bytes());
        entries.extend(packed.to_le_bytes());
    }
    std::fs::write(out.join("first_words.bin"), &entries)?;
    std::fs::write(out.join("first_word_pilots.bin"), &state.pilots)?;
    let mut rs = String::new();
    writeln!(
        rs,
        "// The first words of keys: {} words, {} bytes.",
        words.len(),
        entries.len() + state.pilots.len() + 4 * state.remap.len()
    )?;
    rs.push_str("pub(crate) static FIRST_WORDS: Option<&[u8]> = Some(include_bytes!(concat!(env!(\"OUT_DIR\"), \"/first_words.bin\")));\n");
    rs.push_str("pub(crate) static FIRST_WORD_PILOTS: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/first_word_pilots.bin\"));\n");
    writeln!(
        rs,
        "pub(crate) static FIRST_WORD_REMAP: &[u32] = &{:?};",
        state.remap
    )?;
    writeln!(
        rs,
        "pub(crate) const FIRST_WORD_SEED: u64 = {};",
        state.seed
    )?;
    Ok(rs)
}

/// The declarations of [`write_first_words`] for a build without the table.
pub fn no_first_words() -> &'static str {
    "pub(crate) static FIRST_WORDS: Option<&[u8]> = None;\n\
     pub(crate) static FIRST_WORD_PILOTS: &[u8] = &[];\n\
     pub(crate) static FIRST_WORD_REMAP: &[u32] = &[];\n\
     pub(crate) const FIRST_WORD_SEED: u64 = 0;\n"
}

/// Every word that begins a key of `fst` (at most `first_word::MAX_LEN` bytes): a run of
/// letters and digits of scripts written with spaces that is the whole key or is followed in
/// it by another character, with the transducer's node after it and the output so far.
fn first_words(fst: &fst::raw::Fst<Vec<u8>>) -> Vec<(Vec<u8>, usize, u64)> {
    use fst::raw::Output;
    use toponym_shared::fold::in_spaced_word;
    use toponym_shared::layout::first_word::MAX_LEN;
    let mut words = Vec::new();
    let mut stack = vec![(fst.root(), Vec::new(), Output::zero())];
    while let Some((node, word, out)) = stack.pop() {
        let mut ends_word = node.is_final();
        for (c, bytes, next, next_out) in chars_after(fst, node, out) {
            if !in_spaced_word(c) {
                ends_word = true;
            } else if word.len() + bytes.len() <= MAX_LEN {
                stack.push((next, [word.as_slice(), &bytes].concat(), next_out));
            }
        }
        if ends_word && !word.is_empty() {
            words.push((word, node.addr(), out.value()));
        }
    }
    words
}

/// Each character that a key goes on with after `node` (reached with `out`): the character,
/// its bytes, and the node and output after it.
fn chars_after<'f>(
    fst: &'f fst::raw::Fst<Vec<u8>>,
    node: fst::raw::Node<'f>,
    out: fst::raw::Output,
) -> Vec<(char, Vec<u8>, fst::raw::Node<'f>, fst::raw::Output)> {
    let mut chars = Vec::new();
    let mut stack = vec![(node, Vec::new(), out)];
    while let Some((node, bytes, out)) = stack.pop() {
        for t in node.transitions() {
            let mut longer = bytes.clone();
            longer.push(t.inp);
            let (next, next_out) = (fst.node(t.addr), out.cat(t.out));
            match std::str::from_utf8(&longer) {
                Ok(s) => {
                    let c = s.chars().next().expect("a character");
                    chars.push((c, longer, next, next_out));
                }
                Err(e) if e.error_len().is_none() => stack.push((next, longer, next_out)),
                Err(_) => {}
            }
        }
    }
    chars
}
