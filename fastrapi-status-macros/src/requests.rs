//! What an expansion asks for before it can expand: the declaration of a
//! base table from the facade's data macro, and the compiler's answers to
//! the entries' `#[cfg]` predicates. Each is a call that brings the
//! invocation back to the proc macro with what it asked for in front.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

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
    let table = table.trim_start_matches("r#");
    let mut out = TokenStream::new();
    for (at, cfg) in predicates.iter().enumerate() {
        for answer in [true, false] {
            let call = if at + 1 == predicates.len() {
                format!("$($then)*! {{ @cfg($($answers)* {answer}) $($rest)* }}")
            } else {
                let next = at + 1;
                format!("__fastrapi_status_cfg_{table}_{next}! {{ [$($then)*] [$($rest)*] $($answers)* {answer} }}")
            };
            // Spanned on the entry's `cfg`, so the compiler's own errors
            // about the predicate point there.
            let predicate = &cfg.predicate;
            out.extend(if answer {
                quote_spanned!(cfg.span=> #[cfg(#predicate)])
            } else {
                quote_spanned!(cfg.span=> #[cfg(not(#predicate))])
            });
            out.extend(template(&format!(
                "macro_rules! __fastrapi_status_cfg_{table}_{at} {{ ([$($then:tt)*] [$($rest:tt)*] $($answers:tt)*) => {{ {call} }}; }}"
            )));
        }
    }
    out.extend(template(&format!("__fastrapi_status_cfg_{table}_0!")));
    out.extend(quote!({ [#krate::__private::status_codes] [#rest] }));
    out
}

/// Fixed text of the macro's own as tokens, spanned at the call site as
/// `quote!`'s are. The `cfg` steps are written as text because every token
/// of a `quote!` is a call this crate compiles, on every clean build's
/// critical path (see `lib.rs`), and the steps are `$`-heavy templates.
fn template(text: &str) -> TokenStream {
    text.parse().unwrap_or_else(|_| {
        quote!(::core::compile_error!(
            "fastrapi-status wrote a `#[cfg]` step it cannot read; please report this table"
        );)
    })
}
