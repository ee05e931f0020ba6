//! A downstream table of 32 entries against what a user would write instead:
//! the same table as an enum deriving strum's `EnumString` (with
//! `ascii_case_insensitive`), `FromRepr` and `IntoStaticStr`, and num_enum's
//! `TryFromPrimitive`. Both are declared by `build.rs` from one list, and
//! accept the same strings: name, constant name and alias, in any case.

use std::hint::black_box;
use std::str::FromStr as _;

use fastrapi_status_bench::{drawn, each, Comparison, Side, OURS};

mod tables {
    include!(concat!(env!("OUT_DIR"), "/downstream.rs"));
}

use tables::{OurJob, PeerJob};

pub fn comparisons() -> Vec<Comparison> {
    vec![
        parse_name(
            "downstream_parse_name",
            "32-entry table: name -> status, any case, with misses (71 inputs, same order)",
            name_inputs(),
        ),
        parse_name(
            "downstream_parse_name_drawn",
            "32-entry table: name -> status, the same 71 drawn 8,192 times in random order",
            drawn(&name_inputs(), 8192),
        ),
        from_u16(),
        to_name(),
    ]
}

/// Every fourth entry by name, lowercase name, constant name and alias in
/// mixed case, and as many misses: near misses a byte off, other cases of
/// nothing, garbage. What a server parsing a client's field meets.
fn name_inputs() -> Vec<String> {
    let mut inputs = Vec::new();
    for status in OurJob::ALL.iter().step_by(4) {
        inputs.push(status.name().to_owned());
        inputs.push(status.name().to_ascii_lowercase());
        inputs.push(status.constant_name().to_owned());
        let alias = status.aliases().first().copied().unwrap_or(status.name());
        inputs.push(alternate_case(alias));
        inputs.push(format!("{}X", status.name()));
        inputs.push(format!(" {}", status.name()));
        inputs.push(status.name()[1..].to_owned());
        inputs.push(format!("JOB_99_{}", status.name()));
    }
    inputs
        .extend(["", "null", "Z", "QUEUED\n", "queued;drop", "Ünïcödé", "%00"].map(str::to_owned));
    inputs
}

fn alternate_case(text: &str) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            if i % 2 == 0 {
                c.to_ascii_lowercase()
            } else {
                c
            }
        })
        .collect()
}

fn parse_name(group: &'static str, label: &'static str, inputs: Vec<String>) -> Comparison {
    // Same answers on both sides, or the comparison means nothing.
    for s in &inputs {
        let ours = s.parse::<OurJob>().ok().map(OurJob::as_u16);
        let peer = PeerJob::from_str(s).ok().map(|p| p as u16);
        assert_eq!(ours, peer, "{s:?}");
    }
    let hits = inputs
        .iter()
        .filter(|s| s.parse::<OurJob>().is_ok())
        .count();
    assert!(
        hits * 3 < inputs.len() * 2 && hits * 3 > inputs.len(),
        "a mix: {hits} hits"
    );
    Comparison::per_input(
        group,
        label,
        inputs,
        |s| s.parse::<OurJob>().ok(),
        "strum",
        |s| PeerJob::from_str(s).ok(),
    )
}

fn from_u16() -> Comparison {
    // Half hits, half misses, and the ends of u16.
    let inputs: Vec<u16> = (0..64).chain([100, 1000, 65_535]).collect();
    for &code in &inputs {
        let ours = OurJob::from_u16(code).map(OurJob::as_u16);
        assert_eq!(ours, PeerJob::from_repr(code).map(|p| p as u16));
        assert_eq!(ours, PeerJob::try_from(code).ok().map(|p| p as u16));
    }
    let (num_enum, strum) = (inputs.clone(), inputs.clone());
    Comparison {
        group: "downstream_from_u16",
        label: "32-entry table: u16 -> status",
        inputs: inputs.len(),
        ours: Side::new(OURS, each(inputs, |&code| OurJob::from_u16(code))),
        peers: vec![
            Side::new(
                "num_enum",
                each(num_enum, |&code| PeerJob::try_from(code).ok()),
            ),
            Side::new("strum", each(strum, |&code| PeerJob::from_repr(code))),
        ],
    }
}

fn to_name() -> Comparison {
    let ours: Vec<OurJob> = OurJob::ALL.to_vec();
    let peer: Vec<PeerJob> = ours
        .iter()
        .map(|s| PeerJob::from_repr(s.as_u16()).expect("the same codes"))
        .collect();
    for (a, b) in ours.iter().zip(&peer) {
        assert_eq!(a.name(), <&'static str>::from(*b));
    }
    Comparison {
        group: "downstream_to_name",
        label: "32-entry table: status -> name",
        inputs: ours.len(),
        ours: Side::new(OURS, move || {
            let mut total = 0;
            for &status in black_box(&ours) {
                total += status.name().len();
            }
            total as u64
        }),
        peers: vec![Side::new("strum", move || {
            let mut total = 0;
            for &status in black_box(&peer) {
                total += <&'static str>::from(status).len();
            }
            total as u64
        })],
    }
}
