//! The case-insensitive string hash behind the generated name index.
//!
//! The macro builds each table's name index at compile time with
//! this function, and the facade reads it at run time with its own copy
//! (`fastrapi_status::__private::name_hash`). A proc-macro crate cannot
//! export functions, so the two copies are held equal on arbitrary bytes by
//! `tests/name_hash.rs` and pinned to the same golden values by a unit test
//! on each side; keep them identical.
//!
//! The hash folds the text eight bytes at a time, each byte with its ASCII
//! case bit (`0x20`) set: the first eight and the last eight (one
//! zero-padded word below eight bytes) with the length and the seed in one
//! 128-bit multiply whose halves are XORed, then each word between, for
//! keys over 16 bytes, in one more multiply each. Setting the case bit makes
//! letters lower case in one instruction, and merges a few other bytes
//! (`_` with DEL, digits with control bytes), which only costs those a
//! compare: lookups compare exactly, with each key's [`letters`] masks. Up
//! to 16 bytes the first and last words are the whole text, so the lookup
//! compares those two words and is done.

const MUL: u64 = 0x9E37_79B9_7F4A_7C15;
// Every byte has its high bit set, and ASCII text has none: a key's words
// XORed with these are never zero, which would make the multiply forget
// the other operand.
const HEAD_KEY: u64 = 0x9EB7_F9B9_FFCA_FC95;
const TAIL_KEY: u64 = 0xFFD1_AFD7_EDD5_8CCD;
const MIDDLE_KEY: u64 = 0xC2B2_AE3D_A7D4_EB4F;
const ONES: u64 = 0x0101_0101_0101_0101;
const CASE: u64 = 0x20 * ONES;

/// Hashes `bytes` ASCII case-insensitively; `seed` is the table's.
pub fn name_hash(bytes: &[u8], seed: u64) -> u64 {
    let (head, tail) = words(bytes);
    let len = bytes.len() as u64;
    let mut h = fold(
        (head | CASE) ^ HEAD_KEY ^ seed ^ len,
        (tail | CASE) ^ TAIL_KEY,
    );
    let mut at = 8;
    while at + 8 < bytes.len() {
        h = fold(h ^ (word_at(bytes, at) | CASE), MIDDLE_KEY);
        at += 8;
    }
    h
}

/// The case bit (`0x20`) of each byte of `word` that is an ASCII letter,
/// zero elsewhere. A lookup ORs a key's mask into the input's word and
/// compares with the key's word with the same mask ORed in: a letter
/// matches in either case, and every other byte only itself.
pub fn letters(word: u64) -> u64 {
    word.to_le_bytes()
        .iter()
        .enumerate()
        .filter(|(_, byte)| byte.is_ascii_alphabetic())
        .fold(0, |mask, (at, _)| mask | 0x20 << (8 * at))
}

/// The 128-bit product of `a` and `b`, its halves XORed: every bit of
/// either operand moves every bit of the result.
pub const fn fold(a: u64, b: u64) -> u64 {
    let product = a as u128 * b as u128;
    // Truncation is the point: the low half.
    #[allow(clippy::cast_possible_truncation)]
    let low = product as u64;
    low ^ (product >> 64) as u64
}

/// The bucket of a hash among `buckets` (a power of two): its high half.
pub fn bucket(hash: u64, buckets: usize) -> usize {
    // Truncation is the point: the low bits pick the bucket.
    #[allow(clippy::cast_possible_truncation)]
    let high = (hash >> 32) as usize;
    high & buckets.wrapping_sub(1)
}

/// The slot of a hash among `slots` (a power of two), moved by its
/// bucket's displacement: each displacement gives every key of the bucket
/// a new, independent slot.
pub fn slot(hash: u64, displacement: u16, slots: usize) -> usize {
    // Truncation is the point: the low bits pick the slot.
    #[allow(clippy::cast_possible_truncation)]
    let high = ((hash ^ u64::from(displacement)).wrapping_mul(MUL) >> 32) as usize;
    high & slots.wrapping_sub(1)
}

