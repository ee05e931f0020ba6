//! [`StatusClass`]: the five classes of HTTP status codes.

use core::fmt;

/// The class of an HTTP status code, from its first digit (RFC 9110 section 15).
///
/// Returned by the `class()` method of every `kind = http` table.
///
/// ```
/// use fastrapi_status::{HttpStatus, StatusClass};
///
/// assert_eq!(HttpStatus::Created.class(), StatusClass::Success);
/// assert_eq!(StatusClass::from_code(503), Some(StatusClass::ServerError));
/// assert_eq!(StatusClass::from_code(99), None);
/// assert_eq!(StatusClass::ClientError.to_string(), "Client Error");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusClass {
    /// `1xx`: the request was received, continuing process.
    Informational,
    /// `2xx`: the request was received, understood and accepted.
    Success,
    /// `3xx`: further action is needed to complete the request.
    Redirection,
    /// `4xx`: the request is wrong or cannot be fulfilled.
    ClientError,
    /// `5xx`: the server failed to fulfil a valid request.
    ServerError,
}

impl StatusClass {
    /// The class of any code in `100..=599`; `None` outside it.
    #[must_use]
    pub const fn from_code(code: u16) -> Option<Self> {
        match code {
            100..=199 => Some(Self::Informational),
            200..=299 => Some(Self::Success),
            300..=399 => Some(Self::Redirection),
            400..=499 => Some(Self::ClientError),
            500..=599 => Some(Self::ServerError),
            _ => None,
        }
    }

    /// The class's name, e.g. `"Client Error"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Informational => "Informational",
            Self::Success => "Success",
            Self::Redirection => "Redirection",
            Self::ClientError => "Client Error",
            Self::ServerError => "Server Error",
        }
    }
}

impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The class of a code of a `kind = http` table (validated to 100..=599),
/// for the generated `class()`. Hidden API, reached through `__private`.
#[doc(hidden)]
#[inline]
#[must_use]
pub const fn http_class(code: u16) -> StatusClass {
    match StatusClass::from_code(code) {
        Some(class) => class,
        None => StatusClass::ServerError,
    }
}
