//! RFC 9110's rules by code, on every code of 100..=999: the facade's table,
//! an extended one, a downstream HTTP table without x00 entries, `Code<T>`
//! and generic code, each checked against the RFC's own lists, written out
//! here as the sections state them.

use fastrapi_status::{
    status_codes, Code, HttpCode, HttpStatus, HttpTable, Redirect, RedirectMethod,
};

status_codes! {
    /// The facade's table and one more.
    #[status(kind = http, prefix = EDGE, extends = HttpStatus)]
    pub enum EdgeStatus {
        499 CLIENT_CLOSED_REQUEST "The client closed the connection before the server answered",
    }

    /// A downstream table with no x00 entry at all.
    #[status(kind = http, prefix = APP)]
    pub enum AppStatus {
        201 MADE "Made",
        204 EMPTY "Nothing to send",
        304 SAME "Unchanged",
        307 ELSEWHERE "Try there",
        418 TEAPOT "Short and stout",
        599 BROKEN "Broken",
    }
}

/// Sections 15.2 (1xx), 15.3.5 (204), 15.3.6 (205), 15.4.5 (304): no content.
fn rfc_allows_content(code: u16) -> bool {
    !((100..=199).contains(&code) || [204, 205, 304].contains(&code))
}

/// Section 15.1: "heuristically cacheable by default".
const RFC_CACHEABLE: [u16; 12] = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501];

/// Section 15.4: the five redirects, their permanence (15.4.2, 15.4.9) and
/// method (15.4.2, 15.4.3 "for historical reasons"; 15.4.4 GET or HEAD;
/// 15.4.8, 15.4.9 "MUST NOT change the request method").
fn rfc_redirect(code: u16) -> Option<(bool, RedirectMethod)> {
    match code {
        301 => Some((true, RedirectMethod::PostMayBecomeGet)),
        302 => Some((false, RedirectMethod::PostMayBecomeGet)),
        303 => Some((false, RedirectMethod::Get)),
        307 => Some((false, RedirectMethod::Same)),
        308 => Some((true, RedirectMethod::Same)),
        _ => None,
    }
}

fn parts(redirect: Option<Redirect>) -> Option<(bool, RedirectMethod)> {
    redirect.map(|r| (r.is_permanent(), r.method()))
}

/// The inherent `const fn`s, the `HttpTable` methods and `Code<T>` agree
/// with the RFC on every code the table knows.
macro_rules! check_table {
    ($table:ty) => {
        for &status in <$table>::ALL {
            let code = status.as_u16();
            let what = format!("{} {}", stringify!($table), code);
            assert_eq!(status.allows_content(), rfc_allows_content(code), "{what}");
            assert_eq!(
                status.is_heuristically_cacheable(),
                RFC_CACHEABLE.contains(&code),
                "{what}"
            );
            assert_eq!(parts(status.redirect()), rfc_redirect(code), "{what}");
            assert_eq!(HttpTable::allows_content(status), status.allows_content());
            assert_eq!(
                HttpTable::is_heuristically_cacheable(status),
                status.is_heuristically_cacheable()
            );
            assert_eq!(HttpTable::redirect(status), status.redirect());
            let as_code = Code::<$table>::from(status);
            assert_eq!(as_code.allows_content(), status.allows_content(), "{what}");
            assert_eq!(
                as_code.is_heuristically_cacheable(),
                status.is_heuristically_cacheable()
            );
            assert_eq!(as_code.redirect(), status.redirect(), "{what}");
            assert_eq!(as_code.understood_as(), Some(status), "{what}");
        }
    };
}

#[test]
fn tables_follow_the_rfc_on_every_entry() {
    check_table!(HttpStatus);
    check_table!(EdgeStatus);
    check_table!(AppStatus);
}

