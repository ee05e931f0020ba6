//! [`Code<T>`]: any code of a table's kind, known to the table or not.

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use crate::http_rules;
use crate::{
    CloseCodeRange, CodeOutOfRange, HttpStatus, HttpTable, ParseStatusError, Redirect, StatusClass,
    StatusTable, TableKind, WsCloseCode, WsTable,
};

/// Any code of `T`'s kind, whether `T` names it or not: the total type
/// beside a table, which holds only the codes it knows.
///
/// A server meets codes no table knows: an upstream's `499`, a CDN's `520`,
/// a client's close code `4001`. `Code<T>` holds any of them, losslessly,
/// and still answers with `T`'s name and phrase where `T` knows the code.
/// It is written once, here, for every table (the facade's, extended and
/// downstream ones): a table pays nothing for it in generated code.
///
/// Its range is the kind's ([`TableKind`](crate::TableKind)): `100..=999`
/// for `kind = http` (what `http::StatusCode` accepts), `1000..=4999` for
/// `kind = websocket` (RFC 6455 section 7.4), any `u16` for `kind = custom`.
///
/// ```
/// use fastrapi_status::{HttpCode, HttpStatus, StatusClass};
///
/// let upstream = HttpCode::new(499).unwrap();
/// assert_eq!(upstream.known(), None);
/// assert_eq!(upstream.phrase(), None);
/// assert!(upstream.is_client_error());
/// assert_eq!(upstream.to_string(), "499");
///
/// let found = HttpCode::from(HttpStatus::NotFound);
/// assert_eq!(found.known(), Some(HttpStatus::NotFound));
/// assert_eq!(found.phrase(), Some("Not Found"));
/// assert_eq!(found.to_string(), "404 Not Found");
/// assert_eq!(found, HttpStatus::NotFound);
/// assert_eq!(found, 404);
///
/// // Text: any in-range decimal code, and everything `HttpStatus` parses.
/// assert_eq!("499".parse(), Ok(upstream));
/// assert_eq!("not_found".parse(), Ok(found));
/// assert!("1000".parse::<HttpCode>().is_err());
/// assert!(HttpCode::new(99).is_none());
/// ```
///
/// Equality, order and hashing are by code. `Debug` shows the code and, for
/// a known one, the table's variant: `Code(404, NotFound)`, `Code(499)`.
pub struct Code<T> {
    code: u16,
    // `fn() -> T`: a `Code` owns no `T`, so it is `Send`, `Sync` and
    // `Copy` whatever `T` is.
    table: PhantomData<fn() -> T>,
}

/// Any HTTP status code, `100..=999`, known to [`HttpStatus`] or not.
pub type HttpCode = Code<HttpStatus>;

/// Any WebSocket close code, `1000..=4999`, known to [`WsCloseCode`] or not.
pub type WsCode = Code<WsCloseCode>;

impl<T: StatusTable> Code<T> {
    /// The lowest code of `T`'s kind.
    pub const MIN: u16 = T::KIND.min_code();
    /// The highest code of `T`'s kind.
    pub const MAX: u16 = T::KIND.max_code();

    /// `code`, if it is in the range of `T`'s kind.
    ///
    /// ```
    /// use fastrapi_status::WsCode;
    ///
    /// const APP_CLOSE: WsCode = match WsCode::new(4001) {
    ///     Some(code) => code,
    ///     None => panic!("not a close code"),
    /// };
    /// assert_eq!(APP_CLOSE.as_u16(), 4001);
    /// assert_eq!(WsCode::new(999), None);
    /// ```
    #[inline]
    #[must_use]
    pub const fn new(code: u16) -> Option<Self> {
        if T::KIND.contains(code) {
            Some(Self {
                code,
                table: PhantomData,
            })
        } else {
            None
        }
    }

    /// `code` moved into the range of `T`'s kind: for conversions whose
    /// input is in range by construction, total without a panic path.
    #[inline]
    pub(crate) const fn clamped(code: u16) -> Self {
        let code = if code < Self::MIN {
            Self::MIN
        } else if code > Self::MAX {
            Self::MAX
        } else {
            code
        };
        Self {
            code,
            table: PhantomData,
        }
    }

