//! Arbitrary bytes as text, valid UTF-8 or not, into every table's
//! `FromStr`, `parse` and `from_name` (the `const fn` engine) and every
//! `Code`'s parser, each against a linear-scan reference; the first bytes
//! as a `u16` into `from_u16`, `Code::new` and `TryFrom`.

#![no_main]

use fastrapi_status::{HttpStatus, WsCloseCode};
use fastrapi_status_fuzz::reference::{check_code, check_text};
use fastrapi_status_fuzz::tables::Awkward;
use libfuzzer_sys::fuzz_target;

fn all(s: &str) {
    check_text::<HttpStatus>(s);
    check_text::<WsCloseCode>(s);
    check_text::<Awkward>(s);
}

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        all(s);
    }
    all(&String::from_utf8_lossy(data));
    if let [a, b, ..] = *data {
        let n = u16::from_le_bytes([a, b]);
        check_code::<HttpStatus>(n);
        check_code::<WsCloseCode>(n);
        check_code::<Awkward>(n);
    }
});
