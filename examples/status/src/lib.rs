//! The `status` command: look up, search or list HTTP status codes and
//! WebSocket close codes, for people and for scripts.
//!
//! ```text
//! cargo run --example status                     # both tables
//! cargo run --example status -- 404              # or NOT_FOUND, not_found, HTTP_404_NOT_FOUND, 1000
//! cargo run --example status -- 404 499 4xx      # each argument answered in turn
//! cargo run --example status -- teapot           # search phrases, names and descriptions
//! cargo run --example status -- --json 404       # JSON instead of text
//! ```
//!
//! How the arguments are read, each trimmed of surrounding whitespace:
//!
//! - A decimal number (`404`, `499`, `4001`) is a code, answered on its own:
//!   a card when a table names it; when none does, what it still is (its
//!   HTTP class, what RFC 9110 has a client take it for, or its close-code
//!   range), on stderr, with exit status 1. A number past 65535 is no code.
//! - A name, constant name or deprecated name of either table (`NOT_FOUND`,
//!   `http_404_not_found`, `HTTP_413_REQUEST_ENTITY_TOO_LARGE`), a class
//!   (`1xx` to `5xx`) or a table (`http`, `ws`, `websocket`), in any ASCII
//!   case, is answered on its own: a card, or a listing.
//! - Every other argument is a word of one search, answered where its first
//!   word stands: a status matches when each word occurs, ASCII
//!   case-insensitively, in its phrase, name, constant name, deprecated
//!   names or description.
//!
//! `--json` prints one JSON document on stdout whatever happened:
//!
//! - exactly one argument that is a code (0 to 65535) or a name: one object;
//! - anything else (no argument, several, a class, a table, a search): an
//!   array of objects in the order answered, `[]` when nothing matched.
//!
//! Every object's keys come in this order, each present when its kind has it:
//! `code`, `known`, `kind` (`"http"`, `"websocket"` or `null`), `phrase`,
//! `name`, `constant`, `deprecated_names` (the deprecated constant names),
//! `description`, `spec`, `spec_url`; for HTTP, `class`, `allows_content`,
//! `heuristically_cacheable`, `redirect` (`null` or `{"permanent",
//! "method"}`) and `understood_as` (the code a client takes it for); for
//! WebSocket, `range` and `sendable`. For a code no table names, `known` is
//! `false` and the entry's fields are `null` (`[]` for `deprecated_names`).
//!
//! Exit status: 0 when every argument was answered, 1 when something was not
//! found, 2 for bad usage (an unknown flag, an empty or non-UTF-8 argument).
//! Whatever failed, the other arguments are still answered. `--help` and
//! `--version` print on stdout and exit 0.

mod args;
mod query;
mod render;
mod row;

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use args::{Args, Command};
use query::Answer;
use serde_json::Value;

/// The help text: the same contract as this crate's docs and the README.
pub const USAGE: &str = "\
usage: status [--json] [QUERY...]

Each argument is answered in turn:
  404, 4001          a code, known or not
  NOT_FOUND          a name, constant name or deprecated name
  4xx, http, ws      an HTTP class (1xx to 5xx), or a whole table
  WORD...            the other arguments: one search of phrases, names,
                     constant and deprecated names and descriptions; every
                     word must occur
With no argument, both tables are listed.

Options:
  --json         one JSON document on stdout: an object when the query is one
                 code or name, else an array ([] when nothing matched); keys
                 in a fixed order, `code` first
  -h, --help     print this help
  -V, --version  print the version
  --             end of options: what follows are queries

Exit status: 0 all found, 1 something not found, 2 bad usage.";

/// Runs the command on the process's arguments.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let code = match run(args, &mut io::stdout().lock(), &mut io::stderr().lock()) {
        Ok(code) => code,
        // `status | head` closes the pipe early: not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(err) => {
            eprintln!("error: {err}");
            2
        }
    };
    ExitCode::from(code)
}

/// Runs one command line; returns the exit status.
pub fn run(args: Vec<OsString>, out: &mut impl Write, err: &mut impl Write) -> io::Result<u8> {
    let args = args::parse(args);
    let Args {
        command,
        json,
        queries,
        usage_errors,
    } = &args;
    match *command {
        Command::Help => return writeln!(out, "{USAGE}").map(|()| 0),
        Command::Version => {
            return writeln!(out, "status {}", env!("CARGO_PKG_VERSION")).map(|()| 0)
        }
        Command::Query => {}
    }
    for message in usage_errors {
        writeln!(err, "error: {message}")?;
    }
    if !usage_errors.is_empty() {
        writeln!(err, "(status --help for usage)")?;
    }

    // Misuse alone is not a request to list everything.
    let answers = if queries.is_empty() && !usage_errors.is_empty() {
        Vec::new()
    } else {
        query::answer(queries)
    };
    let lookup_form = args.single_query() && query::is_lookup(&answers);
    let mut not_found = false;
    for answer in &answers {
        if let Some(message) = answer.miss() {
            not_found = true;
            writeln!(err, "{message}")?;
        }
    }
    if *json {
        let objects = answers.iter().flat_map(Answer::json);
        let document = match (lookup_form, answers.as_slice()) {
            (true, [answer]) => answer.json().pop().unwrap_or(Value::Null),
            _ => Value::Array(objects.collect()),
        };
        serde_json::to_writer_pretty(&mut *out, &document)?;
        writeln!(out)?;
    } else {
        let mut first = true;
        for answer in answers.iter().filter(|a| a.miss().is_none()) {
            if !first {
                writeln!(out)?;
            }
            first = false;
            answer.write_text(out)?;
        }
    }
    Ok(match () {
        () if !usage_errors.is_empty() => 2,
        () if not_found => 1,
        () => 0,
    })
}
