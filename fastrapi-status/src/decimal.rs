//! Decimal text to a code, as `parse` and `Code<T>`'s parser read it:
//! canonical digits only (no sign, space or leading zero).

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
