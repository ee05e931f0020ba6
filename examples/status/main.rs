//! Look up, search or list status codes: the main job of `fastrapi-status`.
//!
//! ```text
//! cargo run --example status                     # both tables, aligned
//! cargo run --example status -- 404              # or NOT_FOUND, not_found, HTTP_404_NOT_FOUND, 1000
//! cargo run --example status -- teapot           # search phrases, names and descriptions
//! cargo run --example status -- "too large"      # every word must occur
//! cargo run --example status -- 4xx              # one HTTP class; `http`, `ws` for a whole table
//! cargo run --example status -- --json 404      # JSON instead of text
//! ```
//!
//! How a query is read:
//!
//! - Each argument that is a code, name, constant name or alias (HTTP tried
//!   first, then WebSocket), a class `1xx`..`5xx`, or a table name (`http`,
//!   `ws`, `websocket`) is answered in turn: a card for a status, a listing
//!   for a class or table.
//! - Otherwise all the arguments together are one search: every word must
//!   occur, ASCII case-insensitively, in a status's phrase, name or
//!   description. One match prints its card; several, a listing.
//! - `--json` (anywhere before `--`) prints JSON: an object for a single
//!   status looked up by code or name, an array for everything else (several
//!   lookups, a listing, any search), so a script knows the shape from the
//!   query alone.
//!
//! Exit status: 0 when everything asked for was found, 1 when something was
//! not (a message on stderr says what was searched, and for a code no table
//! names, what it still is: `499` is an HTTP client error, `4001` a private
//! close code that may be sent), 2 for a bad flag (usage on stderr).
//! `--help` prints the usage on stdout.

mod query;
mod render;
mod row;

use std::io::{self, Write};
use std::process::ExitCode;

use fastrapi_status::{HttpCode, WsCode};
use query::{Query, Selection};
use row::Row;
use serde_json::Value;

const USAGE: &str = "\
usage: status [--json] [QUERY...]

  (no query)        list the HTTP and WebSocket tables
  404, NOT_FOUND    one status by code, name, constant name or deprecated name
  4xx, http, ws     an HTTP class (1xx to 5xx), or a whole table
  WORD...           search phrases, names and descriptions for every word

  --json            print JSON: an object for one status, an array otherwise
  -h, --help        print this help
  --                end of flags";

fn main() -> ExitCode {
    // `args_os`: a non-UTF-8 argument is searched for, not a panic.
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let code = match run(&args, &mut io::stdout().lock(), &mut io::stderr().lock()) {
        Ok(code) => code,
        // `status | head` closes the pipe early: not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(err) => {
            eprintln!("error: {err}");
            1
        }
    };
    ExitCode::from(code)
}

/// Runs one command line; returns the exit status.
fn run(args: &[String], out: &mut impl Write, err: &mut impl Write) -> io::Result<u8> {
    let mut json = false;
    let mut queries = Vec::new();
    let mut flags_done = false;
    for arg in args {
        match arg.as_str() {
            _ if flags_done => queries.push(arg.clone()),
            "--" => flags_done = true,
            "--json" => json = true,
            "-h" | "--help" => {
                writeln!(out, "{USAGE}")?;
                return Ok(0);
            }
            flag if flag.starts_with('-') && flag.len() > 1 => {
                writeln!(err, "error: unknown flag {flag:?}\n\n{USAGE}")?;
                return Ok(2);
            }
            _ => queries.push(arg.clone()),
        }
    }
    match Query::from_args(&queries) {
        Query::Everything => {
            let rows: Vec<Row> = Row::all().collect();
            if json {
                return print_rows(out, &rows).map(|()| 0);
            }
            let (http, ws): (Vec<Row>, Vec<Row>) =
                rows.into_iter().partition(|r| matches!(r, Row::Http(_)));
            render::listing(out, "HTTP status codes", &http)?;
            writeln!(out)?;
            render::listing(out, "WebSocket close codes", &ws)?;
            Ok(0)
        }
        Query::Selections(selections) => answer(out, &selections, json).map(|()| 0),
        Query::Search(words) => {
            let found = query::search(&words);
            let asked = queries.join(" ");
            if found.is_empty() {
                no_match(err, &asked, &words)?;
                return Ok(1);
            }
            if json {
                print_rows(out, &found)?;
            } else if let [row] = found.as_slice() {
                render::card(out, *row)?;
            } else {
                render::listing(out, &format!("Matches for {asked:?}"), &found)?;
            }
            Ok(0)
        }
    }
}

/// Prints each selection in turn; in JSON, one object for a single status
/// looked up by code or name, else one array of everything selected.
fn answer(out: &mut impl Write, selections: &[Selection], json: bool) -> io::Result<()> {
    if json {
        return match selections {
            [Selection::Exact(row)] => render::print_json(out, &render::json(*row)),
            _ => print_rows(
                out,
                &selections.iter().flat_map(query::rows).collect::<Vec<_>>(),
            ),
        };
    }
    for (i, selection) in selections.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        match selection {
            Selection::Exact(row) => render::card(out, *row)?,
            Selection::Class(class) => {
                let title = format!("HTTP {} {class}", query::class_range(*class));
                render::listing(out, &title, &query::rows(selection))?;
            }
            Selection::Table(query::Table::Http) => {
                render::listing(out, "HTTP status codes", &query::rows(selection))?;
            }
            Selection::Table(query::Table::WebSocket) => {
                render::listing(out, "WebSocket close codes", &query::rows(selection))?;
            }
        }
    }
    Ok(())
}

fn print_rows(out: &mut impl Write, rows: &[Row]) -> io::Result<()> {
    render::print_json(
        out,
        &Value::Array(rows.iter().map(|&r| render::json(r)).collect()),
    )
}

fn no_match(err: &mut impl Write, asked: &str, words: &[String]) -> io::Result<()> {
    if words.is_empty() {
        return writeln!(err, "error: nothing to look up in {asked:?}: give a code like 404, a name like NOT_FOUND or a word of the phrase");
    }
    if words.len() == 1 && words[0].bytes().all(|b| b.is_ascii_digit()) {
        return writeln!(
            err,
            "error: {asked} is not a known HTTP status or WebSocket close code{}",
            unknown_code(asked)
        );
    }
    writeln!(
        err,
        "error: no status matches {asked:?}: searched the codes, names, constant names, phrases and descriptions of the {} HTTP and WebSocket statuses for every word",
        Row::all().count()
    )
}

/// What a code no table names still is, through `Code<T>`: an HTTP code's
/// class, a close code's range and whether it may be sent.
fn unknown_code(text: &str) -> String {
    if let Ok(code) = text.parse::<HttpCode>() {
        return match code.class() {
            Some(class) => format!(
                "; as an HTTP code it is a {} ({})",
                class.as_str().to_ascii_lowercase(),
                query::class_range(class)
            ),
            None => "; as an HTTP code it is in no class (classes are 1xx to 5xx)".to_owned(),
        };
    }
    if let Ok(code) = text.parse::<WsCode>() {
        let sendable = if code.is_sendable() { "may" } else { "may not" };
        return format!(
            "; as a WebSocket close code it is in the {} range and {sendable} be sent in a Close frame",
            code.range()
        );
    }
    String::new()
}
