//! Data literals written as a person writes them: seeds and masks in hex or
//! binary, byte strings of rows one row a line.

use proc_macro2::Literal;

/// `0x0D38_A2E6_8B2F_5A1A`: a seed (`width` 16) or a bit mask (`width`
/// 0, no leading zeros) as a person writes one.
pub fn hex_literal(value: u64, width: usize) -> Literal {
    let digits = format!("{value:0width$X}");
    literal(&format!("0x{}", grouped(&digits, 4)))
}

/// A byte string of fixed-size rows, one row a line (a `\` at a line's end
/// continues the string), so the printed key slots read as a table.
pub fn rows_literal(bytes: &[u8], row: usize) -> Literal {
    let mut text = String::with_capacity(bytes.len() * 2 + 2);
    text.push_str("b\"");
    for (at, &byte) in bytes.iter().enumerate() {
        let starts_row = at % row == 0;
        if starts_row && at > 0 {
            // The continuation skips the next line's leading white space:
            // the indent is for the reader of the printed expansion.
            text.push_str("\\\n            ");
        }
        match byte {
            b'\\' => text.push_str("\\\\"),
            b'"' => text.push_str("\\\""),
            0 => text.push_str("\\0"),
            // A row's first space would be skipped with the white space.
            b' ' if starts_row => text.push_str("\\x20"),
            0x20..=0x7E => text.push(char::from(byte)),
            _ => text.push_str(&format!("\\x{byte:02X}")),
        }
    }
    text.push('"');
    text.parse().unwrap_or_else(|_| Literal::byte_string(bytes))
}

/// `0b1000`: a bit mask of few bits, bit `n` readable as the `n`-th digit.
pub fn binary_literal(value: u8) -> Literal {
    literal(&format!("0b{value:b}"))
}

/// Digits in groups of `size` from the right, joined by `_`.
fn grouped(digits: &str, size: usize) -> String {
    let mut out = String::new();
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at) % size == 0 {
            out.push('_');
        }
        out.push(digit);
    }
    out
}

/// A literal from its text; the texts here are always valid literals.
fn literal(text: &str) -> Literal {
    text.parse().unwrap_or_else(|_| Literal::u64_unsuffixed(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn rows_literal_is_the_bytes() {
        let bytes: Vec<u8> = (0..=255u8).chain(*b" a\\\" ").collect();
        let literal = rows_literal(&bytes, 16);
        let parsed: syn::LitByteStr = syn::parse2(quote!(#literal)).unwrap();
        assert_eq!(parsed.value(), bytes);
        assert_eq!(
            literal.to_string().lines().count(),
            bytes.len().div_ceil(16)
        );
    }

    #[test]
    fn literal_texts() {
        assert_eq!(grouped("48A44", 4), "4_8A44");
        assert_eq!(grouped("C0", 4), "C0");
        assert_eq!(hex_literal(1, 16).to_string(), "0x0000_0000_0000_0001");
        assert_eq!(binary_literal(0b1000).to_string(), "0b1000");
    }
}
