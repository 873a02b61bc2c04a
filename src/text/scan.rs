//! Scanning folded text: where keys may start, the longest key at a position, and words.

use std::sync::OnceLock;

use fst::raw::{Fst, Node, Output};

use super::inflection;
use crate::key_transducer::keys_fst;
use crate::tables;
pub(super) use toponym_shared::fold::is_unspaced;
use toponym_shared::layout::first_word;

/// The characters that start a key, and the transducer's root, taken from the transducer
/// once, on first use.
pub(super) struct KeyStarts {
    pub(super) fst: &'static Fst<&'static [u8]>,
    pub(super) root: Node<'static>,
    /// A bit for each character of the Basic Multilingual Plane that starts a key.
    bmp: Box<[u64]>,
    /// For each word of `bmp`, the bits set in the words before it: the index in `after`
    /// of a character's state.
    ranks: Box<[u32]>,
    /// For each character of `bmp`, in order, the transducer's state after it: its node's
    /// address and the output so far. The walk for a key starts there, not at the root:
    /// the root and the nodes just below it have the most transitions and are the slowest
    /// to step through, and a character of Japanese or Russian is two or three of them.
    after: Box<[(usize, u64)]>,
}

/// Where the walk for a key starting with a character begins.
pub(super) enum Start {
    /// No key starts with the character.
    None,
    /// At the root (a character beyond the BMP, which is not recorded).
    Root,
    /// Past the character: its node and the output so far.
    After(Node<'static>, Output),
}

impl KeyStarts {
    /// Where the walk for a key that starts with `c` begins.
    pub(super) fn start(&self, c: char) -> Start {
        let c = c as usize;
        let Some(&word) = self.bmp.get(c / 64) else {
            return Start::Root;
        };
        let bit = 1u64 << (c % 64);
        if word & bit == 0 {
            return Start::None;
        }
        let rank = self.ranks[c / 64] + (word & (bit - 1)).count_ones();
        let (addr, out) = self.after[rank as usize];
        Start::After(self.fst.node(addr), Output::new(out))
    }
}

/// Reads the first character of every key off the transducer, with the state after it: a
/// walk of one to three bytes from its root (in the default tier, 510 nodes and 2,994
/// characters, with 48 KB of states: under a millisecond once).
pub(super) fn key_starts() -> &'static KeyStarts {
    static STARTS: OnceLock<KeyStarts> = OnceLock::new();
    STARTS.get_or_init(|| {
        let fst = keys_fst();
        let root = fst.root();
        let mut bmp = vec![0u64; 0x10000 / 64].into_boxed_slice();
        let mut after = Vec::new();
        // (node, bytes of the character so far, output so far)
        let mut stack = vec![(root, Vec::new(), Output::zero())];
        while let Some((node, prefix, out)) = stack.pop() {
            for t in node.transitions() {
                let mut bytes = prefix.clone();
                bytes.push(t.inp);
                let out = out.cat(t.out);
                match std::str::from_utf8(&bytes) {
                    Ok(s) => {
                        let c = s.chars().next().map_or(0, |c| c as usize);
                        if let Some(word) = bmp.get_mut(c / 64) {
                            *word |= 1 << (c % 64);
                            after.push((c, t.addr, out.value()));
                        }
                    }
                    // Four-byte characters need no bit (`start` walks them from the root).
                    Err(e) if e.error_len().is_none() && bytes[0] < 0xF0 => {
                        stack.push((fst.node(t.addr), bytes, out));
                    }
                    Err(_) => {}
                }
            }
        }
        after.sort_unstable();
        let mut ranks = Vec::with_capacity(bmp.len());
        let mut total = 0;
        for word in &bmp {
            ranks.push(total);
            total += word.count_ones();
        }
        KeyStarts {
            fst,
            root,
            bmp,
            ranks: ranks.into(),
            after: after
                .into_iter()
                .map(|(_, addr, out)| (addr, out))
                .collect(),
        }
    })
}

