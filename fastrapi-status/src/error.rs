//! The lookup errors: [`UnknownStatusCode`], [`CodeOutOfRange`] and
//! [`ParseStatusError`].

use core::fmt;

use crate::TableKind;

/// A `u16` that is not a code of the table (the `TryFrom<u16>` error).
///
/// ```
/// use fastrapi_status::{HttpStatus, UnknownStatusCode};
///
/// let err: UnknownStatusCode = HttpStatus::try_from(499).unwrap_err();
/// assert_eq!(err.code(), 499);
/// assert_eq!(err.table(), "HttpStatus");
/// assert_eq!(err.to_string(), "499 is not a known HttpStatus code");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownStatusCode {
    table: &'static str,
    code: u16,
}

impl UnknownStatusCode {
    /// An error for `code`, which the table named `table` does not have.
    #[must_use]
    pub const fn new(table: &'static str, code: u16) -> Self {
        Self { table, code }
    }

    /// The rejected code.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The name of the table's enum, e.g. `"HttpStatus"`.
    #[must_use]
    pub const fn table(&self) -> &'static str {
        self.table
    }
}

impl fmt::Display for UnknownStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a known {} code", self.code, self.table)
    }
}

impl core::error::Error for UnknownStatusCode {}

/// A `u16` outside the range of a table's kind (the `TryFrom<u16>` error of
/// [`Code`](crate::Code)).
///
/// ```
/// use fastrapi_status::{TableKind, WsCode};
///
/// let err = WsCode::try_from(999).unwrap_err();
/// assert_eq!((err.code(), err.table(), err.kind()), (999, "WsCloseCode", TableKind::WebSocket));
/// assert_eq!(
///     err.to_string(),
///     "999 is not a code of WsCloseCode's kind (websocket): expected 1000..=4999"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CodeOutOfRange {
    table: &'static str,
    kind: TableKind,
    code: u16,
}

impl CodeOutOfRange {
    /// An error for `code`, outside the range of `kind`, the kind of the
    /// table named `table`.
    #[must_use]
    pub const fn new(table: &'static str, kind: TableKind, code: u16) -> Self {
        Self { table, kind, code }
    }

    /// The rejected code.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The name of the table's enum, e.g. `"HttpStatus"`.
    #[must_use]
    pub const fn table(&self) -> &'static str {
        self.table
    }

    /// The table's kind, whose range the code is outside.
    #[must_use]
    pub const fn kind(&self) -> TableKind {
        self.kind
    }
}

impl fmt::Display for CodeOutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not a code of {}'s kind ({}): expected {}..={}",
            self.code,
            self.table,
            self.kind,
            self.kind.min_code(),
            self.kind.max_code()
        )
    }
}

impl core::error::Error for CodeOutOfRange {}

/// How many bytes of a rejected input a [`ParseStatusError`] keeps: the crate
/// is `no_std` without `alloc`, so the error holds a bounded copy.
pub const PARSE_ERROR_INPUT_CAPACITY: usize = 32;

/// A string that is not a code, name, constant name or alias of the table
/// (the `FromStr` error).
///
/// It keeps the first [`PARSE_ERROR_INPUT_CAPACITY`] bytes of the input, cut
/// at a character boundary, so it is cheap to build and needs no allocator.
///
/// ```
/// use fastrapi_status::HttpStatus;
///
/// let err = "NOT_FOUNDD".parse::<HttpStatus>().unwrap_err();
/// assert_eq!(err.input(), "NOT_FOUNDD");
/// assert_eq!(err.table(), "HttpStatus");
/// assert_eq!(
///     err.to_string(),
///     "\"NOT_FOUNDD\" is not a known HttpStatus: expected a decimal code, a name, a constant name or an alias"
/// );
///
/// let long = "x".repeat(100);
/// let err = long.parse::<HttpStatus>().unwrap_err();
/// assert!(err.is_truncated());
/// assert_eq!(err.input().len(), 32);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseStatusError {
    table: &'static str,
    len: u8,
    truncated: bool,
    input: [u8; PARSE_ERROR_INPUT_CAPACITY],
    /// The codes a [`Code`](crate::Code) would have taken, for its errors.
    range: Option<(u16, u16)>,
}

impl ParseStatusError {
    /// An error for `input`, rejected by the table named `table`.
    // Inline, not `#[cold]`: where the caller drops the error (`.ok()`,
    // `is_err()`, `Err(_) =>`), the optimizer removes the copy altogether,
    // which makes a miss as cheap as a hit (see BENCHMARKS.md).
    #[inline]
    #[must_use]
    pub fn new(table: &'static str, input: &str) -> Self {
        let mut len = input.len().min(PARSE_ERROR_INPUT_CAPACITY);
        // Only a cut input can end inside a character.
        while !input.is_char_boundary(len) {
            len -= 1;
        }
        Self {
            table,
            // `len` is at most the capacity, 32.
            len: u8::try_from(len).unwrap_or(0),
            truncated: len < input.len(),
            // `get`, not indexing: no panic path, so where the error is
            // dropped the optimizer drops this loop and the copy too.
            input: bounded_copy(input.as_bytes().get(..len).unwrap_or_default()),
            range: None,
        }
    }

