//! The lookup engine every generated table calls: by code, by name, and
//! `parse`'s split between the two. All `const fn`, so the lookups work in
//! `const` items; the logic exists once and is tested once, whatever tables
//! a program declares.

use crate::bytes::{chunk, u16_at, u32_at, word_at};
use crate::decimal::decimal;
use crate::name_hash::{bucket, hash_words, slot, upper, words};
use crate::rows::{Codes, Entry, Spec, Table, TableData, KEY_ROW};

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

/// The entry of a variant of `T`, by its code.
#[inline]
pub const fn entry_of<T: TableData>(code: u16) -> &'static Entry {
    entry(T::TABLE, code)
}

/// The `#[spec]` of the entry of a code the table is known to have; `None`
/// where the entry gives none.
#[inline]
pub const fn spec(table: &Table, code: u16) -> Option<&'static Spec> {
    let Some(position) = position(table, code) else {
        return None;
    };
    if position >= table.specs.len() {
        return None;
    }
    let spec = &table.specs[position];
    if spec.reference.is_empty() {
        None
    } else {
        Some(spec)
    }
}

/// The address of that `#[spec]`, where it gives one.
#[inline]
pub const fn spec_url(table: &Table, code: u16) -> Option<&'static str> {
    match spec(table, code) {
        Some(spec) if !spec.url.is_empty() => Some(spec.url),
        _ => None,
    }
}

/// The `#[deprecated]` note of the entry of a code (`""` without one);
/// `None` for an entry that is not deprecated. A linear scan: tables
/// deprecate few entries, and most none.
#[inline]
pub const fn deprecation(table: &Table, code: u16) -> Option<&'static str> {
    let Some(position) = position(table, code) else {
        return None;
    };
    let mut at = 0;
    while at < table.deprecated.len() {
        if table.deprecated[at].position == position {
            return Some(table.deprecated[at].note);
        }
        at += 1;
    }
    None
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

/// Whether the bytes between the first eight and the last eight (the words
/// already compared) of an input match the key whose text starts at `key`
/// in `text`, eight at a time. Keys of up to 16 bytes have none.
#[inline]
pub(crate) const fn middle_matches(text: &[u8], key: usize, input: &[u8]) -> bool {
    let mut at = 8;
    while at + 8 < input.len() {
        if upper(word_at(input, at)) != word_at(text, key + at) {
            return false;
        }
        at += 8;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

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
