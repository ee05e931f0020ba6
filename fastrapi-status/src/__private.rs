//! Support for the code `status_codes!` generates. Not public API: nothing
//! here is covered by semver, and the names may change in any release.
//!
//! The generated code holds each table's data (one `Table` per enum) and its
//! `from_u16` (a `match` or a by-code array for small tables); every other
//! lookup is one of the `const fn`s below, so the logic exists once and is
//! tested once, whatever tables a program declares.

pub use fastrapi_status_macros::status_codes;

// The feature modules live here, beside the rest of what generated code calls.
#[cfg(feature = "http")]
#[path = "http_support.rs"]
pub mod http_support;
#[cfg(feature = "serde")]
#[path = "serde_support.rs"]
pub mod serde_support;
#[cfg(feature = "http")]
pub use http;
#[cfg(feature = "serde")]
pub use serde;

use crate::StatusClass;

pub use crate::ws::is_sendable as ws_is_sendable;

/// One row of a table, in code order.
#[derive(Debug)]
pub struct Entry {
    pub code: u16,
    pub name: &'static str,
    pub constant: &'static str,
    pub phrase: &'static str,
    pub description: &'static str,
    /// `"404 Not Found"`, precomputed for `Display`. (The variant's name,
    /// for `Debug`, is not stored: [`write_variant`] derives it from the
    /// name, one string less a row for rustc to check.)
    pub display: &'static str,
    /// The constant names of the deprecated aliases.
    pub aliases: &'static [&'static str],
}

/// The aliases of an entry without any. Rows share it: rustc interns and
/// validates every `&[]` written out as an allocation of its own, which
/// measured 6% of the compile time of a 300-entry table.
pub const NO_ALIASES: &[&str] = &[];

/// Everything a generated enum's lookups read, but the enum values: those
/// are the enum's `ALL`, passed beside the table. (A table holding `ALL`
/// would make rustc validate every value once more, at a compile-time cost
/// per entry that dominates huge tables.)
#[derive(Debug)]
pub struct Table {
    /// The enum's name, for error messages.
    pub name: &'static str,
    /// The rows, in code order: parallel to the enum's `ALL`.
    pub entries: &'static [Entry],
    pub codes: Codes,
    /// The words of the text [`name_hash`] reads for this table.
    pub hashed: Hashed,
    /// The name index, a perfect hash the macro builds (its `hash.rs`
    /// says how): [`name_hash`] with this seed picks a bucket, and the
    /// bucket's displacement a slot of `keys`.
    pub seed: u64,
    /// Each bucket's displacement, a little-endian `u32`; a power-of-two
    /// count of them.
    ///
    /// The index is byte strings, not arrays of numbers, for compile time:
    /// rustc type-checks, const-evaluates and validates an array literal
    /// element by element, and a byte string as one value. (Measured on a
    /// 300-entry table: see the macro's `blob.rs`.)
    pub displacements: &'static [u8],
    /// Every string `FromStr` accepts besides a decimal code, in its slot:
    /// [`KEY_ROW`] bytes a slot, a power-of-two count of slots. See
    /// [`KEY_ROW`] for the layout; a free slot is all zeros, and its length,
    /// zero, matches no input that gets as far as comparing.
    pub keys: &'static [u8],
    /// The text of every key over 16 bytes, one after another, upper case:
    /// the bytes between a key's first and last eight are compared here.
    pub key_text: &'static [u8],
    /// The longest key: longer inputs are rejected without hashing.
    pub max_key_len: usize,
    /// Bit `n` is set when some key is `n` bytes long (bit 63: 63 or more).
    pub key_lengths: u64,
    /// Bit `n` is set when some code has `n` decimal digits (1 to 5): for an
    /// HTTP table only three-digit text is parsed at all.
    pub code_lengths: u8,
}

/// Which words of a text [`name_hash`] reads: the macro picks the fewest
/// that, with the length, tell the table's keys apart. Each table's lookup
/// is inlined with its table, so the choice costs no branch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hashed {
    /// The first eight bytes (below eight bytes, the whole text).
    First,
    /// The last eight bytes (below eight bytes, the whole text).
    Last,
    /// Every byte.
    All,
}

