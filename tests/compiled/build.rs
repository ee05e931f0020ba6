//! Draws the tables `src/lib.rs` compiles, from a fixed seed, and writes them
//! with one run-time test each to `$OUT_DIR/tables.rs`.
//!
//! The generator keeps its own model of every table (variant names, default
//! phrases, constant names, decoded strings), written independently of the
//! macro, and the tests compare the macro's output with it. Only valid tables
//! are drawn: the point is that everything validation accepts compiles.
//!
//! `FASTRAPI_STATUS_TABLES_SEED` and `FASTRAPI_STATUS_TABLES` change the seed
//! and the count.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::PathBuf;

const DEFAULT_SEED: u64 = 20_261_127;
const DEFAULT_TABLES: u64 = 300;

/// Names the expansion could trip over: std prelude items, associated items
/// of the traits it implements, its own items, and words that are keywords
/// (or near them) once in UpperCamelCase or lowercase.
const ADVERSARIAL: &[&str] = &[
    // The prelude, its variants and macros.
    "OPTION",
    "SOME",
    "NONE",
    "RESULT",
    "OK",
    "ERR",
    "BOX",
    "VEC",
    "STRING",
    "TO_STRING",
    "TO_OWNED",
    "CLONE",
    "COPY",
    "SEND",
    "SYNC",
    "SIZED",
    "UNPIN",
    "DROP",
    "FN",
    "FN_MUT",
    "FN_ONCE",
    "DEFAULT",
    "EQ",
    "PARTIAL_EQ",
    "ORD",
    "PARTIAL_ORD",
    "ITERATOR",
    "INTO_ITERATOR",
    "EXTEND",
    "FROM",
    "INTO",
    "TRY_FROM",
    "TRY_INTO",
    "AS_REF",
    "AS_MUT",
    "DEBUG",
    "HASH",
    "DISPLAY",
    "FROM_STR",
    "FROM_ITERATOR",
    "DOUBLE_ENDED_ITERATOR",
    "PANIC",
    "MATCHES",
    "FORMAT",
    "WRITE",
    "ASSERT",
    "UNREACHABLE",
    "CORE",
    "STD",
    "ALLOC",
    // Associated types and constants of the implemented traits.
    "ERROR",
    "OUTPUT",
    "TARGET",
    "ITEM",
    "OWNED",
    "INTO_ITER",
    "HASHER",
    "STATE",
    "VALUE",
    // The generated items and the facade's names.
    "ALL",
    "TABLE_NAME",
    "NAME",
    "PHRASE",
    "DESCRIPTION",
    "CODE",
    "FROM_U16",
    "AS_U16",
    "CONSTANT_NAME",
    "ALIASES",
    "CLASS",
    "IS_SUCCESS",
    "IS_CLIENT_ERROR",
    "ENTRY",
    "TABLE",
    "BY_CODE",
    "FMT",
    "NE",
    "CMP",
    "PARTIAL_CMP",
    "SERIALIZE",
    "DESERIALIZE",
    "STATUS",
    "STATUS_CLASS",
    "STATUS_TABLE",
    "PARSE_STATUS_ERROR",
    "UNKNOWN_STATUS_CODE",
    "PRIVATE",
    "KEYS",
    "SLOTS",
    "VARIANT",
    "CODES",
    "DENSE",
    "SPARSE",
    "HOLE",
    "MAX_KEY_LEN",
    "NEW",
    // Keywords and near-keywords, primitive types.
    "SELF_TEST",
    "TYPE",
    "MATCH",
    "ASYNC",
    "AWAIT",
    "CRATE",
    "SUPER",
    "DYN",
    "IMPL",
    "UNION",
    "STATIC",
    "CONST",
    "TRY",
    "GEN",
    "MOD",
    "USE",
    "WHERE",
    "LOOP",
    "WHILE",
    "FOR",
    "IN",
    "IF",
    "ELSE",
    "ENUM",
    "STRUCT",
    "TRAIT",
    "PUB",
    "REF",
    "MUT",
    "MOVE",
    "RETURN",
    "BREAK",
    "LET",
    "TRUE",
    "FALSE",
    "ABSTRACT",
    "BECOME",
    "DO",
    "FINAL",
    "MACRO",
    "OVERRIDE",
    "PRIV",
    "TYPEOF",
    "VIRTUAL",
    "YIELD",
    "U8",
    "U16",
    "U32",
    "USIZE",
    "I32",
    "STR",
    "BOOL",
    "CHAR",
    "F32",
    "R",
    "RAW",
    "S",
    "T",
    "E",
    "D",
    "F",
];

