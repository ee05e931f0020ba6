//! `from_u16` and `TryFrom<u16>` over all 65,536 `u16` values, against the
//! codes of the reference data.

use std::collections::BTreeSet;

use fastrapi_status::{HttpStatus, StatusTable, WsCloseCode};

fn codes(tsv: &str) -> BTreeSet<u16> {
    tsv.lines()
        .skip(1)
        .map(|l| l.split('\t').next().unwrap().parse().unwrap())
        .collect()
}

fn check<T: StatusTable>(known: &BTreeSet<u16>) {
    let mut found = 0;
    for code in 0..=u16::MAX {
        match T::from_u16(code) {
            Some(status) => {
                assert!(known.contains(&code), "{code} should be unknown");
                assert_eq!(status.as_u16(), code);
                assert_eq!(T::try_from(code), Ok(status));
                assert_eq!(code.to_string().parse::<T>(), Ok(status));
                found += 1;
            }
            None => {
                assert!(!known.contains(&code), "{code} should be known");
                let err = T::try_from(code).unwrap_err();
                assert_eq!((err.code(), err.table()), (code, T::TABLE_NAME));
                assert!(code.to_string().parse::<T>().is_err());
            }
        }
    }
    assert_eq!(found, known.len());
}

#[test]
fn http_from_u16_is_exact_over_every_u16() {
    check::<HttpStatus>(&codes(include_str!("data/http.tsv")));
}

#[test]
fn websocket_from_u16_is_exact_over_every_u16() {
    check::<WsCloseCode>(&codes(include_str!("data/ws.tsv")));
}