    /// The numeric code, e.g. `499`.
    #[inline]
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        self.code
    }

    /// The table's status with this code, if the table knows it. Costs what
    /// `T::from_u16` costs, which it is.
    #[inline]
    #[must_use]
    pub fn known(self) -> Option<T> {
        T::from_u16(self.code)
    }

    /// Whether the table knows this code.
    #[inline]
    #[must_use]
    pub fn is_known(self) -> bool {
        self.known().is_some()
    }

    /// The reason phrase of a known code, e.g. `Some("Not Found")`.
    #[inline]
    #[must_use]
    pub fn phrase(self) -> Option<&'static str> {
        self.known().map(StatusTable::phrase)
    }

    /// The entry's name of a known code, e.g. `Some("NOT_FOUND")`.
    #[inline]
    #[must_use]
    pub fn name(self) -> Option<&'static str> {
        self.known().map(StatusTable::name)
    }

    /// The description of a known code.
    #[inline]
    #[must_use]
    pub fn description(self) -> Option<&'static str> {
        self.known().map(StatusTable::description)
    }

    /// What [`FromStr`] accepts: any in-range decimal code in canonical form
    /// (no sign, space or leading zero), and every name, constant name and
    /// alias of the table, ASCII case-insensitively. `FromStr` is this, with
    /// an error for `None`.
    ///
    /// ```
    /// use fastrapi_status::HttpCode;
    ///
    /// assert_eq!(HttpCode::parse("520").map(HttpCode::as_u16), Some(520));
    /// assert_eq!(HttpCode::parse("HTTP_404_NOT_FOUND").map(HttpCode::as_u16), Some(404));
    /// for bad in ["0499", " 499", "+499", "4x9", "", "99", "1000"] {
    ///     assert_eq!(HttpCode::parse(bad), None, "{bad:?}");
    /// }
    /// ```
    // Always inlined, as a table's own `parse` is: `T::KIND` and the table
    // are then constants in the caller.
    #[inline(always)]
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let bytes = s.as_bytes();
        // A code first: only text of the kind's length can be one (three
        // digits for HTTP, four for WebSocket), so most garbage is turned
        // away by one compare. `T::KIND` is a constant.
        match T::KIND {
            TableKind::Http if bytes.len() == 3 => {
                if let Some(code) = crate::__private::fixed_decimal::<3>(bytes) {
                    // Three digits without a leading zero are always in
                    // HTTP's range: no second check.
                    return Some(Self::clamped(code));
                }
            }
            TableKind::WebSocket if bytes.len() == 4 => {
                if let Some(code) = crate::__private::fixed_decimal::<4>(bytes) {
                    return Self::new(code);
                }
            }
            TableKind::Custom => {
                if let Some(code) = crate::__private::decimal(bytes) {
                    return Self::new(code);
                }
            }
            _ => {}
        }
        match bytes.first() {
            Some(first) if first.is_ascii_alphabetic() => Self::from_name(s),
            _ => None,
        }
    }

    /// The name path of [`parse`](Self::parse), out of line: inlined, the
    /// name index's registers made every call save and restore six, so the
    /// numbers and the garbage a server mostly parses paid for the names
    /// it rarely does (seen in callgrind's counts of a rejection).
    #[inline(never)]
    fn from_name(s: &str) -> Option<Self> {
        T::from_name(s).map(Self::from)
    }
}

/// The five `is_*` predicates of an HTTP code, by its class.
macro_rules! is_class {
    ($($method:ident $class:ident $range:literal,)*) => {
        $(
            #[doc = concat!(" `true` for `", $range, "` codes, known or not.")]
            #[inline]
            #[must_use]
            pub const fn $method(self) -> bool {
                matches!(self.class(), Some(StatusClass::$class))
            }
        )*
    };
}

impl<T: HttpTable> Code<T> {
    /// The class by the first digit, for any code: `Some(ClientError)` for
    /// `499` though no table names it; `None` for `600..=999`, which have no
    /// class.
    ///
    /// ```
    /// use fastrapi_status::{HttpCode, StatusClass};
    ///
    /// assert_eq!(HttpCode::new(499).unwrap().class(), Some(StatusClass::ClientError));
    /// assert_eq!(HttpCode::new(799).unwrap().class(), None);
    /// ```
    #[inline]
    #[must_use]
    pub const fn class(self) -> Option<StatusClass> {
        StatusClass::from_code(self.code)
    }

    is_class! {
        is_informational Informational "1xx",
        is_success Success "2xx",
        is_redirection Redirection "3xx",
        is_client_error ClientError "4xx",
        is_server_error ServerError "5xx",
    }

