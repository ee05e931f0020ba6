//! The `status` example, run as a person runs it: the real binary, real
//! arguments, checked on stdout, stderr and the exit status.
//!
//! Cargo sets `CARGO_BIN_EXE_*` only for a package's own binaries, and the
//! CLI is a package of its own (`examples/status`), so the test asks cargo to
//! build the example the README runs and tell its path (cargo releases its
//! build lock while tests run, so this nested build does not wait on it).

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::{json, Value};

fn binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let output = Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
                "-p",
                "fastrapi-status-cli",
                "--example",
                "status",
                "--message-format=json",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8(output.stdout).expect("cargo prints UTF-8");
        stdout
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|message| message["target"]["name"] == "status")
            .find_map(|message| message["executable"].as_str().map(PathBuf::from))
            .expect("cargo names the example's executable")
    })
}

struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

fn run<S: Into<OsString>>(args: impl IntoIterator<Item = S>) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(binary())
        .args(args.into_iter().map(Into::into))
        .output()
        .expect("the example runs");
    Run {
        stdout: String::from_utf8(stdout).expect("UTF-8 on stdout"),
        stderr: String::from_utf8(stderr).expect("UTF-8 on stderr"),
        code: status.code().expect("exited, not killed by a signal"),
    }
}

fn json(args: &[&str]) -> Value {
    let run = run(std::iter::once("--json").chain(args.iter().copied()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("valid JSON")
}

/// The code at the start of every listing line (after the title).
fn listed_codes(stdout: &str) -> Vec<u16> {
    stdout
        .lines()
        .filter_map(|line| line.split_whitespace().next()?.parse().ok())
        .collect()
}

/// The keys of a pretty-printed top-level object, in the order printed.
fn keys_in_order(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter_map(|line| line.strip_prefix("  \"")?.split_once("\":"))
        .map(|(key, _)| key.to_owned())
        .collect()
}

/// Every listing line has its constant at the same column.
fn assert_aligned(stdout: &str) {
    for block in stdout.split("\n\n") {
        let columns: Vec<usize> = block
            .lines()
            .skip(1)
            .map(|line| {
                line.find(" HTTP_")
                    .or_else(|| line.find(" WS_"))
                    .expect("a constant")
            })
            .collect();
        assert!(columns.windows(2).all(|w| w[0] == w[1]), "{block}");
    }
}

fn run_ok(args: &[&str]) -> String {
    let run = run(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    assert!(run.stderr.is_empty(), "{args:?}: {}", run.stderr);
    run.stdout
}

const CARD_413: &str = "\
code:        413
phrase:      Content Too Large
name:        CONTENT_TOO_LARGE
constant:    HTTP_413_CONTENT_TOO_LARGE
deprecated:  HTTP_413_REQUEST_ENTITY_TOO_LARGE
description: Request entity is larger than limits defined by server
defined in:  RFC 9110, Section 15.5.14 <https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14>
class:       Client Error (4xx)
content:     allowed
caching:     only with explicit freshness information
";

#[test]
fn a_code_or_name_prints_the_card_whatever_the_surrounding_whitespace() {
    assert_eq!(run_ok(&["413"]), CARD_413);
    for same in [
        "CONTENT_TOO_LARGE",
        "content_too_large",
        "HTTP_413_REQUEST_ENTITY_TOO_LARGE",
        " 413",
        "413\n",
        "\t content_too_large \r\n",
    ] {
        assert_eq!(run_ok(&[same]), CARD_413, "{same:?}");
    }
}

#[test]
fn cards_show_rfc_9110s_rules() {
    let no_content = run_ok(&["204"]);
    assert!(no_content.contains("\ncontent:     none: the response ends at its header section\n"));
    assert!(no_content.contains("\ncaching:     heuristically cacheable"));
    assert!(!no_content.contains("redirect:"));
    let moved = run_ok(&["301"]);
    assert!(
        moved.ends_with("redirect:    permanent; a POST may become a GET\n"),
        "{moved}"
    );
    assert!(run_ok(&["303"])
        .ends_with("redirect:    temporary; followed with a GET (HEAD for a HEAD)\n"));
    assert!(run_ok(&["308"]).ends_with("redirect:    permanent; the method and content are kept\n"));
    let ws = run_ok(&["1006"]);
    assert!(ws.contains("\nrange:       protocol\n"), "{ws}");
    assert!(ws.ends_with("sending:     never sent in a Close frame: reported locally only\n"));
    assert!(run_ok(&["1013"]).contains(
        "defined in:  IANA WebSocket Close Code Number Registry <https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number>\n"
    ));
}

#[test]
fn every_argument_is_answered_in_order() {
    // A known code, an unknown one and a class: two answers on stdout, the
    // unknown code explained on stderr, exit 1.
    let run = run(["404", "499", "2xx"]);
    assert_eq!(run.code, 1);
    let (card, listing) = run.stdout.split_once("\n\n").expect("two answers");
    assert!(card.starts_with("code:        404\n"), "{card}");
    assert!(listing.starts_with("HTTP 2xx Success (10)\n"), "{listing}");
    assert_eq!(
        run.stderr,
        "499 is not a known HTTP status or WebSocket close code; as an HTTP code it is a \
         client error (4xx), which a client treats as 400 Bad Request (RFC 9110, Section 15)\n"
    );
    // Two classes, each listed.
    let both = run_ok(&["1xx", "2xx"]);
    assert_eq!(both.matches("\n\n").count(), 1);
    assert_eq!(listed_codes(&both).len(), 4 + 10);
    // The search stands where its first word stood.
    let mixed = run_ok(&["418", "gateway", "1000", "response"]);
    let blocks: Vec<&str> = mixed.split("\n\n").collect();
    assert_eq!(blocks.len(), 3, "{mixed}");
    assert!(blocks[0].starts_with("code:        418\n"));
    assert!(
        blocks[1].starts_with("Matches for \"gateway response\" (3)\n"),
        "{}",
        blocks[1]
    );
    assert_eq!(listed_codes(blocks[1]), [502, 504, 1014]);
    assert!(blocks[2].starts_with("code:        1000\n"));
}

#[test]
fn searches_look_in_phrases_names_constants_and_descriptions() {
    assert!(run_ok(&["teapot"]).starts_with("code:        418\n"));
    assert_eq!(run_ok(&["TeaPot"]), run_ok(&["teapot"]));
    // A constant name's start, a deprecated name's part.
    assert!(run_ok(&["http_404"]).starts_with("code:        404\n"));
    assert!(run_ok(&["request_entity"]).starts_with("code:        413\n"));
    let large = run_ok(&["too large"]);
    assert!(
        large.starts_with("Matches for \"too large\" (2)\n"),
        "{large}"
    );
    assert_eq!(listed_codes(&large), [413, 431]);
    assert_aligned(&large);
    assert_eq!(listed_codes(&run_ok(&["too", "LARGE"])), [413, 431]);
    assert_eq!(listed_codes(&run_ok(&["gateway"])), [502, 504, 1014]);
}

#[test]
fn classes_and_tables_are_listed() {
    for (class, low) in [
        ("1xx", 100),
        ("2xx", 200),
        ("3xx", 300),
        ("4xx", 400),
        ("5xx", 500),
    ] {
        let stdout = run_ok(&[class]);
        let codes = listed_codes(&stdout);
        assert!(!codes.is_empty() && codes.iter().all(|c| (low..low + 100).contains(c)));
        assert!(stdout.starts_with(&format!("HTTP {class} ")), "{stdout}");
        assert_aligned(&stdout);
    }
    assert_eq!(listed_codes(&run_ok(&["4XX"])).len(), 29);
    for ws in ["ws", "websocket", "WS"] {
        let stdout = run_ok(&[ws]);
        assert_eq!(listed_codes(&stdout).len(), 15, "{ws}");
        assert_aligned(&stdout);
        // The heading says these are close codes; each line says its range.
        assert!(
            !stdout.lines().skip(1).any(|l| l.contains("WebSocket")),
            "{stdout}"
        );
        assert!(stdout.contains("  protocol range, never sent in a Close frame\n"));
    }
    assert_eq!(listed_codes(&run_ok(&["http"])).len(), 63);
    let everything = run_ok(&[]);
    assert_eq!(listed_codes(&everything).len(), 78);
    assert!(everything.starts_with("HTTP status codes (63)\n"));
    assert!(everything.contains("\n\nWebSocket close codes (15)\n"));
    assert_aligned(&everything);
}

const HTTP_KEYS: [&str; 15] = [
    "code",
    "known",
    "kind",
    "phrase",
    "name",
    "constant",
    "deprecated_names",
    "description",
    "spec",
    "spec_url",
    "class",
    "allows_content",
    "heuristically_cacheable",
    "redirect",
    "understood_as",
];

#[test]
fn json_keys_come_in_one_order_code_first() {
    let known = run(["--json", "404"]);
    assert_eq!(keys_in_order(&known.stdout), HTTP_KEYS);
    let unknown = run(["--json", "499"]);
    assert_eq!(unknown.code, 1);
    assert_eq!(keys_in_order(&unknown.stdout), HTTP_KEYS);
    let ws_keys = [&HTTP_KEYS[..10], &["range", "sendable"]].concat();
    assert_eq!(keys_in_order(&run(["--json", "1006"]).stdout), ws_keys);
    assert_eq!(keys_in_order(&run(["--json", "4001"]).stdout), ws_keys);
    assert_eq!(
        keys_in_order(&run(["--json", "50"]).stdout),
        ["code", "known", "kind"]
    );
}

#[test]
fn json_is_an_object_for_one_code_or_name_and_an_array_otherwise() {
    let one = json(&["404"]);
    assert_eq!(one["code"], 404);
    assert_eq!(
        (&one["known"], &one["kind"]),
        (&true.into(), &"http".into())
    );
    assert_eq!(one["phrase"], "Not Found");
    assert_eq!(one["constant"], "HTTP_404_NOT_FOUND");
    assert_eq!(one["deprecated_names"], json!([]));
    assert_eq!(one["spec"], "RFC 9110, Section 15.5.5");
    assert_eq!(one["class"], "Client Error");
    assert_eq!(one["understood_as"], 404);
    assert_eq!(json(&["not_found"]), one);
    assert_eq!(json(&[" 404\n"]), one);
    assert_eq!(
        json(&["422"])["deprecated_names"],
        json!(["HTTP_422_UNPROCESSABLE_ENTITY"])
    );
    assert_eq!(
        json(&["308"])["redirect"],
        json!({"permanent": true, "method": "same"})
    );
    assert_eq!(
        json(&["302"])["redirect"],
        json!({"permanent": false, "method": "post_may_become_get"})
    );
    assert_eq!(json(&["303"])["redirect"]["method"], "get");
    assert_eq!(json(&["304"])["allows_content"], false);
    let ws = json(&["WS_1006_ABNORMAL_CLOSURE"]);
    assert_eq!(
        (&ws["kind"], &ws["range"], &ws["sendable"]),
        (&"websocket".into(), &"protocol".into(), &false.into())
    );

    let array_len = |args: &[&str]| json(args).as_array().map(Vec::len);
    assert_eq!(
        array_len(&["teapot"]),
        Some(1),
        "a search is always an array"
    );
    assert_eq!(array_len(&["too large"]), Some(2));
    assert_eq!(array_len(&["404", "500"]), Some(2));
    assert_eq!(array_len(&["5xx"]), Some(11));
    assert_eq!(array_len(&["ws"]), Some(15));
    assert_eq!(array_len(&[]), Some(78));
}

#[test]
fn json_answers_whatever_happened() {
    // An unknown code is still one object, with what it is.
    let run = run(["--json", "499"]);
    assert_eq!(run.code, 1);
    let unknown: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        unknown,
        json!({
            "code": 499, "known": false, "kind": "http", "phrase": null, "name": null,
            "constant": null, "deprecated_names": [], "description": null, "spec": null,
            "spec_url": null, "class": "Client Error", "allows_content": true,
            "heuristically_cacheable": false, "redirect": null, "understood_as": 400,
        })
    );
    assert!(run.stderr.contains("499 is not a known"));
    let beyond = self::run(["--json", "799"]);
    let beyond: Value = serde_json::from_str(&beyond.stdout).unwrap();
    assert_eq!(
        (&beyond["class"], &beyond["understood_as"]),
        (&Value::Null, &Value::Null)
    );
    let close: Value = serde_json::from_str(&self::run(["--json", "4001"]).stdout).unwrap();
    assert_eq!(
        (&close["range"], &close["sendable"]),
        (&"private".into(), &true.into())
    );
    // Nothing matched: an empty array, exit 1.
    for args in [
        &["--json", "zzz"][..],
        &["--json", "65536"],
        &["--json", "zzz", "yyy"],
    ] {
        let run = self::run(args);
        assert_eq!((run.code, run.stdout.as_str()), (1, "[]\n"), "{args:?}");
    }
    // Found and not found together: every object, in order, exit 1.
    let run = self::run(["--json", "404", "499", "nothing here"]);
    assert_eq!(run.code, 1);
    let codes: Vec<Value> = serde_json::from_str::<Vec<Value>>(&run.stdout)
        .unwrap()
        .into_iter()
        .map(|object| object["code"].clone())
        .collect();
    assert_eq!(codes, [json!(404), json!(499)]);
    assert!(
        run.stderr.contains("no status matches \"nothing here\""),
        "{}",
        run.stderr
    );
    // Misuse too: stdout stays JSON.
    let run = self::run(["--json", "--bogus", "404"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        serde_json::from_str::<Value>(&run.stdout)
            .unwrap()
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[test]
fn misses_say_what_was_searched_and_what_a_code_still_is() {
    let run = run(["no such status"]);
    assert_eq!((run.code, run.stdout.as_str()), (1, ""));
    assert_eq!(
        run.stderr,
        "no status matches \"no such status\": searched the phrases, names, constant names, \
         deprecated names and descriptions of the 78 HTTP statuses and WebSocket close codes \
         for every word\n"
    );
    for (code, says) in [
        ("499", "as an HTTP code it is a client error (4xx), which a client treats as 400 Bad Request"),
        ("299", "a success (2xx), which a client treats as 200 OK"),
        ("999", "as an HTTP code it is in no class (classes are 1xx to 5xx)"),
        ("4001", "in the private range and may be sent"),
        ("1016", "in the protocol range and may not be sent"),
        ("0", "0 is not a known HTTP status or WebSocket close code (HTTP statuses are 100 to 999, WebSocket close codes 1000 to 4999)"),
        ("99", "(HTTP statuses are 100 to 999, WebSocket close codes 1000 to 4999)"),
        ("65535", "(HTTP statuses are 100 to 999"),
        ("65536", "\"65536\" is not a status code: codes are 0 to 65535"),
        ("99999999999999999999999", "is not a status code: codes are 0 to 65535"),
    ] {
        let run = self::run([code]);
        assert_eq!((run.code, run.stdout.as_str()), (1, ""), "{code}");
        assert!(run.stderr.contains(says), "{code}: {}", run.stderr);
    }
}

#[test]
fn messages_quote_at_most_80_characters() {
    let long = "x".repeat(10_000);
    let run = run([long.as_str()]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.len() < 400, "{} bytes", run.stderr.len());
    assert!(run.stderr.contains(&format!(
        "\"{}\"... (10000 characters in all)",
        "x".repeat(80)
    )));
    // Control characters are escaped, never written raw.
    let run = self::run(["no\u{1b}[31mpe"]);
    assert!(run.stderr.contains("\"no\\u{1b}[31mpe\""), "{}", run.stderr);
}

#[test]
fn flags_help_and_version() {
    let help = run(["--help"]);
    assert_eq!(help.code, 0);
    assert!(help
        .stdout
        .starts_with("usage: status [--json] [QUERY...]\n"));
    assert_eq!(run(["-h"]).stdout, help.stdout);
    let version = format!("status {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(run(["--version"]).stdout, version);
    assert_eq!(run(["-V"]).stdout, version);
    // The README shows the help as the command prints it.
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(
        readme.contains(&help.stdout),
        "README.md and `status --help` differ"
    );
}

#[test]
fn misuse_is_reported_and_the_rest_still_answered() {
    let bad = run(["--jsno", "404"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stdout.starts_with("code:        404\n"),
        "{}",
        bad.stdout
    );
    assert!(
        bad.stderr.contains("unknown flag \"--jsno\""),
        "{}",
        bad.stderr
    );
    // Only misuse: no listing of everything.
    let alone = run(["-x"]);
    assert_eq!((alone.code, alone.stdout.as_str()), (2, ""));
    let value = run(["--json=yes", "404"]);
    assert_eq!(value.code, 2);
    assert!(value.stderr.contains("--json"), "{}", value.stderr);
    // After `--`, dashes are queries: a search, not flags.
    let after = run(["--", "--json", "404"]);
    assert_eq!(after.code, 1);
    assert!(
        after.stdout.starts_with("code:        404\n"),
        "{}",
        after.stdout
    );
    assert!(
        after.stderr.contains("no status matches \"--json\""),
        "{}",
        after.stderr
    );
    for empty in ["", "   ", "\n"] {
        let run = run([empty, "404"]);
        assert_eq!(run.code, 2, "{empty:?}");
        assert!(run.stdout.starts_with("code:        404\n"));
        assert!(
            run.stderr.contains("is empty: nothing to look up"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn no_input_panics() {
    let long = "é".repeat(50_000);
    let inputs: Vec<(OsString, i32)> = vec![
        ("".into(), 2),
        (" ".into(), 2),
        ("-".into(), 0), // "Non-Authoritative", "Multi-Status"
        ("é😀 ünïcödé".into(), 1),
        ("😀".into(), 1),
        (long.into(), 1),
        ("0404".into(), 0),
        ("-404".into(), 2),
        ("+404".into(), 1),
        ("4xxx".into(), 1),
        ("6xx".into(), 1),
        (non_utf8(), 2),
    ];
    for (input, code) in inputs {
        let run = run([input.clone()]);
        assert_eq!(run.code, code, "{input:?}: {}", run.stderr);
        assert!(
            !run.stderr.contains("panicked"),
            "{input:?}: {}",
            run.stderr
        );
        assert!(run.stderr.len() < 400, "{input:?}: {}", run.stderr);
    }
    let run = run([non_utf8(), "404".into()]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.starts_with("code:        404\n"));
    assert!(run.stderr.contains("is not UTF-8"), "{}", run.stderr);
}

#[cfg(unix)]
fn non_utf8() -> OsString {
    use std::os::unix::ffi::OsStringExt as _;
    OsString::from_vec(vec![b'4', 0xFF, b'4'])
}

#[cfg(not(unix))]
fn non_utf8() -> OsString {
    "4\u{FFFD}4".into()
}
