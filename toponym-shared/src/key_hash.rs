//! The hash of folded keys that places them in the compiled table of keys.
//!
//! The table is a minimal perfect hash (PtrHash, from `phf_generator` and `phf_shared`)
//! built by `toponym-build` with this function and probed by `toponym` with the same one.
//! PtrHash needs a 64-bit hash whose low half picks a bucket and whose high half, mixed
//! with the bucket's pilot, picks a slot; it does not need a keyed hash that resists
//! chosen inputs, since every key is known when the table is built and a query that is
//! not a key is rejected by comparing the stored text. So it can be a few multiplications
//! instead of SipHash's rounds, which took a third of an exact lookup: folded keys are
//! mostly short, one or two 8-byte words.

use crate::swar;

/// Constants of the mixing, odd and with bits spread evenly (wyhash's primes).
const P0: u64 = 0xa076_1d64_78bd_642f;
const P1: u64 = 0xe703_7ed1_a0b4_28db;
const P2: u64 = 0x8ebc_6af0_9c88_c6e3;

/// The 128-bit product of `a` and `b`, its halves folded together: every bit of the
/// result depends on most bits of both.
#[inline]
const fn mix(a: u64, b: u64) -> u64 {
    let r = (a as u128) * (b as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

/// The hash of `key` with `seed` (the seed that the build found a perfect hash for).
///
/// Each 8-byte word of the key (the last one padded with zeros) is mixed into the state,
/// which starts from the seed and the key's length, so that keys that differ only in
/// trailing zeros still differ; a last mix spreads the state over both halves.
///
/// ```
/// use toponym_shared::key_hash::key_hash;
/// assert_eq!(key_hash(b"kyiv", 7), key_hash(b"kyiv", 7));
/// assert_ne!(key_hash(b"kyiv", 7), key_hash(b"kiev", 7));
/// assert_ne!(key_hash(b"kyiv", 7), key_hash(b"kyiv", 8));
/// ```
#[inline]
pub fn key_hash(key: &[u8], seed: u64) -> u64 {
    let mut h = seed ^ mix(key.len() as u64 ^ P0, P1);
    let mut words = key.chunks_exact(8);
    for word in &mut words {
        let mut w = [0; 8];
        w.copy_from_slice(word);
        h = mix(h ^ P1, u64::from_le_bytes(w) ^ P2);
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        let mut w = [0; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = mix(h ^ P1, u64::from_le_bytes(w) ^ P2);
    }
    mix(h ^ P0, P2)
}

/// [`key_hash`] of `name` lower-cased, if `name` is ASCII letters and digits with single
/// spaces between words only ([`crate::fold::is_plain_ascii`]): then its fold is the name
/// lower-cased, so an exact lookup checks, lower-cases and hashes it in one pass, eight bytes
/// at a time, and never writes the folded key. `None` for any other name.
///
/// ```
/// use toponym_shared::key_hash::{key_hash, plain_ascii_key_hash};
/// assert_eq!(plain_ascii_key_hash(b"Papua New Guinea", 3), Some(key_hash(b"papua new guinea", 3)));
/// assert_eq!(plain_ascii_key_hash(b"Papua-New Guinea", 3), None);
/// ```
#[inline]
pub fn plain_ascii_key_hash(name: &[u8], seed: u64) -> Option<u64> {
    let n = name.len();
    if name.first() == Some(&b' ') || name.last() == Some(&b' ') {
        return None;
    }
    let mut h = seed ^ mix(n as u64 ^ P0, P1);
    let mut space_before = 0;
    let mut i = 0;
    while i + 8 <= n {
        let w = swar::word_at(name, i);
        let (plain, last) = swar::plain(w, space_before);
        if !plain {
            return None;
        }
        space_before = last;
        h = mix(h ^ P1, swar::lowercase(w) ^ P2);
        i += 8;
    }
    if i < n {
        let w = swar::tail(name);
        if !swar::plain(w | swar::letters_past(n % 8), space_before).0 {
            return None;
        }
        h = mix(h ^ P1, swar::lowercase(w) ^ P2);
    }
    Some(mix(h ^ P0, P2))
}

/// Whether `lower`, a stored key, is ASCII `name` lower-cased, compared eight bytes at a
/// time.
///
/// ```
/// use toponym_shared::key_hash::is_ascii_lowercase_of;
/// assert!(is_ascii_lowercase_of(b"papua new guinea", b"Papua New Guinea"));
/// assert!(!is_ascii_lowercase_of(b"papua new guinea", b"Papua New Guine"));
/// ```
#[inline]
pub fn is_ascii_lowercase_of(lower: &[u8], name: &[u8]) -> bool {
    if lower.len() != name.len() {
        return false;
    }
    let mut i = 0;
    while i + 8 <= name.len() {
        if swar::word_at(lower, i) != swar::lowercase(swar::word_at(name, i)) {
            return false;
        }
        i += 8;
    }
    i == name.len() || swar::tail(lower) == swar::lowercase(swar::tail(name))
}

#[cfg(test)]
mod tests {
    use super::{is_ascii_lowercase_of, key_hash, plain_ascii_key_hash};

    /// Hashing while lower-casing hashes the lower-cased key, and the comparison agrees.
    #[test]
    fn ascii_lowercase_as_it_reads() {
        for key in [
            "",
            "A",
            "Kyiv",
            "PAPUA NEW GUINEA",
            "Bosnia And Herzegovina 1992 xyz",
        ] {
            let lower = key.to_ascii_lowercase();
            assert_eq!(
                plain_ascii_key_hash(key.as_bytes(), 9),
                Some(key_hash(lower.as_bytes(), 9))
            );
            assert!(is_ascii_lowercase_of(lower.as_bytes(), key.as_bytes()));
            assert_eq!(
                is_ascii_lowercase_of(key.as_bytes(), key.as_bytes()),
                key == lower
            );
        }
    }
    use std::collections::HashSet;

    /// No two of many similar short keys share a hash, and each half of the hash takes
    /// about as many values as keys: the buckets (low half) and slots (high half) of the
    /// perfect hash need both.
    #[test]
    fn distinct_and_spread() {
        let mut keys: Vec<Vec<u8>> = Vec::new();
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                for c in [b'a', b'e', b'i', b'o', b'u', b' '] {
                    keys.push(vec![a, b, c]);
                    keys.push(vec![a, b, c, b'i', b'a', 0xd0, 0xb0, b'x', b'y']);
                }
            }
        }
        let hashes: Vec<u64> = keys.iter().map(|k| key_hash(k, 1)).collect();
        let all: HashSet<u64> = hashes.iter().copied().collect();
        assert_eq!(all.len(), keys.len());
        for shift in [0, 32] {
            // The top 16 bits of each half: a bucket or slot out of 65,536.
            let halves: HashSet<u64> = hashes.iter().map(|h| h >> shift >> 16 & 0xffff).collect();
            assert!(
                halves.len() > keys.len() * 8 / 10,
                "{} of {}",
                halves.len(),
                keys.len()
            );
        }
    }

    /// A key and the same key with a zero byte after it hash apart.
    #[test]
    fn length_counts() {
        assert_ne!(key_hash(b"ab", 0), key_hash(b"ab\0", 0));
        assert_ne!(key_hash(b"", 0), key_hash(b"\0", 0));
    }
}
