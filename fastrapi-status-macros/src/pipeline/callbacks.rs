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

/// `@cfg(true false ...)`: the compiler's answers so far, in front of a call.
pub fn answers_marker(answers: Option<&[bool]>) -> Option<TokenStream> {
    let words = answers?
        .iter()
        .map(|&answer| Ident::new(if answer { "true" } else { "false" }, Span::call_site()));
    Some(quote!(@cfg(#(#words)*)))
}

/// The compiler evaluates `#[cfg]` on a macro call before expanding it: two
/// calls of the proc macro, one under `#[cfg(p)]` and one under
/// `#[cfg(not(p))]`, each carrying its answer after those given so far, of
/// which one survives. k predicates cost k more calls, and put no helper in
/// the user's namespace.
pub fn ask_for_cfg(
    krate: &TokenStream,
    next: &Cfg,
    answered: &[bool],
    rest: &TokenStream,
) -> TokenStream {
    let predicate = &next.predicate;
    let mut out = TokenStream::new();
    for answer in [true, false] {
        let mut answers = answered.to_vec();
        answers.push(answer);
        let marker = answers_marker(Some(&answers));
        // The compiler's errors about the predicate point at the entry.
        out.extend(if answer {
            quote_spanned!(next.span=> #[cfg(#predicate)])
        } else {
            quote_spanned!(next.span=> #[cfg(not(#predicate))])
        });
        out.extend(quote!(#krate::__private::status_codes! { #marker #rest }));
    }
    out
}
