//! The methods and trait impls every generated enum has, whatever its
//! entries: written once here, as a `macro_rules!` the expansion calls,
//! rather than as tokens the proc macro writes out for each table.
//!
//! Why: in the proc macro, each token of a `quote!` template is a function
//! call that rustc type-checks and compiles, and every clean build compiles
//! the macro crate before the facade. Moving these templates here cut
//! rustc's instructions on the macro crate by 18% (counted with callgrind,
//! when they moved). Here the template costs a `macro_rules!` expansion in
//! the crate that declares a table, and nothing in the macro crate.
//!
//! `$crate` names this crate however the user's crate renamed it; every
//! other path is absolute, and primitives are `::core::primitive`, so no
//! name the user's crate declares changes what the code means.

/// The per-table methods and impls: the entry's strings read from
/// `Self::__TABLE`, and the standard traits forwarding to them.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_status {
    (@strings $($method:ident)*) => {
        $(
            #[inline]
            fn $method(self) -> &'static ::core::primitive::str {
                Self::$method(self)
            }
        )*
    };
    ($vis:vis $table:ident, $table_name:literal) => {
        impl $table {
            #[inline]
            const fn __entry(self) -> &'static $crate::__private::Entry {
                $crate::__private::entry(Self::__TABLE, self as ::core::primitive::u16)
            }

            /// The numeric code, e.g. `404`.
            #[inline]
            #[must_use]
            $vis const fn as_u16(self) -> ::core::primitive::u16 {
                self as ::core::primitive::u16
            }

            /// The entry's name as declared, e.g. `"NOT_FOUND"`.
            #[inline]
            #[must_use]
            $vis const fn name(self) -> &'static ::core::primitive::str {
                self.__entry().name
            }

            /// The name of the entry's constant, e.g. `"HTTP_404_NOT_FOUND"`.
            #[inline]
            #[must_use]
            $vis const fn constant_name(self) -> &'static ::core::primitive::str {
                self.__entry().constant
            }

            /// The reason phrase, e.g. `"Not Found"`.
            #[inline]
            #[must_use]
            $vis const fn phrase(self) -> &'static ::core::primitive::str {
                self.__entry().phrase
            }

            /// The entry's description, as declared.
            #[inline]
            #[must_use]
            $vis const fn description(self) -> &'static ::core::primitive::str {
                self.__entry().description
            }

            /// The constant names of the entry's deprecated aliases, e.g.
            /// `["HTTP_413_REQUEST_ENTITY_TOO_LARGE"]`; usually empty.
            #[inline]
            #[must_use]
            $vis const fn aliases(self) -> &'static [&'static ::core::primitive::str] {
                self.__entry().aliases
            }
        }

        // `Debug` prints the variant's name, as `#[derive(Debug)]` would, but
        // from the table: a derived `match` costs compile time per variant.
        impl ::core::fmt::Debug for $table {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::write_variant(self.__entry().name, f)
            }
        }

        impl ::core::fmt::Display for $table {
            /// Writes the code and the reason phrase, e.g. `404 Not Found`;
            /// width and alignment flags apply to the whole text.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.__entry().display)
            }
        }

        // The error types are named, never `Self::Err` / `Self::Error`: a
        // variant `Err` or `Error` would make those paths ambiguous.
        impl ::core::str::FromStr for $table {
            type Err = $crate::ParseStatusError;

            #[inline]
            fn from_str(
                s: &::core::primitive::str,
            ) -> ::core::result::Result<Self, $crate::ParseStatusError> {
                match $crate::__private::parse(|| Self::__TABLE, Self::ALL, Self::from_u16, s) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        $crate::ParseStatusError::new($table_name, s),
                    ),
                }
            }
        }

        impl ::core::convert::TryFrom<::core::primitive::u16> for $table {
            type Error = $crate::UnknownStatusCode;

            #[inline]
            fn try_from(
                code: ::core::primitive::u16,
            ) -> ::core::result::Result<Self, $crate::UnknownStatusCode> {
                match Self::from_u16(code) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        $crate::UnknownStatusCode::new($table_name, code),
                    ),
                }
            }
        }

        impl ::core::convert::From<$table> for ::core::primitive::u16 {
            #[inline]
            fn from(status: $table) -> ::core::primitive::u16 {
                status.as_u16()
            }
        }

        impl ::core::cmp::PartialEq<::core::primitive::u16> for $table {
            #[inline]
            fn eq(&self, other: &::core::primitive::u16) -> ::core::primitive::bool {
                self.as_u16() == *other
            }
        }

        impl ::core::cmp::PartialEq<$table> for ::core::primitive::u16 {
            #[inline]
            fn eq(&self, other: &$table) -> ::core::primitive::bool {
                *self == other.as_u16()
            }
        }

        $crate::__impl_serde!($table);

        // Every method forwards to the inherent `const fn` of the same name
        // (inherent items win over trait items in `Self::` paths).
        impl $crate::StatusTable for $table {
            const ALL: &'static [Self] = Self::ALL;
            const TABLE_NAME: &'static ::core::primitive::str = $table_name;

            #[inline]
            fn from_u16(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                Self::from_u16(code)
            }
            #[inline]
            fn as_u16(self) -> ::core::primitive::u16 {
                Self::as_u16(self)
            }
            $crate::__impl_status!(@strings name constant_name phrase description);
            #[inline]
            fn aliases(self) -> &'static [&'static ::core::primitive::str] {
                Self::aliases(self)
            }
        }
    };
}

