//! Support for the code `status_codes!` generates. Not public API: nothing
//! here is covered by semver, and the names may change in any release.
//!
//! The generated code holds only data (one `Table` per enum); every lookup is
//! one of the generic functions below, so the logic exists once and is tested
//! once, whatever tables a program declares.

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

/// One row of a table, in code order.
#[derive(Debug)]
pub struct Entry {
    pub code: u16,
    pub name: &'static str,
    pub constant: &'static str,
    pub phrase: &'static str,
    pub description: &'static str,
    /// `"404 Not Found"`, precomputed for `Display`.
    pub display: &'static str,
    /// The variant's name, `"NotFound"`, for `Debug`.
    pub variant: &'static str,
    /// The constant names of the deprecated aliases.
    pub aliases: &'static [&'static str],
}

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
    /// Every string `FromStr` accepts besides a decimal code, with the
    /// position of its entry.
    pub keys: &'static [(&'static str, u16)],
    /// Open addressing over `keys` by [`name_hash`]: a power-of-two count,
    /// at most half full, each slot a key index plus one (zero: empty).
    pub slots: &'static [u32],
    /// The longest key: longer inputs are rejected without hashing.
    pub max_key_len: usize,
    /// Bit `n` is set when some key is `n` bytes long (bit 63: 63 or more):
    /// an input of another length is rejected without hashing.
    pub key_lengths: u64,
    /// Bit `n` is set when some code has `n` decimal digits (1 to 5): for an
    /// HTTP table only three-digit text is parsed at all.
    pub code_lengths: u8,
    /// The characters keys start and end with, as bits by [`key_char`]: an
    /// input whose first or last character no key has is rejected without
    /// hashing.
    pub key_firsts: u64,
    pub key_lasts: u64,
}

/// A key character's bit: `A`-`Z` (either case) 0 to 25, `0`-`9` 26 to 35,
/// `_` 36; anything else 63, which no mask has. The macro has a copy.
#[inline]
pub const fn key_char(byte: u8) -> u32 {
    match byte {
        b'A'..=b'Z' => (byte - b'A') as u32,
        b'a'..=b'z' => (byte - b'a') as u32,
        b'0'..=b'9' => 26 + (byte - b'0') as u32,
        b'_' => 36,
        _ => 63,
    }
}

