//! The name index as byte strings, as the facade reads them (its `KEY_ROW`
//! documents a slot): rustc checks a byte string as one value.

use super::hash;

/// The bytes of one key's slot; the facade's `KEY_ROW`.
pub const KEY_ROW: usize = 48;

/// Keys over this many bytes have their text in the text blob: up to
/// here the first and last words are the whole key.
const WORDS_COVER: usize = 16;

/// `values` as little-endian `u16`s, one after another.
pub fn u16s(values: &[u16]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(values.len() * 2);
    for value in values {
        bytes.extend_from_slice(&value.to_le_bytes());
    }
    bytes
}

/// `values` as little-endian `u32`s, one after another.
pub fn u32s(values: &[u32]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(values.len() * 4);
    for value in values {
        bytes.extend_from_slice(&value.to_le_bytes());
    }
    bytes
}

/// The key slots and the text blob: `slots` holds, in slot order, the
/// index into `keys` of the key in each slot (`None` for a free one), and
/// `keys` each key's text (upper case) with its entry's position.
pub fn key_rows(slots: &[Option<usize>], keys: &[(String, u16)]) -> (Vec<u8>, Vec<u8>) {
    let mut rows = Vec::with_capacity(slots.len() * KEY_ROW);
    let mut text = Vec::new();
    for slot in slots {
        let Some((key, position)) = slot.and_then(|key| keys.get(key)) else {
            rows.extend_from_slice(&[0; KEY_ROW]);
            continue;
        };
        let (head, tail) = hash::words(key.as_bytes());
        let (head_letters, tail_letters) = (hash::letters(head), hash::letters(tail));
        let text_at = if key.len() > WORDS_COVER {
            let at = text.len();
            text.extend_from_slice(key.as_bytes());
            at
        } else {
            0
        };
        // The length a whole word, so the lookup compares it straight
        // from the slot, as it does the other words.
        let len = key.len() as u64;
        for word in [
            head | head_letters,
            tail | tail_letters,
            head_letters,
            tail_letters,
            len,
        ] {
            rows.extend_from_slice(&word.to_le_bytes());
        }
        // Blobs stay far below 4 GiB; saturating only keeps this total.
        for field in [usize::from(*position), text_at] {
            rows.extend_from_slice(&u32::try_from(field).unwrap_or(u32::MAX).to_le_bytes());
        }
    }
    (rows, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slot_holds_the_words_masks_length_position_and_text() {
        let keys = [("OK".to_owned(), 3), ("HTTP_404_NOT_FOUND".to_owned(), 7)];
        let (rows, text) = key_rows(&[None, Some(1), Some(0)], &keys);
        assert_eq!(rows.len(), 3 * KEY_ROW);
        assert!(rows[..KEY_ROW].iter().all(|&b| b == 0), "a free slot");
        let row = &rows[KEY_ROW..2 * KEY_ROW];
        assert_eq!(&row[0..8], b"http_404");
        assert_eq!(&row[8..16], b"not_found"[1..].as_ref());
        assert_eq!(row[16..24], [0x20, 0x20, 0x20, 0x20, 0, 0, 0, 0]);
        assert_eq!(
            &row[32..48],
            &[18, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0]
        );
        assert_eq!(text, b"HTTP_404_NOT_FOUND");
        let short = &rows[2 * KEY_ROW..];
        assert_eq!(&short[0..8], b"ok\0\0\0\0\0\0");
        assert_eq!(&short[32..44], &[2, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0]);
        assert_eq!(u16s(&[1, 0x0203]), [1, 0, 3, 2]);
        assert_eq!(u32s(&[1, 0x0203_0405]), [1, 0, 0, 0, 5, 4, 3, 2]);
    }
}