/// Texts for phrases, descriptions and docs, with the characters that break
/// naive string handling.
const TEXTS: &[&str] = &[
    "The request succeeded",
    "I'm a teapot",
    "He said \"hello\" and left",
    "A back\\slash and a C:\\path\\to\\file",
    "Ünïcödé — 東京 ✓ naïve café",
    "Braces {} and {0} and %s are not format strings",
    "A tab\there and a carriage\rreturn",
    "Emoji 😀 and a zero-width joiner 👩‍💻",
    "Ends with a full stop.",
    "Ends with a question?",
    "#hash and `backticks` and *stars*",
    "Raw-looking \"# and r#\"",
    "   Leading and trailing spaces   ",
    "Einstein's \"E = mc²\"",
];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Http,
    WebSocket,
    Custom,
    /// `custom`, by omitting the option.
    Unwritten,
}

impl Kind {
    fn range(self) -> (u16, u16) {
        match self {
            Kind::Http => (100, 599),
            Kind::WebSocket => (1000, 4999),
            Kind::Custom | Kind::Unwritten => (0, u16::MAX),
        }
    }
}

struct Entry {
    code: u16,
    name: String,
    /// Written as `#[phrase = ...]` when set.
    phrase: Option<String>,
    description: String,
    doc: Option<String>,
    aliases: Vec<String>,
    default: bool,
    /// Under `#[cfg(all())]` (`Some(true)`: in every build) or
    /// `#[cfg(any())]` (`Some(false)`: in none).
    cfg: Option<bool>,
    /// Written as `#[deprecated(note = ...)]` when set.
    deprecated: bool,
}

/// A facade table an extension draws on, read from `tests/data/*.tsv`.
struct Base {
    ident: &'static str,
    kind: Kind,
    codes: HashSet<u16>,
    /// Names, constants, alias names and alias constants.
    keys: HashSet<String>,
    variants: HashSet<String>,
}

impl Base {
    fn read(ident: &'static str, kind: Kind, file: &str) -> Base {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../data")
            .join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("the reference table");
        let mut base = Base {
            ident,
            kind,
            codes: HashSet::new(),
            keys: HashSet::new(),
            variants: HashSet::new(),
        };
        for line in text.lines().skip(1) {
            let cells: Vec<&str> = line.split('\t').collect();
            let code: u16 = cells[0].parse().expect("a code");
            base.codes.insert(code);
            base.variants.insert(upper_camel(cells[1]));
            base.keys.insert(cells[1].to_owned());
            base.keys.insert(cells[2].to_owned());
            if !cells[4].is_empty() {
                base.keys.insert(cells[4].to_owned());
                // The alias's name: its constant without `PREFIX_CODE_`.
                base.keys
                    .insert(cells[4].splitn(3, '_').nth(2).expect("an alias").to_owned());
            }
        }
        base
    }
}