/// How a code finds its position in the table.
#[derive(Debug)]
pub enum Codes {
    /// Codes `min..min + index.len()`: the position of each code's entry,
    /// [`HOLE`] where the table has no such code.
    Dense { min: u16, index: &'static [u16] },
    /// Codes too far apart for a dense index, sorted: binary search.
    Sparse { codes: &'static [u16] },
}

/// What a dense index holds for a code the table lacks. A table of all
/// 65,536 codes has no holes, so the one position equal to `HOLE` is still
/// found: a position is valid exactly when it is below the entry count.
pub const HOLE: u16 = u16::MAX;

/// The position of `code` in the table, if it has the code.
#[inline]
const fn position(table: &Table, code: u16) -> Option<usize> {
    let position = match table.codes {
        Codes::Dense { min, index } => {
            let offset = code.wrapping_sub(min) as usize;
            if offset >= index.len() {
                return None;
            }
            index[offset] as usize
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

/// Binary search over sorted codes.
const fn search(codes: &[u16], code: u16) -> Option<usize> {
    let (mut low, mut high) = (0, codes.len());
    while low < high {
        let mid = low + (high - low) / 2;
        if codes[mid] == code {
            return Some(mid);
        } else if codes[mid] < code {
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

/// `FromStr`'s lookup: a decimal code, or a name, constant name or alias in
/// any ASCII case; nothing else. A decimal code goes through the enum's own
/// `from_u16`, so it takes the same one-load path where the table has
/// `__BY_CODE`.
///
/// It returns an `Option`, and the generated `from_str` builds the error:
/// kept small, this inlines into every `from_str`, and where the caller
/// drops the error (`.ok()`, `is_err()`) the optimizer drops building it.
#[inline]
pub fn parse<T: Copy>(
    table: &Table,
    all: &[T],
    from_code: fn(u16) -> Option<T>,
    s: &str,
) -> Option<T> {
    let bytes = s.as_bytes();
    match bytes.first() {
        Some(b'0'..=b'9') if table.code_lengths & (1 << bytes.len().min(7)) != 0 => {
            from_code(decimal(bytes)?)
        }
        // Keys start with a letter; most garbage does not.
        Some(&first) if first.is_ascii_alphabetic() && may_be_key(table, bytes) => {
            all.get(by_name(table, bytes)?).copied()
        }
        _ => None,
    }
}

/// Whether `input` is `key` in any ASCII case. Keys are SCREAMING_SNAKE_CASE,
/// already upper case, so only the input needs folding: one branch-free
/// operation a byte, with no early exit for the compiler to keep.
#[inline]
fn matches_key(key: &[u8], input: &[u8]) -> bool {
    key.len() == input.len()
        && key
            .iter()
            .zip(input)
            .fold(0u8, |diff, (&k, &x)| diff | (k ^ x.to_ascii_uppercase()))
            == 0
}

/// Whether some key of the table has the input's length, first character
/// and last character: a few bit tests that spare most garbage the hash.
#[inline]
fn may_be_key(table: &Table, bytes: &[u8]) -> bool {
    let len = bytes.len();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    len <= table.max_key_len
        && table.key_lengths & (1 << len.min(63)) != 0
        && table.key_firsts & (1 << key_char(first)) != 0
        && table.key_lasts & (1 << key_char(last)) != 0
}

/// A canonical decimal `u16`: digits only, no sign, no leading zero.
///
/// Unrolled by length: each shape is straight-line code, so a rejected
/// input costs what an accepted one does (`http` parses its fixed three
/// digits the same way).
#[inline]
fn decimal(bytes: &[u8]) -> Option<u16> {
    #[inline]
    fn digit(byte: u8) -> Option<u32> {
        let digit = byte.wrapping_sub(b'0');
        if digit <= 9 {
            Some(u32::from(digit))
        } else {
            None
        }
    }
    let value = match *bytes {
        [a] => digit(a)?,
        [b'0', ..] => return None,
        [a, b] => digit(a)? * 10 + digit(b)?,
        [a, b, c] => digit(a)? * 100 + digit(b)? * 10 + digit(c)?,
        [a, b, c, d] => digit(a)? * 1000 + digit(b)? * 100 + digit(c)? * 10 + digit(d)?,
        [a, b, c, d, e] => {
            digit(a)? * 10_000 + digit(b)? * 1000 + digit(c)? * 100 + digit(d)? * 10 + digit(e)?
        }
        _ => return None,
    };
    u16::try_from(value).ok()
}

/// The position of the entry a name, constant name or alias belongs to.
/// Not `#[inline]`: inlined, it makes `parse` too big to inline into each
/// table's `from_str`, and the decimal path then pays an indirect call.
fn by_name(table: &Table, bytes: &[u8]) -> Option<usize> {
    let slots = table.slots;
    let mask = slots.len().wrapping_sub(1);
    // Truncation is the point: the low bits pick the slot.
    #[allow(clippy::cast_possible_truncation)]
    let mut slot = name_hash(bytes) as usize & mask;
    // Bounded by the slot count, so even a malformed table cannot loop.
    for _ in 0..slots.len() {
        let key = slots[slot] as usize;
        if key == 0 {
            return None;
        }
        if let Some(&(text, position)) = table.keys.get(key - 1) {
            if text.len() == bytes.len() && matches_key(text.as_bytes(), bytes) {
                return Some(usize::from(position));
            }
        }
        slot = (slot + 1) & mask;
    }
    None
}

const MUL: u64 = 0x9E37_79B9_7F4A_7C15;
const MIX: u64 = 0xFF51_AFD7_ED55_8CCD;
/// Setting bit 5 of every byte folds ASCII uppercase onto lowercase.
const FOLD: u64 = 0x2020_2020_2020_2020;

/// The macro's `hash::name_hash`, byte for byte: the macro lays the slots out
/// with its copy, lookups probe with this one. Both are pinned to the same
/// golden values by a unit test on each side.
#[inline]
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
        assert_eq!(name_hash(b"NOT_FOUND"), name_hash(b"not_found"));
        assert_eq!([name_hash(b"OK"), name_hash(b"HTTP_404_NOT_FOUND")], GOLDEN);
    }

    const GOLDEN: [u64; 2] = [0xA224_4131_9537_B6F8, 0xE17F_79B1_21E9_3574];

    #[test]
    fn matches_key_is_ascii_case_insensitive_and_exact() {
        assert!(matches_key(b"NOT_FOUND", b"not_found"));
        assert!(matches_key(b"HTTP_404_NOT_FOUND", b"Http_404_Not_Found"));
        assert!(!matches_key(b"NOT_FOUND", b"NOT_FOUNE"));
        assert!(!matches_key(b"NOT_FOUND", b"NOT_FOUN"));
        // Folding tricks that OR in 0x20 would take these for `0` and `_`.
        assert!(!matches_key(b"A0", b"A\x10"));
        assert!(!matches_key(b"A_B", b"A\x7fB"));
        for k in (b'0'..=b'9').chain(b'A'..=b'Z').chain([b'_']) {
            for x in 0..=u8::MAX {
                assert_eq!(
                    matches_key(&[k], &[x]),
                    [k].eq_ignore_ascii_case(&[x]),
                    "{k} {x}"
                );
            }
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
        let codes = [1, 5, 9, 700, 65535];
        for (i, &code) in codes.iter().enumerate() {
            assert_eq!(search(&codes, code), Some(i));
        }
        for miss in [0, 2, 10, 699, 701, 65534] {
            assert_eq!(search(&codes, miss), None);
        }
        assert_eq!(search(&[], 1), None);
    }
}
