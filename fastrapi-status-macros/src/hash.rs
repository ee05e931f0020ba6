//! The case-insensitive string hash behind the generated name index.
//!
//! The macro builds each table's open-addressing index at compile time with
//! this function, and the facade probes it at run time with its own copy
//! (`fastrapi_status::__private::name_hash`). A proc-macro crate cannot
//! export functions, so the two copies are pinned to the same golden values
//! by a unit test on each side; keep them identical.

const MUL: u64 = 0x9E37_79B9_7F4A_7C15;
const MIX: u64 = 0xFF51_AFD7_ED55_8CCD;
/// Setting bit 5 of every byte folds ASCII uppercase onto lowercase and
/// leaves digits alone, so `NOT_FOUND` and `not_found` hash alike.
const FOLD: u64 = 0x2020_2020_2020_2020;

/// Hashes `bytes` ASCII case-insensitively, eight bytes a step.
pub fn name_hash(bytes: &[u8]) -> u64 {
    let mut h = (bytes.len() as u64).wrapping_mul(MUL);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ (u64::from_le_bytes(word) | FOLD)).wrapping_mul(MUL);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = (h ^ (tail_word(rest) | FOLD)).wrapping_mul(MUL);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(MIX);
    h ^ (h >> 29)
}

/// The last 1 to 7 bytes as a zero-padded little-endian word, from two
/// fixed-size loads that overlap (the overlapping bytes are the same, so OR
/// keeps them): a variable-length copy here would be a `memcpy` call on
/// every lookup. The caller passes fewer than 8 bytes.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([rest[0], rest[1]]);
        let hi = u16::from_le_bytes([rest[n - 2], rest[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 2))
    } else if n == 1 {
        u64::from(rest[0])
    } else {
        0
    }
}

/// A key character's bit in the first- and last-character masks: `A`-`Z`
/// (either case) 0 to 25, `0`-`9` 26 to 35, `_` 36, anything else 63. The
/// facade's `__private::key_char` is the copy lookups use.
pub fn key_char(byte: u8) -> u32 {
    match byte {
        b'A'..=b'Z' => u32::from(byte - b'A'),
        b'a'..=b'z' => u32::from(byte - b'a'),
        b'0'..=b'9' => 26 + u32::from(byte - b'0'),
        b'_' => 36,
        _ => 63,
    }
}

/// An open-addressing table over `keys` (already unique case-insensitively):
/// a power-of-two slot count at most half full, each slot holding a key
/// index plus one, zero for empty; collisions probe linearly.
pub fn build_slots(keys: &[&str]) -> Vec<u32> {
    let len = (keys.len() * 2).next_power_of_two().max(2);
    let mask = len - 1;
    let mut slots = vec![0u32; len];
    for (index, key) in keys.iter().enumerate() {
        // Truncation is the point: the low bits pick the slot.
        #[allow(clippy::cast_possible_truncation)]
        let mut slot = name_hash(key.as_bytes()) as usize & mask;
        while slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        slots[slot] = u32::try_from(index + 1).unwrap_or(u32::MAX);
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same values are asserted in the facade's copy.
    #[test]
    fn golden_values() {
        assert_eq!(name_hash(b"NOT_FOUND"), name_hash(b"not_found"));
        assert_eq!(
            name_hash(b"HTTP_404_NOT_FOUND"),
            name_hash(b"http_404_Not_Found")
        );
        assert_ne!(name_hash(b"NOT_FOUND"), name_hash(b"NOT_FOUNE"));
        assert_eq!(name_hash(b"OK"), name_hash(b"ok"));
        assert_eq!([name_hash(b"OK"), name_hash(b"HTTP_404_NOT_FOUND")], GOLDEN);
    }

    const GOLDEN: [u64; 2] = [0xA224_4131_9537_B6F8, 0xE17F_79B1_21E9_3574];

    #[test]
    fn slots_hold_every_key_once() {
        let keys = ["OK", "NOT_FOUND", "HTTP_200_OK", "HTTP_404_NOT_FOUND", "A"];
        let slots = build_slots(&keys);
        assert!(slots.len().is_power_of_two() && slots.len() >= 2 * keys.len());
        let mut seen: Vec<u32> = slots.iter().copied().filter(|&s| s != 0).collect();
        seen.sort_unstable();
        assert_eq!(seen, [1, 2, 3, 4, 5]);
    }
}