/// The end and slot of the longest key that starts at `i` in the folded text, with the
/// character `c`, and ends at a word boundary.
pub(super) fn longest_key(keys: &KeyStarts, f: &str, i: usize, c: char) -> Option<(usize, u32)> {
    // In a script written with spaces, a key that starts at a word begins with that whole
    // word, which is looked up at once rather than walked a byte at a time.
    // `c` is a letter or digit (the scan starts keys at no other character).
    if !is_unspaced(c)
        && tables::has_first_words()
        && let Some(end) = word_end(f, i)
    {
        return longest_after_word(keys, f, i, end);
    }
    longest_walked(keys, f, i, c)
}

/// The end of the word at `i` in the folded text (letters and digits of scripts written with
/// spaces), so that any key that starts at `i` begins with that whole word: a key ends at a
/// word boundary, and goes on past the word only with the same space, hyphen or other
/// character as the text. None for a word longer than the table's words.
fn word_end(f: &str, i: usize) -> Option<usize> {
    let bytes = f.as_bytes();
    let mut end = i + bytes[i..]
        .iter()
        .take(first_word::MAX_LEN + 1)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if bytes.get(end).is_some_and(|b| !b.is_ascii()) {
        for c in f[end..].chars() {
            if !in_spaced_word(c) || end - i > first_word::MAX_LEN {
                break;
            }
            end += c.len_utf8();
        }
    }
    (end > i && end - i <= first_word::MAX_LEN).then_some(end)
}

/// [`longest_key`] at the word `i..end`: looked up whole, then walked on from there.
fn longest_after_word(keys: &KeyStarts, f: &str, i: usize, end: usize) -> Option<(usize, u32)> {
    let (addr, out) = tables::after_first_word(&f.as_bytes()[i..end])?;
    let (node, out) = (keys.fst.node(addr), Output::new(out));
    // No letter or digit of a script written with spaces follows: the word ends at a word
    // boundary.
    let best = node
        .is_final()
        .then(|| (end, out.cat(node.final_output()).value()));
    longest_from(keys.fst, node, out, f, end, best).map(|(end, slot)| (end, slot as u32))
}

/// [`longest_key`] walked through the transducer a byte at a time, from the state after `c`.
fn longest_walked(keys: &KeyStarts, f: &str, i: usize, c: char) -> Option<(usize, u32)> {
    let (node, out, from) = match keys.start(c) {
        Start::None => return None,
        Start::Root => (keys.root, Output::zero(), i),
        Start::After(node, out) => (node, out, i + c.len_utf8()),
    };
    let mut best = None;
    if from > i && node.is_final() && ends_word(f, from) {
        best = Some((from, out.cat(node.final_output()).value()));
    }
    longest_from(keys.fst, node, out, f, from, best).map(|(end, slot)| (end, slot as u32))
}

/// The end and value of the longest key of `fst` that starts at `i` in the folded text and
/// ends at a word boundary: [`longest_key`] for a transducer walked from its root.
pub(super) fn longest_in(fst: &Fst<Vec<u8>>, f: &str, i: usize) -> Option<(usize, u64)> {
    longest_from(fst, fst.root(), Output::zero(), f, i, None)
}

/// The walk of [`longest_key`] and [`longest_in`]: from `node` (reached with `out`) at byte
/// `from` of the folded text, the end and value of the longest key that ends at a word
/// boundary, or `best` if none is longer. Inlined into each caller: a call per walk costs
/// Russian and Japanese a tenth of their speed.
#[inline(always)]
fn longest_from<'f, D: AsRef<[u8]>>(
    fst: &'f Fst<D>,
    mut node: Node<'f>,
    mut out: Output,
    f: &str,
    from: usize,
    mut best: Option<(usize, u64)>,
) -> Option<(usize, u64)> {
    for (k, &b) in f.as_bytes().iter().enumerate().skip(from) {
        let Some(t) = node.find_input(b) else { break };
        let transition = node.transition(t);
        out = out.cat(transition.out);
        node = fst.node(transition.addr);
        let end = k + 1;
        if node.is_final() && f.is_char_boundary(end) && ends_word(f, end) {
            best = Some((end, out.cat(node.final_output()).value()));
        }
    }
    best
}

fn ends_word(f: &str, end: usize) -> bool {
    let (Some(last), next) = (f[..end].chars().next_back(), f[end..].chars().next()) else {
        return false;
    };
    match next {
        None => true,
        Some(n) => !is_word_char(n) || is_unspaced(last) || is_unspaced(n),
    }
}

