//! The `http` feature: conversions between `http::StatusCode` and this
//! crate's types only, [`HttpStatus`] and every [`Code`] of a `kind = http`
//! table (lossless both ways: both hold exactly `100..=999`). A downstream
//! table converts through `Code<T>`: a feature that implemented a foreign
//! trait for it would break its hand-written impl the day another crate in
//! the graph turned the feature on.

#[cfg(feature = "http")]
use crate::{Code, HttpStatus, HttpTable, UnknownStatusCode};

#[cfg(feature = "http")]
impl<T: HttpTable> From<Code<T>> for http::StatusCode {
    /// The same code: `http` accepts all of `100..=999`.
    #[inline]
    fn from(code: Code<T>) -> Self {
        to_http(code.as_u16())
    }
}

#[cfg(feature = "http")]
impl<T: HttpTable> From<http::StatusCode> for Code<T> {
    /// The same code, known to `T` or not.
    ///
    /// ```
    /// use fastrapi_status::HttpCode;
    ///
    /// let code = HttpCode::from(http::StatusCode::from_u16(499).unwrap());
    /// assert_eq!(code.as_u16(), 499);
    /// assert_eq!(http::StatusCode::from(code).as_u16(), 499);
    /// ```
    #[inline]
    fn from(code: http::StatusCode) -> Self {
        // Never clamps: `http` holds 100..=999, the range of the kind.
        Self::clamped(code.as_u16())
    }
}

/// A `kind = http` code as `http::StatusCode`: it is in `100..=999`,
/// which `http` always accepts; the fallback only keeps this total.
#[cfg(feature = "http")]
#[inline]
#[must_use]
pub fn to_http(code: u16) -> http::StatusCode {
    http::StatusCode::from_u16(code).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
}

#[cfg(feature = "http")]
impl From<HttpStatus> for http::StatusCode {
    /// The same code.
    #[inline]
    fn from(status: HttpStatus) -> Self {
        to_http(status.as_u16())
    }
}

#[cfg(feature = "http")]
impl TryFrom<http::StatusCode> for HttpStatus {
    type Error = UnknownStatusCode;

    /// The status with the same code, if `HttpStatus` knows it.
    #[inline]
    fn try_from(code: http::StatusCode) -> Result<Self, UnknownStatusCode> {
        Self::try_from(code.as_u16())
    }
}
