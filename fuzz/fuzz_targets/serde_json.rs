//! Arbitrary bytes as JSON into every table's and every `Code`'s
//! `Deserialize`: what deserializes agrees with a reference read from the
//! JSON's own value, and nothing panics.

#![no_main]

use fastrapi_status::{Code, HttpStatus, StatusTable, WsCloseCode};
use fastrapi_status_fuzz::reference;
use fastrapi_status_fuzz::tables::Awkward;
use libfuzzer_sys::fuzz_target;

fn check<T: StatusTable + serde::de::DeserializeOwned>(data: &[u8]) {
    let value = serde_json::from_slice::<serde_json::Value>(data).ok();
    let expected = value.as_ref().and_then(|v| {
        reference::json(
            v,
            |c| reference::from_u16::<T>(c).is_some(),
            |s| reference::parse::<T>(s).map(StatusTable::as_u16),
        )
    });
    let ours = serde_json::from_slice::<T>(data)
        .ok()
        .map(StatusTable::as_u16);
    assert_eq!(
        ours,
        expected,
        "{} from {:?}",
        T::TABLE_NAME,
        String::from_utf8_lossy(data)
    );
    let expected = value
        .as_ref()
        .and_then(|v| reference::json(v, |c| T::KIND.contains(c), reference::code::<T>));
    let ours = serde_json::from_slice::<Code<T>>(data).ok().map(u16::from);
    assert_eq!(
        ours,
        expected,
        "Code<{}> from {:?}",
        T::TABLE_NAME,
        String::from_utf8_lossy(data)
    );
    if let Some(code) = ours {
        let back = serde_json::to_string(&Code::<T>::new(code).unwrap()).unwrap();
        assert_eq!(back, code.to_string());
    }
}

fuzz_target!(|data: &[u8]| {
    check::<HttpStatus>(data);
    check::<WsCloseCode>(data);
    check::<Awkward>(data);
});