/// The first eight bytes and the last eight as little-endian words (they
/// overlap below 16 bytes); below eight bytes, the text as one zero-padded
/// word, and zero.
pub fn words(bytes: &[u8]) -> (u64, u64) {
    let n = bytes.len();
    if n >= 8 {
        (word_at(bytes, 0), word_at(bytes, n - 8))
    } else {
        (short_word(bytes), 0)
    }
}

/// Bytes `at..at + 8` as a little-endian word; zero out of range.
pub fn word_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at.saturating_add(8)) {
        Some(&[a, b, c, d, e, f, g, h]) => u64::from_le_bytes([a, b, c, d, e, f, g, h]),
        _ => 0,
    }
}

/// Fewer than eight bytes as a zero-padded little-endian word, from two
/// fixed-size loads that overlap (the overlapping bytes are the same, so OR
/// keeps them): a variable-length copy would be a `memcpy` call.
fn short_word(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        let hi = u32::from_le_bytes([bytes[n - 4], bytes[n - 3], bytes[n - 2], bytes[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([bytes[0], bytes[1]]);
        let hi = u16::from_le_bytes([bytes[n - 2], bytes[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 2))
    } else if n == 1 {
        u64::from(bytes[0])
    } else {
        0
    }
}

/// A perfect hash over a table's keys: every key has a slot of its own, so a
/// lookup reads one bucket's displacement, one slot and one key, and
/// compares once, with no probing loop.
///
/// This is "hash, displace and compress" (Belazzougui, Botelho and
/// Dietzfelbinger, 2009), as the `phf` crate builds it: keys are hashed
/// into buckets of about four, and each bucket, largest first, gets the
/// smallest displacement that puts all its keys in free slots.
#[derive(Debug)]
pub struct NameIndex {
    /// Mixed into every hash; the first seed that works is kept.
    pub seed: u64,
    /// One per bucket, a power-of-two count.
    pub displacements: Vec<u16>,
    /// The index of the key in each slot, a power-of-two count at most
    /// four fifths full; `None` for a free slot.
    pub slots: Vec<Option<usize>>,
}

/// Builds the index of `keys` (already unique case-insensitively). `None`
/// only if no seed of 64 separates them, which takes 64-bit hash
/// collisions under every seed: the caller reports it as a compile error.
pub fn build_index(keys: &[&str]) -> Option<NameIndex> {
    let slot_count = (keys.len() + keys.len() / 4).next_power_of_two();
    let bucket_count = (keys.len() / 4).next_power_of_two();
    (0..64u64).find_map(|attempt| {
        let seed = attempt << 32;
        let hashes: Vec<u64> = keys.iter().map(|k| name_hash(k.as_bytes(), seed)).collect();
        place(&hashes, bucket_count, slot_count).map(|(displacements, slots)| NameIndex {
            seed,
            displacements,
            slots,
        })
    })
}

/// Places every hash in a slot of its own, buckets largest first.
fn place(
    hashes: &[u64],
    bucket_count: usize,
    slot_count: usize,
) -> Option<(Vec<u16>, Vec<Option<usize>>)> {
    let mut buckets = vec![Vec::new(); bucket_count];
    for (key, &hash) in hashes.iter().enumerate() {
        buckets[bucket(hash, bucket_count)].push(key);
    }
    let mut order: Vec<usize> = (0..bucket_count).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(buckets[b].len()));
    let mut displacements = vec![0u16; bucket_count];
    let mut slots = vec![None; slot_count];
    let mut chosen = Vec::new();
    for b in order {
        if buckets[b].is_empty() {
            break;
        }
        let found = (0..=u16::MAX).find(|&d| {
            chosen.clear();
            for &key in &buckets[b] {
                let s = slot(hashes[key], d, slot_count);
                if slots[s].is_some() || chosen.contains(&s) {
                    return false;
                }
                chosen.push(s);
            }
            true
        })?;
        displacements[b] = found;
        for (&key, &s) in buckets[b].iter().zip(&chosen) {
            slots[s] = Some(key);
        }
    }
    Some((displacements, slots))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same values are asserted in the facade's copy.
    #[test]
    fn golden_values() {
        assert_eq!(name_hash(b"NOT_FOUND", 0), name_hash(b"not_found", 0));
        assert_eq!(
            name_hash(b"HTTP_404_NOT_FOUND", 0),
            name_hash(b"http_404_Not_Found", 0)
        );
        assert_ne!(name_hash(b"NOT_FOUND", 0), name_hash(b"NOT_FOUNE", 0));
        assert_ne!(name_hash(b"NOT_FOUND", 0), name_hash(b"NOT_FOUND", 1 << 32));
        assert_eq!(
            [
                name_hash(b"OK", 0),
                name_hash(b"HTTP_404_NOT_FOUND", 1 << 32)
            ],
            GOLDEN
        );
    }

    const GOLDEN: [u64; 2] = [0x86B4_3BD2_C6EE_DF8F, 0x67B3_A681_6DF1_CCEC];

    #[test]
    fn a_letter_mask_matches_either_case_and_nothing_else() {
        for key in b"AZ09_".iter().copied() {
            let mask = letters(u64::from(key));
            let want = u64::from(key) | mask;
            for byte in 0..=u8::MAX {
                let matches = (u64::from(byte) | mask) == want;
                assert_eq!(matches, byte.eq_ignore_ascii_case(&key), "{key} {byte}");
            }
        }
        assert_eq!(letters(u64::from_le_bytes(*b"A_1z\0\0\0\0")), 0x2000_0020);
    }

    #[test]
    fn every_key_gets_a_slot_of_its_own() {
        let keys = ["OK", "NOT_FOUND", "HTTP_200_OK", "HTTP_404_NOT_FOUND", "A"];
        let index = build_index(&keys).expect("five keys");
        assert!(index.slots.len().is_power_of_two() && index.slots.len() >= keys.len());
        for (key, text) in keys.iter().enumerate() {
            let hash = name_hash(text.as_bytes(), index.seed);
            let d = index.displacements[bucket(hash, index.displacements.len())];
            assert_eq!(index.slots[slot(hash, d, index.slots.len())], Some(key));
        }
    }

    /// Keys that differ only in their last bytes, or only between their
    /// first and last eight: a hash that misses either puts them all in
    /// one bucket, or gives them one hash, and no index can be built.
    #[test]
    fn keys_alike_but_for_a_few_bytes_get_an_index() {
        let mut keys: Vec<String> = (0..10_000).map(|i| format!("ENTRY_NUMBER_{i}")).collect();
        keys.extend((0..10_000).map(|i| format!("T_{}_ENTRY_NUMBER_{i}", i * 3)));
        keys.extend(
            [
                "REQUEST_HEADER_FIELDS_TOO_LARGE",
                "REQUEST_ENTITY_FIELDS_TOO_LARGE",
            ]
            .map(String::from),
        );
        keys.extend((0..1000).map(|i| format!("SAME_HEAD_{i:04}_SAME_TAIL")));
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let index = build_index(&keys).expect("an index");
        let mut seen = vec![false; keys.len()];
        for text in &keys {
            let hash = name_hash(text.as_bytes(), index.seed);
            let d = index.displacements[bucket(hash, index.displacements.len())];
            let key = index.slots[slot(hash, d, index.slots.len())].expect("a key");
            assert_eq!(keys[key], *text);
            assert!(!std::mem::replace(&mut seen[key], true));
        }
    }

    #[test]
    fn no_keys_no_index() {
        let index = build_index(&[]).expect("nothing to place");
        assert_eq!((index.displacements.len(), index.slots.len()), (1, 1));
    }
}
