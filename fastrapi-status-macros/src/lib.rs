//! The `status_codes!` proc macro behind [`fastrapi-status`].
//!
//! Depend on [`fastrapi-status`] and call `fastrapi_status::status_codes!`:
//! its wrapper passes the facade's path in, so the generated code reaches the
//! facade's types even under a renamed dependency. The grammar, the generated
//! API and examples are documented there.
//!
//! [`fastrapi-status`]: https://docs.rs/fastrapi-status
//!
//! # What a table expands to
//!
//! The macro writes data and one call of the facade; the code that reads the
//! data is written once, in the facade. For this table:
//!
//! ```rust,ignore
//! fastrapi_status::status_codes! {
//!     /// Job states.
//!     pub enum Job {
//!         0 QUEUED "Waiting for a worker",
//!         1 RUNNING "A worker has it",
//!         #[alias(FAILED)]
//!         7 ERRORED "It stopped with an error",
//!     }
//! }
//! ```
//!
//! it writes the items below (printed by rustfmt; a unit test holds them to
//! the macro's output). `TableData::TABLE` (a hidden trait's, so no
//! inherent item of the enum) is the rows, the one index by code
//! (`codes`) and the name index, the indexes as byte strings, which rustc
//! checks as one value where an array is checked element by element.
//! `__impl_status!` then adds `name()`, `phrase()`, `parse()`, `Debug`,
//! `Display`, `FromStr`, `TryFrom<u16>`, `StatusTable` and the rest, from
//! the facade.
//!
#![doc = concat!("```rust,ignore\n", include_str!("../doc/expansion.rs"), "```")]
#![forbid(unsafe_code)]

mod pipeline;

// Property tests of the whole pipeline; outside `pipeline/`, which the
// fuzz and bench crates include without proptest.
#[cfg(test)]
mod tests;

/// Declares status code tables: constants, a `#[repr(u16)]` enum and
/// compile-time-checked lookups. See `fastrapi_status::status_codes!`.
#[proc_macro]
pub fn status_codes(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    pipeline::status_codes(input.into()).into()
}
