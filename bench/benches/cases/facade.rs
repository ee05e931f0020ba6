//! The facade's tables against `http` and tungstenite, on the same inputs.

use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr as _;

use fastrapi_status::{HttpStatus, WsCloseCode};
use fastrapi_status_bench::{drawn, Comparison, Side, OURS};

/// Codes a server actually sends, weighted in by repetition.
const COMMON: [u16; 12] = [200, 200, 200, 404, 404, 304, 301, 302, 500, 201, 204, 400];

/// Text a client sends that is not a status: what a server rejects most.
pub const MALFORMED: [&str; 24] = [
    "",
    " ",
    " 404",
    "404 ",
    "4O4",
    "+200",
    "-1",
    "0200",
    "00",
    "99999",
    "65536",
    "1e3",
    "0x194",
    "404\n",
    "40 4",
    "２００",
    "abc",
    "HTTP/1.1 200 OK",
    "200;",
    "NaN",
    "4044",
    "null",
    "%34%30%34",
    "thisisnotastatuscodeatallbutaverylongstringthatkeepsgoing",
];

pub fn comparisons() -> Vec<Comparison> {
    let mut all = vec![code_to_phrase()];
    all.extend(parse());
    all.push(display());
    all.push(ws_close_code());
    all
}

/// Code -> reason phrase, over 0..1100 plus common codes.
fn code_to_phrase() -> Comparison {
    let inputs: Vec<u16> = (0..1100)
        .chain(COMMON.iter().copied().cycle().take(1100))
        .collect();
    let theirs = inputs.clone();
    Comparison {
        group: "code_to_phrase",
        label: "code -> phrase (0..1100 + common codes)",
        inputs: inputs.len(),
        ours: Side::new(OURS, move || {
            let mut total = 0;
            for &code in black_box(&inputs) {
                total += HttpStatus::from_u16(code).map_or(0, |s| s.phrase().len());
            }
            total as u64
        }),
        peers: vec![Side::new("http", move || {
            let mut total = 0;
            for &code in black_box(&theirs) {
                total += http::StatusCode::from_u16(code)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .map_or(0, str::len);
            }
            total as u64
        })],
    }
}

/// Text -> `HttpStatus`, each input mix on its own: the 63 known codes,
/// unknown codes (0..=99 and 600..=999), malformed text, and a sweep over
/// `0..=1099`. `http` parses any three digits, so its side is filtered to
/// codes with a canonical reason, the closest to "a known status".
fn parse() -> Vec<Comparison> {
    let known: Vec<String> = HttpStatus::ALL
        .iter()
        .map(|s| s.as_u16().to_string())
        .collect();
    let unknown: Vec<String> = (0..=99)
        .chain(600..=999)
        .map(|c: u16| c.to_string())
        .collect();
    let malformed: Vec<String> = MALFORMED.iter().map(|s| (*s).to_owned()).collect();
    let sweep: Vec<String> = (0..=1099).map(|c: u16| c.to_string()).collect();
    let every: Vec<String> = [&known[..], &unknown, &malformed].concat();
    let drawn = drawn(&every, 8192);
    [
        (
            "parse_known",
            "text -> HttpStatus: the 63 known codes",
            known,
        ),
        (
            "parse_unknown",
            "text -> HttpStatus: unknown codes 0..=99, 600..=999",
            unknown,
        ),
        (
            "parse_malformed",
            "text -> HttpStatus: malformed text (24 kinds)",
            malformed,
        ),
        ("parse_sweep", "text -> HttpStatus: sweep 0..=1099", sweep),
        (
            "parse_drawn",
            "text -> HttpStatus: known, unknown and malformed drawn 8,192 times in random order",
            drawn,
        ),
    ]
    .into_iter()
    .map(|(group, label, inputs)| {
        // The same answers on both sides, where `http` knows the phrase.
        for s in &inputs {
            let ours = s.parse::<HttpStatus>().ok().map(HttpStatus::as_u16);
            let theirs = http_known(s);
            if theirs.is_some() || group != "parse_sweep" {
                assert_eq!(
                    ours.is_some(),
                    theirs.is_some() || ours == Some(306),
                    "{s:?}"
                );
            }
        }
        Comparison::per_input(
            group,
            label,
            inputs,
            |s| s.parse::<HttpStatus>().ok(),
            "http",
            |s| http_known(s),
        )
    })
    .collect()
}

/// `http`'s parse, filtered to codes with a canonical reason phrase.
fn http_known(s: &str) -> Option<u16> {
    http::StatusCode::from_str(s)
        .ok()
        .filter(|s| s.canonical_reason().is_some())
        .map(|s| s.as_u16())
}

/// `Display` of every HTTP entry into a reused `String`.
fn display() -> Comparison {
    let ours: Vec<HttpStatus> = HttpStatus::ALL.to_vec();
    let theirs: Vec<http::StatusCode> = ours
        .iter()
        .map(|s| http::StatusCode::from_u16(s.as_u16()).expect("http accepts 100..=999"))
        .collect();
    // Same text on both sides, or the comparison means nothing.
    for (a, b) in ours.iter().zip(&theirs) {
        if b.canonical_reason() == Some(a.phrase()) {
            assert_eq!(a.to_string(), b.to_string());
        }
    }
    Comparison {
        group: "display",
        label: "Display into a reused String",
        inputs: ours.len(),
        ours: Side::new(OURS, write_all(ours)),
        peers: vec![Side::new("http", write_all(theirs))],
    }
}

pub fn write_all<T: std::fmt::Display + 'static>(statuses: Vec<T>) -> impl FnMut() -> u64 {
    let mut buf = String::with_capacity(64);
    move || {
        let mut total = 0;
        for status in black_box(&statuses) {
            buf.clear();
            write!(buf, "{status}").expect("a String takes any text");
            total += buf.len();
        }
        total as u64
    }
}

/// WebSocket `u16` -> typed close code.
fn ws_close_code() -> Comparison {
    let inputs: Vec<u16> = (990..1020)
        .chain([
            1000, 1000, 1001, 1001, 1006, 1011, 3000, 4000, 4999, 0, 65535,
        ])
        .collect();
    Comparison::per_input(
        "ws_close_code",
        "WebSocket u16 -> close code",
        inputs,
        |&code| WsCloseCode::from_u16(code),
        "tungstenite",
        |&code| tungstenite::protocol::frame::coding::CloseCode::from(code),
    )
}