struct Table {
    index: usize,
    /// The facade table this one extends.
    base: Option<&'static Base>,
    ident: String,
    /// The design card's `status_codes!(< ... >)` shape.
    angle_brackets: bool,
    kind: Kind,
    prefix: Option<&'static str>,
    vis: &'static str,
    doc: bool,
    derives: Vec<&'static str>,
    non_exhaustive: bool,
    entries: Vec<Entry>,
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=FASTRAPI_STATUS_TABLES_SEED");
    println!("cargo:rerun-if-env-changed=FASTRAPI_STATUS_TABLES");
    let seed = env_number("FASTRAPI_STATUS_TABLES_SEED", DEFAULT_SEED);
    let count = usize::try_from(env_number("FASTRAPI_STATUS_TABLES", DEFAULT_TABLES))
        .expect("a table count that fits in usize");
    let bases: &'static [Base] = Box::leak(Box::new([
        Base::read("HttpStatus", Kind::Http, "http.tsv"),
        Base::read("WsCloseCode", Kind::WebSocket, "ws.tsv"),
    ]));
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut out = format!("// Generated by build.rs from seed {seed}: {count} tables.\n");
    let mut entries = 0;
    for index in 0..count {
        let table = draw_table(&mut rng, index, bases);
        entries += table.entries.len();
        write_module(&mut out, &table, &mut rng);
    }
    writeln!(out, "/// How many tables and entries were drawn.\npub const DRAWN: (usize, usize) = ({count}, {entries});").unwrap();
    let path = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("tables.rs");
    std::fs::write(path, out).expect("write tables.rs");
}

fn env_number(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(text) => text
            .parse()
            .unwrap_or_else(|_| panic!("{name} must be a number")),
        Err(_) => default,
    }
}

fn draw_table(rng: &mut fastrand::Rng, index: usize, bases: &'static [Base]) -> Table {
    let angle_brackets = rng.u8(0..20) == 0;
    let base = (!angle_brackets && rng.u8(0..8) == 0).then(|| &bases[rng.usize(0..bases.len())]);
    let kind = match base {
        // The kind follows the base; writing it (in agreement) is allowed.
        Some(base) if rng.bool() => base.kind,
        Some(_) => Kind::Unwritten,
        None if angle_brackets => Kind::Unwritten,
        None => [Kind::Http, Kind::WebSocket, Kind::Custom, Kind::Unwritten][rng.usize(0..4)],
    };
    let prefix = if angle_brackets || rng.bool() {
        None
    } else {
        Some(["HTTP", "WS", "P", "APP", "X9", "MY_APP"][rng.usize(0..6)])
    };
    // Now and then a big table: its arrays pass clippy's stack-array size.
    let count = match rng.u8(0..60) {
        0 => rng.usize(150..=400),
        1..=3 => rng.usize(30..=60),
        _ => rng.usize(1..=12),
    };
    let range_kind = base.map_or(kind, |base| base.kind);
    let taken = base.map(|base| &base.codes);
    let codes = draw_codes(rng, range_kind, count, taken);
    let mut keys: HashSet<String> = base.map(|b| b.keys.clone()).unwrap_or_default();
    let mut variants: HashSet<String> = base.map(|b| b.variants.clone()).unwrap_or_default();
    let mut entries: Vec<Entry> = codes
        .into_iter()
        .map(|code| {
            let name = loop {
                let name = draw_name(rng);
                let constant = constant_name(prefix, code, &name);
                let variant = upper_camel(&name);
                if variant != "Self"
                    && variant != "ALL"
                    && !keys.contains(&name)
                    && !keys.contains(&constant)
                    && !variants.contains(&variant)
                {
                    keys.insert(constant);
                    keys.insert(name.clone());
                    variants.insert(variant);
                    break name;
                }
            };
            Entry {
                code,
                name,
                phrase: (rng.u8(0..10) < 4).then(|| draw_phrase(rng, range_kind)),
                description: draw_text(rng),
                doc: (rng.u8(0..10) < 2).then(|| draw_text(rng)),
                aliases: Vec::new(),
                default: false,
                cfg: match rng.u8(0..20) {
                    0 => Some(true),
                    1 => Some(false),
                    _ => None,
                },
                deprecated: rng.u8(0..20) == 0,
            }
        })
        .collect();
    // A table keeps at least one entry in the build.
    if entries.iter().all(|e| e.cfg == Some(false)) {
        entries[0].cfg = None;
    }
    // Aliases last, so no alias takes a name an entry drew later.
    for entry in &mut entries {
        if rng.u8(0..10) < 2 {
            for _ in 0..rng.usize(1..=2) {
                let alias = format!("OLD_{}", draw_name(rng));
                let constant = constant_name(prefix, entry.code, &alias);
                if !keys.contains(&alias) && !keys.contains(&constant) {
                    keys.insert(alias.clone());
                    keys.insert(constant);
                    entry.aliases.push(alias);
                }
            }
        }
    }
    let mut derives = Vec::new();
    if !angle_brackets && rng.bool() {
        for (bare, path) in [
            ("Debug", "::core::fmt::Debug"),
            ("Clone", "::core::clone::Clone"),
            ("Copy", "core::marker::Copy"),
            ("PartialEq", "::core::cmp::PartialEq"),
            ("Eq", "Eq"),
            ("PartialOrd", "PartialOrd"),
            ("Ord", "::core::cmp::Ord"),
            ("Hash", "::core::hash::Hash"),
        ] {
            if rng.bool() {
                derives.push(if rng.bool() { bare } else { path });
            }
        }
    }
    if !angle_brackets && rng.u8(0..5) == 0 {
        let mut at = rng.usize(0..entries.len());
        // The default entry is in the build (or `derive(Default)` fails).
        while entries[at].cfg == Some(false) {
            at = (at + 1) % entries.len();
        }
        entries[at].default = true;
        if rng.u8(0..4) != 0 {
            derives.insert(rng.usize(0..=derives.len()), "Default");
        }
    }
    rng.shuffle(&mut entries);
    Table {
        index,
        base,
        ident: if angle_brackets {
            "Status".to_owned()
        } else {
            format!("Table{index}")
        },
        angle_brackets,
        kind,
        prefix,
        vis: if angle_brackets {
            "pub"
        } else {
            ["pub", "pub", "pub(crate)", ""][rng.usize(0..4)]
        },
        doc: rng.u8(0..10) < 7,
        derives,
        non_exhaustive: !angle_brackets && rng.u8(0..10) < 3,
        entries,
    }
}

