//! [`TableKind`]: what a table's `kind` option says about its codes.

use core::fmt;

/// The `kind` a table was declared with: which codes it may hold, and so
/// which codes a [`Code`](crate::Code) of it may hold.
///
/// Every table's [`StatusTable::KIND`](crate::StatusTable::KIND) says it.
///
/// ```
/// use fastrapi_status::{HttpStatus, StatusTable, TableKind, WsCloseCode};
///
/// assert_eq!(HttpStatus::KIND, TableKind::Http);
/// assert_eq!(TableKind::Http.min_code(), 100);
/// assert_eq!(TableKind::Http.max_code(), 999);
/// assert!(WsCloseCode::KIND.contains(4001));
/// assert!(!WsCloseCode::KIND.contains(999));
/// assert_eq!(TableKind::Custom.to_string(), "custom");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TableKind {
    /// `kind = http`: entries are `100..=599`; a [`Code`](crate::Code) is
    /// any of `100..=999`, exactly what `http::StatusCode` accepts.
    Http,
    /// `kind = websocket`: close codes, `1000..=4999` (RFC 6455 section
    /// 7.4), for entries and codes alike.
    WebSocket,
    /// `kind = custom`, the default: any `u16`.
    Custom,
}

impl TableKind {
    /// The lowest code a [`Code`](crate::Code) of this kind holds.
    #[must_use]
    pub const fn min_code(self) -> u16 {
        match self {
            Self::Http => 100,
            Self::WebSocket => 1000,
            Self::Custom => 0,
        }
    }

    /// The highest code a [`Code`](crate::Code) of this kind holds.
    #[must_use]
    pub const fn max_code(self) -> u16 {
        match self {
            Self::Http => 999,
            Self::WebSocket => 4999,
            Self::Custom => u16::MAX,
        }
    }

    /// Whether `code` is in `min_code()..=max_code()`.
    #[must_use]
    pub const fn contains(self, code: u16) -> bool {
        self.min_code() <= code && code <= self.max_code()
    }

    /// The option's value as written in `#[status(kind = ...)]`, e.g.
    /// `"websocket"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Http => "http",
            Self::WebSocket => "websocket",
            Self::Custom => "custom",
        }
    }
}

impl fmt::Display for TableKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
