//! What an expansion asks for before it can expand: the declaration of a
//! base table from the facade's data macro, and the compiler's answers to
//! the entries' `#[cfg]` predicates. Each is a call that brings the
//! invocation back to the proc macro with what it asked for in front.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::entry_attrs::Cfg;
use crate::model::Base;

/// A table extends `base`, whose declaration lives in the facade's data
/// macro: call that macro with this invocation, and it calls the macro back
/// with the base's declaration appended after `@bases`. The user's tokens
/// pass through untouched, so their spans stay theirs; so does the list of
/// what can be extended, for the next table's base.
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
    let answers = answers?;
    let mut words = Vec::with_capacity(answers.len());
    for answer in answers {
        words.push(Ident::new(
            if *answer { "true" } else { "false" },
            Span::call_site(),
        ));
    }
    Some(quote!(@cfg(#(#words)*)))
}

/// Entries are under `#[cfg]`, which a function-like macro cannot evaluate
/// and the compiler evaluates on items before expanding them. So each
/// distinct predicate gets a pair of `macro_rules!`, one under `#[cfg(p)]`
/// and one under `#[cfg(not(p))]`: only one of each pair exists, and it
/// appends its answer and calls the next; the last calls the proc macro
/// again with every answer (`@cfg(true false ...)`) in front of the
/// invocation. k predicates cost k small `macro_rules!` expansions and one
/// more call, never 2^k; a table without `cfg` never comes here.
pub fn ask_for_cfg(
    krate: &TokenStream,
    table: &str,
    predicates: &[Cfg],
    rest: &TokenStream,
) -> TokenStream {
    // A later chain of the same name (a table `Status` in a nested module)
    // shadows an earlier one where it is used: `tests/cfg_entries` has one.
    let step = |at: usize| format_ident!("__fastrapi_status_cfg_{}_{}", table, at);
    let mut out = TokenStream::new();
    for (at, cfg) in predicates.iter().enumerate() {
        let name = step(at);
        let predicate = &cfg.predicate;
        for (condition, answer) in [
            (quote!(#predicate), quote!(true)),
            (quote!(not(#predicate)), quote!(false)),
        ] {
            let call = if at + 1 == predicates.len() {
                quote!($($then)*! { @cfg($($answers)* #answer) $($rest)* })
            } else {
                let next = step(at + 1);
                quote!(#next! { [$($then)*] [$($rest)*] $($answers)* #answer })
            };
            // Spanned on the entry's `cfg`, so the compiler's own errors
            // about the predicate point there.
            out.extend(quote_spanned!(cfg.span=> #[cfg(#condition)]));
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
