//! [`StatusTable`]: what every generated enum has, for generic code.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::str::FromStr;

use crate::http_rules;
use crate::{Code, ParseStatusError, Redirect, TableKind, UnknownStatusCode};

/// A status code table declared with [`status_codes!`](crate::status_codes).
///
/// Every generated enum implements it; its methods mirror the enum's inherent
/// ones (which are `const fn`, as trait methods cannot be), so generic code can
/// serve any table: the facade's, or one a downstream crate declares.
///
/// ```
/// use fastrapi_status::{HttpStatus, StatusTable, WsCloseCode};
///
/// fn describe<T: StatusTable>(code: u16) -> Option<String> {
///     T::from_u16(code).map(|s| format!("{}: {}", s.constant_name(), s.description()))
/// }
///
/// assert_eq!(
///     describe::<HttpStatus>(404).as_deref(),
///     Some("HTTP_404_NOT_FOUND: The server cannot find the requested resource"),
/// );
/// assert_eq!(WsCloseCode::TABLE_NAME, "WsCloseCode");
/// assert_eq!(<WsCloseCode as StatusTable>::ALL.len(), 15);
/// ```
pub trait StatusTable:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + FromStr<Err = ParseStatusError>
    + TryFrom<u16, Error = UnknownStatusCode>
    + Into<u16>
    + PartialEq<u16>
    + PartialEq<Code<Self>>
    + 'static
{
    /// Every status of the table, sorted by code.
    const ALL: &'static [Self];
    /// The enum's name, e.g. `"HttpStatus"`.
    const TABLE_NAME: &'static str;
    /// The table's `kind`: which codes a [`Code`](crate::Code) of it holds.
    const KIND: TableKind;

    /// The status with this code, if the table has one.
    fn from_u16(code: u16) -> Option<Self>;
    /// The numeric code, e.g. `404`.
    fn as_u16(self) -> u16;
    /// The entry's name as declared, e.g. `"NOT_FOUND"`.
    fn name(self) -> &'static str;
    /// The name of the entry's constant, e.g. `"HTTP_404_NOT_FOUND"`.
    fn constant_name(self) -> &'static str;
    /// The reason phrase, e.g. `"Not Found"`.
    fn phrase(self) -> &'static str;
    /// The entry's description.
    fn description(self) -> &'static str;
    /// The constant names of the entry's deprecated aliases.
    fn aliases(self) -> &'static [&'static str];
    /// The document that defines the entry (its `#[spec]`), if given.
    fn spec(self) -> Option<&'static str>;
    /// The address of that document, if given.
    fn spec_url(self) -> Option<&'static str>;
    /// The note of the entry's `#[deprecated]` (`""` without one); `None`
    /// for an entry that is not deprecated.
    fn deprecated(self) -> Option<&'static str>;
    /// Exactly what `FromStr` accepts: the decimal code, the name, the
    /// constant name or an alias, ASCII case-insensitively.
    fn parse(s: &str) -> Option<Self>;
    /// A name, constant name or alias, ASCII case-insensitively: what
    /// `parse` accepts but the decimal code.
    fn from_name(name: &str) -> Option<Self>;
}

/// A `kind = http` table: [`Code`](crate::Code)s of it have the class
/// methods and RFC 9110's rules. `status_codes!` implements it for every
/// such table; it means nothing for a table of another kind, so implement it
/// nowhere else.
///
/// Its methods are RFC 9110's rules by code, for generic code; each table
/// has them as `const fn`s of its own too.
///
/// ```
/// use fastrapi_status::{HttpStatus, HttpTable};
///
/// fn body_allowed<T: HttpTable>(status: T) -> bool {
///     status.allows_content()
/// }
/// assert!(!body_allowed(HttpStatus::NoContent));
/// assert!(body_allowed(HttpStatus::Ok));
/// ```
pub trait HttpTable: StatusTable {
    /// Whether a response with this status may carry content: `false` for
    /// `1xx`, `204`, `205` and `304` (RFC 9110
    /// [section 15.3.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5)
    /// and its neighbours); see [`Code::allows_content`].
    #[must_use]
    fn allows_content(self) -> bool {
        http_rules::allows_content(self.as_u16())
    }

    /// Whether a cache may store a response with this status without
    /// explicit freshness (RFC 9110
    /// [section 15.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.1));
    /// see [`Code::is_heuristically_cacheable`].
    #[must_use]
    fn is_heuristically_cacheable(self) -> bool {
        http_rules::is_heuristically_cacheable(self.as_u16())
    }

    /// The redirect this status stands for (RFC 9110
    /// [section 15.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.4));
    /// see [`Code::redirect`].
    #[must_use]
    fn redirect(self) -> Option<Redirect> {
        Redirect::of(self.as_u16())
    }
}

/// A `kind = websocket` table: [`Code`](crate::Code)s of it have
/// `is_sendable` and `range`. `status_codes!` implements it for every such
/// table; it means nothing for a table of another kind, so implement it
/// nowhere else.
pub trait WsTable: StatusTable {}
