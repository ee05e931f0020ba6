//! Support for the code `status_codes!` generates. Not public API: nothing
//! here is covered by semver, and the names may change in any release.
//!
//! Only re-exports, each from the file that does its job: the data a table
//! holds (`rows.rs`), the lookup engine that reads it (`lookup.rs`,
//! `decimal.rs`), the name hash (`name_hash.rs`), `Debug`'s variant names
//! (`variant_name.rs`), and the feature hooks' helpers
//! (`http_support.rs`, `serde_support.rs`). The generated code holds each
//! table's data and, for up to 64 consecutive codes, a `match` for
//! `from_u16`; every other lookup is a `const fn` of the engine.

pub use fastrapi_status_macros::status_codes;

pub use crate::class::http_class;
pub use crate::decimal::{decimal, fixed_decimal};
pub use crate::http_rules::{allows_content, is_heuristically_cacheable};
pub use crate::lookup::{
    deprecation, entry, entry_of, from_u16, key, name_position, nth, spec, spec_url, Key,
};
pub use crate::name_hash::{bucket, name_hash, one_word, slot, words};
pub use crate::rows::{
    Codes, Deprecated, Entry, Hashed, Spec, Table, TableData, HOLE, KEY_ROW, NO_ALIASES,
    NO_DEPRECATED, NO_SPECS,
};
pub use crate::variant_name::write_variant;
pub use crate::ws::is_sendable as ws_is_sendable;

#[cfg(feature = "http")]
pub use crate::http_support::to_http;
#[cfg(feature = "http")]
pub use http;

#[cfg(feature = "serde")]
pub use crate::serde_support::{deserialize, serialize};
#[cfg(feature = "serde")]
pub use serde;
