//! What RFC 9110 says a status means to a server, by code: whether a
//! response carries content, whether a cache may store it without explicit
//! freshness, and what a redirect does to the request method. Written once
//! here, for every `kind = http` table and for [`Code`](crate::Code)s of one:
//! no table stores anything for them.

/// How a redirect treats the method of the request it answers (RFC 9110
/// [section 15.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.4)).
///
/// ```
/// use fastrapi_status::{HttpStatus, RedirectMethod};
///
/// let method = |status: HttpStatus| status.redirect().map(|r| r.method());
/// assert_eq!(method(HttpStatus::PermanentRedirect), Some(RedirectMethod::Same));
/// assert_eq!(method(HttpStatus::Found), Some(RedirectMethod::PostMayBecomeGet));
/// assert_eq!(method(HttpStatus::SeeOther), Some(RedirectMethod::Get));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RedirectMethod {
    /// `307` and `308`: the user agent repeats the request with the same
    /// method and content.
    Same,
    /// `301` and `302`: the user agent should keep the method, but for
    /// historical reasons may turn a POST into a GET.
    PostMayBecomeGet,
    /// `303`: the user agent follows with a GET (or HEAD, for a HEAD
    /// request), whatever the original method.
    Get,
}

/// What a redirect status tells a client: whether the move is permanent and
/// what becomes of the request method. Returned by `redirect()` on every
/// `kind = http` table and on an HTTP [`Code`](crate::Code), `Some` for
/// `301`, `302`, `303`, `307` and `308` only (RFC 9110
/// [section 15.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.4)).
///
/// A server choosing how to send a client elsewhere:
///
/// ```
/// use fastrapi_status::{HttpStatus, RedirectMethod};
///
/// /// The redirect that keeps a POST a POST.
/// fn redirect_status(permanent: bool) -> HttpStatus {
///     let keeps_method = |s: &&HttpStatus| {
///         s.redirect().is_some_and(|r| {
///             r.is_permanent() == permanent && r.method() == RedirectMethod::Same
///         })
///     };
///     *HttpStatus::ALL.iter().find(keeps_method).unwrap()
/// }
///
/// assert_eq!(redirect_status(true), HttpStatus::PermanentRedirect);
/// assert_eq!(redirect_status(false), HttpStatus::TemporaryRedirect);
/// assert_eq!(HttpStatus::NotFound.redirect(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Redirect {
    permanent: bool,
    method: RedirectMethod,
}

impl Redirect {
    /// The redirect a code stands for: `Some` for `301`, `302`, `303`, `307`
    /// and `308`, `None` for every other number.
    ///
    /// ```
    /// use fastrapi_status::Redirect;
    ///
    /// assert!(Redirect::of(301).unwrap().is_permanent());
    /// assert_eq!(Redirect::of(304), None);
    /// ```
    #[must_use]
    pub const fn of(code: u16) -> Option<Self> {
        let (permanent, method) = match code {
            301 => (true, RedirectMethod::PostMayBecomeGet),
            302 => (false, RedirectMethod::PostMayBecomeGet),
            303 => (false, RedirectMethod::Get),
            307 => (false, RedirectMethod::Same),
            308 => (true, RedirectMethod::Same),
            _ => return None,
        };
        Some(Self { permanent, method })
    }

    /// `true` for `301` and `308`: the target resource has a new permanent
    /// URI, and clients with link-editing capability ought to use it from
    /// now on (RFC 9110 sections
    /// [15.4.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2) and
    /// [15.4.9](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9)).
    #[must_use]
    pub const fn is_permanent(self) -> bool {
        self.permanent
    }

    /// What the user agent does with the request method when it follows
    /// the redirect.
    #[must_use]
    pub const fn method(self) -> RedirectMethod {
        self.method
    }
}

/// RFC 9110 sections 15.2, 15.3.5, 15.3.6 and 15.4.5: a 1xx, 204, 205 or
/// 304 response ends at its header section.
#[doc(hidden)]
#[must_use]
pub const fn allows_content(code: u16) -> bool {
    !matches!(code, 100..=199 | 204 | 205 | 304)
}

/// RFC 9110 section 15.1: the codes "heuristically cacheable by default".
#[doc(hidden)]
#[must_use]
pub const fn is_heuristically_cacheable(code: u16) -> bool {
    matches!(
        code,
        200 | 203 | 204 | 206 | 300 | 301 | 308 | 404 | 405 | 410 | 414 | 501
    )
}

/// The x00 code of `code`'s class, which RFC 9110 section 15 tells a client
/// to treat an unrecognized code as; `None` outside `100..=599`.
pub(crate) const fn class_code(code: u16) -> Option<u16> {
    match code {
        100..=599 => Some(code / 100 * 100),
        _ => None,
    }
}
