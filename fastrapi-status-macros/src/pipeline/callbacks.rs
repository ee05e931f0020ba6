//! What an expansion asks for before it can expand: a base table's
//! declaration, and the compiler's answers to `#[cfg]`s. Each is a call that
//! brings the invocation back to the proc macro with the answer in front.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::ast::{Base, Cfg};

/// Calls the facade's data macro of `base`, which calls the proc macro back
/// with the base's declaration after `@bases`; the user's tokens, and their
/// spans, pass through untouched.
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

/// The compiler evaluates `#[cfg]` on items: each predicate gets a
/// `macro_rules!` under `#[cfg(p)]` and one under `#[cfg(not(p))]`, and the
/// one left appends its answer and calls the next; the last calls the proc
/// macro with every answer. k predicates cost k small expansions.
pub fn ask_for_cfg(
    krate: &TokenStream,
    table: &str,
    predicates: &[Cfg],
    rest: &TokenStream,
) -> TokenStream {
    // A chain of a same-named table in a nested module shadows this one
    // only where it is used.
    let table = table.trim_start_matches("r#");
    let step = |at: usize| {
        let name = format!("__fastrapi_status_cfg_{table}_{at}");
        Ident::new(&name, Span::call_site())
    };
    let mut out = TokenStream::new();
    for (at, cfg) in predicates.iter().enumerate() {
        let name = step(at);
        for answer in [true, false] {
            let rule = if at + 1 == predicates.len() {
                quote!(([$($rest:tt)*] $($answers:tt)*) => {
                    #krate::__private::status_codes! { @cfg($($answers)* #answer) $($rest)* }
                };)
            } else {
                let next = step(at + 1);
                quote!(($($call:tt)*) => { #next! { $($call)* #answer } };)
            };
            // The compiler's errors about the predicate point at the entry.
            let predicate = &cfg.predicate;
            out.extend(if answer {
                quote_spanned!(cfg.span=> #[cfg(#predicate)])
            } else {
                quote_spanned!(cfg.span=> #[cfg(not(#predicate))])
            });
            out.extend(quote!(macro_rules! #name { #rule }));
        }
    }
    let first = step(0);
    out.extend(quote!(#first! { [#rest] }));
    out
}