/// `count` distinct codes in the kind's range: a dense run, a sparse spread,
/// the range's two ends, or a mix.
fn draw_codes(
    rng: &mut fastrand::Rng,
    kind: Kind,
    count: usize,
    taken: Option<&HashSet<u16>>,
) -> Vec<u16> {
    let (low, high) = kind.range();
    let span = usize::from(high - low) + 1;
    let count = count.min(span - taken.map_or(0, HashSet::len));
    let mut codes = HashSet::new();
    match rng.u8(0..4) {
        0 => {
            let start = low + rng.u16(0..=high - low - u16::try_from(count - 1).unwrap());
            codes.extend((0..count).map(|i| start + u16::try_from(i).unwrap()));
        }
        1 => {
            codes.insert(low);
            codes.insert(high);
        }
        2 => {
            // A window with room for every code: a window smaller than the
            // count would never fill.
            let window = u16::try_from(count * 2).unwrap_or(u16::MAX).max(200);
            let start = rng.u16(low..=high.saturating_sub(window).max(low));
            while codes.len() < count {
                codes.insert(start.saturating_add(rng.u16(0..window)).min(high));
            }
        }
        _ => {}
    }
    // A base's codes are not the extension's to take.
    if let Some(taken) = taken {
        codes.retain(|code| !taken.contains(code));
    }
    while codes.len() < count {
        let code = rng.u16(low..=high);
        if taken.is_none_or(|taken| !taken.contains(&code)) {
            codes.insert(code);
        }
    }
    let mut codes: Vec<u16> = codes.into_iter().collect();
    codes.sort_unstable();
    codes.truncate(count.max(1));
    codes
}

