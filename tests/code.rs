//! `Code<T>`: every in-range code of every kind, known or not, through every
//! conversion (`u16`, text, serde, `http`), the kinds' rules, the bad inputs
//! a server meets, and `Code` of downstream and extended tables.

use std::collections::HashSet;
use std::str::FromStr;

use fastrapi_status::{
    status_codes, CloseCodeRange, Code, CodeOutOfRange, HttpCode, HttpStatus, StatusClass,
    StatusTable, TableKind, WsCloseCode, WsCode,
};

status_codes! {
    /// A downstream table of any `u16`, sparse, with an alias.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[status(prefix = JOB)]
    pub enum Job {
        0 DONE "The job finished",
        #[alias(OOM)]
        137 OUT_OF_MEMORY "The kernel killed the job",
        65535 LAST "The highest code",
    }

    /// An extended HTTP table.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[status(kind = http, prefix = HTTP, extends = HttpStatus)]
    pub enum EdgeStatus {
        #[phrase = "Client Closed Request"]
        499 CLIENT_CLOSED_REQUEST "The client closed the connection before the server answered",
    }

    /// An extended WebSocket table.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[status(prefix = CHAT, extends = WsCloseCode)]
    pub enum ChatClose {
        4000 ROOM_GONE "The chat room no longer exists",
    }
}

/// Every in-range code of `T`'s kind survives `u16`, text and serde round
/// trips, and `known()` is exactly `T::from_u16`; every other `u16` is
/// rejected by each constructor with an error naming the range.
fn round_trips<T: StatusTable + serde::Serialize + for<'de> serde::Deserialize<'de>>(
    min: u16,
    max: u16,
) {
    assert_eq!((Code::<T>::MIN, Code::<T>::MAX), (min, max));
    let mut known = 0;
    for n in 0..=u16::MAX {
        let text = n.to_string();
        let json = serde_json::to_string(&n).unwrap();
        if !(min..=max).contains(&n) {
            assert_eq!(Code::<T>::new(n), None, "{n}");
            let err: CodeOutOfRange = Code::<T>::try_from(n).unwrap_err();
            assert_eq!(
                (err.code(), err.table(), err.kind()),
                (n, T::TABLE_NAME, T::KIND)
            );
            assert!(err.to_string().contains(&format!("{min}..={max}")), "{err}");
            let err = Code::<T>::from_str(&text).unwrap_err();
            assert_eq!((err.input(), err.code_range()), (&*text, Some(min..=max)));
            let err = serde_json::from_str::<Code<T>>(&json).unwrap_err();
            assert!(err.to_string().contains(&format!("{min}..={max}")), "{err}");
            continue;
        }
        let code = Code::<T>::new(n).expect("in range");
        assert_eq!(Code::<T>::try_from(n), Ok(code));
        assert_eq!((code.as_u16(), u16::from(code)), (n, n));
        assert_eq!(code, n);
        assert_eq!(n, code);
        assert_eq!(code.known(), T::from_u16(n));
        assert_eq!(code.is_known(), T::from_u16(n).is_some());
        assert_eq!(text.parse::<Code<T>>(), Ok(code), "{text}");
        assert_eq!(Code::<T>::parse(&text), Some(code));
        assert_eq!(serde_json::to_string(&code).unwrap(), json);
        assert_eq!(serde_json::from_str::<Code<T>>(&json).unwrap(), code);
        assert_eq!(
            serde_json::from_str::<Code<T>>(&format!("{text:?}")).unwrap(),
            code
        );
        match code.known() {
            Some(status) => {
                known += 1;
                assert_eq!(Code::from(status), code);
                assert_eq!(code, status);
                assert_eq!(status, code);
                assert_eq!(code.phrase(), Some(status.phrase()));
                assert_eq!(code.name(), Some(status.name()));
                assert_eq!(code.description(), Some(status.description()));
                assert_eq!(code.to_string(), status.to_string());
                assert_eq!(format!("{code:?}"), format!("Code({n}, {status:?})"));
                for key in [status.name(), status.constant_name()]
                    .into_iter()
                    .chain(status.aliases().iter().copied())
                {
                    assert_eq!(key.parse::<Code<T>>(), Ok(code), "{key}");
                    assert_eq!(key.to_ascii_lowercase().parse::<Code<T>>(), Ok(code));
                    assert_eq!(
                        serde_json::from_str::<Code<T>>(&format!("{key:?}")).unwrap(),
                        code
                    );
                }
            }
            None => {
                assert_eq!(
                    (code.phrase(), code.name(), code.description()),
                    (None, None, None)
                );
                assert_eq!(code.to_string(), text);
                assert_eq!(format!("{code:>7}"), format!("{text:>7}"), "flags apply");
                assert_eq!(format!("{code:?}"), format!("Code({n})"));
            }
        }
    }
    assert_eq!(known, T::ALL.len(), "every entry is in range");
}

