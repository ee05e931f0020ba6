//! What the fuzz targets share: the macro pipeline, compiled here from the
//! macro crate's own files, the properties its output must have, and plain
//! reference implementations of every runtime parser to compare against.
//!
//! A proc-macro crate cannot be linked as a library, so its stage files are
//! included by path, as its benchmark does: the fuzzers run exactly the
//! functions the proc macro calls.

#![allow(dead_code, unused_imports, clippy::all)]

#[path = "../../fastrapi-status-macros/src/attr.rs"]
mod attr;
#[path = "../../fastrapi-status-macros/src/blob.rs"]
mod blob;
#[path = "../../fastrapi-status-macros/src/claims.rs"]
mod claims;
#[path = "../../fastrapi-status-macros/src/derives.rs"]
mod derives;
#[path = "../../fastrapi-status-macros/src/entry.rs"]
mod entry;
#[path = "../../fastrapi-status-macros/src/entry_attrs.rs"]
mod entry_attrs;
#[path = "../../fastrapi-status-macros/src/errors.rs"]
mod errors;
#[path = "../../fastrapi-status-macros/src/expand.rs"]
mod expand;
#[path = "../../fastrapi-status-macros/src/hash.rs"]
mod hash;
#[path = "../../fastrapi-status-macros/src/literals.rs"]
mod literals;
#[path = "../../fastrapi-status-macros/src/model.rs"]
mod model;
#[path = "../../fastrapi-status-macros/src/naming.rs"]
mod naming;
#[path = "../../fastrapi-status-macros/src/options.rs"]
mod options;
#[path = "../../fastrapi-status-macros/src/parse.rs"]
mod parse;
#[path = "../../fastrapi-status-macros/src/requests.rs"]
mod requests;
#[path = "../../fastrapi-status-macros/src/validate.rs"]
mod validate;

pub mod pipeline;
pub mod reference;
pub mod tables;

/// The proc macro's whole pipeline: tokens in, code or `compile_error!`s
/// out (`expand::status_codes`, which `lib.rs` of the macro crate calls).
pub fn status_codes(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    expand::status_codes(input)
}