/// Whether a name may start with the character `c` at byte `i` of the folded text: anywhere
/// in a script written without spaces, else only at the start of a word.
pub(super) fn starts_word(f: &str, i: usize, c: char) -> bool {
    is_unspaced(c)
        || f[..i]
            .chars()
            .next_back()
            .is_none_or(|p| !is_word_char(p) || is_unspaced(p))
}

/// Where the word that ends just before byte `end` of `text` starts (`end` for none).
pub(super) fn word_start_before(text: &str, end: usize) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Past the word at `i` (or one character, in a script written without spaces).
pub(super) fn skip_word(f: &str, i: usize) -> usize {
    let bytes = f.as_bytes();
    let ascii_end = i + bytes[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if ascii_end > i && bytes.get(ascii_end).is_none_or(|b| b.is_ascii()) {
        return ascii_end;
    }
    let c = char_at(f, i);
    if is_unspaced(c) {
        return i + c.len_utf8();
    }
    let rest = &f[i..];
    i + rest
        .find(|ch: char| !is_word_char(ch) || is_unspaced(ch))
        .unwrap_or(rest.len())
}

pub(super) fn char_at(f: &str, i: usize) -> char {
    f[i..].chars().next().unwrap_or(' ')
}

pub(super) fn is_word_char(c: char) -> bool {
    // Spares the look-up in Unicode's tables for ASCII, for kana, kanji and Hangul, and for
    // Cyrillic letters (a third of the time to tag Russian went to that look-up).
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        toponym_shared::fold::folds_to_itself(c)
            || inflection::is_cyrillic(c)
            || c.is_alphanumeric()
    }
}

/// `char::is_alphabetic`, without the look-up in Unicode's tables for ASCII and Cyrillic.
pub(super) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        inflection::is_cyrillic(c) || c.is_alphabetic()
    }
}

/// `char::is_uppercase`, without the look-up in Unicode's tables for basic Cyrillic (every
/// capitalised Russian word asks).
pub(super) fn is_upper(c: char) -> bool {
    match c {
        'А'..='Я' | 'Ѐ'..='Џ' => true,
        'а'..='џ' => false,
        _ => c.is_uppercase(),
    }
}

/// `toponym_shared::fold::in_spaced_word`, with the fast paths of [`is_word_char`] (a test
/// checks that they agree): a key can start at such a word only if its first word is the
/// whole word (see `tables::after_first_word`).
fn in_spaced_word(c: char) -> bool {
    is_word_char(c) && !is_unspaced(c)
}

#[cfg(test)]
mod tests {
    use fst::raw::{Node, Output};

    use super::Start;

