//! Output: a card for one status, an aligned listing for many, or JSON.

use std::io::{self, Write};

use serde_json::{json, Value};

use crate::row::Row;

/// Every field of one status.
pub fn card(out: &mut impl Write, row: Row) -> io::Result<()> {
    writeln!(out, "code:        {}", row.as_u16())?;
    writeln!(out, "phrase:      {}", row.phrase())?;
    writeln!(out, "name:        {}", row.name())?;
    writeln!(out, "constant:    {}", row.constant_name())?;
    for alias in row.aliases() {
        writeln!(out, "deprecated:  {alias}")?;
    }
    match row {
        Row::Http(_) => writeln!(out, "class:       {}", row.group())?,
        Row::Ws(_) => writeln!(out, "kind:        {}", row.group())?,
    }
    writeln!(out, "description: {}", row.description())?;
    match (row.spec(), row.spec_url()) {
        (Some(spec), Some(url)) => writeln!(out, "defined in:  {spec} <{url}>"),
        (Some(spec), None) => writeln!(out, "defined in:  {spec}"),
        _ => Ok(()),
    }
}

/// A title with the count, then one line a status, every column as wide as
/// its widest cell among these rows.
pub fn listing(out: &mut impl Write, title: &str, rows: &[Row]) -> io::Result<()> {
    let width = |cell: fn(Row) -> usize| rows.iter().map(|&r| cell(r)).max().unwrap_or(0);
    let code_width = width(|r| r.as_u16().to_string().len());
    let phrase_width = width(|r| r.phrase().chars().count());
    let constant_width = width(|r| r.constant_name().len());
    writeln!(out, "{title} ({})", rows.len())?;
    for &row in rows {
        writeln!(
            out,
            "{:>code_width$}  {:<phrase_width$}  {:<constant_width$}  {}",
            row.as_u16(),
            row.phrase(),
            row.constant_name(),
            row.group(),
        )?;
    }
    Ok(())
}

/// One status as a JSON object: `kind` tells the tables apart, and each
/// kind adds its own field (`class` for HTTP, `sendable` for WebSocket).
pub fn json(row: Row) -> Value {
    let mut object = json!({
        "code": row.as_u16(),
        "phrase": row.phrase(),
        "name": row.name(),
        "constant": row.constant_name(),
        "description": row.description(),
        "deprecated": row.aliases(),
        "spec": row.spec(),
        "spec_url": row.spec_url(),
    });
    match row {
        Row::Http(status) => {
            object["kind"] = json!("http");
            object["class"] = json!(status.class().as_str());
        }
        Row::Ws(status) => {
            object["kind"] = json!("websocket");
            object["sendable"] = json!(status.is_sendable());
        }
    }
    object
}

pub fn print_json(out: &mut impl Write, value: &Value) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}
