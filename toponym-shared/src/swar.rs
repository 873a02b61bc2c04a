//! Eight ASCII bytes at a time in a `u64` ("SIMD within a register"): the tests of bytes
//! that the exact lookup of a plain ASCII name makes, without a branch or a table look-up a
//! byte. Every function takes words whose bytes are all below 0x80.

/// A byte of ones in each byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The top bit of each byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The top bit of each byte of `w` that is in `lo..=hi`; the other bits clear. With every
/// byte below 0x80, adding 0x80 - c sets a byte's top bit exactly when the byte is at least
/// c, and never carries into the next byte.
#[inline]
const fn in_range(w: u64, lo: u8, hi: u8) -> u64 {
    // Wrapping: a word with a byte of 0x80 or more gives a meaningless answer, not a panic.
    let at_least_lo = w.wrapping_add((0x80 - lo as u64) * ONES);
    let above_hi = w.wrapping_add((0x80 - hi as u64 - 1) * ONES);
    at_least_lo & !above_hi & HIGH
}

/// The word of the eight bytes of `bytes` from `i`.
#[inline]
pub(crate) fn word_at(bytes: &[u8], i: usize) -> u64 {
    let w = &bytes[i..i + 8];
    u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]])
}

/// The last word of `bytes` when its length is not a multiple of eight: its last
/// `len % 8` bytes, the missing bytes zero. Read by at most three loads that may overlap,
/// not a byte at a time or by a copy of a length known only now (a call to memcpy).
#[inline]
pub(crate) fn tail(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let r = n % 8;
    if n >= 8 {
        word_at(bytes, n - 8) >> (8 * (8 - r))
    } else if r >= 4 {
        let word32 = |i: usize| {
            u64::from(u32::from_le_bytes([
                bytes[i],
                bytes[i + 1],
                bytes[i + 2],
                bytes[i + 3],
            ]))
        };
        word32(0) | word32(r - 4) << (8 * (r - 4))
    } else if r > 0 {
        let byte = |i: usize| u64::from(bytes[i]) << (8 * i);
        byte(0) | byte(r / 2) | byte(r - 1)
    } else {
        0
    }
}

/// The bytes of `w` lower-cased: a byte of `A..=Z` gains 0x20.
#[inline]
pub(crate) const fn lowercase(w: u64) -> u64 {
    w | in_range(w, b'A', b'Z') >> 2
}

/// Whether every byte of `w` is below 0x80.
#[inline]
pub(crate) const fn is_ascii(w: u64) -> bool {
    w & HIGH == 0
}

/// The top bit of each byte of `w` that is an ASCII letter or digit.
#[inline]
pub(crate) const fn alphanumeric(w: u64) -> u64 {
    // Setting 0x20 takes A..=Z, and only them, into a..=z.
    in_range(w | (0x20 * ONES), b'a', b'z') | in_range(w, b'0', b'9')
}

/// The top bit of each byte of `w` that is a space.
#[inline]
pub(crate) const fn spaces(w: u64) -> u64 {
    in_range(w, b' ', b' ')
}

/// Whether the word `w` of a name is ASCII letters, digits and spaces, with no space after
/// a space (`space_before`: the top bit of the last byte of the word before, as returned
/// here with the answer); the bytes past the end of the name must be letters.
#[inline]
pub(crate) const fn plain(w: u64, space_before: u64) -> (bool, u64) {
    let spaces = spaces(w);
    let ok = is_ascii(w)
        && (alphanumeric(w) | spaces) == HIGH
        && spaces & (spaces << 8 | space_before) == 0;
    (ok, spaces >> 56)
}

/// Letters (`a`) in the bytes of a word past the first `r`, for [`plain`].
#[inline]
pub(crate) const fn letters_past(r: usize) -> u64 {
    if r == 0 {
        0
    } else {
        (b'a' as u64 * ONES) << (8 * r)
    }
}

#[cfg(test)]
mod tests {
    /// Every ASCII byte, at every position of a word and beside the bytes most likely to
    /// disturb it, is classed and lower-cased as `u8`'s own methods do.
    #[test]
    fn each_byte_as_u8_says() {
        let top = |w: u64, i: usize| w >> (8 * i + 7) & 1 == 1;
        for b in 0..128u8 {
            for at in 0..8 {
                for fill in [
                    0u8, b' ', b'/', b'0', b'9', b':', b'@', b'A', b'Z', b'[', b'`', b'a', b'z',
                    b'{', 0x7F,
                ] {
                    let mut bytes = [fill; 8];
                    bytes[at] = b;
                    let w = u64::from_le_bytes(bytes);
                    assert!(super::is_ascii(w));
                    let lower = super::lowercase(w).to_le_bytes();
                    assert_eq!(lower, bytes.map(|b| b.to_ascii_lowercase()), "{bytes:?}");
                    for (i, &b) in bytes.iter().enumerate() {
                        assert_eq!(top(super::alphanumeric(w), i), b.is_ascii_alphanumeric());
                        assert_eq!(top(super::spaces(w), i), b == b' ');
                    }
                }
            }
        }
        assert!(!super::is_ascii(u64::from_le_bytes(*b"abc\xd0\xb0xyz")));
    }

    /// The words of every length of bytes up to 24 are its bytes, eight at a time, the last
    /// padded.
    #[test]
    fn words_of_every_length() {
        let bytes: Vec<u8> = (1..=24).collect();
        for n in 0..=24 {
            for pad in [0, b'a'] {
                let mut want = bytes[..n].to_vec();
                want.resize(n.div_ceil(8) * 8, pad);
                let b = &bytes[..n];
                let mut got: Vec<u8> = (0..n / 8)
                    .flat_map(|i| super::word_at(b, 8 * i).to_le_bytes())
                    .collect();
                if n % 8 != 0 {
                    let padding = if pad == 0 {
                        0
                    } else {
                        super::letters_past(n % 8)
                    };
                    got.extend((super::tail(b) | padding).to_le_bytes());
                }
                assert_eq!(got, want, "{n}");
            }
        }
    }
}
