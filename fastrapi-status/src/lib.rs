//! HTTP and WebSocket status codes as constants, typed enums and
//! compile-time-checked lookup tables, generated from one declarative table.
//!
//! This is the status table of [FastrAPI], a FastAPI-style Python web
//! framework with a Rust core, whose users write `from fastrapi import
//! status` and `status.HTTP_404_NOT_FOUND` exactly as with Starlette. The
//! crate ships two ready-made tables and the macro that made them:
//!
//! - [`HttpStatus`]: the 63 HTTP codes, with `HTTP_*` constants;
//! - [`WsCloseCode`]: the 15 WebSocket close codes, with `WS_*` constants;
//! - [`status_codes!`]: declare tables of your own with the same API;
//! - [`Code<T>`](Code): any code of a table's kind, known to it or not
//!   ([`HttpCode`], [`WsCode`]), for the `499`s and `4001`s no table names.
//!
//! ```
//! use fastrapi_status::{HttpStatus, HTTP_404_NOT_FOUND, HTTP_200_OK};
//!
//! // Constants are plain `u16`s, usable as patterns.
//! fn is_ok(code: u16) -> bool {
//!     matches!(code, HTTP_200_OK)
//! }
//! assert!(is_ok(200));
//!
//! // The enum carries the phrase, name and description of each code.
//! let status = HttpStatus::from_u16(HTTP_404_NOT_FOUND).unwrap();
//! assert_eq!(status.to_string(), "404 Not Found");
//! assert_eq!(status.constant_name(), "HTTP_404_NOT_FOUND");
//! assert!(status.is_client_error());
//!
//! // Parsing takes a code, a name or a constant name, in any ASCII case.
//! assert_eq!("HTTP_404_NOT_FOUND".parse(), Ok(HttpStatus::NotFound));
//! assert_eq!("404".parse(), Ok(HttpStatus::NotFound));
//!
//! // Parsing is a `const fn` too, checked at compile time.
//! const GONE: Option<HttpStatus> = HttpStatus::parse("gone");
//! assert_eq!(GONE, Some(HttpStatus::Gone));
//!
//! // A code no table knows keeps its number and its class.
//! let upstream = fastrapi_status::HttpCode::new(499).unwrap();
//! assert!(upstream.known().is_none() && upstream.is_client_error());
//! ```
//!
//! The crate is `#![no_std]`, has no dependency but its macro crate, and
//! contains no `unsafe`. Every lookup is total: no input panics.
//!
//! # Design decisions
//!
//! - Deprecated Starlette names (`HTTP_413_REQUEST_ENTITY_TOO_LARGE` and three
//!   more) are `#[deprecated]` constants and are accepted by `FromStr`; the
//!   enum has no variant for them.
//! - `FromStr` accepts the canonical decimal code (no sign, space or leading
//!   zero), the name, the constant name and every alias in both forms,
//!   ASCII case-insensitively, and nothing else.
//! - Both enums are `#[non_exhaustive]`: new codes may arrive in minor
//!   releases. Match on them with a wildcard arm.
//! - `Debug` prints the variant name exactly as `#[derive(Debug)]` would,
//!   but reads it from the table: a derived `match` over thousands of
//!   variants is slow to compile (see `BENCHMARKS.md`).
//! - Codes are the enum's discriminants, so `status as u16` is the code;
//!   the macro writes a discriminant only where a code does not follow the
//!   previous one.
//! - [`Code<T>`](Code) is one generic type in this crate rather than code
//!   generated per table: every table gets it for nothing. Its range is the
//!   kind's, not the table's (`100..=999` for HTTP, as `http::StatusCode`),
//!   so a `Code` of an HTTP table converts to and from `http::StatusCode`
//!   losslessly. Kind-specific methods (`class`, `is_sendable`, ...) come
//!   through [`HttpTable`] and [`WsTable`], which the macro implements for
//!   tables of that kind.
//! - Tables' `parse` and `from_name` are `const fn`; `FromStr` calls
//!   `parse`, so the two accept exactly the same text. `Code::parse` cannot
//!   be `const` (it calls the table through [`StatusTable`], and trait
//!   methods are not `const` on stable Rust), but `Code::new` is.
//! - The minimum Rust is 1.81, for `core::error::Error`; the `pyo3` feature
//!   needs what pyo3 needs (1.83 for 0.29).
//!
//! - Constant names are Starlette's `status` module's (RFC 9110 wording:
//!   `HTTP_422_UNPROCESSABLE_CONTENT`, `HTTP_413_CONTENT_TOO_LARGE`, ...),
//!   and Starlette's four old names are deprecated aliases. The
//!   descriptions are FastrAPI's documentation text, verbatim; the
//!   repository's `tests/facade_tables.rs` checks every entry against the
//!   reference table.
//! - Rust 1.81 is checked the way clippy can (`incompatible_msrv` rejects
//!   any standard library item stabilized after the declared
//!   `rust-version`); only newer toolchains compile the crate in CI.
//!
//! # What a server needs to know
//!
//! Every `kind = http` table and every HTTP [`Code`] answers RFC 9110's rules
//! by code, as `const fn`s: `allows_content()`, `is_heuristically_cacheable()`
//! and `redirect()` ([`Redirect`], [`RedirectMethod`]); `Code::understood_as`
//! gives what a client takes an unknown code for. Generic code has them
//! through [`HttpTable`].
//!
//! # Features
//!
//! All off by default; each adds its dependency only when on. Cargo unifies
//! features across a build, so they implement foreign traits for this
//! crate's own types only ([`HttpStatus`], [`WsCloseCode`], [`Code`]): a
//! crate compiles and behaves the same whether or not another crate in its
//! graph turns one on. A downstream table asks for serde where it is
//! declared, with `#[derive(Serialize, Deserialize)]` (any path ending in
//! those names): the derive is absorbed and the impls are this crate's,
//! with its `serde` feature (without it, an error at the derive). A table
//! without the derive implements no serde trait, so a hand-written `impl
//! Serialize` always compiles. `http::StatusCode` converts to and from a
//! downstream `kind = http` table through [`Code`]:
//! `http::StatusCode::from(Code::from(status))` and
//! `Code::<T>::from(code).known()`.
//!
//! `http`: `From<HttpStatus> for http::StatusCode` and
//! `TryFrom<http::StatusCode> for HttpStatus` (error: [`UnknownStatusCode`]),
//! and `From` both ways between a [`Code`] of any `kind = http` table and
//! `http::StatusCode` (lossless: both hold `100..=999`).
//!
//! ```
//! # #[cfg(feature = "http")] {
//! use fastrapi_status::HttpStatus;
//!
//! let code: http::StatusCode = HttpStatus::NotFound.into();
//! assert_eq!(code, http::StatusCode::NOT_FOUND);
//! assert_eq!(HttpStatus::try_from(code), Ok(HttpStatus::NotFound));
//! assert!(HttpStatus::try_from(http::StatusCode::from_u16(499).unwrap()).is_err());
//!
//! let upstream = fastrapi_status::HttpCode::from(http::StatusCode::from_u16(499).unwrap());
//! assert_eq!(http::StatusCode::from(upstream).as_u16(), 499);
//! # }
//! ```
//!
//! `serde`: for [`HttpStatus`], [`WsCloseCode`], every [`Code`] and every
//! table that derives them, `Serialize` as the numeric code; `Deserialize`
//! from a number or from any string `FromStr` accepts, through
//! `deserialize_any` (so
//! self-describing formats take both; with bincode-like formats, deserialize
//! a `u16` and use `TryFrom`). Unknown codes and names are errors that name
//! the input.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use fastrapi_status::HttpStatus;
//!
//! assert_eq!(serde_json::to_string(&HttpStatus::NotFound).unwrap(), "404");
//! let list: Vec<HttpStatus> = serde_json::from_str(r#"[200, "not_found"]"#).unwrap();
//! assert_eq!(list, [HttpStatus::Ok, HttpStatus::NotFound]);
//!
//! // A `Code` takes any in-range number; out of range is an error naming it.
//! let codes: Vec<fastrapi_status::HttpCode> = serde_json::from_str("[499, \"404\"]").unwrap();
//! assert_eq!(codes[0].as_u16(), 499);
//! assert!(serde_json::from_str::<fastrapi_status::HttpCode>("1000").is_err());
//! # }
//! ```
//!
//! `pyo3`: the `python` module, FastrAPI's Python `status`
//! module generated from the tables (and any table of your own).
//!
//! [FastrAPI]: https://github.com/ppmpreetham/fastrapi

