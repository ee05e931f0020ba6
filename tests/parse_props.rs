//! `FromStr` over arbitrary strings: it never panics, and it accepts exactly
//! the decimal codes, names, constant names and aliases of the table, in any
//! ASCII case. The model it is checked against is built independently from
//! the accessors, not from the generated index.

use std::collections::HashMap;

use fastrapi_status::{HttpStatus, StatusTable, WsCloseCode};
use proptest::prelude::*;

/// Every accepted string, uppercased, with the status it names.
fn model<T: StatusTable>() -> HashMap<String, T> {
    let mut keys = HashMap::new();
    for &status in T::ALL {
        keys.insert(status.as_u16().to_string(), status);
        keys.insert(status.name().to_owned(), status);
        keys.insert(status.constant_name().to_owned(), status);
        for alias in status.aliases() {
            keys.insert((*alias).to_owned(), status);
            // The alias's name: its constant without the `PREFIX_CODE_`.
            let short = alias.splitn(3, '_').nth(2).unwrap();
            keys.insert(short.to_owned(), status);
        }
    }
    keys
}

fn check<T: StatusTable>(input: &str, keys: &HashMap<String, T>) -> Result<(), TestCaseError> {
    let expected = keys.get(&input.to_ascii_uppercase()).copied();
    // Non-ASCII input never matches: `to_ascii_uppercase` keeps it as is and
    // no key has any, so the model agrees without a special case.
    match input.parse::<T>() {
        Ok(status) => prop_assert_eq!(Some(status), expected, "{:?} was accepted", input),
        Err(err) => {
            prop_assert_eq!(None, expected, "{:?} was rejected", input);
            prop_assert_eq!(err.table(), T::TABLE_NAME);
            prop_assert!(input.starts_with(err.input()));
        }
    }
    Ok(())
}

/// Inputs near the accepted ones: keys with their case flipped at random,
/// one byte changed, a prefix or suffix added, and codes in odd spellings.
fn near_miss() -> impl Strategy<Value = String> {
    let keys: Vec<String> = model::<HttpStatus>()
        .into_keys()
        .chain(model::<WsCloseCode>().into_keys())
        .collect();
    (
        prop::sample::select(keys),
        any::<u64>(),
        0..6u8,
        "[ -~]{0,2}",
    )
        .prop_map(|(key, bits, op, extra)| {
            let flipped: String = key
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    if bits >> (i % 64) & 1 == 1 {
                        c.to_ascii_lowercase()
                    } else {
                        c
                    }
                })
                .collect();
            match op {
                0 | 1 => flipped,
                2 => format!("{flipped}{extra}"),
                3 => format!("{extra}{flipped}"),
                4 => {
                    let mut bytes = flipped.into_bytes();
                    let i = (bits as usize) % bytes.len();
                    bytes[i] = bytes[i].wrapping_add(1) & 0x7f;
                    String::from_utf8(bytes).unwrap()
                }
                _ => format!("{}{}", ["0", "+", "-", " ", "00"][(bits % 5) as usize], key),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(input in any::<String>()) {
        check(&input, &model::<HttpStatus>())?;
        check(&input, &model::<WsCloseCode>())?;
    }

    #[test]
    fn near_misses(input in near_miss()) {
        check(&input, &model::<HttpStatus>())?;
        check(&input, &model::<WsCloseCode>())?;
    }

    #[test]
    fn decimal_strings(n in 0u32..200_000, zeros in 0usize..3) {
        let input = format!("{}{n}", "0".repeat(zeros));
        check(&input, &model::<HttpStatus>())?;
        check(&input, &model::<WsCloseCode>())?;
    }

    #[test]
    fn round_trips(i in 0usize..HttpStatus::ALL.len(), j in 0usize..WsCloseCode::ALL.len()) {
        let status = HttpStatus::ALL[i];
        prop_assert_eq!(status.to_string().split_once(' ').unwrap().0.parse(), Ok(status));
        prop_assert_eq!(HttpStatus::try_from(u16::from(status)), Ok(status));
        let close = WsCloseCode::ALL[j];
        prop_assert_eq!(close.constant_name().to_lowercase().parse(), Ok(close));
    }
}

/// Every byte of every key swapped for every ASCII byte: lookups fold case
/// by setting bit `0x20`, which also maps DEL onto `_` and control bytes
/// onto digits, so only a key's letters may match in the other case.
#[test]
fn every_byte_of_every_key_swapped_for_every_ascii_byte() {
    fn swap_all<T: StatusTable>() {
        let keys = model::<T>();
        for key in keys.keys() {
            for at in 0..key.len() {
                for byte in 0..=0x7F {
                    let mut bytes = key.clone().into_bytes();
                    bytes[at] = byte;
                    let input = String::from_utf8(bytes).expect("ASCII");
                    check(&input, &keys).unwrap();
                }
            }
        }
    }
    swap_all::<HttpStatus>();
    swap_all::<WsCloseCode>();
}
