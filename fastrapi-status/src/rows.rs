//! The data a generated table holds: its rows and its indexes, laid out as
//! the macro writes them (its `expand.rs` and `blob.rs`) and as the engine
//! (`lookup.rs`) reads them. Hidden API, reached through `__private`.

#[cfg(doc)]
use crate::__private::{name_hash, words, write_variant};

/// One row of a table, in code order.
#[derive(Debug)]
pub struct Entry {
    /// The code, `404`.
    pub code: u16,
    /// The name as declared, `NOT_FOUND`.
    pub name: &'static str,
    /// The constant's name, `HTTP_404_NOT_FOUND`.
    pub constant: &'static str,
    /// The reason phrase, `Not Found`.
    pub phrase: &'static str,
    /// The description as declared.
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

/// Where a generated table keeps its data: implemented by the expansion,
/// so the data is no inherent item of the user's enum (rust-analyzer offers
/// a crate's own hidden items in completion; a trait it has not imported
/// it does not).
pub trait TableData {
    /// The rows and indexes.
    const TABLE: &'static Table;
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
    /// The index by code: how a code finds its row.
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
    /// Each entry's `#[spec]`, parallel to `entries`; [`NO_SPECS`] for a
    /// table without any, which then holds nothing per entry.
    pub specs: &'static [Spec],
    /// The deprecated entries, by position, in position order;
    /// [`NO_DEPRECATED`] for a table without any.
    pub deprecated: &'static [Deprecated],
}

/// An entry's `#[spec]`: the document's reference, and its address (`""`
/// where the attribute gives none, or for an entry without `#[spec]` in a
/// table where others have one: then `reference` is `""` too).
#[derive(Debug)]
pub struct Spec {
    /// `RFC 9110, Section 15.5.5`.
    pub reference: &'static str,
    /// `https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5`.
    pub url: &'static str,
}

/// A deprecated entry: where it is, and its note.
#[derive(Debug)]
pub struct Deprecated {
    /// The entry's position in `entries`.
    pub position: usize,
    /// The `#[deprecated]` note, `""` without one.
    pub note: &'static str,
}

/// The specs of a table without any.
pub const NO_SPECS: &[Spec] = &[];

/// The deprecated entries of a table without any.
pub const NO_DEPRECATED: &[Deprecated] = &[];

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
    Consecutive {
        /// The lowest code.
        min: u16,
    },
    /// Codes `min..min + index.len() / 2`: the position of each code's
    /// entry as a little-endian `u16`, [`HOLE`] where the table has no such
    /// code. Bytes, as the name index is, for compile time.
    Dense {
        /// The lowest code.
        min: u16,
        /// Two bytes a code, from `min` up.
        index: &'static [u8],
    },
    /// Codes too far apart for a dense index, sorted, each a little-endian
    /// `u16`: binary search.
    Sparse {
        /// Two bytes a code, sorted.
        codes: &'static [u8],
    },
}

/// What a dense index holds for a code the table lacks. A table of all
/// 65,536 codes has no holes, so the one position equal to `HOLE` is still
/// found: a position is valid exactly when it is below the entry count.
pub const HOLE: u16 = u16::MAX;