    /// Whether a response with this code may carry content: `false` for
    /// `1xx`, `204 No Content`, `205 Reset Content` and `304 Not Modified`,
    /// which end at their header section (RFC 9110 sections
    /// [15.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.2),
    /// [15.3.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5),
    /// [15.3.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6) and
    /// [15.4.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5));
    /// `true` for every other code, unknown ones included. FastAPI's
    /// `is_body_allowed_for_status_code` is the same rule.
    ///
    /// ```
    /// use fastrapi_status::HttpCode;
    ///
    /// let code = |n| HttpCode::new(n).unwrap();
    /// assert!(!code(204).allows_content());
    /// assert!(!code(199).allows_content());
    /// assert!(code(499).allows_content());
    /// ```
    #[inline]
    #[must_use]
    pub const fn allows_content(self) -> bool {
        http_rules::allows_content(self.code)
    }

    /// Whether a cache may store a response with this code without
    /// explicit freshness information (RFC 9110
    /// [section 15.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.1)):
    /// `true` exactly for `200`, `203`, `204`, `206`, `300`, `301`, `308`,
    /// `404`, `405`, `410`, `414` and `501`. An unrecognized code is never
    /// cached heuristically, whatever it is understood as.
    ///
    /// ```
    /// use fastrapi_status::HttpCode;
    ///
    /// assert!(HttpCode::new(404).unwrap().is_heuristically_cacheable());
    /// assert!(!HttpCode::new(500).unwrap().is_heuristically_cacheable());
    /// assert!(!HttpCode::new(499).unwrap().is_heuristically_cacheable());
    /// ```
    #[inline]
    #[must_use]
    pub const fn is_heuristically_cacheable(self) -> bool {
        http_rules::is_heuristically_cacheable(self.code)
    }

    /// The redirect this code stands for, `Some` for `301`, `302`, `303`,
    /// `307` and `308` only (RFC 9110
    /// [section 15.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.4)):
    /// an unrecognized `3xx` is understood as `300 Multiple Choices`, which
    /// names no single target.
    ///
    /// ```
    /// use fastrapi_status::{HttpCode, RedirectMethod};
    ///
    /// let moved = HttpCode::new(301).unwrap().redirect().unwrap();
    /// assert!(moved.is_permanent());
    /// assert_eq!(moved.method(), RedirectMethod::PostMayBecomeGet);
    /// assert_eq!(HttpCode::new(399).unwrap().redirect(), None);
    /// ```
    #[inline]
    #[must_use]
    pub const fn redirect(self) -> Option<Redirect> {
        Redirect::of(self.code)
    }

    /// What a client takes this code for (RFC 9110
    /// [section 15](https://www.rfc-editor.org/rfc/rfc9110#section-15)):
    /// `T`'s entry when `T` knows the code, else `T`'s entry for the `x00`
    /// code of its class, since a client treats an unrecognized code as the
    /// `x00` code of its class. `None` for `600..=999`, which have no class,
    /// and when `T` has no such `x00` entry.
    ///
    /// ```
    /// use fastrapi_status::{HttpCode, HttpStatus};
    ///
    /// let code = |n| HttpCode::new(n).unwrap();
    /// assert_eq!(code(499).understood_as(), Some(HttpStatus::BadRequest));
    /// assert_eq!(code(404).understood_as(), Some(HttpStatus::NotFound));
    /// assert_eq!(code(799).understood_as(), None);
    /// ```
    #[must_use]
    pub fn understood_as(self) -> Option<T> {
        match T::from_u16(self.code) {
            Some(known) => Some(known),
            None => T::from_u16(http_rules::class_code(self.code)?),
        }
    }
}

impl<T: WsTable> Code<T> {
    /// Whether an endpoint may send this code in a Close frame, by RFC 6455,
    /// for any code: 1000..=1003, 1007..=1014 and every registered or
    /// private code (3000..=4999) may be sent; 1004 (reserved), 1005, 1006
    /// and 1015 (reported locally, never sent) and unassigned protocol codes
    /// may not. Agrees with the table's own `is_sendable` on every code it
    /// knows.
    ///
    /// ```
    /// use fastrapi_status::WsCode;
    ///
    /// assert!(WsCode::new(4001).unwrap().is_sendable());
    /// assert!(!WsCode::new(1006).unwrap().is_sendable());
    /// assert!(!WsCode::new(1016).unwrap().is_sendable());
    /// ```
    #[inline]
    #[must_use]
    pub const fn is_sendable(self) -> bool {
        crate::ws::is_sendable(self.code)
    }