/// The bytes of one slot of [`Table::keys`], all little-endian:
///
/// - `0..8` and `8..16`: the key's first eight bytes and its last eight, as
///   [`words`] reads them, each letter made lower case;
/// - `16..24` and `24..32`: the masks of those letters, `0x20` in each
///   letter's byte and zero elsewhere;
/// - `32..40`: the key's length;
/// - `40..44`: the position of its entry; `44..48`: where its text starts
///   in [`Table::key_text`] (keys over 16 bytes only).
///
/// An input's word matches a key's exactly when the input's word with the
/// mask ORed in equals the key's word: a letter byte matches either case of
/// the letter, and any other byte only itself.
pub const KEY_ROW: usize = 48;

/// How a code finds its position in the table.
#[derive(Debug)]
pub enum Codes {
    /// Codes `min..min + count`, every one in the table: a code's position
    /// is `code - min`, with nothing to read.
    Consecutive { min: u16 },
    /// Codes `min..min + index.len() / 2`: the position of each code's
    /// entry as a little-endian `u16`, [`HOLE`] where the table has no such
    /// code. Bytes, as the name index is, for compile time.
    Dense { min: u16, index: &'static [u8] },
    /// Codes too far apart for a dense index, sorted, each a little-endian
    /// `u16`: binary search.
    Sparse { codes: &'static [u8] },
}

/// What a dense index holds for a code the table lacks. A table of all
/// 65,536 codes has no holes, so the one position equal to `HOLE` is still
/// found: a position is valid exactly when it is below the entry count.
pub const HOLE: u16 = u16::MAX;

/// The position of `code` in the table, if it has the code.
#[inline]
const fn position(table: &Table, code: u16) -> Option<usize> {
    let position = match table.codes {
        Codes::Consecutive { min } => code.wrapping_sub(min) as usize,
        Codes::Dense { min, index } => {
            let offset = code.wrapping_sub(min) as usize;
            if offset >= index.len() / 2 {
                return None;
            }
            u16_at(index, 2 * offset) as usize
        }
        Codes::Sparse { codes } => match search(codes, code) {
            Some(position) => position,
            None => return None,
        },
    };
    if position < table.entries.len() {
        Some(position)
    } else {
        None
    }
}

/// The status with `code`, if the table has one.
#[inline]
pub const fn from_u16<T: Copy>(table: &Table, all: &[T], code: u16) -> Option<T> {
    match position(table, code) {
        Some(position) if position < all.len() => Some(all[position]),
        _ => None,
    }
}

/// The entry of a code the table is known to have (a variant's own code).
#[inline]
pub const fn entry(table: &Table, code: u16) -> &'static Entry {
    match position(table, code) {
        Some(position) => &table.entries[position],
        // Unreachable for a variant's code; any entry beats a panic.
        None => &table.entries[0],
    }
}

/// Binary search over sorted codes, little-endian `u16`s.
const fn search(codes: &[u8], code: u16) -> Option<usize> {
    let (mut low, mut high) = (0, codes.len() / 2);
    while low < high {
        let mid = low + (high - low) / 2;
        let here = u16_at(codes, 2 * mid);
        if here == code {
            return Some(mid);
        } else if here < code {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    None
}

/// `from_u16` of a small table: the status by `code - min`.
#[inline]
pub const fn by_code<T: Copy>(by_code: &[Option<T>], min: u16, code: u16) -> Option<T> {
    let offset = code.wrapping_sub(min) as usize;
    if offset < by_code.len() {
        by_code[offset]
    } else {
        None
    }
}

/// `all[at]`, where `at` is a position the name index returned.
#[inline]
pub const fn nth<T: Copy>(all: &[T], at: Option<usize>) -> Option<T> {
    match at {
        Some(at) if at < all.len() => Some(all[at]),
        _ => None,
    }
}

/// What a text is to a table's `parse`: a canonical decimal `u16`, the
/// position of the entry a name, constant name or alias belongs to, or
/// neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A canonical decimal `u16` that the table's code lengths allow: the
    /// table's own `from_u16` decides whether it is known.
    Code(u16),
    /// The position of the entry the name belongs to.
    Name(usize),
    /// Neither: nothing of the table.
    Neither,
}

/// The one engine of every table's `parse` and `from_name`, and so of
/// `FromStr` (which calls `parse`): a decimal code, or a name, constant
/// name or alias in any ASCII case; nothing else.
///
/// It is a `const fn` (as is all it calls), so a table's `parse` works in
/// `const` items; at run time it is the same code. The generated `parse`
/// matches on the [`Key`] and calls the enum's own `from_u16` for a code.
///
/// Always inlined, with `by_name`, into each table's `parse`, so the
/// table's sizes, masks and addresses are constants in it. (Measured with
/// `bench/paired.sh`: with `by_name` only `#[inline]`, the optimizer kept
/// it out of line in the benchmark binary, and the name rows were 0.65x
/// and 0.59x strum against 0.58x and 0.47x inlined.)
#[inline(always)]
pub const fn key(table: &Table, bytes: &[u8]) -> Key {
    let Some(&first) = bytes.first() else {
        return Key::Neither;
    };
    // Most garbage fails the first test: neither a digit nor a letter.
    if first.is_ascii_digit() {
        let len = if bytes.len() < 7 { bytes.len() } else { 7 };
        if table.code_lengths & (1 << len) == 0 {
            return Key::Neither;
        }
        match decimal(bytes) {
            Some(code) => Key::Code(code),
            None => Key::Neither,
        }
    } else if may_be_name(table, first, bytes.len()) {
        match by_name(table, bytes) {
            Some(at) => Key::Name(at),
            None => Key::Neither,
        }
    } else {
        Key::Neither
    }
}

/// The position of the entry a name, constant name or alias belongs to, in
/// any ASCII case: the engine of every table's `from_name`.
#[inline(always)]
pub const fn name_position(table: &Table, bytes: &[u8]) -> Option<usize> {
    match bytes.first() {
        Some(&first) if may_be_name(table, first, bytes.len()) => by_name(table, bytes),
        _ => None,
    }
}

/// Whether text of this first byte and length can be a key at all: no
/// longer than the longest, as long as some key, and starting with a
/// letter. Text that fails is rejected without hashing it.
#[inline(always)]
const fn may_be_name(table: &Table, first: u8, len: usize) -> bool {
    let shift = if len < 63 { len } else { 63 };
    len <= table.max_key_len
        // A letter of either case, in one compare.
        && (first | 0x20).wrapping_sub(b'a') < 26
        && (table.key_lengths >> shift) & 1 != 0
}

/// A canonical decimal `u16`: digits only, no sign, no leading zero.
///
/// Unrolled by length: each shape is straight-line code that stops at the
/// first byte that is no digit, as `http` parses its fixed three digits.
#[inline]
pub const fn decimal(bytes: &[u8]) -> Option<u16> {
    /// The digit's value, or above 9 for any other byte.
    #[inline(always)]
    const fn d(byte: u8) -> u32 {
        byte.wrapping_sub(b'0') as u32
    }
    let value = match *bytes {
        [a] if d(a) <= 9 => d(a),
        [b'0', ..] => return None,
        [a, b] if d(a) <= 9 && d(b) <= 9 => d(a) * 10 + d(b),
        [a, b, c] if d(a) <= 9 && d(b) <= 9 && d(c) <= 9 => d(a) * 100 + d(b) * 10 + d(c),
        [a, b, c, e] if d(a) <= 9 && d(b) <= 9 && d(c) <= 9 && d(e) <= 9 => {
            d(a) * 1000 + d(b) * 100 + d(c) * 10 + d(e)
        }
        [a, b, c, e, f] if d(a) <= 9 && d(b) <= 9 && d(c) <= 9 && d(e) <= 9 && d(f) <= 9 => {
            d(a) * 10_000 + d(b) * 1000 + d(c) * 100 + d(e) * 10 + d(f)
        }
        _ => return None,
    };
    if value <= u16::MAX as u32 {
        // At most `u16::MAX`, just checked.
        #[allow(clippy::cast_possible_truncation)]
        Some(value as u16)
    } else {
        None
    }
}

/// Exactly `N` decimal digits, the first not zero: the canonical text of
/// a code of a kind whose codes all have `N` digits (three for HTTP, four
/// for WebSocket), for [`Code`](crate::Code)'s parser. One length compare,
/// then straight-line code.
#[inline(always)]
pub const fn fixed_decimal<const N: usize>(bytes: &[u8]) -> Option<u16> {
    let Some(digits) = bytes.first_chunk::<N>() else {
        return None;
    };
    // Exactly `N`: a longer text's first `N` bytes are no code.
    if bytes.len() != N {
        return None;
    }
    // One branch at the end for every way to fail, as for `http`'s three
    // digits: the first byte is `1` to `9` exactly when it minus `1`
    // (wrapping) is at most 8, which turns away a leading zero and a
    // non-digit in one compare; every other byte is a digit.
    let lead = digits[0].wrapping_sub(b'1');
    let (mut value, mut bad, mut at) = (lead as u32 + 1, lead > 8, 1);
    while at < N {
        let digit = digits[at].wrapping_sub(b'0');
        bad |= digit > 9;
        value = value * 10 + digit as u32;
        at += 1;
    }
    if !bad && value <= u16::MAX as u32 {
        // At most `u16::MAX`, just checked.
        #[allow(clippy::cast_possible_truncation)]
        Some(value as u16)
    } else {
        None
    }
}

/// The position of the entry a name, constant name or alias belongs to:
/// one bucket, one slot, and one compare. Past the length's class (under
/// eight bytes, up to 16, longer), no branch depends on the input before
/// the compare (the bounds checks never fail on a table the macro built),
/// so lookups of different inputs overlap in the processor.
#[inline(always)]
const fn by_name(table: &Table, bytes: &[u8]) -> Option<usize> {
    let len = bytes.len();
    let (head, tail) = words(bytes);
    let hash = hash_words(bytes, head, tail, table.seed, table.hashed);
    let displacements = table.displacements;
    let displacement = u32_at(displacements, 4 * bucket(hash, displacements.len() / 4));
    let keys = table.keys;
    let Some(row) = chunk::<KEY_ROW>(
        keys,
        slot(hash, displacement, keys.len() / KEY_ROW) * KEY_ROW,
    ) else {
        return None;
    };
    // A fixed-size row: every read below is at a constant offset, with no
    // bounds check left.
    let differs = (word_at(row, 32) != len as u64)
        | ((head | word_at(row, 16)) != word_at(row, 0))
        | ((tail | word_at(row, 24)) != word_at(row, 8));
    if differs {
        return None;
    }
    if len > 16 {
        let text_at = u32_at(row, 44) as usize;
        let text = table.key_text;
        if text_at > text.len() || text.len() - text_at < len {
            return None;
        }
        if !middle_matches(text, text_at, bytes) {
            return None;
        }
    }
    Some(u32_at(row, 40) as usize)
}

/// The little-endian `u16` at byte `at`; zero out of range, which no
/// caller asks for.
#[inline]
const fn u16_at(bytes: &[u8], at: usize) -> u16 {
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
const fn chunk<const N: usize>(bytes: &[u8], at: usize) -> Option<&[u8; N]> {
    match bytes.split_at_checked(at) {
        Some((_, rest)) => rest.first_chunk::<N>(),
        None => None,
    }
}

/// The little-endian `u32` at byte `at`; zero out of range, which no
/// caller asks for.
#[inline]
const fn u32_at(bytes: &[u8], at: usize) -> u32 {
    match chunk::<4>(bytes, at) {
        Some(&chunk) => u32::from_le_bytes(chunk),
        None => 0,
    }
}

/// Whether the bytes between the first eight and the last eight (the words
/// already compared) of an input match the key whose text starts at `key`
/// in `text`, eight at a time. Keys of up to 16 bytes have none.
#[inline]
const fn middle_matches(text: &[u8], key: usize, input: &[u8]) -> bool {
    let mut at = 8;
    while at + 8 < input.len() {
        if upper(word_at(input, at)) != word_at(text, key + at) {
            return false;
        }
        at += 8;
    }
    true
}

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
const fn hash_words(bytes: &[u8], head: u64, tail: u64, seed: u64, hashed: Hashed) -> u64 {
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

/// Bytes `at..at + 8` as a little-endian word; zero out of range, which
/// no caller asks for.
#[inline]
const fn word_at(bytes: &[u8], at: usize) -> u64 {
    match chunk::<8>(bytes, at) {
        Some(&chunk) => u64::from_le_bytes(chunk),
        None => 0,
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
const fn upper(word: u64) -> u64 {
    let ascii = word & (0x7F * ONES);
    // The high bit of each byte: set from `a` up, and set above `z`; no
    // byte carries into the next, since `ascii` is at most 0x7F a byte.
    let from_a = ascii + (0x80 - b'a' as u64) * ONES;
    let above_z = ascii + (0x80 - b'z' as u64 - 1) * ONES;
    let lower = from_a & !above_z & !word & (0x80 * ONES);
    word - (lower >> 2)
}

/// Writes the variant's name, `NotFound`, from the entry's name,
/// `NOT_FOUND`: each word's first letter kept, the rest made lower case, the
/// underscores dropped. The macro's `naming::upper_camel`, by which it names
/// the variants; `tests/facade_tables.rs` and the compiled tables test hold
/// `Debug` to the variant on every entry.
///
/// # Errors
///
/// Only the formatter's own.
pub fn write_variant(name: &str, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
    // Names are ASCII (the macro checks them), so every byte is a character.
    let mut buf = [0u8; 32];
    let mut len = 0;
    for word in name.split('_') {
        for (at, byte) in word.bytes().enumerate() {
            if len == buf.len() {
                f.write_str(core::str::from_utf8(&buf).unwrap_or_default())?;
                len = 0;
            }
            buf[len] = if at == 0 {
                byte.to_ascii_uppercase()
            } else {
                byte.to_ascii_lowercase()
            };
            len += 1;
        }
    }
    f.write_str(core::str::from_utf8(buf.get(..len).unwrap_or_default()).unwrap_or_default())
}

/// The class of a code of a `kind = http` table (validated to 100..=599).
#[inline]
pub const fn http_class(code: u16) -> StatusClass {
    match StatusClass::from_code(code) {
        Some(class) => class,
        None => StatusClass::ServerError,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn variants_are_upper_camel_names_at_any_length() {
        struct Variant(&'static str);
        impl core::fmt::Display for Variant {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write_variant(self.0, f)
            }
        }
        struct Buf([u8; 128], usize);
        impl core::fmt::Write for Buf {
            fn write_str(&mut self, s: &str) -> core::fmt::Result {
                self.0[self.1..self.1 + s.len()].copy_from_slice(s.as_bytes());
                self.1 += s.len();
                Ok(())
            }
        }
        for (name, variant) in [
            ("OK", "Ok"),
            ("IM_A_TEAPOT", "ImATeapot"),
            ("QUEUED_0", "Queued0"),
            // Past the 32-byte buffer, which is flushed and reused.
            (
                "NETWORK_AUTHENTICATION_REQUIRED_BY_THE_PROXY_OF_A_PROXY",
                "NetworkAuthenticationRequiredByTheProxyOfAProxy",
            ),
        ] {
            let mut buf = Buf([0; 128], 0);
            core::fmt::write(&mut buf, format_args!("{}", Variant(name))).unwrap();
            assert_eq!(core::str::from_utf8(&buf.0[..buf.1]), Ok(variant));
        }
    }

    #[test]
    fn decimal_is_canonical() {
        assert_eq!(decimal(b"0"), Some(0));
        assert_eq!(decimal(b"404"), Some(404));
        assert_eq!(decimal(b"65535"), Some(65535));
        for bad in [
            &b"65536"[..],
            b"0404",
            b"00",
            b"4O4",
            b"+404",
            b"404 ",
            b"999999",
        ] {
            assert_eq!(decimal(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn search_finds_every_code_and_nothing_else() {
        let codes = [1u16, 5, 9, 700, 65535];
        // The same codes, little-endian: 700 is 0x02BC.
        let bytes = [1, 0, 5, 0, 9, 0, 0xBC, 0x02, 0xFF, 0xFF];
        for (i, &code) in codes.iter().enumerate() {
            assert_eq!(search(&bytes, code), Some(i));
        }
        for miss in [0, 2, 10, 699, 701, 65534] {
            assert_eq!(search(&bytes, miss), None);
        }
        assert_eq!(search(&[], 1), None);
    }
}
