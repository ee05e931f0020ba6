//! What an expansion asks for before it can expand, each a call that brings
//! the invocation back to the proc macro with the answer in front: the
//! declaration of a base table, from the facade's data macro, and the
//! compiler's answers to the entries' `#[cfg]` predicates.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use super::ast::{Base, Cfg};

/// A table extends `base`, whose declaration lives in the facade's data
/// macro: call that macro with this invocation, and it calls the macro back
/// with the base's declaration appended after `@bases`. The user's tokens
/// pass through untouched, so their spans stay theirs.
pub fn ask_for_base(
    krate: &TokenStream,
    base: &Base,
    head: &TokenStream,
    source: &TokenStream,
    bases: &TokenStream,
) -> TokenStream {
    let data_macro = &base.data_macro;
    quote! {
        #krate::#data_macro! {
            [#krate::__private::status_codes]
            #head @input { #source } @bases #bases
        }
    }
}

/// `@cfg(true false ...)` again, for a call that carries the answers on.
pub fn answers_marker(answers: Option<&[bool]>) -> Option<TokenStream> {
    let words = answers?
        .iter()
        .map(|&answer| Ident::new(if answer { "true" } else { "false" }, Span::call_site()));
    Some(quote!(@cfg(#(#words)*)))
}

/// A function-like macro cannot evaluate `#[cfg]`, and the compiler
/// evaluates it on items before expanding them. So each distinct predicate
/// gets a pair of `macro_rules!`, one under `#[cfg(p)]` and one under
/// `#[cfg(not(p))]`: only one of each pair exists, and it appends its
/// answer and calls the next; the last calls the proc macro again with
/// every answer in front. k predicates cost k small expansions, never 2^k.
pub fn ask_for_cfg(
    krate: &TokenStream,
    table: &str,
    predicates: &[Cfg],
    rest: &TokenStream,
) -> TokenStream {
    // Named after the first table: a chain of a table of the same name in a
    // nested module shadows this one only where it is used.
    let table = table.trim_start_matches("r#");
    let step = |at: usize| format_ident!("__fastrapi_status_cfg_{}_{}", table, at);
    let mut out = TokenStream::new();
    for (at, cfg) in predicates.iter().enumerate() {
        let name = step(at);
        for answer in [true, false] {
            let call = if at + 1 == predicates.len() {
                quote!($($then)*! { @cfg($($answers)* #answer) $($rest)* })
            } else {
                let next = step(at + 1);
                quote!(#next! { [$($then)*] [$($rest)*] $($answers)* #answer })
            };
            // Spanned on the entry's `cfg`, so the compiler's own errors
            // about the predicate point there.
            let predicate = &cfg.predicate;
            out.extend(if answer {
                quote_spanned!(cfg.span=> #[cfg(#predicate)])
            } else {
                quote_spanned!(cfg.span=> #[cfg(not(#predicate))])
            });
            out.extend(quote! {
                macro_rules! #name {
                    ([$($then:tt)*] [$($rest:tt)*] $($answers:tt)*) => { #call };
                }
            });
        }
    }
    let first = step(0);
    out.extend(quote!(#first! { [#krate::__private::status_codes] [#rest] }));
    out
}
