//! The methods and trait impls every generated enum has, whatever its
//! entries: written once here, as a `macro_rules!` the expansion calls,
//! rather than as tokens the proc macro writes out for each table.
//!
//! Why: in the proc macro, each token of a `quote!` template is a function
//! call that rustc type-checks and compiles, and every clean build compiles
//! the macro crate before the facade. Here the template costs a
//! `macro_rules!` expansion in the crate that declares a table, and nothing
//! in the macro crate.
//!
//! `$crate` names this crate however the user's crate renamed it; every
//! other path is absolute, and primitives are `::core::primitive`, so no
//! name the user's crate declares changes what the code means.

/// The per-table methods and impls: the entry's strings read from the
/// table's data (its hidden `TableData` impl, out of the user's completion
/// list), and the standard traits forwarding to them.
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
    ($vis:vis $table:ident, $table_name:literal, $kind:ident) => {
        impl $table {
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
                $crate::__private::entry_of::<Self>(self as ::core::primitive::u16).name
            }

            /// The name of the entry's constant, e.g. `"HTTP_404_NOT_FOUND"`.
            #[inline]
            #[must_use]
            $vis const fn constant_name(self) -> &'static ::core::primitive::str {
                $crate::__private::entry_of::<Self>(self as ::core::primitive::u16).constant
            }

            /// The reason phrase, e.g. `"Not Found"`.
            #[inline]
            #[must_use]
            $vis const fn phrase(self) -> &'static ::core::primitive::str {
                $crate::__private::entry_of::<Self>(self as ::core::primitive::u16).phrase
            }

            /// The entry's description, as declared.
            #[inline]
            #[must_use]
            $vis const fn description(self) -> &'static ::core::primitive::str {
                $crate::__private::entry_of::<Self>(self as ::core::primitive::u16).description
            }

            /// The constant names of the entry's deprecated aliases, e.g.
            /// `["HTTP_413_REQUEST_ENTITY_TOO_LARGE"]`; usually empty.
            #[inline]
            #[must_use]
            $vis const fn aliases(self) -> &'static [&'static ::core::primitive::str] {
                $crate::__private::entry_of::<Self>(self as ::core::primitive::u16).aliases
            }

            /// The document that defines the entry, from its `#[spec]`, e.g.
            /// `"RFC 9110, Section 15.5.5"`; `None` without one.
            #[inline]
            #[must_use]
            $vis const fn spec(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                match $crate::__private::spec(<Self as $crate::__private::TableData>::TABLE, self as ::core::primitive::u16) {
                    ::core::option::Option::Some(spec) => ::core::option::Option::Some(spec.reference),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// The address of the entry's `#[spec]` document, where the
            /// `#[spec(..., url = "...")]` form gives one.
            #[inline]
            #[must_use]
            $vis const fn spec_url(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                $crate::__private::spec_url(<Self as $crate::__private::TableData>::TABLE, self as ::core::primitive::u16)
            }

            /// The note of the entry's `#[deprecated]` (`""` where it gives
            /// none); `None` for an entry that is not deprecated.
            #[inline]
            #[must_use]
            $vis const fn deprecated(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                $crate::__private::deprecation(<Self as $crate::__private::TableData>::TABLE, self as ::core::primitive::u16)
            }

            /// Exactly what `FromStr` accepts, as a `const fn`: the decimal
            /// code (no sign, space or leading zero), the name, the constant
            /// name or an alias, ASCII case-insensitively. `FromStr` calls
            /// it, so the two cannot drift apart.
            // Always inlined, as `FromStr` was before it called this: then
            // the table's sizes, masks and addresses are constants in each
            // caller. Left to `#[inline]`, `bench/paired.sh` showed the
            // benchmark's `from_str` calling it out of line, and more than
            // twice as slow on malformed text.
            #[inline(always)]
            #[must_use]
            $vis const fn parse(s: &::core::primitive::str) -> ::core::option::Option<Self> {
                match $crate::__private::key(<Self as $crate::__private::TableData>::TABLE, s.as_bytes()) {
                    $crate::__private::Key::Code(code) => Self::from_u16(code),
                    $crate::__private::Key::Name(at) => {
                        $crate::__private::nth(Self::ALL, ::core::option::Option::Some(at))
                    }
                    $crate::__private::Key::Neither => ::core::option::Option::None,
                }
            }

            /// A name, constant name or alias, ASCII case-insensitively, as
            /// a `const fn`: what `parse` accepts but the decimal code.
            #[inline(always)]
            #[must_use]
            $vis const fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                $crate::__private::nth(
                    Self::ALL,
                    $crate::__private::name_position(<Self as $crate::__private::TableData>::TABLE, name.as_bytes()),
                )
            }
        }

        // `Debug` prints the variant's name, as `#[derive(Debug)]` would, but
        // from the table: a derived `match` costs compile time per variant.
        impl ::core::fmt::Debug for $table {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::write_variant($crate::__private::entry_of::<Self>(*self as ::core::primitive::u16).name, f)
            }
        }

        impl ::core::fmt::Display for $table {
            /// Writes the code and the reason phrase, e.g. `404 Not Found`;
            /// width and alignment flags apply to the whole text.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad($crate::__private::entry_of::<Self>(*self as ::core::primitive::u16).display)
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
                match Self::parse(s) {
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

        // `Code<T> == T` is the facade's; this direction cannot be (the
        // orphan rule), so each table has it.
        impl ::core::cmp::PartialEq<$crate::Code<$table>> for $table {
            #[inline]
            fn eq(&self, other: &$crate::Code<$table>) -> ::core::primitive::bool {
                self.as_u16() == other.as_u16()
            }
        }

        // Every method forwards to the inherent `const fn` of the same name
        // (inherent items win over trait items in `Self::` paths).
        impl $crate::StatusTable for $table {
            const ALL: &'static [Self] = Self::ALL;
            const TABLE_NAME: &'static ::core::primitive::str = $table_name;
            const KIND: $crate::TableKind = $crate::TableKind::$kind;

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
            #[inline]
            fn spec(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                Self::spec(self)
            }
            #[inline]
            fn spec_url(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                Self::spec_url(self)
            }
            #[inline]
            fn deprecated(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                Self::deprecated(self)
            }
            #[inline]
            fn parse(s: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::parse(s)
            }
            #[inline]
            fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_name(name)
            }
        }

        $crate::__impl_kind!($kind $vis $table);
    };
}

