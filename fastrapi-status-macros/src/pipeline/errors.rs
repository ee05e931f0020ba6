//! The one error sink of an invocation. Parse errors wait in the tree where
//! they were found; validation walks the tree front to back, appending them
//! with its own: errors come out in source order.

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

    /// Appends every error of `other`, in order.
    pub fn append(&mut self, other: Errors) {
        if let Some(err) = other.all {
            self.push(err);
        }
    }

    /// Something given twice: an error at the repeat and one at the first.
    pub fn twice(&mut self, first: Span, again: Span, what: &str, advice: &str) {
        self.at(again, format!("`{what}` is given twice: {advice}"));
        self.at(first, format!("`{what}` is first given here"));
    }

    /// Pushes a new error with `message` at `span`.
    pub fn at(&mut self, span: Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    /// An error underlining `tokens`; at `empty` where there are none.
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

    /// An error from `start` to `end`: syn's `new_range` needs only its
    /// `parsing` feature, where `new_spanned` needs `printing` too.
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