#![no_std]
// docs.rs (and `.ci/run`) document with `--cfg docsrs` on nightly: every
// item behind a feature then says which feature it needs.
#![cfg_attr(any(docsrs, fastrapi_status_docs), feature(doc_cfg))]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(any(test, feature = "pyo3"))]
extern crate std;

mod bytes;
mod class;
mod code;
mod decimal;
mod docs_cfg;
mod error;
mod http_rules;
mod http_support;
mod impls;
mod kind;
mod lookup;
mod name_hash;
mod rows;
mod serde_support;
mod table;
mod tables;
mod variant_name;
mod ws;

#[doc(hidden)]
pub mod __private;
#[cfg(feature = "pyo3")]
pub mod python;

pub use class::StatusClass;
pub use code::{Code, HttpCode, WsCode};
pub use error::{CodeOutOfRange, ParseStatusError, UnknownStatusCode, PARSE_ERROR_INPUT_CAPACITY};
pub use http_rules::{Redirect, RedirectMethod};
pub use kind::TableKind;
pub use table::{HttpTable, StatusTable, WsTable};
pub use tables::*;
pub use ws::CloseCodeRange;

/// Declares status code tables: `u16` constants, a `#[repr(u16)]` enum and
/// compile-time-checked lookups.
///
/// # Grammar
///
/// ```text
/// status_codes! {
///     /// Docs, derives and other attributes go on the enum.
///     #[status(kind = http, prefix = HTTP)]    // options, all optional
///     pub enum HttpStatus {
///         /// Docs for one entry.                // optional
///         #[phrase = "Content Too Large"]       // default: NAME in Title Case
///         #[alias(REQUEST_ENTITY_TOO_LARGE)]    // deprecated old name(s)
///         #[spec = "RFC 9110, Section 15.5.14"] // the defining document
///         413 CONTENT_TOO_LARGE "Request entity is larger than limits defined by server",
///         // CODE NAME "description", comma-separated, in any order
///         #[cfg(feature = "webdav")]            // and what enum variants take:
///         #[deprecated(note = "...")]           // cfg, deprecated, lints,
///         422 UNPROCESSABLE_CONTENT "...",      // doc(hidden), doc(alias)
///     }
///     // more tables may follow
/// }
/// ```
///
/// The bare form, a list of entries, declares one `pub enum Status` with the
/// default options. The design card's shape, the bare list between angle
/// brackets, is the same bare form: `status_codes!(< 200 OK "...", ... >)`.
///
/// - `kind = http` allows codes `100..=599` and adds `class()`, the five
///   `is_*` predicates and RFC 9110's rules by code (`allows_content()`,
///   `is_heuristically_cacheable()`, `redirect()`); `kind = websocket` allows `1000..=4999` and adds
///   `is_sendable()` (RFC 6455); `kind = custom` (the default) allows any
///   `u16`.
/// - `prefix = P` names the constants `P_CODE_NAME` (`HTTP_404_NOT_FOUND`);
///   without a prefix they are named `NAME`.
/// - Other attributes on the table pass through to the enum (docs, `derive`,
///   `allow`, `cfg_attr`, `non_exhaustive`). `#[repr]` is rejected: the
///   macro lays out the enum as `#[repr(u16)]`.
/// - A `#[derive]` of a trait the macro implements itself (`Debug`, `Clone`,
///   `Copy`, `PartialEq`, `Eq`, `PartialOrd`, `Ord`, `Hash`, written bare or
///   as a `core`/`std` path) is absorbed rather than a conflict; so is
///   `Serialize` or `Deserialize` (any path ending so), which asks for this
///   crate's serde impls and needs its `serde` feature (see "Features" in
///   the crate docs); other derives pass through. (A derive inside
///   `cfg_attr` is not looked into.)
/// - `#[phrase = "..."]` holds no control character; in a `kind = http`
///   table, only tab, space and visible ASCII (RFC 9112, section 4), so a
///   phrase cannot end the status line it is written into.
/// - Names are ASCII: uppercase letters, digits and single underscores.
/// - `#[default]` on one entry makes the macro implement `Default` with that
///   entry, so `#[derive(Default)]` works as on any enum (and is absorbed);
///   `#[derive(Default)]` without a `#[default]` entry is an error, and so
///   are two `#[default]` entries or `#[default(...)]`.
/// - `#[cfg(predicate)]` on an entry: the entry exists exactly when the
///   predicate holds, in every item and lookup. The expansion hands each
///   distinct predicate back to the compiler: two calls of the macro, one
///   under `#[cfg(p)]` and one under `#[cfg(not(p))]`, of which one survives
///   carrying the answer. k predicates cost k more calls, a table without
///   `cfg` none, and no helper lands in your module. An entry left out is still
///   checked, and may not share a code, name or variant with an entry that
///   is always there.
/// - `#[deprecated]` in any of its forms deprecates the variant and its
///   constant; lookups still find the entry, `deprecated()` returns the note,
///   and only the user's own uses warn, never the generated code.
/// - `#[allow]`, `#[expect]`, `#[warn]`, `#[deny]`, `#[doc(hidden)]` and
///   `#[doc(alias = "...")]` go on the variant and the constant.
/// - `#[spec = "..."]`, or `#[spec("...", url = "...")]`, names the defining
///   document: `spec()` and `spec_url()` return it and the docs link it. A
///   table without `spec` stores nothing per entry for it.
/// - `extends = HttpStatus` or `extends = WsCloseCode` gives the table every
///   entry of that facade table plus its own, with `From<Base>` and
///   `TryFrom<Self> for Base`; the kind follows the base. The base's entries
///   keep their constant names, and their constants are not declared again.
///   How it reads the one copy of the standard data: each facade table's
///   declaration is the body of a hidden `macro_rules!` in this crate (the
///   facade declares its own tables through it); a table with `extends`
///   expands to a call of that macro, which calls `status_codes!` back with
///   the base's declaration appended; which tables can be extended, and by
///   which macro, this crate's `status_codes!` tells the proc macro. Why:
///   the standard table stays one readable `status_codes!` declaration
///   checked by the same macro, and the proc macro never reads another
///   crate's files, carries a copy of the data or names a table of this
///   crate. See "Extending the standard tables" below.
/// - Entry names are any SCREAMING_SNAKE_CASE words, `ERR`, `ERROR`, `SOME`,
///   `OUTPUT` or `ALL` included: the generated code names no path a variant
///   could shadow. Only names whose variant cannot exist are rejected: `SELF`
///   (the keyword `Self`) and `A_L_L` (the variant `ALL`, which `Status::ALL`
///   already names).
///
/// # Extending the standard tables
///
/// Most crates want the standard table plus a few codes of their own:
/// nginx's `499`, Cloudflare's `520`..`527`, a chat's close codes in
/// `4000..=4999`.
///
/// ```
/// use fastrapi_status::{HttpStatus, WsCloseCode};
///
/// fastrapi_status::status_codes! {
///     /// Our edge proxy: every standard HTTP status plus our own.
///     #[status(kind = http, prefix = HTTP, extends = HttpStatus)]
///     pub enum EdgeStatus {
///         #[phrase = "Client Closed Request"]
///         499 CLIENT_CLOSED_REQUEST "The client closed the connection before the server answered",
///     }
///
///     /// Our chat's close codes: the standard ones plus our application's.
///     #[status(prefix = CHAT, extends = WsCloseCode)]
///     pub enum ChatClose {
///         4000 ROOM_GONE "The chat room no longer exists",
///     }
/// }
///
/// assert_eq!(EdgeStatus::ALL.len(), 64);
/// assert_eq!(EdgeStatus::from(HttpStatus::NotFound), EdgeStatus::NotFound);
/// assert_eq!(HttpStatus::try_from(EdgeStatus::NotFound), Ok(HttpStatus::NotFound));
/// let err = HttpStatus::try_from(EdgeStatus::ClientClosedRequest).unwrap_err();
/// assert_eq!(err.to_string(), "499 is not a known HttpStatus code");
/// assert_eq!(HTTP_499_CLIENT_CLOSED_REQUEST, 499);
/// assert_eq!("HTTP_413_REQUEST_ENTITY_TOO_LARGE".parse(), Ok(EdgeStatus::ContentTooLarge));
/// assert_eq!(ChatClose::NormalClosure.constant_name(), "WS_1000_NORMAL_CLOSURE");
/// assert_eq!(WsCloseCode::try_from(ChatClose::NormalClosure), Ok(WsCloseCode::NormalClosure));
/// ```
///
/// - The kind follows the base; `kind` may be written if it agrees.
/// - Own entries get constants under the table's prefix. The base's entries
///   keep their constant names, and those constants are the facade's, not
///   declared again: `use fastrapi_status::*;` beside an extended table
///   brings them in without a clash.
/// - An own entry whose code, name or alias the base already has is an error
///   naming the base's entry; `extends = Unknown` lists the tables that can
///   be extended. Extending a downstream table is not offered.
///
/// # What a table expands to
///
/// For `pub enum Status` (items get the table's visibility), in this order:
///
/// - `#[repr(u16)] pub enum Status`, variants in UpperCamelCase sorted by
///   code (`NOT_FOUND` -> `NotFound = 404`), deriving `Clone`, `Copy`,
///   `PartialEq`, `Eq`, `PartialOrd`, `Ord` and `Hash`;
/// - a `pub const NAME: u16 = CODE;` per entry, and a `#[deprecated]` one per
///   alias;
/// - `const` items: `ALL`, `from_u16`, `as_u16`, `name`, `constant_name`,
///   `phrase`, `description`, `aliases`, `parse` (exactly what `FromStr`
///   accepts) and `from_name` (the same but decimal codes); for http,
///   `class`, the `is_*` class tests and RFC 9110's rules
///   (`allows_content`, `is_heuristically_cacheable`, `redirect`); for
///   websocket, `is_sendable`;
/// - `Debug` (the variant name, exactly as `#[derive(Debug)]` prints it, read
///   from the table), `Display` (`404 Not Found`), `FromStr`, `TryFrom<u16>`,
///   `From<Status> for u16`, `PartialEq<u16>` and `PartialEq<Code<Status>>`
///   both ways, `Default` where an entry is `#[default]`, [`StatusTable`],
///   whose methods forward to the inherent ones, and [`HttpTable`] or
///   [`WsTable`] by kind.
///
/// The expansion itself holds the enum, the constants, `ALL`, `from_u16` and
/// the table's data; the methods and impls that are the same for every table
/// come from one call of a hidden `macro_rules!` in this crate, written once.
///
/// Every item is documented from its code, phrase and description, with
/// `#[doc(alias)]`es for the code and the constant name. The generated code
/// uses absolute paths (`::core::primitive::u16`, `::core::option::Option`)
/// and reaches this crate through `$crate`, so it works in `#![no_std]`
/// crates, under a renamed dependency and with shadowed prelude and
/// primitive names; `tests/compiled` compiles a few hundred generated tables
/// under exactly those conditions.
///
/// # Example
///
/// ```
/// fastrapi_status::status_codes! {
///     /// Exit statuses of our batch jobs.
///     #[status(prefix = JOB)]
///     pub enum JobStatus {
///         0 DONE "The job finished",
///         #[phrase = "Out of Memory"]
///         #[alias(OOM)]
///         137 OUT_OF_MEMORY "The kernel killed the job",
///     }
/// }
///
/// assert_eq!(JOB_137_OUT_OF_MEMORY, 137);
/// assert_eq!(JobStatus::from_u16(0), Some(JobStatus::Done));
/// assert_eq!(JobStatus::OutOfMemory.to_string(), "137 Out of Memory");
/// assert_eq!("oom".parse(), Ok(JobStatus::OutOfMemory));
/// assert_eq!(JobStatus::ALL, [JobStatus::Done, JobStatus::OutOfMemory]);
/// ```
///
/// Habitual derives and a default entry:
///
/// ```
/// fastrapi_status::status_codes! {
///     /// What a worker reports.
///     #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
///     pub enum Outcome {
///         #[default]
///         0 OK "The job succeeded",
///         1 ERR "The job failed",
///         2 ERROR "The worker crashed",
///     }
/// }
///
/// assert_eq!(Outcome::default(), Outcome::Ok);
/// assert_eq!("err".parse(), Ok(Outcome::Err));
/// assert_eq!(format!("{:?}", Outcome::Error), "Error");
/// ```
///
/// The card's angle brackets:
///
/// ```
/// mod card {
///     fastrapi_status::status_codes!(<
///         200 OK "The request succeeded",
///         404 NOT_FOUND "The server cannot find the requested resource",
///     >);
/// }
/// assert_eq!(card::Status::from_u16(404), Some(card::Status::NotFound));
/// ```
///
/// Bad tables are compile errors spanned on the offending token, all of them
/// at once:
///
/// ```compile_fail
/// fastrapi_status::status_codes! {
///     200 OK "The request succeeded",
///     200 ALSO_OK "Duplicate code",
/// }
/// ```
#[macro_export]
macro_rules! status_codes {
    // Caught here, so the error names no internal macro.
    () => {
        ::core::compile_error! {
            "empty `status_codes!` invocation: declare at least one entry, like `200 OK \"The request succeeded\"`"
        }
    };
    ($($input:tt)*) => {
        $crate::__with_features! {
            @($crate)
            // The tables `extends = ...` can name, each with the data macro
            // of `tables.rs` that holds its declaration: the proc macro knows
            // no table of this crate but from this list.
            @extendable(HttpStatus = __http_table, WsCloseCode = __ws_table)
            $($input)*
        }
    };
}

/// Tells the proc macro which of this crate's features it may rely on
/// (`@features(serde)`): a table's `#[derive(Serialize)]` without the
/// feature is then an error at the derive.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_features {
    (@($($krate:tt)*) @extendable($($bases:tt)*) $($input:tt)*) => {
        $crate::__private::status_codes! {
            @($($krate)*) @extendable($($bases)*) @features(serde) $($input)*
        }
    };
}

/// Without features, the call goes on unchanged.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_features {
    ($($input:tt)*) => {
        $crate::__private::status_codes! { $($input)* }
    };
}

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
