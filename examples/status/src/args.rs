//! The command line: flags through lexopt, queries trimmed, and every
//! misuse collected as a message rather than stopping the other answers.

use std::ffi::OsString;

use crate::query::quote;

pub enum Command {
    Query,
    Help,
    Version,
}

pub struct Args {
    pub command: Command,
    pub json: bool,
    /// The queries, trimmed, in order; empty and non-UTF-8 ones are left out.
    pub queries: Vec<String>,
    /// One message per misuse: unknown flags, empty or non-UTF-8 queries.
    pub usage_errors: Vec<String>,
}

impl Args {
    /// The query was exactly one argument, well formed.
    pub fn single_query(&self) -> bool {
        self.queries.len() == 1 && self.usage_errors.is_empty()
    }
}

pub fn parse(args: Vec<OsString>) -> Args {
    use lexopt::Arg::{Long, Short, Value};

    let mut parsed = Args {
        command: Command::Query,
        json: false,
        queries: Vec::new(),
        usage_errors: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_args(args);
    loop {
        let arg = match parser.next() {
            Ok(Some(arg)) => arg,
            Ok(None) => break,
            // `--json=x`: a value for a flag that takes none.
            Err(err) => {
                parsed.usage_errors.push(err.to_string());
                continue;
            }
        };
        match arg {
            Long("json") => parsed.json = true,
            Short('h') | Long("help") => parsed.command = Command::Help,
            Short('V') | Long("version") => parsed.command = Command::Version,
            Value(value) => query(&mut parsed, value),
            Short(flag) => unknown_flag(&mut parsed, &format!("-{flag}")),
            Long(flag) => unknown_flag(&mut parsed, &format!("--{flag}")),
        }
    }
    parsed
}

fn unknown_flag(parsed: &mut Args, flag: &str) {
    parsed.usage_errors.push(format!(
        "unknown flag {} (a query that starts with '-' goes after --)",
        quote(flag)
    ));
}

fn query(parsed: &mut Args, value: OsString) {
    match value.into_string() {
        Ok(text) if text.trim().is_empty() => parsed
            .usage_errors
            .push(format!("{} is empty: nothing to look up", quote(&text))),
        Ok(text) => parsed.queries.push(text.trim().to_owned()),
        Err(raw) => parsed.usage_errors.push(format!(
            "{} is not UTF-8: names, phrases and codes are text",
            quote(&raw.to_string_lossy())
        )),
    }
}
