//! The runtime copy of the name index's hash: the macro lays the index out
//! with its `hash.rs`, lookups read it with this one, and
//! `tests/name_hash.rs` holds the two equal on arbitrary bytes.

use crate::bytes::word_at;
use crate::rows::Hashed;

const HEAD_KEY: u64 = 0x9EB7_F9B9_FFCA_FC95;
const TAIL_KEY: u64 = 0xFFD1_AFD7_EDD5_8CCD;
const MIDDLE_KEY: u64 = 0xC2B2_AE3D_A7D4_EB4F;
const ONES: u64 = 0x0101_0101_0101_0101;
/// Bit `0x20` of every byte: the ASCII case bit.
const CASE: u64 = 0x20 * ONES;

/// The macro's `hash::name_hash`, bit for bit: the macro lays the index out
/// with its copy, lookups read it with this one. `tests/name_hash.rs` holds
/// the two equal on arbitrary bytes.
///
/// By [`Hashed`]: one word (the first eight bytes or the last eight, the
/// whole text below eight bytes), each byte with bit `0x20` set and the
/// length XORed in, goes into one 128-bit multiply by the seed; or the
/// first and last words go into one multiply with the seed, each word
/// between (text over 16 bytes) into one more, and the length into a last
/// one. Setting `0x20` makes every ASCII letter lower case in one
/// instruction; that it also merges a few other bytes (`_` and DEL) only
/// costs those a compare, since lookups compare exactly.
#[inline]
#[must_use]
pub const fn name_hash(bytes: &[u8], seed: u64, hashed: Hashed) -> u64 {
    let (head, tail) = words(bytes);
    hash_words(bytes, head, tail, seed, hashed)
}

/// [`name_hash`] of `bytes`, whose first and last words the caller has
/// already read.
#[inline(always)]
pub(crate) const fn hash_words(
    bytes: &[u8],
    head: u64,
    tail: u64,
    seed: u64,
    hashed: Hashed,
) -> u64 {
    let len = bytes.len() as u64;
    match hashed {
        // The seed goes into the multiplier (made odd for one word): XORed
        // into the multiplicand, it would move the slot bits of keys with
        // the same multiplier alike, so two keys sharing those bits would
        // share them under every seed; random bits in the multiplier move
        // them apart.
        Hashed::First | Hashed::Last => {
            fold((one_word(bytes, head, tail, hashed) | CASE) ^ len, seed | 1)
        }
        Hashed::All => {
            let mut h = fold((head | CASE) ^ HEAD_KEY, (tail | CASE) ^ TAIL_KEY ^ seed);
            let mut at = 8;
            while at + 8 < bytes.len() {
                h = fold(h ^ (word_at(bytes, at) | CASE), MIDDLE_KEY);
                at += 8;
            }
            // The length last, in a multiply of its own: XORed into a word,
            // it could cancel against the text (`AABBBBBBZ` and
            // `BABBBBBBBZ` would share every word hashed).
            fold(h ^ len, MIDDLE_KEY)
        }
    }
}

/// The one word a [`Hashed::First`] or [`Hashed::Last`] hash reads, given
/// the text's [`words`]: below eight bytes, the text. The macro's
/// `hash::one_word`.
#[inline]
#[must_use]
pub const fn one_word(bytes: &[u8], head: u64, tail: u64, hashed: Hashed) -> u64 {
    if matches!(hashed, Hashed::Last) && bytes.len() >= 8 {
        tail
    } else {
        head
    }
}

/// The 128-bit product of `a` and `b`, its halves XORed: every bit of
/// either operand moves every bit of the result. The macro's `hash::fold`.
#[inline]
const fn fold(a: u64, b: u64) -> u64 {
    let product = a as u128 * b as u128;
    // Truncation is the point: the low half.
    #[allow(clippy::cast_possible_truncation)]
    let low = product as u64;
    low ^ (product >> 64) as u64
}

/// The macro's `hash::bucket`: the top bits of the hash.
#[inline]
#[must_use]
pub const fn bucket(hash: u64, buckets: usize) -> usize {
    let bits = buckets.trailing_zeros();
    if bits == 0 || bits >= 64 {
        0
    } else {
        // Truncation cannot happen: at most `bits` bits are left.
        #[allow(clippy::cast_possible_truncation)]
        let top = (hash >> (64 - bits)) as usize;
        top
    }
}

