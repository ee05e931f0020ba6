//! The `http` feature: conversions between every `kind = http` table and
//! `http::StatusCode`, implemented for each table by `__impl_http!`; and
//! between every [`Code`] of such a table and `http::StatusCode`, lossless
//! both ways (both hold exactly `100..=999`), here once for all tables.
//!
//! The file is compiled with the feature on or off: the generated code
//! calls `__impl_http!` either way (a user's crate cannot test the facade's
//! features), so the hook's two halves stand side by side at the end.

#[cfg(feature = "http")]
use crate::{Code, HttpTable};

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

/// `From<T> for http::StatusCode`. A `kind = http` code is in `100..=999`,
/// which `http` always accepts; the fallback only keeps this total.
#[cfg(feature = "http")]
#[inline]
#[must_use]
pub fn to_http(code: u16) -> http::StatusCode {
    http::StatusCode::from_u16(code).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// Called by the code `status_codes!` generates for `kind = http` tables.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($table:ident) => {
        $crate::__feature_items! { "http"
        impl ::core::convert::From<$table> for $crate::__private::http::StatusCode {
            #[inline]
            fn from(status: $table) -> Self {
                $crate::__private::to_http(status.as_u16())
            }
        }

        impl ::core::convert::TryFrom<$crate::__private::http::StatusCode> for $table {
            type Error = $crate::UnknownStatusCode;

            #[inline]
            fn try_from(
                code: $crate::__private::http::StatusCode,
            ) -> ::core::result::Result<Self, $crate::UnknownStatusCode> {
                <Self as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(code.as_u16())
            }
        }
        }
    };
}

/// The hook with the feature off: nothing to implement.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($table:ident) => {};
}