fn draw_name(rng: &mut fastrand::Rng) -> String {
    if rng.u8(0..10) < 7 {
        return ADVERSARIAL[rng.usize(0..ADVERSARIAL.len())].to_owned();
    }
    let words = rng.usize(1..=3);
    let mut name = String::new();
    for w in 0..words {
        if w > 0 {
            name.push('_');
        }
        name.push(rng.uppercase());
        for _ in 0..rng.usize(0..6) {
            if rng.u8(0..5) == 0 {
                name.push(rng.digit(10));
            } else {
                name.push(rng.uppercase());
            }
        }
    }
    name
}

/// A phrase the table's kind takes: an HTTP one is tab, space and visible
/// ASCII (a status line's), any other anything but a control character.
fn draw_phrase(rng: &mut fastrand::Rng, kind: Kind) -> String {
    loop {
        let text = draw_text(rng);
        let fits = |c: char| match kind {
            Kind::Http => c == '\t' || c == ' ' || c.is_ascii_graphic(),
            _ => c == '\t' || !c.is_control(),
        };
        if text.chars().all(fits) && !text.trim().is_empty() {
            return text;
        }
    }
}

fn draw_text(rng: &mut fastrand::Rng) -> String {
    if rng.bool() {
        TEXTS[rng.usize(0..TEXTS.len())].to_owned()
    } else {
        format!("Generated text number {}", rng.u32(..))
    }
}

/// The generator's own model of the macro's naming rules: each word of a
/// SCREAMING_SNAKE_CASE name capitalized, then joined.
fn capitalized_words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split('_').map(|word| {
        let mut chars = word.chars();
        let first = chars.next().map(|c| c.to_ascii_uppercase());
        first
            .into_iter()
            .chain(chars.map(|c| c.to_ascii_lowercase()))
            .collect()
    })
}

/// `NOT_FOUND` -> `NotFound`.
fn upper_camel(name: &str) -> String {
    capitalized_words(name).collect()
}

/// `NOT_FOUND` -> `Not Found`.
fn title_case(name: &str) -> String {
    capitalized_words(name).collect::<Vec<_>>().join(" ")
}

fn constant_name(prefix: Option<&str>, code: u16, name: &str) -> String {
    match prefix {
        Some(prefix) => format!("{prefix}_{code}_{name}"),
        None => name.to_owned(),
    }
}

