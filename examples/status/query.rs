//! What the arguments ask for, and the word search.

use fastrapi_status::StatusClass;

use crate::row::Row;

/// One argument, understood.
#[derive(Debug, PartialEq)]
pub enum Selection {
    /// A code, name, constant name or alias: one status.
    Exact(Row),
    /// `1xx` to `5xx`: one HTTP class.
    Class(StatusClass),
    /// `http`, or `ws` / `websocket`: one whole table.
    Table(Table),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Table {
    Http,
    WebSocket,
}

/// The whole query.
#[derive(Debug, PartialEq)]
pub enum Query {
    /// No query: both tables.
    Everything,
    /// Every argument is a status, a class or a table: each in turn.
    Selections(Vec<Selection>),
    /// Any other argument makes the whole input one search: these words,
    /// ASCII-lowercased, must all occur in a status's phrase, name or
    /// description.
    Search(Vec<String>),
}

impl Query {
    pub fn from_args(args: &[String]) -> Query {
        if args.is_empty() {
            return Query::Everything;
        }
        let selections: Option<Vec<Selection>> = args.iter().map(|a| select(a)).collect();
        match selections {
            Some(selections) => Query::Selections(selections),
            None => Query::Search(
                args.iter()
                    .flat_map(|arg| arg.split_whitespace())
                    .map(str::to_ascii_lowercase)
                    .collect(),
            ),
        }
    }
}

fn select(arg: &str) -> Option<Selection> {
    if let Some(row) = Row::parse(arg) {
        return Some(Selection::Exact(row));
    }
    if let [digit @ b'1'..=b'5', x, y] = arg.as_bytes() {
        if x.eq_ignore_ascii_case(&b'x') && y.eq_ignore_ascii_case(&b'x') {
            return StatusClass::from_code(u16::from(digit - b'0') * 100).map(Selection::Class);
        }
    }
    match arg.to_ascii_lowercase().as_str() {
        "http" => Some(Selection::Table(Table::Http)),
        "ws" | "websocket" => Some(Selection::Table(Table::WebSocket)),
        _ => None,
    }
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

/// The statuses of a selection, in code order.
pub fn rows(selection: &Selection) -> Vec<Row> {
    match *selection {
        Selection::Exact(row) => vec![row],
        Selection::Class(class) => Row::all().filter(|r| r.class() == Some(class)).collect(),
        Selection::Table(Table::Http) => Row::all().filter(|r| matches!(r, Row::Http(_))).collect(),
        Selection::Table(Table::WebSocket) => {
            Row::all().filter(|r| matches!(r, Row::Ws(_))).collect()
        }
    }
}

/// Every status whose phrase, name or description holds every word.
pub fn search(words: &[String]) -> Vec<Row> {
    if words.is_empty() {
        return Vec::new();
    }
    Row::all()
        .filter(|row| {
            let text = format!("{} {} {}", row.phrase(), row.name(), row.description())
                .to_ascii_lowercase();
            words.iter().all(|word| text.contains(word.as_str()))
        })
        .collect()
}
