//! The `status` example, run as a person runs it: the real binary, real
//! arguments, checked on stdout, stderr and the exit status.
//!
//! Cargo sets `CARGO_BIN_EXE_*` for binaries only, not examples, so the test
//! asks cargo to build the example and tell its path (cargo releases its
//! build lock while tests run, so this nested build does not wait on it).

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;

fn binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let output = Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
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

#[test]
fn a_code_prints_the_card() {
    let run = run(["413"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "code:        413\n\
         phrase:      Content Too Large\n\
         name:        CONTENT_TOO_LARGE\n\
         constant:    HTTP_413_CONTENT_TOO_LARGE\n\
         deprecated:  HTTP_413_REQUEST_ENTITY_TOO_LARGE\n\
         class:       Client Error\n\
         description: Request entity is larger than limits defined by server\n\
         defined in:  RFC 9110, Section 15.5.14 <https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14>\n"
    );
    for same in [
        "CONTENT_TOO_LARGE",
        "content_too_large",
        "HTTP_413_REQUEST_ENTITY_TOO_LARGE",
    ] {
        assert_eq!(run_ok(&[same]), run.stdout, "{same}");
    }
    assert!(run_ok(&["1006"]).contains("kind:        WebSocket close code (reserved"));
    assert!(run_ok(&["1013"]).ends_with(
        "defined in:  IANA WebSocket Close Code Number Registry <https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number>\n"
    ));
}

fn run_ok(args: &[&str]) -> String {
    let run = run(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run.stdout
}

#[test]
fn one_search_match_prints_the_card() {
    let stdout = run_ok(&["teapot"]);
    assert!(stdout.starts_with("code:        418\n"), "{stdout}");
    assert_eq!(run_ok(&["TeaPot"]), stdout, "ASCII case-insensitive");
}

#[test]
fn several_search_matches_print_a_listing() {
    let stdout = run_ok(&["too large"]);
    assert!(
        stdout.starts_with("Matches for \"too large\" (2)\n"),
        "{stdout}"
    );
    assert_eq!(listed_codes(&stdout), [413, 431]);
    assert_aligned(&stdout);
    // Words may come as separate arguments; all must match.
    assert_eq!(listed_codes(&run_ok(&["too", "LARGE"])), [413, 431]);
    // Names are searched too, and both tables.
    let both = run_ok(&["gateway"]);
    assert_eq!(listed_codes(&both), [502, 504, 1014]);
    assert_aligned(&both);
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
        assert!(
            !codes.is_empty() && codes.iter().all(|c| (low..low + 100).contains(c)),
            "{class}"
        );
        assert!(stdout.starts_with(&format!("HTTP {class} ")), "{stdout}");
        assert_aligned(&stdout);
    }
    assert_eq!(listed_codes(&run_ok(&["4XX"])).len(), 29);
    for ws in ["ws", "websocket", "WS"] {
        let stdout = run_ok(&[ws]);
        assert_eq!(listed_codes(&stdout).len(), 15, "{ws}");
        assert_aligned(&stdout);
    }
    assert_eq!(listed_codes(&run_ok(&["http"])).len(), 63);
    let everything = run_ok(&[]);
    assert_eq!(listed_codes(&everything).len(), 78);
    assert!(everything.starts_with("HTTP status codes (63)\n"));
    assert!(everything.contains("\n\nWebSocket close codes (15)\n"));
    assert_aligned(&everything);
}

#[test]
fn json_is_an_object_for_one_status_and_an_array_otherwise() {
    let one = json(&["404"]);
    assert_eq!(one["code"], 404);
    assert_eq!(one["phrase"], "Not Found");
    assert_eq!(one["name"], "NOT_FOUND");
    assert_eq!(one["constant"], "HTTP_404_NOT_FOUND");
    assert_eq!(
        one["description"],
        "The server cannot find the requested resource"
    );
    assert_eq!(one["deprecated"], serde_json::json!([]));
    assert_eq!(one["spec"], "RFC 9110, Section 15.5.5");
    assert_eq!(
        one["spec_url"],
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"
    );
    assert_eq!(
        (&one["kind"], &one["class"]),
        (&"http".into(), &"Client Error".into())
    );

    let ws = json(&["WS_1006_ABNORMAL_CLOSURE"]);
    assert_eq!(
        (&ws["kind"], &ws["sendable"]),
        (&"websocket".into(), &false.into())
    );
    assert_eq!(
        json(&["422"])["deprecated"],
        serde_json::json!(["HTTP_422_UNPROCESSABLE_ENTITY"])
    );

    let array_len = |args: &[&str]| json(args).as_array().map(Vec::len);
    assert_eq!(array_len(&["too large"]), Some(2));
    assert_eq!(
        array_len(&["teapot"]),
        Some(1),
        "a search is always an array"
    );
    assert_eq!(array_len(&["404", "500"]), Some(2));
    assert_eq!(array_len(&["5xx"]), Some(11));
    assert_eq!(array_len(&["ws"]), Some(15));
    assert_eq!(array_len(&[]), Some(78));
}

#[test]
fn no_match_says_what_was_searched() {
    let run = run(["no such status"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("\"no such status\""), "{}", run.stderr);
    let run = self::run(["999"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("999 is not a known"), "{}", run.stderr);
    // What a code no table names still is.
    for (code, says) in [
        ("499", "as an HTTP code it is a client error (4xx)"),
        ("999", "as an HTTP code it is in no class"),
        ("4001", "in the private range and may be sent"),
        ("1016", "in the protocol range and may not be sent"),
    ] {
        let run = self::run([code]);
        assert_eq!(run.code, 1, "{code}");
        assert!(run.stderr.contains(says), "{code}: {}", run.stderr);
    }
    assert!(!self::run(["99999"]).stderr.contains("as an"));
    assert_eq!(self::run(["--json", "nothing"]).code, 1);
}

#[test]
fn flags() {
    let help = run(["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.starts_with("usage: status"));
    assert_eq!(run(["-h"]).stdout, help.stdout);
    let bad = run(["--jsno", "404"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stdout.is_empty());
    assert!(bad.stderr.contains("unknown flag \"--jsno\"") && bad.stderr.contains("usage: status"));
    // After `--`, a dash is a query, not a flag.
    assert_eq!(run(["--", "-x"]).code, 1);
}

#[test]
fn no_input_panics() {
    let long = "x".repeat(100_000);
    let inputs: Vec<OsString> = vec![
        "".into(),
        " ".into(),
        "-".into(),
        "é😀 ünïcödé".into(),
        long.into(),
        "0404".into(),
        "65536".into(),
        "4xxx".into(),
        "6xx".into(),
        non_utf8(),
    ];
    for input in inputs {
        let run = run([input.clone()]);
        assert!(matches!(run.code, 0 | 1), "{input:?}: {}", run.stderr);
        assert!(
            !run.stderr.contains("panicked"),
            "{input:?}: {}",
            run.stderr
        );
    }
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