#[test]
fn every_http_code_round_trips() {
    round_trips::<HttpStatus>(100, 999);
    round_trips::<EdgeStatus>(100, 999);
}

#[test]
fn every_websocket_code_round_trips() {
    round_trips::<WsCloseCode>(1000, 4999);
    round_trips::<ChatClose>(1000, 4999);
}

#[test]
fn every_custom_code_round_trips() {
    round_trips::<Job>(0, u16::MAX);
}

#[test]
fn every_http_code_converts_losslessly_with_http_and_agrees_on_its_class() {
    for n in 0..=u16::MAX {
        let ours = HttpCode::new(n);
        let theirs = http::StatusCode::from_u16(n).ok();
        assert_eq!(
            ours.is_some(),
            theirs.is_some(),
            "{n}: the same range as http"
        );
        let (Some(ours), Some(theirs)) = (ours, theirs) else {
            continue;
        };
        assert_eq!(http::StatusCode::from(ours), theirs);
        assert_eq!(HttpCode::from(theirs), ours);
        assert_eq!(Code::<EdgeStatus>::from(theirs).as_u16(), n);
        // The class by the first digit, for any code.
        assert_eq!(ours.class(), StatusClass::from_code(n), "{n}");
        assert_eq!(
            [
                ours.is_informational(),
                ours.is_success(),
                ours.is_redirection(),
                ours.is_client_error(),
                ours.is_server_error(),
            ],
            [
                theirs.is_informational(),
                theirs.is_success(),
                theirs.is_redirection(),
                theirs.is_client_error(),
                theirs.is_server_error(),
            ],
            "{n}"
        );
        if let Some(status) = ours.known() {
            assert_eq!(Some(status.class()), ours.class());
            assert_eq!(status.is_client_error(), ours.is_client_error());
        }
    }
    let upstream = HttpCode::new(499).unwrap();
    assert_eq!(upstream.class(), Some(StatusClass::ClientError));
    assert!(upstream.is_client_error());
    assert!(upstream.known().is_none());
    assert_eq!(HttpCode::new(600).unwrap().class(), None);
}

/// RFC 6455 section 7.4, written out by range rather than by the crate's
/// own rule.
fn sendable_by_rfc(code: u16) -> bool {
    let defined_for_sending = [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011];
    let registered_by_iana = [1012, 1013, 1014];
    defined_for_sending.contains(&code)
        || registered_by_iana.contains(&code)
        || (3000..=4999).contains(&code)
}

#[test]
fn every_websocket_code_has_the_rfc_sending_rule_and_range() {
    for n in 1000..=4999 {
        let code = WsCode::new(n).unwrap();
        assert_eq!(code.is_sendable(), sendable_by_rfc(n), "{n}");
        let range = match n {
            1000..=2999 => CloseCodeRange::Protocol,
            3000..=3999 => CloseCodeRange::Registered,
            _ => CloseCodeRange::Private,
        };
        assert_eq!((code.range(), CloseCodeRange::of(n)), (range, Some(range)));
        if let Some(status) = code.known() {
            assert_eq!(status.is_sendable(), code.is_sendable(), "{status:?}");
        }
        let chat = Code::<ChatClose>::new(n).unwrap();
        assert_eq!(chat.is_sendable(), code.is_sendable());
        if let Some(status) = chat.known() {
            assert_eq!(status.is_sendable(), chat.is_sendable(), "{status:?}");
        }
    }
    for local_only in [1004, 1005, 1006, 1015, 1016, 2999] {
        assert!(
            !WsCode::new(local_only).unwrap().is_sendable(),
            "{local_only}"
        );
    }
    assert!(ChatClose::RoomGone.is_sendable());
    assert_eq!(CloseCodeRange::of(999), None);
    assert_eq!(CloseCodeRange::of(5000), None);
    assert_eq!(CloseCodeRange::Private.to_string(), "private");
}