/// What a table's kind adds: the class methods of an HTTP table, the
/// sending rule of a WebSocket one, and the marker trait that gives its
/// [`Code`](crate::Code)s the same.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_kind {
    (Http $vis:vis $table:ident) => {
        $crate::__impl_http_class!($vis $table);
        impl $crate::HttpTable for $table {}
    };
    (WebSocket $vis:vis $table:ident) => {
        impl $table {
            /// Whether an endpoint may send this code in a Close frame.
            ///
            /// RFC 6455 section 7.4.1 reserves 1005 (no status received),
            /// 1006 (abnormal closure) and 1015 (TLS handshake failure) for
            /// reporting a closure locally, and 1004: they must never appear
            /// on the wire. The rule is the code's, so it agrees with
            /// `Code::is_sendable`.
            #[inline]
            #[must_use]
            $vis const fn is_sendable(self) -> ::core::primitive::bool {
                $crate::__private::ws_is_sendable(self as ::core::primitive::u16)
            }
        }
        impl $crate::WsTable for $table {}
    };
    (Custom $vis:vis $table:ident) => {};
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

            /// Whether a response with this status may carry content: `false`
            /// for `1xx`, `204`, `205` and `304`, which end at their header
            /// section (RFC 9110 sections 15.2, 15.3.5, 15.3.6 and 15.4.5,
            /// <https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5>);
            /// `true` for every other code.
            #[inline]
            #[must_use]
            $vis const fn allows_content(self) -> ::core::primitive::bool {
                $crate::__private::allows_content(self as ::core::primitive::u16)
            }

            /// Whether a cache may store a response with this status without
            /// explicit freshness information: `true` exactly for `200`,
            /// `203`, `204`, `206`, `300`, `301`, `308`, `404`, `405`, `410`,
            /// `414` and `501` (RFC 9110 section 15.1,
            /// <https://www.rfc-editor.org/rfc/rfc9110#section-15.1>).
            #[inline]
            #[must_use]
            $vis const fn is_heuristically_cacheable(self) -> ::core::primitive::bool {
                $crate::__private::is_heuristically_cacheable(self as ::core::primitive::u16)
            }

            /// The redirect this status stands for, `Some` for `301`, `302`,
            /// `303`, `307` and `308` only: whether it is permanent and what
            /// becomes of the request method (RFC 9110 section 15.4,
            /// <https://www.rfc-editor.org/rfc/rfc9110#section-15.4>).
            #[inline]
            #[must_use]
            $vis const fn redirect(self) -> ::core::option::Option<$crate::Redirect> {
                $crate::Redirect::of(self as ::core::primitive::u16)
            }
        }
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
