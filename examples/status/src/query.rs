//! What each argument asks for, and the answer to it.

use std::io::{self, Write};

use fastrapi_status::{HttpCode, StatusClass, WsCode};
use serde_json::Value;

use crate::render;
use crate::row::Row;

/// The answer to one argument, or to the search the other words make.
pub enum Answer {
    /// A code, name, constant name or alias a table knows.
    Status(Row),
    /// A number no table names: what it still is.
    Code(u16),
    /// A number past `u16`.
    PastU16(String),
    /// `1xx` to `5xx`.
    Class(StatusClass),
    /// `http`, or `ws` / `websocket`; no argument lists both.
    Table(&'static str, Vec<Row>),
    /// The words that were none of the above, and what they matched.
    Search { asked: String, found: Vec<Row> },
}

/// The answers, in the order asked: each code, name, class or table on its
/// own, and one search of the other words, where its first word stood.
pub fn answer(queries: &[String]) -> Vec<Answer> {
    if queries.is_empty() {
        return vec![table("http").unwrap(), table("ws").unwrap()];
    }
    let mut answers = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut search_at = None;
    for query in queries {
        match select(query) {
            Some(answer) => answers.push(answer),
            None => {
                search_at.get_or_insert(answers.len());
                words.push(query);
            }
        }
    }
    if let Some(at) = search_at {
        answers.insert(at, search(&words));
    }
    answers
}

/// Whether a single argument is a lookup, whose JSON answer is one object.
pub fn is_lookup(answers: &[Answer]) -> bool {
    matches!(answers, [Answer::Status(_) | Answer::Code(_)])
}

fn select(query: &str) -> Option<Answer> {
    if !query.is_empty() && query.bytes().all(|b| b.is_ascii_digit()) {
        return Some(match query.parse::<u16>() {
            Ok(code) => Row::from_code(code).map_or(Answer::Code(code), Answer::Status),
            Err(_) => Answer::PastU16(query.to_owned()),
        });
    }
    if let Some(row) = Row::parse(query) {
        return Some(Answer::Status(row));
    }
    if let [digit @ b'1'..=b'5', x, y] = query.as_bytes() {
        if x.eq_ignore_ascii_case(&b'x') && y.eq_ignore_ascii_case(&b'x') {
            return StatusClass::from_code(u16::from(digit - b'0') * 100).map(Answer::Class);
        }
    }
    table(query)
}

fn table(query: &str) -> Option<Answer> {
    let (title, http) = match query.to_ascii_lowercase().as_str() {
        "http" => ("HTTP status codes", true),
        "ws" | "websocket" => ("WebSocket close codes", false),
        _ => return None,
    };
    let rows = Row::all().filter(|r| r.is_http() == http).collect();
    Some(Answer::Table(title, rows))
}

/// What the search looks in, for the search and for the message that says so.
const SEARCHED: &str = "phrases, names, constant names, deprecated names and descriptions";

fn search(words: &[&str]) -> Answer {
    let asked = words.join(" ");
    let needles: Vec<String> = asked
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let found = Row::all()
        .filter(|row| {
            let mut text = format!(
                "{} {} {} {}",
                row.phrase(),
                row.name(),
                row.constant_name(),
                row.description()
            );
            for alias in row.aliases() {
                text.push(' ');
                text.push_str(alias);
            }
            let text = text.to_ascii_lowercase();
            needles.iter().all(|needle| text.contains(needle.as_str()))
        })
        .collect();
    Answer::Search { asked, found }
}

/// `4xx` for `ClientError`.
pub fn class_range(class: StatusClass) -> &'static str {
    match class {
        StatusClass::Informational => "1xx",
        StatusClass::Success => "2xx",
        StatusClass::Redirection => "3xx",
        StatusClass::ClientError => "4xx",
        StatusClass::ServerError => "5xx",
    }
}

/// The input as a message quotes it: escaped, and cut to 80 characters.
pub fn quote(text: &str) -> String {
    const MAX: usize = 80;
    match text.char_indices().nth(MAX) {
        None => format!("{text:?}"),
        Some((cut, _)) => format!(
            "{:?}... ({} characters in all)",
            &text[..cut],
            text.chars().count()
        ),
    }
}

impl Answer {
    /// The message on stderr for what was not found, if anything was not.
    pub fn miss(&self) -> Option<String> {
        match self {
            Answer::Code(code) => Some(format!(
                "{code} is not a known HTTP status or WebSocket close code{}",
                what_code_is(*code)
            )),
            Answer::PastU16(text) => Some(format!(
                "{} is not a status code: codes are 0 to 65535 (HTTP statuses 100 to 999, WebSocket close codes 1000 to 4999)",
                quote(text)
            )),
            Answer::Search { asked, found } if found.is_empty() => Some(format!(
                "no status matches {}: searched the {SEARCHED} of the {} HTTP statuses and WebSocket close codes for every word",
                quote(asked),
                Row::all().count()
            )),
            _ => None,
        }
    }

    /// The text answer on stdout.
    pub fn write_text(&self, out: &mut impl Write) -> io::Result<()> {
        match self {
            Answer::Status(row) => render::card(out, *row),
            Answer::Class(class) => {
                let title = format!("HTTP {} {class}", class_range(*class));
                let rows: Vec<Row> = Row::all().filter(|r| r.class() == Some(*class)).collect();
                render::listing(out, &title, &rows)
            }
            Answer::Table(title, rows) => render::listing(out, title, rows),
            Answer::Search { found, .. } if found.len() == 1 => render::card(out, found[0]),
            Answer::Search { asked, found } => {
                render::listing(out, &format!("Matches for {}", quote(asked)), found)
            }
            Answer::Code(_) | Answer::PastU16(_) => Ok(()),
        }
    }

    /// The JSON objects of the answer.
    pub fn json(&self) -> Vec<Value> {
        match self {
            Answer::Status(row) => vec![render::status_json(*row)],
            Answer::Code(code) => vec![render::code_json(*code)],
            Answer::PastU16(_) => Vec::new(),
            Answer::Class(class) => Row::all()
                .filter(|r| r.class() == Some(*class))
                .map(render::status_json)
                .collect(),
            Answer::Table(_, rows) | Answer::Search { found: rows, .. } => {
                rows.iter().copied().map(render::status_json).collect()
            }
        }
    }
}

/// What a code no table names still is, through `Code<T>`.
fn what_code_is(code: u16) -> String {
    if let Some(http) = HttpCode::new(code) {
        let Some(class) = http.class() else {
            return "; as an HTTP code it is in no class (classes are 1xx to 5xx), and RFC 9110 gives a client no meaning for it".to_owned();
        };
        let understood = match http.understood_as() {
            Some(status) => format!(", which a client treats as {status} (RFC 9110, Section 15)"),
            None => String::new(),
        };
        return format!(
            "; as an HTTP code it is a {} ({}){understood}",
            class.as_str().to_ascii_lowercase(),
            class_range(class)
        );
    }
    if let Some(ws) = WsCode::new(code) {
        let sendable = if ws.is_sendable() { "may" } else { "may not" };
        return format!(
            "; as a WebSocket close code it is in the {} range and {sendable} be sent in a Close frame",
            ws.range()
        );
    }
    " (HTTP statuses are 100 to 999, WebSocket close codes 1000 to 4999)".to_owned()
}
