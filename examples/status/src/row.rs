//! One status of either facade table, so queries and output treat the HTTP
//! and WebSocket tables alike.

use fastrapi_status::{CloseCodeRange, HttpStatus, StatusClass, WsCloseCode};

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

    /// The status with this code, in whichever table has it (their codes
    /// do not overlap).
    pub fn from_code(code: u16) -> Option<Row> {
        match HttpStatus::from_u16(code) {
            Some(status) => Some(Row::Http(status)),
            None => WsCloseCode::from_u16(code).map(Row::Ws),
        }
    }

    pub fn is_http(self) -> bool {
        matches!(self, Row::Http(_))
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

    /// The last column of a listing: the class, or a close code's range
    /// and whether it is ever sent.
    pub fn group(self) -> String {
        match self {
            Row::Http(status) => status.class().as_str().to_owned(),
            Row::Ws(status) if status.is_sendable() => format!("{} range", ws_range(status)),
            Row::Ws(status) => format!("{} range, never sent in a Close frame", ws_range(status)),
        }
    }
}

pub fn ws_range(status: WsCloseCode) -> CloseCodeRange {
    fastrapi_status::WsCode::from(status).range()
}