    /// The error of a [`Code`](crate::Code), which takes any decimal code in
    /// `min..=max` besides the table's names.
    #[inline]
    #[must_use]
    pub(crate) const fn with_range(mut self, min: u16, max: u16) -> Self {
        self.range = Some((min, max));
        self
    }

    /// For the error of a [`Code`](crate::Code)'s `FromStr`, the range of
    /// decimal codes it takes, e.g. `Some(100..=999)`; `None` for a table's.
    ///
    /// ```
    /// use fastrapi_status::{HttpCode, HttpStatus};
    ///
    /// let err = "0499".parse::<HttpCode>().unwrap_err();
    /// assert_eq!(err.code_range(), Some(100..=999));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "\"0499\" is not a code of HttpStatus: expected a decimal code in 100..=999 \
    ///      (no sign, space or leading zero), a name, a constant name or an alias"
    /// );
    /// assert_eq!("499".parse::<HttpStatus>().unwrap_err().code_range(), None);
    /// ```
    #[must_use]
    pub fn code_range(&self) -> Option<core::ops::RangeInclusive<u16>> {
        self.range.map(|(min, max)| min..=max)
    }

    /// The rejected input, or its first bytes if it was longer than
    /// [`PARSE_ERROR_INPUT_CAPACITY`] (see [`is_truncated`](Self::is_truncated)).
    #[must_use]
    pub fn input(&self) -> &str {
        let bytes = self.input.get(..usize::from(self.len)).unwrap_or_default();
        // Always valid: `new` cuts at a character boundary.
        core::str::from_utf8(bytes).unwrap_or_default()
    }

    /// Whether [`input`](Self::input) is only the start of the rejected text.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// The name of the table's enum, e.g. `"HttpStatus"`.
    #[must_use]
    pub const fn table(&self) -> &'static str {
        self.table
    }
}

/// `bytes` (at most the capacity) at the start of a zeroed array. Failed
/// parses are a hot path for a server, so no variable-length `memcpy`: two
/// fixed-size copies that overlap cover every length from `w` to `2w`.
#[inline]
fn bounded_copy(bytes: &[u8]) -> [u8; PARSE_ERROR_INPUT_CAPACITY] {
    let mut out = [0u8; PARSE_ERROR_INPUT_CAPACITY];
    let n = bytes.len().min(PARSE_ERROR_INPUT_CAPACITY);
    let mut pair = |width: usize| {
        out[..width].copy_from_slice(&bytes[..width]);
        out[n - width..n].copy_from_slice(&bytes[n - width..n]);
    };
    match n {
        16.. => pair(16),
        8..=15 => pair(8),
        4..=7 => pair(4),
        2..=3 => pair(2),
        1 => out[0] = bytes[0],
        0 => {}
    }
    out
}

impl fmt::Debug for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseStatusError")
            .field("table", &self.table)
            .field("input", &self.input())
            .field("truncated", &self.truncated)
            .field("code_range", &self.code_range())
            .finish()
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ellipsis = if self.truncated { "..." } else { "" };
        match self.range {
            None => write!(
                f,
                "{:?}{ellipsis} is not a known {}: expected a decimal code, a name, a constant name or an alias",
                self.input(),
                self.table
            ),
            Some((min, max)) => write!(
                f,
                "{:?}{ellipsis} is not a code of {}: expected a decimal code in {min}..={max} \
                 (no sign, space or leading zero), a name, a constant name or an alias",
                self.input(),
                self.table
            ),
        }
    }
}

impl core::error::Error for ParseStatusError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bounded_copy_keeps_every_length() {
        let text: std::vec::Vec<u8> = (1..=40).collect();
        for len in 0..=40 {
            let copy = bounded_copy(&text[..len.min(32)]);
            let kept = len.min(32);
            assert_eq!(&copy[..kept], &text[..kept], "{len}");
            assert!(copy[kept..].iter().all(|&b| b == 0), "{len}");
        }
    }

    #[test]
    fn keeps_a_bounded_prefix_cut_at_a_char_boundary() {
        let input = std::format!("{}é", "a".repeat(31)); // 'é' straddles byte 32
        let err = ParseStatusError::new("T", &input);
        assert_eq!(err.input(), "a".repeat(31).as_str());
        assert!(err.is_truncated());
        let err = ParseStatusError::new("T", "short");
        assert_eq!((err.input(), err.is_truncated()), ("short", false));
        assert_eq!(ParseStatusError::new("T", "").input(), "");
    }
}
