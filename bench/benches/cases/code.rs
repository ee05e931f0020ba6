//! `HttpCode` (`Code<HttpStatus>`, any code in `100..=999`) against
//! `http::StatusCode`, the total type a user would pick instead, each input
//! mix on its own; and `Code::known` against `HttpStatus::from_u16`, which
//! it should cost the same as.

use std::hint::black_box;
use std::str::FromStr as _;

use fastrapi_status::{HttpCode, HttpStatus};
use fastrapi_status_bench::{drawn, each, Comparison, Side, OURS};

use super::facade::{write_all, MALFORMED};

/// Codes no table of ours names that servers and proxies still meet:
/// nginx's 499, Cloudflare's 52x, AWS's 460 and 561, IIS's 440 and 449,
/// and a few unassigned ones.
const UNREGISTERED: [u16; 20] = [
    499, 520, 521, 522, 523, 524, 525, 526, 527, 530, 460, 561, 440, 449, 444, 494, 598, 599, 600,
    999,
];

pub fn comparisons() -> Vec<Comparison> {
    vec![
        u16_to_phrase(
            "code_u16_phrase",
            "u16 -> HttpCode + phrase (0..1100)",
            (0..1100).collect(),
        ),
        u16_to_phrase(
            "code_u16_unregistered",
            "u16 -> HttpCode + phrase: unregistered codes only (499, 52x, ...)",
            drawn(&UNREGISTERED, 1024),
        ),
        text(
            "code_text_sweep",
            "text -> HttpCode: sweep 0..1100",
            (0..1100u16).map(|c| c.to_string()).collect(),
        ),
        text(
            "code_text_unregistered",
            "text -> HttpCode: unregistered codes only (499, 52x, ...)",
            drawn(&UNREGISTERED.map(|c| c.to_string()), 1024),
        ),
        text(
            "code_text_malformed",
            "text -> HttpCode: malformed text (24 kinds)",
            MALFORMED.iter().map(|s| (*s).to_owned()).collect(),
        ),
        is_client_error(),
        display(
            "code_display_known",
            "Display of HttpCode into a reused String: the codes both know (same text)",
            true,
        ),
        display(
            "code_display_unknown",
            "Display of HttpCode into a reused String: the codes neither names (ours `499`, http's `499 <unknown status code>`)",
            false,
        ),
        known(),
    ]
}

fn u16_to_phrase(group: &'static str, label: &'static str, inputs: Vec<u16>) -> Comparison {
    // The same codes are codes on both sides.
    for &n in &inputs {
        assert_eq!(
            HttpCode::new(n).map(u16::from),
            http::StatusCode::from_u16(n).ok().map(|s| s.as_u16())
        );
    }
    Comparison::per_input(
        group,
        label,
        inputs,
        |&n| HttpCode::new(n).map(|c| c.phrase()),
        "http",
        |&n| {
            http::StatusCode::from_u16(n)
                .ok()
                .map(|s| s.canonical_reason())
        },
    )
}

fn text(group: &'static str, label: &'static str, inputs: Vec<String>) -> Comparison {
    // Both accept exactly the canonical decimal codes 100..=999.
    for s in &inputs {
        assert_eq!(
            s.parse::<HttpCode>().ok().map(u16::from),
            http::StatusCode::from_str(s).ok().map(|s| s.as_u16()),
            "{s:?}"
        );
    }
    Comparison::per_input(
        group,
        label,
        inputs,
        |s| s.parse::<HttpCode>().ok(),
        "http",
        |s| http::StatusCode::from_str(s).ok(),
    )
}

fn is_client_error() -> Comparison {
    let ours: Vec<HttpCode> = drawn(&(100..1000).collect::<Vec<u16>>(), 1024)
        .into_iter()
        .map(|n| HttpCode::new(n).expect("in range"))
        .collect();
    let theirs: Vec<http::StatusCode> = ours.iter().map(|&c| to_http(c)).collect();
    for (a, b) in ours.iter().zip(&theirs) {
        assert_eq!(a.is_client_error(), b.is_client_error());
    }
    Comparison {
        group: "code_is_client_error",
        label: "HttpCode::is_client_error (100..=999 drawn at random)",
        inputs: ours.len(),
        ours: Side::new(OURS, each(ours, |c| c.is_client_error())),
        peers: vec![Side::new("http", each(theirs, |c| c.is_client_error()))],
    }
}

fn display(group: &'static str, label: &'static str, known: bool) -> Comparison {
    // `known`: the codes with the same text on both sides; otherwise the
    // codes neither names.
    let ours: Vec<HttpCode> = (100..1000)
        .filter_map(HttpCode::new)
        .filter(|c| {
            let theirs = to_http(*c).canonical_reason();
            if known {
                c.phrase().is_some() && c.phrase() == theirs
            } else {
                c.phrase().is_none() && theirs.is_none()
            }
        })
        .collect();
    let theirs: Vec<http::StatusCode> = ours.iter().map(|&c| to_http(c)).collect();
    for (a, b) in ours.iter().zip(&theirs) {
        if known {
            assert_eq!(a.to_string(), b.to_string());
        } else {
            assert_eq!(a.to_string(), b.as_str());
        }
    }
    Comparison {
        group,
        label,
        inputs: ours.len(),
        ours: Side::new(OURS, write_all(ours)),
        peers: vec![Side::new("http", write_all(theirs))],
    }
}

/// `Code::known` is `T::from_u16` through the `StatusTable` trait: the same
/// code once inlined.
fn known() -> Comparison {
    let codes: Vec<u16> = (100..1000).collect();
    let ours: Vec<HttpCode> = drawn(&codes, 1024)
        .into_iter()
        .map(|n| HttpCode::new(n).expect("in range"))
        .collect();
    let theirs: Vec<u16> = ours.iter().map(|&c| c.as_u16()).collect();
    for (a, &b) in ours.iter().zip(&theirs) {
        assert_eq!(a.known(), HttpStatus::from_u16(b));
    }
    Comparison {
        group: "code_known",
        label: "HttpCode::known against HttpStatus::from_u16 (100..=999 drawn at random)",
        inputs: ours.len(),
        ours: Side::new(OURS, each(ours, |c| black_box(*c).known())),
        peers: vec![Side::new(
            "HttpStatus::from_u16",
            each(theirs, |&n| HttpStatus::from_u16(black_box(n))),
        )],
    }
}

/// The same code as an `http::StatusCode` (the bench builds the facade
/// without its `http` feature, as a user who picks one or the other would).
fn to_http(code: HttpCode) -> http::StatusCode {
    http::StatusCode::from_u16(code.as_u16()).expect("http accepts 100..=999")
}