    /// The range the code is in: protocol, registered or private.
    #[inline]
    #[must_use]
    pub const fn range(self) -> CloseCodeRange {
        match CloseCodeRange::of(self.code) {
            Some(range) => range,
            // Unreachable: a websocket code is in 1000..=4999.
            None => CloseCodeRange::Protocol,
        }
    }
}

impl<T> Clone for Code<T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Code<T> {}

impl<T> PartialEq for Code<T> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl<T> Eq for Code<T> {}

impl<T> PartialOrd for Code<T> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T> Ord for Code<T> {
    #[inline]
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.code.cmp(&other.code)
    }
}

impl<T> core::hash::Hash for Code<T> {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.code.hash(state);
    }
}

impl<T: StatusTable> fmt::Debug for Code<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut tuple = f.debug_tuple("Code");
        tuple.field(&self.code);
        if let Some(status) = self.known() {
            tuple.field(&status);
        }
        tuple.finish()
    }
}

impl<T: StatusTable> fmt::Display for Code<T> {
    /// `404 Not Found` for a known code, `499` for another; width and
    /// alignment flags apply to the whole text.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.known() {
            Some(status) => fmt::Display::fmt(&status, f),
            None => f.pad(Digits::new(self.code).as_str()),
        }
    }
}

/// A `u16` in decimal, without the formatting machinery: `Display` of an
/// unknown code is on a server's path.
struct Digits {
    bytes: [u8; 5],
    start: usize,
}

impl Digits {
    #[inline]
    fn new(mut code: u16) -> Self {
        let mut bytes = [b'0'; 5];
        let mut start = bytes.len();
        loop {
            start -= 1;
            // A digit: below 10.
            #[allow(clippy::cast_possible_truncation)]
            let digit = (code % 10) as u8;
            bytes[start] = b'0' + digit;
            code /= 10;
            if code == 0 || start == 0 {
                break;
            }
        }
        Self { bytes, start }
    }

    #[inline]
    fn as_str(&self) -> &str {
        // ASCII digits only.
        core::str::from_utf8(self.bytes.get(self.start..).unwrap_or_default()).unwrap_or_default()
    }
}

impl<T: StatusTable> FromStr for Code<T> {
    type Err = ParseStatusError;

    /// See [`Code::parse`]; the error names the input and the range.
    #[inline]
    fn from_str(s: &str) -> Result<Self, ParseStatusError> {
        match Self::parse(s) {
            Some(code) => Ok(code),
            None => Err(ParseStatusError::new(T::TABLE_NAME, s).with_range(Self::MIN, Self::MAX)),
        }
    }
}

impl<T: StatusTable> TryFrom<u16> for Code<T> {
    type Error = CodeOutOfRange;

    /// The code, or an error naming the range of `T`'s kind.
    ///
    /// ```
    /// use fastrapi_status::HttpCode;
    ///
    /// let err = HttpCode::try_from(1000).unwrap_err();
    /// assert_eq!(err.to_string(), "1000 is not a code of HttpStatus's kind (http): expected 100..=999");
    /// ```
    #[inline]
    fn try_from(code: u16) -> Result<Self, CodeOutOfRange> {
        match Self::new(code) {
            Some(code) => Ok(code),
            None => Err(CodeOutOfRange::new(T::TABLE_NAME, T::KIND, code)),
        }
    }
}

impl<T: StatusTable> From<T> for Code<T> {
    /// Every status of the table is a code of its kind.
    #[inline]
    fn from(status: T) -> Self {
        Self {
            code: status.as_u16(),
            table: PhantomData,
        }
    }
}

impl<T> From<Code<T>> for u16 {
    #[inline]
    fn from(code: Code<T>) -> u16 {
        code.code
    }
}

impl<T: StatusTable> PartialEq<T> for Code<T> {
    #[inline]
    fn eq(&self, other: &T) -> bool {
        self.code == other.as_u16()
    }
}

impl<T> PartialEq<u16> for Code<T> {
    #[inline]
    fn eq(&self, other: &u16) -> bool {
        self.code == *other
    }
}

impl<T> PartialEq<Code<T>> for u16 {
    #[inline]
    fn eq(&self, other: &Code<T>) -> bool {
        *self == other.code
    }
}