#[test]
fn codes_of_downstream_and_extended_tables_know_their_own_entries() {
    let client_closed = Code::<EdgeStatus>::new(499).unwrap();
    assert_eq!(client_closed.known(), Some(EdgeStatus::ClientClosedRequest));
    assert_eq!(client_closed.to_string(), "499 Client Closed Request");
    assert_eq!(
        HttpCode::new(499).unwrap().known(),
        None,
        "the base does not"
    );
    assert_eq!(
        Code::<EdgeStatus>::new(404).unwrap().known(),
        Some(EdgeStatus::NotFound)
    );
    assert_eq!(
        "CHAT_4000_ROOM_GONE"
            .parse::<Code<ChatClose>>()
            .map(u16::from),
        Ok(4000)
    );
    assert_eq!(
        "oom".parse::<Code<Job>>().map(Code::known),
        Ok(Some(Job::OutOfMemory))
    );
    assert_eq!("65535".parse::<Code<Job>>().map(u16::from), Ok(65535));
    assert_eq!("31337".parse::<Code<Job>>().map(Code::known), Ok(None));
    assert_eq!(Code::<Job>::new(0).unwrap().to_string(), "0 Done");
    assert_eq!(Code::<Job>::new(7).unwrap().to_string(), "7");
    assert_eq!(<Job as StatusTable>::KIND, TableKind::Custom);
    assert_eq!(<EdgeStatus as StatusTable>::KIND, TableKind::Http);
    assert_eq!(<ChatClose as StatusTable>::KIND, TableKind::WebSocket);
}

#[test]
fn order_equality_and_hash_are_by_code() {
    let codes: Vec<HttpCode> = [999, 100, 499, 404, 200]
        .map(|n| HttpCode::new(n).unwrap())
        .into();
    let mut sorted = codes.clone();
    sorted.sort();
    let numbers: Vec<u16> = sorted.iter().map(|c| c.as_u16()).collect();
    assert_eq!(numbers, [100, 200, 404, 499, 999]);
    let set: HashSet<HttpCode> = codes.iter().copied().chain(codes.iter().copied()).collect();
    assert_eq!(set.len(), 5);
    assert!(set.contains(&HttpCode::from(HttpStatus::NotFound)));
    assert!(HttpCode::new(404).unwrap() < HttpCode::new(499).unwrap());
    assert_ne!(HttpCode::from(HttpStatus::Ok), HttpStatus::NotFound);
}

/// The inputs a server meets that are no code: the same clean `None` from
/// `parse` and an error naming the input and range from `FromStr`, never a
/// panic.
#[test]
fn malformed_text_is_rejected_cleanly() {
    let long = "4".repeat(100_000);
    let lossy = String::from_utf8_lossy(&[b'4', 0xFF, b'9']).into_owned();
    let bad = [
        "",
        "0499",
        " 499",
        "499 ",
        "+499",
        "-499",
        "4x9",
        "4_99",
        "0x1f3",
        "499.0",
        "1e3",
        "00",
        "0",
        "99",
        "1000",
        "65536",
        "99999999999",
        "499\n",
        "４９９",
        "NOT_A_STATUS",
        "HTTP_499",
        "not found",
        &long,
        &lossy,
    ];
    for input in bad {
        assert_eq!(HttpCode::parse(input), None, "{input:?}");
        let err = input.parse::<HttpCode>().unwrap_err();
        assert_eq!(err.code_range(), Some(100..=999));
        assert!(input.starts_with(err.input()), "{input:?}");
        assert!(err.to_string().contains("100..=999"), "{err}");
        assert_eq!(
            serde_json::from_str::<HttpCode>(&format!("{input:?}")).ok(),
            None
        );
    }
    let err = long.parse::<HttpCode>().unwrap_err();
    assert!(err.is_truncated() && err.input().len() == 32);
    for input in ["999", "1000", "4999"] {
        assert!(
            input.parse::<WsCode>().is_err() != (input != "999"),
            "{input}"
        );
    }
}

