//! The one error sink of an invocation.
//!
//! The parse stage leaves its syntax errors in place in the syntax tree (an
//! entry that failed to parse is an `Err` where the entry stood), and the
//! validate stage walks that tree front to back, pushing every error here as
//! it meets it. So the errors come out in source order, parse and semantic
//! ones interleaved, and the sink is consumed exactly once, by [`finish`].
//!
//! [`finish`]: Errors::finish

use std::fmt::Display;

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use syn::buffer::TokenBuffer;

/// Every error of one invocation, combined into one `syn::Error`.
#[derive(Default)]
pub struct Errors {
    all: Option<syn::Error>,
}

impl Errors {
    pub fn push(&mut self, err: syn::Error) {
        match &mut self.all {
            Some(all) => all.combine(err),
            None => self.all = Some(err),
        }
    }

    /// Pushes a new error with `message` at `span`.
    pub fn at(&mut self, span: Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    /// Pushes a new error with `message` underlining `tokens`, from the
    /// first to the last; at `empty` where there are none (never at the
    /// call site, which would underline the whole invocation).
    pub fn spanning(&mut self, tokens: &TokenStream, empty: Span, message: &str) {
        let (mut start, mut end) = (None, empty);
        for token in tokens.clone() {
            end = token.span();
            if start.is_none() {
                start = Some(end);
            }
        }
        self.between(start.unwrap_or(end), end, message);
    }

    /// Pushes a new error with `message` underlining everything from
    /// `start` to `end`. Joining two spans into one needs a nightly
    /// compiler; syn instead reports an error with a start and an end,
    /// and its `new_range` (unlike `new_spanned`) needs only syn's parsing
    /// feature, which keeps syn's printing code out of the build.
    pub fn between(&mut self, start: Span, end: Span, message: &str) {
        // Two placeholder tokens carrying the spans: syn reads only those.
        let mut tokens = TokenStream::from(TokenTree::Ident(Ident::new("x", start)));
        tokens.extend(TokenStream::from(TokenTree::Ident(Ident::new("x", end))));
        let buffer = TokenBuffer::new2(tokens);
        let begin = buffer.begin();
        let mut past = begin;
        while let Some((_, next)) = past.token_tree() {
            past = next;
        }
        self.push(syn::Error::new_range(begin..past, message));
    }

    /// `Ok` if nothing was pushed, else every error pushed, in push order.
    pub fn finish(self) -> syn::Result<()> {
        match self.all {
            Some(err) => Err(err),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_every_error_in_push_order() {
        let mut errors = Errors::default();
        errors.at(Span::call_site(), "first");
        errors.push(syn::Error::new(Span::call_site(), "second"));
        let messages: Vec<String> = errors
            .finish()
            .unwrap_err()
            .into_iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(messages, ["first", "second"]);
        assert!(Errors::default().finish().is_ok());
    }
}
