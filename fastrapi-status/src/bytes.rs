//! Little-endian reads from the byte strings a table's indexes are (the
//! macro's `blob.rs` says why they are bytes): one bounds check and one load
//! each, zero out of range, which no caller asks for.

/// The little-endian `u16` at byte `at`; zero out of range, which no
/// caller asks for.
#[inline]
pub(crate) const fn u16_at(bytes: &[u8], at: usize) -> u16 {
    match chunk::<2>(bytes, at) {
        Some(&chunk) => u16::from_le_bytes(chunk),
        None => 0,
    }
}

/// Bytes `at..at + N`, if there are that many.
///
/// Why not indexing byte by byte: each index is a bounds check the
/// optimizer does not always prove away, and a branch between two loads
/// keeps it from merging them into one, which measured 3x slower name
/// lookups. A chunk is one check and one load; `split_at_checked` and
/// `first_chunk` are the `const` ways to get one (Rust 1.80 and 1.77).
#[inline(always)]
pub(crate) const fn chunk<const N: usize>(bytes: &[u8], at: usize) -> Option<&[u8; N]> {
    match bytes.split_at_checked(at) {
        Some((_, rest)) => rest.first_chunk::<N>(),
        None => None,
    }
}

/// The little-endian `u32` at byte `at`; zero out of range, which no
/// caller asks for.
#[inline]
pub(crate) const fn u32_at(bytes: &[u8], at: usize) -> u32 {
    match chunk::<4>(bytes, at) {
        Some(&chunk) => u32::from_le_bytes(chunk),
        None => 0,
    }
}

/// Bytes `at..at + 8` as a little-endian word; zero out of range, which
/// no caller asks for.
#[inline]
pub(crate) const fn word_at(bytes: &[u8], at: usize) -> u64 {
    match chunk::<8>(bytes, at) {
        Some(&chunk) => u64::from_le_bytes(chunk),
        None => 0,
    }
}