    /// The state kept for each character that starts a key is the one a walk from the root
    /// reaches, and a character without one starts no key.
    #[test]
    fn the_state_after_each_first_character_is_the_walk_from_the_root() {
        let keys = super::key_starts();
        let mut checked = 0;
        for c in (0..0x10000).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let walked = c.encode_utf8(&mut buf).bytes().try_fold(
                (keys.root, Output::zero()),
                |(node, out), b| {
                    let t = node.transition(node.find_input(b)?);
                    Some((keys.fst.node(t.addr), out.cat(t.out)))
                },
            );
            match (keys.start(c), walked) {
                (Start::None, None) => {}
                (Start::After(node, out), Some((walked, walked_out))) => {
                    assert_eq!(node.addr(), walked.addr(), "{c:?}");
                    assert_eq!(out, walked_out, "{c:?}");
                    checked += 1;
                }
                _ => panic!("{c:?}"),
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    /// The walk from the root over a word, if a key is the word or goes on from it with a
    /// character that is no letter or digit of a script written with spaces: what the table
    /// of first words holds.
    fn walked_word(word: &str) -> Option<(usize, u64)> {
        let keys = super::key_starts();
        let step = |(node, out): (Node<'static>, Output), b: u8| {
            let t = node.transition(node.find_input(b)?);
            Some((keys.fst.node(t.addr), out.cat(t.out)))
        };
        let (node, out) = word.bytes().try_fold((keys.root, Output::zero()), step)?;
        ends_word(node).then_some((node.addr(), out.value()))
    }

    /// Whether a key ends at `node` or goes on from it with a character that is no letter or
    /// digit of a script written with spaces: each character it goes on with is read off the
    /// transitions, a byte at a time.
    fn ends_word(node: Node<'static>) -> bool {
        let fst = super::key_starts().fst;
        let mut stack = vec![(node, Vec::new())];
        while let Some((node, bytes)) = stack.pop() {
            for t in node.transitions() {
                let mut longer = bytes.clone();
                longer.push(t.inp);
                match std::str::from_utf8(&longer) {
                    Ok(s) if !s.starts_with(super::in_spaced_word) => return true,
                    Ok(_) => {}
                    Err(e) if e.error_len().is_none() => stack.push((fst.node(t.addr), longer)),
                    Err(_) => {}
                }
            }
        }
        node.is_final()
    }

    /// Each key's first word (in every script written with spaces), each of its prefixes and
    /// a few longer words are found in the table of first words exactly when the walk from
    /// the root finds them, at the same state (every third key).
    #[test]
    fn the_table_of_first_words_agrees_with_the_walk() {
        let (mut found, mut checked) = (0, 0);
        for slot in (0..crate::tables::KEY_SLOTS).step_by(3) {
            let key = crate::tables::slot(slot).0;
            let len: usize = key
                .chars()
                .take_while(|&c| super::in_spaced_word(c))
                .map(char::len_utf8)
                .sum();
            let word = &key[..len];
            let mut tries: Vec<String> = word
                .char_indices()
                .map(|(n, c)| word[..n + c.len_utf8()].to_string())
                .collect();
            tries.extend(["q", "0", "zz", "я"].map(|more| format!("{word}{more}")));
            for t in tries {
                let table = crate::tables::after_first_word(t.as_bytes());
                if crate::tables::has_first_words() {
                    assert_eq!(table, walked_word(&t), "{t:?}");
                } else {
                    assert_eq!(table, None);
                }
                found += usize::from(table.is_some());
                checked += 1;
            }
        }
        assert!(checked > 100_000, "{checked}");
        if crate::tables::has_first_words() {
            assert!(found > 10_000, "{found}");
        }
    }

    /// At every word of a script written with spaces, the key found by looking the word up
    /// whole is the key found by walking the transducer a byte at a time: over the labelled
    /// corpus (English, Japanese, Russian, Ukrainian) and over texts made of keys of every
    /// script, cut short, run together and joined by spaces, hyphens and full stops.
    #[test]
    fn a_word_looked_up_whole_finds_the_key_the_walk_finds() {
        let keys = super::key_starts();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        let all: Vec<&str> = (0..crate::tables::KEY_SLOTS)
            .map(|slot| crate::tables::slot(slot).0)
            .filter(|k| !k.is_empty())
            .collect();
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..100 {
                let key = all[next(all.len())];
                let chars = key.chars().count();
                let cut = chars - next(3).min(chars - 1);
                text.extend(key.chars().take(cut));
                text.push_str([" ", "-", ". ", "", "s ", " "][next(6)]);
            }
            texts.push(text);
        }
        let mut compared = 0;
        for text in &texts {
            let f = toponym_shared::fold::fold_text(text).text;
            for (i, c) in f.char_indices() {
                if !super::starts_word(&f, i, c) || !super::in_spaced_word(c) {
                    continue;
                }
                if let Some(end) = super::word_end(&f, i) {
                    let walked = super::longest_walked(keys, &f, i, c);
                    if crate::tables::has_first_words() {
                        assert_eq!(
                            super::longest_after_word(keys, &f, i, end),
                            walked,
                            "{:?}",
                            &f[i..]
                        );
                    }
                    compared += usize::from(walked.is_some());
                }
            }
        }
        assert!(compared > 10_000, "{compared}");
    }

    /// The fast paths of `is_word_char`, `is_letter`, `is_upper` and `in_spaced_word` agree
    /// with Unicode's tables.
    #[test]
    fn word_characters_and_letters() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(super::is_word_char(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(
                super::in_spaced_word(c),
                toponym_shared::fold::in_spaced_word(c),
                "{c:?}"
            );
        }
    }
}