/// The class methods of a `kind = http` table.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http_class {
    (@is $vis:vis $($method:ident $class:ident $range:literal,)*) => {
        $(
            #[doc = ::core::concat!(
                " `true` for `", $range, "` codes (`StatusClass::",
                ::core::stringify!($class), "`)."
            )]
            #[inline]
            #[must_use]
            $vis const fn $method(self) -> ::core::primitive::bool {
                ::core::matches!(self.class(), $crate::StatusClass::$class)
            }
        )*
    };
    ($vis:vis $table:ident) => {
        impl $table {
            /// The class of the code: `1xx` informational to `5xx` server error.
            #[inline]
            #[must_use]
            $vis const fn class(self) -> $crate::StatusClass {
                $crate::__private::http_class(self as ::core::primitive::u16)
            }

            $crate::__impl_http_class!(@is $vis
                is_informational Informational "1xx",
                is_success Success "2xx",
                is_redirection Redirection "3xx",
                is_client_error ClientError "4xx",
                is_server_error ServerError "5xx",
            );
        }

        $crate::__impl_http!($table);
    };
}

/// The conversions between a table declared with `extends = Base` and its
/// base. `$fallback` is any variant: `From` never reaches it, as the table
/// holds every entry of the base.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_extends {
    ($table:ident, $base:ident, $fallback:ident) => {
        impl ::core::convert::From<$crate::$base> for $table {
            #[doc = ::core::concat!(
                " Every `", ::core::stringify!($base), "` is an `", ::core::stringify!($table),
                "` with the same code and name."
            )]
            #[inline]
            fn from(status: $crate::$base) -> Self {
                match Self::from_u16(status.as_u16()) {
                    ::core::option::Option::Some(status) => status,
                    // Unreachable: the table was built from the base's entries.
                    ::core::option::Option::None => Self::$fallback,
                }
            }
        }

        impl ::core::convert::TryFrom<$table> for $crate::$base {
            type Error = $crate::UnknownStatusCode;

            #[doc = ::core::concat!(
                " The `", ::core::stringify!($base), "` with the same code; an error for `",
                ::core::stringify!($table), "`'s own entries."
            )]
            #[inline]
            fn try_from(
                status: $table,
            ) -> ::core::result::Result<Self, $crate::UnknownStatusCode> {
                <Self as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(status.as_u16())
            }
        }
    };
}
