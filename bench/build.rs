//! Writes the generated tables of 64, 1,000 and 10,000 entries that the name
//! lookup benchmark compares, so they are real `status_codes!` expansions.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut src = String::new();
    for size in [64usize, 1_000, 10_000] {
        writeln!(src, "/// A generated table of {size} entries.").unwrap();
        writeln!(src, "pub mod table_{size} {{").unwrap();
        writeln!(src, "    fastrapi_status::status_codes! {{").unwrap();
        writeln!(src, "        #[status(prefix = T)]").unwrap();
        writeln!(src, "        pub enum Table {{").unwrap();
        for i in 0..size {
            writeln!(src, "            {} {} \"Entry {i}\",", i * 3, name(i)).unwrap();
        }
        writeln!(src, "        }}\n    }}\n}}").unwrap();
    }
    std::fs::write(out.join("tables.rs"), src).expect("OUT_DIR is writable");
    std::fs::write(out.join("downstream.rs"), downstream()).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=build.rs");
}

/// Names of varied length and shape, like real ones: `WORD_WORD_17`.
fn name(i: usize) -> String {
    const WORDS: [&str; 12] = [
        "NOT",
        "FOUND",
        "REQUEST",
        "ENTITY",
        "TOO",
        "LARGE",
        "GATEWAY",
        "TIMEOUT",
        "SERVICE",
        "UNAVAILABLE",
        "PAYMENT",
        "REQUIRED",
    ];
    let mut name = String::new();
    let mut n = i;
    for _ in 0..=(i % 3) {
        name.push_str(WORDS[n % WORDS.len()]);
        name.push('_');
        n /= WORDS.len();
    }
    write!(name, "{i}").unwrap();
    name
}

/// The downstream table of the peer benchmarks: 32 entries, every fourth
/// with an alias, declared twice from this one list: with `status_codes!`,
/// and as the enum a user would write with strum's and num_enum's derives,
/// accepting the same strings (name, constant name, alias) in any case.
const DOWNSTREAM: [(u16, &str, Option<&str>); 32] = [
    (0, "QUEUED", Some("WAITING")),
    (1, "RUNNING", None),
    (2, "SUCCEEDED", None),
    (3, "FAILED", None),
    (4, "CANCELLED", Some("CANCELED")),
    (5, "TIMED_OUT", None),
    (6, "RETRYING", None),
    (7, "PAUSED", None),
    (8, "BLOCKED", Some("STUCK")),
    (9, "SKIPPED", None),
    (10, "EXPIRED", None),
    (11, "REJECTED", None),
    (12, "SCHEDULED", Some("PLANNED")),
    (13, "ASSIGNED", None),
    (14, "STARTING", None),
    (15, "STOPPING", None),
    (16, "ARCHIVED", Some("STORED")),
    (17, "DELETED", None),
    (18, "RESTORED", None),
    (19, "THROTTLED", None),
    (20, "OUT_OF_MEMORY", Some("OOM")),
    (21, "DISK_FULL", None),
    (22, "NETWORK_ERROR", None),
    (23, "PERMISSION_DENIED", None),
    (24, "DEPENDENCY_FAILED", Some("UPSTREAM_FAILED")),
    (25, "INVALID_INPUT", None),
    (26, "QUOTA_EXCEEDED", None),
    (27, "LOCKED", None),
    (28, "PREEMPTED", Some("EVICTED")),
    (29, "UNKNOWN_STATE", None),
    (30, "LOST", None),
    (31, "ABANDONED", None),
];

fn downstream() -> String {
    let mut ours = String::from(
        "fastrapi_status::status_codes! {\n    /// The downstream table, declared with `status_codes!`.\n    #[status(prefix = JOB)]\n    pub enum OurJob {\n",
    );
    let mut peer = String::from(
        "/// The same table as a user writes it with strum and num_enum.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::FromRepr, strum::IntoStaticStr, num_enum::TryFromPrimitive)]\n#[strum(ascii_case_insensitive)]\n#[repr(u16)]\npub enum PeerJob {\n",
    );
    for (code, name, alias) in DOWNSTREAM {
        if let Some(alias) = alias {
            writeln!(ours, "        #[alias({alias})]").unwrap();
        }
        writeln!(ours, "        {code} {name} \"Job state {name}\",").unwrap();
        // `to_string` is what `IntoStaticStr` gives, and is parsed too.
        let mut serialize = format!("serialize = \"JOB_{code}_{name}\"");
        if let Some(alias) = alias {
            write!(
                serialize,
                ", serialize = \"{alias}\", serialize = \"JOB_{code}_{alias}\""
            )
            .unwrap();
        }
        write!(serialize, ", to_string = \"{name}\"").unwrap();
        let variant: String = name
            .split('_')
            .map(|w| w[..1].to_owned() + &w[1..].to_lowercase())
            .collect();
        writeln!(peer, "    #[strum({serialize})]\n    {variant} = {code},").unwrap();
    }
    ours.push_str("    }\n}\n");
    peer.push_str("}\n");
    ours + &peer
}
