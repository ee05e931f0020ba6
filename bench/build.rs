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
