//! What RFC 6455 says about close codes, for every `kind = websocket`
//! table and for [`Code`](crate::Code)s of one: which may be sent, and
//! which range a code is in.

use core::fmt;

/// The range of a WebSocket close code (RFC 6455 section 7.4.2).
///
/// ```
/// use fastrapi_status::{CloseCodeRange, WsCode};
///
/// assert_eq!(CloseCodeRange::of(1001), Some(CloseCodeRange::Protocol));
/// assert_eq!(WsCode::new(4001).unwrap().range(), CloseCodeRange::Private);
/// assert_eq!(CloseCodeRange::of(999), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CloseCodeRange {
    /// `1000..=2999`: defined by RFC 6455, its extensions and the IANA
    /// registry's Standards Action entries.
    Protocol,
    /// `3000..=3999`: registered with IANA by libraries, frameworks and
    /// applications.
    Registered,
    /// `4000..=4999`: private use, by agreement between the endpoints.
    Private,
}

impl CloseCodeRange {
    /// The range `code` is in; `None` outside `1000..=4999`, where no close
    /// code may be used.
    #[must_use]
    pub const fn of(code: u16) -> Option<Self> {
        match code {
            1000..=2999 => Some(Self::Protocol),
            3000..=3999 => Some(Self::Registered),
            4000..=4999 => Some(Self::Private),
            _ => None,
        }
    }

    /// The range's name, e.g. `"private"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Protocol => "protocol",
            Self::Registered => "registered",
            Self::Private => "private",
        }
    }
}

impl fmt::Display for CloseCodeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Whether an endpoint may send `code` in a Close frame, by RFC 6455: the
/// codes it and the IANA registry define for sending (1000..=1003 and
/// 1007..=1014) and every registered or private code (3000..=4999). Not
/// 1004 (reserved), 1005, 1006 and 1015 (for reporting a closure locally,
/// never on the wire), nor an unassigned protocol code.
#[must_use]
pub const fn is_sendable(code: u16) -> bool {
    matches!(code, 1000..=1003 | 1007..=1014 | 3000..=4999)
}
