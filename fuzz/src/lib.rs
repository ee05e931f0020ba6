//! What the fuzz targets share: the macro pipeline, compiled here from the
//! macro crate's own files, the properties its output must have, and plain
//! reference implementations of every runtime parser to compare against.
//!
//! A proc-macro crate cannot be linked as a library, so its pipeline module
//! is included by path, as its benchmark does: the fuzzers run exactly the
//! functions the proc macro calls.

#![allow(dead_code, unused_imports, clippy::all)]

#[path = "../../fastrapi-status-macros/src/pipeline/mod.rs"]
mod macros;

pub mod pipeline;
pub mod reference;
pub mod tables;

/// The proc macro's whole pipeline: tokens in, code or `compile_error!`s
/// out (`pipeline::status_codes`, which `lib.rs` of the macro crate calls).
pub fn status_codes(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    macros::status_codes(input)
}