/// The macro's `hash::slot`: the hash XORed with its bucket's
/// displacement, from bit 4 up.
#[inline]
#[must_use]
pub const fn slot(hash: u64, displacement: u32, slots: usize) -> usize {
    // Truncation is the point: the bottom bits pick the slot.
    #[allow(clippy::cast_possible_truncation)]
    let bottom = ((hash ^ displacement as u64) >> 4) as usize;
    bottom & slots.wrapping_sub(1)
}

/// The first eight bytes and the last eight as little-endian words (they
/// overlap below 16 bytes); below eight bytes, the text as one zero-padded
/// word, and zero. The macro's `hash::words`.
#[inline]
#[must_use]
pub const fn words(bytes: &[u8]) -> (u64, u64) {
    let n = bytes.len();
    if n >= 8 {
        (word_at(bytes, 0), word_at(bytes, n - 8))
    } else {
        (short_word(bytes), 0)
    }
}

/// Fewer than eight bytes as a zero-padded little-endian word, from two
/// fixed-size loads that overlap (the overlapping bytes are the same, so OR
/// keeps them): a variable-length copy would be a `memcpy` call.
#[inline]
const fn short_word(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if let (Some(&lo), Some(&hi)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        u32::from_le_bytes(lo) as u64 | (u32::from_le_bytes(hi) as u64) << (8 * (n - 4))
    } else if let (Some(&lo), Some(&hi)) = (bytes.first_chunk::<2>(), bytes.last_chunk::<2>()) {
        u16::from_le_bytes(lo) as u64 | (u16::from_le_bytes(hi) as u64) << (8 * (n - 2))
    } else if let Some(&byte) = bytes.first() {
        byte as u64
    } else {
        0
    }
}

/// Every ASCII lowercase byte of `word` made upper case, the others kept,
/// all eight at once.
#[inline]
pub(crate) const fn upper(word: u64) -> u64 {
    let ascii = word & (0x7F * ONES);
    // The high bit of each byte: set from `a` up, and set above `z`; no
    // byte carries into the next, since `ascii` is at most 0x7F a byte.
    let from_a = ascii + (0x80 - b'a' as u64) * ONES;
    let above_z = ascii + (0x80 - b'z' as u64 - 1) * ONES;
    let lower = from_a & !above_z & !word & (0x80 * ONES);
    word - (lower >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lookup::middle_matches;

    #[test]
    fn hash_golden_values() {
        assert_eq!(
            name_hash(b"NOT_FOUND", 0, Hashed::All),
            name_hash(b"not_found", 0, Hashed::All)
        );
        assert_eq!(
            [
                name_hash(b"OK", 0, Hashed::All),
                name_hash(b"HTTP_404_NOT_FOUND", 1 << 32, Hashed::All),
                name_hash(b"HTTP_404_NOT_FOUND", 0x9E37_79B9_7F4A_7C15, Hashed::First),
                name_hash(b"HTTP_404_NOT_FOUND", 0x9E37_79B9_7F4A_7C15, Hashed::Last),
            ],
            GOLDEN
        );
    }

    const GOLDEN: [u64; 4] = [
        0xCD50_C9A4_B3B4_CBCE,
        0x63E6_C1FA_9616_45C3,
        0x882F_291A_5B5E_E86F,
        0x4F12_5949_2375_2359,
    ];

    #[test]
    fn lookups_fold_ascii_case_and_nothing_else() {
        let key = b"HTTP_505_HTTP_VERSION_NOT_SUPPORTED";
        for len in 1..=key.len() {
            let key = &key[..len];
            let lower = key.to_ascii_lowercase();
            for hashed in [Hashed::First, Hashed::Last, Hashed::All] {
                assert_eq!(name_hash(key, 7, hashed), name_hash(&lower, 7, hashed));
            }
            let (head, tail) = words(&lower);
            assert_eq!(words(key), (upper(head), upper(tail)), "{len}");
            assert!(middle_matches(key, 0, &lower), "{len}");
        }
        for x in 0..=u8::MAX {
            assert_eq!(upper(u64::from(x)), u64::from(x.to_ascii_uppercase()));
        }
        let mut other = *key;
        other[20] = b'x';
        assert!(!middle_matches(key, 0, &other));
    }
}
