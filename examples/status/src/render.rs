//! Output: a card for one status, an aligned listing for many, and the JSON
//! objects, whose key order the crate docs state.

use std::io::{self, Write};

use fastrapi_status::{HttpCode, Redirect, RedirectMethod, WsCode};
use serde_json::{json, Map, Value};

use crate::query::class_range;
use crate::row::Row;

/// Every field of one status, then what the rules say of it.
pub fn card(out: &mut impl Write, row: Row) -> io::Result<()> {
    let mut line = |label: &str, value: &dyn std::fmt::Display| writeln!(out, "{label:<13}{value}");
    line("code:", &row.as_u16())?;
    line("phrase:", &row.phrase())?;
    line("name:", &row.name())?;
    line("constant:", &row.constant_name())?;
    for alias in row.aliases() {
        line("deprecated:", alias)?;
    }
    line("description:", &row.description())?;
    match (row.spec(), row.spec_url()) {
        (Some(spec), Some(url)) => line("defined in:", &format!("{spec} <{url}>"))?,
        (Some(spec), None) => line("defined in:", &spec)?,
        _ => {}
    }
    match row {
        Row::Http(status) => {
            let code = HttpCode::from(status);
            line(
                "class:",
                &format!("{} ({})", status.class(), class_range(status.class())),
            )?;
            let content = if code.allows_content() {
                "allowed"
            } else {
                "none: the response ends at its header section"
            };
            line("content:", &content)?;
            let cacheable = if code.is_heuristically_cacheable() {
                "heuristically cacheable: a cache may store it without explicit freshness"
            } else {
                "only with explicit freshness information"
            };
            line("caching:", &cacheable)?;
            if let Some(redirect) = code.redirect() {
                line("redirect:", &redirect_text(redirect))?;
            }
            Ok(())
        }
        Row::Ws(status) => {
            let code = WsCode::from(status);
            line("range:", &code.range())?;
            let sendable = if code.is_sendable() {
                "may be sent in a Close frame"
            } else {
                "never sent in a Close frame: reported locally only"
            };
            line("sending:", &sendable)
        }
    }
}

fn redirect_text(redirect: Redirect) -> String {
    let permanence = if redirect.is_permanent() {
        "permanent"
    } else {
        "temporary"
    };
    let method = match redirect.method() {
        RedirectMethod::Same => "the method and content are kept",
        RedirectMethod::PostMayBecomeGet => "a POST may become a GET",
        RedirectMethod::Get => "followed with a GET (HEAD for a HEAD)",
    };
    format!("{permanence}; {method}")
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

/// A status a table names, as JSON.
pub fn status_json(row: Row) -> Value {
    let mut object = json!({
        "code": row.as_u16(),
        "known": true,
        "kind": if row.is_http() { "http" } else { "websocket" },
        "phrase": row.phrase(),
        "name": row.name(),
        "constant": row.constant_name(),
        "deprecated_names": row.aliases(),
        "description": row.description(),
        "spec": row.spec(),
        "spec_url": row.spec_url(),
    });
    let map = object.as_object_mut().expect("an object");
    match row {
        Row::Http(status) => http_keys(map, HttpCode::from(status)),
        Row::Ws(status) => ws_keys(map, WsCode::from(status)),
    }
    object
}

/// A code no table names, as JSON: the entry's fields `null`, and what the
/// code's kind says of it.
pub fn code_json(code: u16) -> Value {
    let kind = match (HttpCode::new(code), WsCode::new(code)) {
        (Some(_), _) => json!("http"),
        (_, Some(_)) => json!("websocket"),
        _ => Value::Null,
    };
    let mut object = json!({ "code": code, "known": false, "kind": kind });
    let map = object.as_object_mut().expect("an object");
    if kind.is_null() {
        return object;
    }
    for key in ["phrase", "name", "constant"] {
        map.insert(key.to_owned(), Value::Null);
    }
    map.insert("deprecated_names".to_owned(), json!([]));
    for key in ["description", "spec", "spec_url"] {
        map.insert(key.to_owned(), Value::Null);
    }
    if let Some(http) = HttpCode::new(code) {
        http_keys(map, http);
    } else if let Some(ws) = WsCode::new(code) {
        ws_keys(map, ws);
    }
    object
}

fn http_keys(map: &mut Map<String, Value>, code: HttpCode) {
    map.insert("class".to_owned(), json!(code.class().map(|c| c.as_str())));
    map.insert("allows_content".to_owned(), json!(code.allows_content()));
    map.insert(
        "heuristically_cacheable".to_owned(),
        json!(code.is_heuristically_cacheable()),
    );
    let redirect = code.redirect().map(|r| {
        let method = match r.method() {
            RedirectMethod::Same => "same",
            RedirectMethod::PostMayBecomeGet => "post_may_become_get",
            RedirectMethod::Get => "get",
        };
        json!({ "permanent": r.is_permanent(), "method": method })
    });
    map.insert("redirect".to_owned(), json!(redirect));
    map.insert(
        "understood_as".to_owned(),
        json!(code.understood_as().map(|s| s.as_u16())),
    );
}

fn ws_keys(map: &mut Map<String, Value>, code: WsCode) {
    map.insert("range".to_owned(), json!(code.range().as_str()));
    map.insert("sendable".to_owned(), json!(code.is_sendable()));
}