/// Every code `Code<T>` holds, known or not, for each table.
fn check_codes<T: HttpTable>(x00: impl Fn(u16) -> Option<T>) {
    for n in 100..=999 {
        let code = Code::<T>::new(n).expect("100..=999 is an HTTP code");
        assert_eq!(code.allows_content(), rfc_allows_content(n), "{n}");
        assert_eq!(
            code.is_heuristically_cacheable(),
            RFC_CACHEABLE.contains(&n),
            "{n}"
        );
        assert_eq!(parts(code.redirect()), rfc_redirect(n), "{n}");
        let expected = T::from_u16(n).or_else(|| x00(n));
        assert_eq!(code.understood_as(), expected, "{n}");
        if n >= 600 {
            // No class: content allowed, never cached, no redirect, nothing understood.
            assert!(code.allows_content() && !code.is_heuristically_cacheable());
            assert_eq!((code.redirect(), code.understood_as()), (None, None));
        }
    }
}

#[test]
fn codes_follow_the_rfc_on_every_code_of_100_to_999() {
    let class_of = |n: u16| (100..=599).contains(&n).then_some(n / 100 * 100);
    check_codes::<HttpStatus>(|n| HttpStatus::from_u16(class_of(n)?));
    check_codes::<EdgeStatus>(|n| EdgeStatus::from_u16(class_of(n)?));
    // AppStatus has no x00 entry: an unknown code is understood as nothing.
    check_codes::<AppStatus>(|_| None);
}

#[test]
fn unknown_codes_are_understood_as_their_class() {
    let understood = |n| HttpCode::new(n).unwrap().understood_as();
    assert_eq!(understood(499), Some(HttpStatus::BadRequest));
    assert_eq!(understood(299), Some(HttpStatus::Ok));
    assert_eq!(understood(599), Some(HttpStatus::InternalServerError));
    assert_eq!(understood(150), Some(HttpStatus::Continue));
    assert_eq!(understood(600), None);
    assert_eq!(
        Code::<EdgeStatus>::new(499).unwrap().understood_as(),
        Some(EdgeStatus::ClientClosedRequest)
    );
    assert_eq!(
        Code::<AppStatus>::new(418).unwrap().understood_as(),
        Some(AppStatus::Teapot)
    );
    assert_eq!(Code::<AppStatus>::new(404).unwrap().understood_as(), None);
}

#[test]
fn the_rules_are_const() {
    const NO_BODY: bool = HttpStatus::NotModified.allows_content();
    const CACHED: bool = EdgeStatus::Gone.is_heuristically_cacheable();
    const MOVED: Option<Redirect> = AppStatus::Elsewhere.redirect();
    const SEE_OTHER: Option<Redirect> = Redirect::of(303);
    const UNKNOWN_BODY: bool = match HttpCode::new(299) {
        Some(code) => code.allows_content(),
        None => false,
    };
    const UNKNOWN_REDIRECT: Option<Redirect> = match HttpCode::new(399) {
        Some(code) => code.redirect(),
        None => None,
    };
    const PERMANENT: bool = match MOVED {
        Some(redirect) => redirect.is_permanent(),
        None => true,
    };
    const { assert!(!NO_BODY && CACHED && UNKNOWN_BODY && !PERMANENT) };
    assert_eq!(MOVED.map(Redirect::method), Some(RedirectMethod::Same));
    assert_eq!(SEE_OTHER.map(Redirect::method), Some(RedirectMethod::Get));
    assert_eq!(UNKNOWN_REDIRECT, None);
}

/// FastrAPI's redirect response, written with the rules: the status a
/// framework sends for "permanent or not, keep the method or not".
#[test]
fn choosing_a_redirect() {
    let choose = |permanent: bool, method: RedirectMethod| {
        HttpStatus::ALL
            .iter()
            .copied()
            .filter(|s| {
                s.redirect()
                    .is_some_and(|r| r.is_permanent() == permanent && r.method() == method)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        choose(true, RedirectMethod::Same),
        [HttpStatus::PermanentRedirect]
    );
    assert_eq!(
        choose(false, RedirectMethod::Same),
        [HttpStatus::TemporaryRedirect]
    );
    assert_eq!(
        choose(true, RedirectMethod::PostMayBecomeGet),
        [HttpStatus::MovedPermanently]
    );
    assert_eq!(
        choose(false, RedirectMethod::PostMayBecomeGet),
        [HttpStatus::Found]
    );
    assert_eq!(choose(false, RedirectMethod::Get), [HttpStatus::SeeOther]);
    assert!(choose(true, RedirectMethod::Get).is_empty());
}
