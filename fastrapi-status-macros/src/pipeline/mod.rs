//! The macro's pipeline, as plain functions over `proc_macro2::TokenStream`
//! so it runs outside the compiler too: the unit tests, the benchmark and
//! the fuzzers include this module by its path.
//!
//! Modules import downwards only: `parse` reads tokens into the typed tree
//! of `ast` (attributes through `attr`, `table_attrs` and `entry_attrs`); `validate` (with `entry` and
//! `claims`) checks the tree into a `model`; `expand` (with `blob`, `hash`
//! and `literals`) writes the code, or `callbacks` asks for what is
//! missing. `tokens`, `errors` and `naming` are the bottom layer.

mod ast;
mod attr;
mod blob;
mod callbacks;
mod claims;
mod entry;
mod entry_attrs;
mod errors;
mod expand;
mod hash;
mod literals;
mod model;
mod naming;
mod parse;
mod table_attrs;
mod tokens;
mod validate;

use proc_macro2::TokenStream;
use quote::quote;

use model::Validated;

/// The whole pipeline: tokens in, generated code, a callback, or
/// `compile_error!`s out.
pub fn status_codes(input: TokenStream) -> TokenStream {
    let invocation = parse::parse(input);
    let krate = parse::facade_path(invocation.krate.clone());
    let extendable = invocation.extendable_source.clone();
    let features = invocation
        .features
        .as_ref()
        .map(|features| quote!(@features(#features)));
    let source = invocation.source.clone();
    let bases = invocation.bases_source.clone();
    let answers = callbacks::answers_marker(invocation.cfg_answers.as_deref());
    match validate::validate(invocation) {
        Ok(Validated::Model(model)) => expand::expand(&model),
        Ok(Validated::NeedsBase(base)) => {
            let head = quote!(#answers @(#krate) @extendable(#extendable) #features);
            callbacks::ask_for_base(&krate, &base, &head, &source, &bases)
        }
        Ok(Validated::NeedsCfg { next, answered }) => {
            let rest = quote!(@(#krate) @extendable(#extendable) #features #source);
            callbacks::ask_for_cfg(&krate, &next, &answered, &rest)
        }
        Err(err) => err.to_compile_error(),
    }
}
