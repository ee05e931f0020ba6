//! One status of either facade table, so queries and output treat the HTTP
//! and WebSocket tables alike.

use fastrapi_status::{HttpStatus, StatusClass, WsCloseCode};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Row {
    Http(HttpStatus),
    Ws(WsCloseCode),
}

/// Forwards one `StatusTable` method to whichever table the row is from.
macro_rules! forward {
    ($($method:ident -> $ty:ty),* $(,)?) => {
        $(
            pub fn $method(self) -> $ty {
                match self {
                    Row::Http(status) => status.$method(),
                    Row::Ws(status) => status.$method(),
                }
            }
        )*
    };
}

impl Row {
    forward! {
        as_u16 -> u16,
        phrase -> &'static str,
        name -> &'static str,
        constant_name -> &'static str,
        description -> &'static str,
        aliases -> &'static [&'static str],
        spec -> Option<&'static str>,
        spec_url -> Option<&'static str>,
    }

    /// Both tables, HTTP first, each in code order.
    pub fn all() -> impl Iterator<Item = Row> {
        let http = HttpStatus::ALL.iter().map(|&s| Row::Http(s));
        http.chain(WsCloseCode::ALL.iter().map(|&s| Row::Ws(s)))
    }

    /// A code, name, constant name or alias of either table (HTTP first).
    pub fn parse(text: &str) -> Option<Row> {
        match text.parse::<HttpStatus>() {
            Ok(status) => Some(Row::Http(status)),
            Err(_) => text.parse::<WsCloseCode>().ok().map(Row::Ws),
        }
    }

    /// The HTTP class, for HTTP statuses.
    pub fn class(self) -> Option<StatusClass> {
        match self {
            Row::Http(status) => Some(status.class()),
            Row::Ws(_) => None,
        }
    }

    /// The last column of a listing: the class, or what a close code is.
    pub fn group(self) -> &'static str {
        match self {
            Row::Http(status) => status.class().as_str(),
            Row::Ws(status) if status.is_sendable() => "WebSocket close code",
            Row::Ws(_) => "WebSocket close code (reserved: never sent in a Close frame)",
        }
    }
}
