//! The `status_codes!` proc macro behind [`fastrapi-status`].
//!
//! Depend on [`fastrapi-status`] and call `fastrapi_status::status_codes!`:
//! its wrapper passes the facade's path in, so the generated code reaches the
//! facade's types even under a renamed dependency. The grammar, the generated
//! API and examples are documented there.
//!
//! Internally the macro is three plain functions over
//! `proc_macro2::TokenStream`: `parse` (tokens to a syntax tree with spans),
//! `validate` (every semantic check, all errors collected, into the `model`;
//! its entry checks are `entry`, table options `options`) and `expand` (code
//! generation), so each is unit-tested, fuzzed and benchmarked outside the
//! compiler. `ARCHITECTURE.md` in the repository names every file's job.
//!
//! Every clean build that uses the facade compiles this crate first, before
//! anything else can start, so its own compile time is written for: plain
//! loops rather than iterator adapters (each adapter chain instantiates
//! generic code here), one map type for every uniqueness check (hashed with
//! FNV-1a, not std's seeded SipHash), one sort (a heapsort by hand, of
//! packed `u64` keys: std's `sort_unstable` alone is 2,300 lines of IR),
//! one instance of syn's `parse2` (every reader comes through
//! `parse::parse_scoped`'s one closure type), and what repeats per entry
//! written token by token (`expand::Trees`) rather than by `quote!`
//! repetitions over columns. Rewritten that way, the crate went from
//! 58,474 to 41,826 lines of LLVM IR (`cargo llvm-lines` at the
//! `opt-level = 0` cargo builds proc macros with) and from 6.17G to 5.03G
//! rustc instructions (callgrind). Inside the compiler, where each token
//! stream is a handle the compiler owns, `expand.rs` builds what repeats per
//! entry in one stream, token by token: a 10,000-entry table expands in
//! 3.51G instructions of rustc's, from 4.01G.
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
//! the macro's output). `__TABLE` is the rows, the one index by code
//! (`codes`) and the name index; the indexes are byte strings because rustc
//! checks an array literal element by element and a byte string as one
//! value (a 300-entry table's crate went from 672.7M to 526.1M rustc
//! instructions). `__impl_status!` then adds `name()`, `phrase()`,
//! `parse()`, `Debug`, `Display`, `FromStr`, `TryFrom<u16>`, `StatusTable`
//! and the rest, from the facade.
//!
#![doc = concat!("```rust,ignore\n", include_str!("../doc/expansion.rs"), "```")]
#![forbid(unsafe_code)]

mod attr;
mod blob;
mod claims;
mod derives;
mod entry;
mod entry_attrs;
mod errors;
mod expand;
mod hash;
mod literals;
mod model;
mod naming;
mod options;
mod parse;
mod requests;
mod validate;

#[cfg(test)]
mod tests;

/// Declares status code tables: constants, a `#[repr(u16)]` enum and
/// compile-time-checked lookups. See `fastrapi_status::status_codes!`.
#[proc_macro]
pub fn status_codes(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::status_codes(input.into()).into()
}