#[test]
fn deserializing_anything_but_a_number_or_text_is_an_error() {
    for json in [
        "null",
        "true",
        "404.0",
        "4.04e2",
        "-404",
        "-1",
        "[404]",
        "{}",
        r#"{"code":404}"#,
        "65536",
        "1e3",
        "\"\"",
        "18446744073709551616",
    ] {
        assert!(serde_json::from_str::<HttpCode>(json).is_err(), "{json}");
        assert!(serde_json::from_str::<WsCode>(json).is_err(), "{json}");
    }
    let err = serde_json::from_str::<WsCode>("999")
        .unwrap_err()
        .to_string();
    assert!(err.contains("999") && err.contains("1000..=4999"), "{err}");
}

// `const fn` parsing, in `const` items, `static`s and match guards.
const TEAPOT: HttpStatus = match HttpStatus::parse("im_a_teapot") {
    Some(status) => status,
    None => panic!("not a status"),
};
static GONE: Option<ChatClose> = ChatClose::from_name("room_gone");
const BY_CODE: Option<HttpStatus> = HttpStatus::parse("404");
const NOT_BY_NAME: Option<HttpStatus> = HttpStatus::from_name("404");
const UPSTREAM: HttpCode = match HttpCode::new(499) {
    Some(code) => code,
    None => panic!("not an HTTP code"),
};

#[test]
fn parsing_works_in_const_items_and_match_guards() {
    assert_eq!(TEAPOT, HttpStatus::ImATeapot);
    assert_eq!(GONE, Some(ChatClose::RoomGone));
    assert_eq!((BY_CODE, NOT_BY_NAME), (Some(HttpStatus::NotFound), None));
    assert_eq!(UPSTREAM.as_u16(), 499);
    let kind = |text: &str| match text {
        t if HttpStatus::from_name(t).is_some() => "name",
        t if HttpStatus::parse(t).is_some() => "code",
        _ => "neither",
    };
    assert_eq!(
        [kind("ok"), kind("200"), kind("x")],
        ["name", "code", "neither"]
    );
}

/// `parse` accepts exactly what `FromStr` does, and `from_name` exactly that
/// but the decimal codes, for every key and number of every table here.
#[test]
fn const_parsers_agree_with_from_str() {
    fn check<T: StatusTable>(inputs: &[String]) {
        for s in inputs {
            let parsed = T::parse(s);
            assert_eq!(parsed, s.parse::<T>().ok(), "{s}");
            let digits = s.bytes().next().is_some_and(|b| b.is_ascii_digit());
            assert_eq!(T::from_name(s), if digits { None } else { parsed }, "{s}");
        }
    }
    let mut inputs: Vec<String> = (0..=70_000u32).map(|n| n.to_string()).collect();
    for status in HttpStatus::ALL {
        for key in [status.name(), status.constant_name()] {
            inputs.extend([
                key.to_owned(),
                key.to_ascii_lowercase(),
                format!("{key}X"),
                key[1..].to_owned(),
            ]);
        }
    }
    inputs.extend(
        [
            "",
            "0404",
            "oom",
            "OOM",
            "JOB_137_OOM",
            "room_gone",
            "TLS_HANDSHAKE",
        ]
        .map(String::from),
    );
    check::<HttpStatus>(&inputs);
    check::<WsCloseCode>(&inputs);
    check::<EdgeStatus>(&inputs);
    check::<ChatClose>(&inputs);
    check::<Job>(&inputs);
    assert_eq!(Job::from_name("job_137_oom"), Some(Job::OutOfMemory));
}
