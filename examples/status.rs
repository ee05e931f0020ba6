//! Look up or list status codes: the main job of `fastrapi-status`.
//!
//! ```text
//! cargo run --example status              # both tables, aligned
//! cargo run --example status -- 404       # or NOT_FOUND, HTTP_404_NOT_FOUND, not_found, 1000
//! ```
//!
//! An input is tried as an HTTP status first, then as a WebSocket close
//! code. An unknown input is reported on stderr and the exit status is 1.

use std::io::{self, Write};
use std::process::ExitCode;

use fastrapi_status::{HttpStatus, StatusTable, WsCloseCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = io::stdout().lock();
    let result = if args.is_empty() {
        list(&mut out)
    } else {
        look_up(&mut out, &args)
    };
    match result {
        Ok(code) => code,
        // `status | head` closes the pipe early: not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn list(out: &mut impl Write) -> io::Result<ExitCode> {
    table::<HttpStatus>(out, "HTTP status codes", |s| s.class().to_string())?;
    writeln!(out)?;
    table::<WsCloseCode>(out, "WebSocket close codes", |s| ws_kind(s).to_owned())?;
    Ok(ExitCode::SUCCESS)
}

fn look_up(out: &mut impl Write, args: &[String]) -> io::Result<ExitCode> {
    let mut code = ExitCode::SUCCESS;
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        if let Ok(status) = arg.parse::<HttpStatus>() {
            show(out, status, "class", &status.class().to_string())?;
        } else if let Ok(status) = arg.parse::<WsCloseCode>() {
            show(out, status, "kind", ws_kind(status))?;
        } else {
            eprintln!(
                "error: {arg:?} is not a known HTTP status or WebSocket close code \
                 (try a code like 404, a name like NOT_FOUND or a constant like HTTP_404_NOT_FOUND)"
            );
            code = ExitCode::FAILURE;
        }
    }
    Ok(code)
}

fn ws_kind(status: WsCloseCode) -> &'static str {
    if status.is_sendable() {
        "WebSocket close code"
    } else {
        "WebSocket close code (reserved: never sent in a Close frame)"
    }
}

fn show<T: StatusTable>(
    out: &mut impl Write,
    status: T,
    label: &str,
    value: &str,
) -> io::Result<()> {
    writeln!(out, "code:        {}", status.as_u16())?;
    writeln!(out, "phrase:      {}", status.phrase())?;
    writeln!(out, "name:        {}", status.name())?;
    writeln!(out, "constant:    {}", status.constant_name())?;
    for alias in status.aliases() {
        writeln!(out, "deprecated:  {alias}")?;
    }
    writeln!(out, "{:<12} {value}", format!("{label}:"))?;
    writeln!(out, "description: {}", status.description())
}

fn table<T: StatusTable>(
    out: &mut impl Write,
    title: &str,
    extra: impl Fn(T) -> String,
) -> io::Result<()> {
    let phrase_width = T::ALL.iter().map(|s| s.phrase().len()).max().unwrap_or(0);
    let constant_width = T::ALL
        .iter()
        .map(|s| s.constant_name().len())
        .max()
        .unwrap_or(0);
    writeln!(out, "{title} ({})", T::ALL.len())?;
    for &status in T::ALL {
        writeln!(
            out,
            "{:>4}  {:<phrase_width$}  {:<constant_width$}  {}",
            status.as_u16(),
            status.phrase(),
            status.constant_name(),
            extra(status),
        )?;
    }
    Ok(())
}