/// `text` as a Rust string literal: raw where it can be, escaped (with some
/// characters as `\u{...}`) otherwise.
fn literal(rng: &mut fastrand::Rng, text: &str) -> String {
    if !text.contains("\"#") && !text.contains('\r') && rng.u8(0..3) == 0 {
        return format!("r#\"{text}\"#");
    }
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if !c.is_ascii() && rng.bool() => write!(out, "\\u{{{:x}}}", u32::from(c)).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A code in test code: clippy's pedantic `unreadable_literal` wants
/// separators from five digits on.
fn code_literal(code: u16) -> String {
    if code >= 10_000 {
        format!("{}_{:03}", code / 1000, code % 1000)
    } else {
        code.to_string()
    }
}

fn write_module(out: &mut String, table: &Table, rng: &mut fastrand::Rng) {
    let Table { index, ident, .. } = table;
    writeln!(out, "\n/// Generated table {index}.\npub mod t{index} {{").unwrap();
    out.push_str(
        "    #[allow(unused_imports, clippy::wildcard_imports)]\n    use crate::shadow::*;\n\n",
    );
    if table.angle_brackets {
        out.push_str("    ::status_facade::status_codes!(<\n");
    } else {
        out.push_str("    ::status_facade::status_codes! {\n");
        if table.doc {
            writeln!(
                out,
                "        /// Generated table {index}, \"quoted\" \\ and ünïcödé."
            )
            .unwrap();
        }
        if !table.derives.is_empty() {
            writeln!(out, "        #[derive({})]", table.derives.join(", ")).unwrap();
        }
        let mut options = Vec::new();
        match table.kind {
            Kind::Http => options.push("kind = http".to_owned()),
            Kind::WebSocket => options.push("kind = websocket".to_owned()),
            Kind::Custom => options.push("kind = custom".to_owned()),
            Kind::Unwritten => {}
        }
        if let Some(prefix) = table.prefix {
            options.push(format!("prefix = {prefix}"));
        }
        if let Some(base) = table.base {
            options.push(format!("extends = {}", base.ident));
        }
        if !options.is_empty() {
            writeln!(out, "        #[status({})]", options.join(", ")).unwrap();
        }
        if table.non_exhaustive {
            out.push_str("        #[non_exhaustive]\n");
        }
        let vis = if table.vis.is_empty() {
            String::new()
        } else {
            format!("{} ", table.vis)
        };
        writeln!(out, "        {vis}enum {ident} {{").unwrap();
    }
    for entry in &table.entries {
        if let Some(doc) = &entry.doc {
            writeln!(out, "            /// {}", doc.replace(['\r', '\t'], " ")).unwrap();
        }
        if let Some(phrase) = &entry.phrase {
            writeln!(out, "            #[phrase = {}]", literal(rng, phrase)).unwrap();
        }
        if !entry.aliases.is_empty() {
            writeln!(out, "            #[alias({})]", entry.aliases.join(", ")).unwrap();
        }
        if entry.default {
            out.push_str("            #[default]\n");
        }
        match entry.cfg {
            Some(true) => out.push_str("            #[cfg(all())]\n"),
            Some(false) => out.push_str("            #[cfg(any())]\n"),
            None => {}
        }
        if entry.deprecated {
            out.push_str("            #[deprecated(note = \"generated\")]\n");
        }
        writeln!(
            out,
            "            {} {} {},",
            entry.code,
            entry.name,
            literal(rng, &entry.description)
        )
        .unwrap();
    }
    if table.angle_brackets {
        out.push_str("    >);\n");
    } else {
        out.push_str("        }\n    }\n");
    }
    if table.vis != "pub" {
        writeln!(
            out,
            "\n    /// Uses the table, which is not public.\n    #[must_use]\n    pub fn entries() -> ::core::primitive::usize {{\n        {ident}::ALL.len()\n    }}"
        )
        .unwrap();
    }
    write_test(out, table);
    out.push_str("}\n");
}

fn write_test(out: &mut String, table: &Table) {
    // The tests name everything through `super::`: a glob import would
    // bring the shadowing items into the test code too.
    let ident = &format!("super::{}", table.ident);
    // What `#[cfg(any())]` leaves out is checked to be absent, apart.
    let mut sorted: Vec<&Entry> = table
        .entries
        .iter()
        .filter(|e| e.cfg != Some(false))
        .collect();
    sorted.sort_by_key(|e| e.code);
    let left_out: Vec<&Entry> = table
        .entries
        .iter()
        .filter(|e| e.cfg == Some(false))
        .collect();
    out.push_str("\n    #[cfg(test)]\n    mod tests {\n        use crate::check::Expected;\n\n");
    // The test's own expected data grows with the table; that is the test
    // crate's business, not the expansion's, which the lints still check.
    // Deprecated variants and constants are named below: the test's uses.
    out.push_str("        #[test]\n        #[allow(clippy::too_many_lines, clippy::large_stack_arrays, deprecated)]\n        fn table() {\n");
    // The inherent lookups are `const fn`.
    let first = upper_camel(&sorted[0].name);
    writeln!(
        out,
        "            const FIRST: (u16, Option<{ident}>) = ({ident}::{first}.as_u16(), {ident}::from_u16({}));",
        code_literal(sorted[0].code),
    )
    .unwrap();
    match table.base {
        Some(base) => writeln!(
            out,
            "            crate::check::extended::<{ident}, ::status_facade::{}>(&[",
            base.ident
        ),
        None => writeln!(out, "            crate::check::table::<{ident}>(&["),
    }
    .unwrap();
    for e in &sorted {
        let constant = constant_name(table.prefix, e.code, &e.name);
        let phrase = e.phrase.clone().unwrap_or_else(|| title_case(&e.name));
        let aliases: Vec<String> = e
            .aliases
            .iter()
            .map(|a| format!("({a:?}, {:?})", constant_name(table.prefix, e.code, a)))
            .collect();
        writeln!(
            out,
            "                Expected {{ code: {}, name: {:?}, constant: {constant:?}, variant: {:?}, phrase: {phrase:?}, description: {:?}, aliases: &[{}], deprecated: {} }},",
            code_literal(e.code),
            e.name,
            upper_camel(&e.name),
            e.description,
            aliases.join(", "),
            if e.deprecated { "Some(\"generated\")" } else { "None" }
        )
        .unwrap();
    }
    out.push_str("            ]);\n");
    for e in &left_out {
        writeln!(
            out,
            "            assert!({ident}::from_u16({}).is_none() && {ident}::from_name({:?}).is_none());",
            code_literal(e.code),
            e.name
        )
        .unwrap();
    }
    // The constants exist with the right values, and so do the variants.
    let constants: Vec<String> = sorted
        .iter()
        .map(|e| format!("super::{}", constant_name(table.prefix, e.code, &e.name)))
        .collect();
    let variants: Vec<String> = sorted
        .iter()
        .map(|e| format!("{ident}::{} as u16", upper_camel(&e.name)))
        .collect();
    let codes: Vec<String> = sorted.iter().map(|e| code_literal(e.code)).collect();
    let codes = codes.join(", ");
    writeln!(
        out,
        "            assert_eq!([{}], [{codes}]);",
        constants.join(", ")
    )
    .unwrap();
    writeln!(
        out,
        "            assert_eq!([{}], [{codes}]);",
        variants.join(", ")
    )
    .unwrap();
    let aliases: Vec<(String, u16)> = sorted
        .iter()
        .flat_map(|e| {
            e.aliases.iter().map(|a| {
                (
                    format!("super::{}", constant_name(table.prefix, e.code, a)),
                    e.code,
                )
            })
        })
        .collect();
    if !aliases.is_empty() {
        let (names, codes): (Vec<String>, Vec<String>) = aliases
            .into_iter()
            .map(|(n, c)| (n, code_literal(c)))
            .unzip();
        writeln!(
            out,
            "            #[allow(deprecated)]\n            let aliases = [{}];\n            assert_eq!(aliases, [{}]);",
            names.join(", "),
            codes.join(", ")
        )
        .unwrap();
    }
    writeln!(
        out,
        "            assert_eq!(FIRST, ({}, Some({ident}::{first})));\n            assert!(u16::from({ident}::{first}) == FIRST.0 && FIRST.0 == {ident}::{first});",
        code_literal(sorted[0].code)
    )
    .unwrap();
    if let Some(default) = sorted.iter().find(|e| e.default) {
        writeln!(
            out,
            "            assert_eq!(<{ident} as ::core::default::Default>::default(), {ident}::{});",
            upper_camel(&default.name)
        )
        .unwrap();
    }
    if table.kind == Kind::Http || table.base.is_some_and(|b| b.kind == Kind::Http) {
        writeln!(
            out,
            "            for status in {ident}::ALL {{\n                assert_eq!(Some(status.class()), status_facade::StatusClass::from_code(status.as_u16()));\n                let code = http::StatusCode::from(status_facade::Code::from(*status));\n                assert_eq!(status_facade::Code::<{ident}>::from(code).known(), Some(*status));\n            }}"
        )
        .unwrap();
    }
    out.push_str("        }\n    }\n");
}
