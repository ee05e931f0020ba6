//! Outer attributes and visibilities, read by hand.
//!
//! The macro needs only a sliver of syn's `Attribute`, `Meta` and
//! `Visibility`, and syn's `derive` feature that provides them more than
//! doubles syn's build time, which every user of the facade pays. So the
//! parse stage reads `#[path]`, `#[path = value]`, `#[path(args)]` and
//! `pub(...)` itself, keeping the tokens as written for pass-through.

use proc_macro2::{Delimiter, Group, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens as _;
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Ident, Token};

/// One outer attribute, `#[...]`.
#[derive(Clone)]
pub struct Attr {
    /// The attribute as written, re-emitted where it passes through.
    pub tokens: TokenStream,
    /// The path with its segments joined by `::`: `doc`, `serde::rename`.
    pub path: String,
    /// The span of the path, for "unknown attribute" errors.
    pub path_span: Span,
    /// The spans of the `#` and of the brackets, for rebuilt attributes.
    pub pound_span: Span,
    pub bracket_span: Span,
    pub args: AttrArgs,
}

/// What follows an attribute's path.
#[derive(Clone)]
pub enum AttrArgs {
    /// `#[path]`
    Word,
    /// `#[path = value]`: the tokens after `=`.
    Value(TokenStream),
    /// `#[path(...)]` (or with brackets or braces).
    List(Group),
}

impl Attr {
    pub fn is(&self, name: &str) -> bool {
        self.path == name
    }

    /// `#[path args]` with this attribute's spans: an attribute rewritten
    /// by the macro still points home in errors.
    pub fn rebuilt(&self, args: AttrArgs) -> Attr {
        let mut path = Ident::new(&self.path, self.path_span).into_token_stream();
        match &args {
            AttrArgs::Word => {}
            AttrArgs::Value(value) => path.extend(quote::quote!(= #value)),
            AttrArgs::List(group) => {
                path.extend(TokenStream::from(TokenTree::Group(group.clone())))
            }
        }
        let mut body = Group::new(Delimiter::Bracket, path);
        body.set_span(self.bracket_span);
        let mut pound = Punct::new('#', Spacing::Alone);
        pound.set_span(self.pound_span);
        Attr {
            tokens: pair(TokenTree::Punct(pound), TokenTree::Group(body)),
            args,
            ..self.clone()
        }
    }
}

/// `#` and its brackets as one stream. (Every stream here is extended with
/// streams: each kind of iterator `extend` takes is generic code this
/// crate compiles, see `lib.rs`.)
fn pair(first: TokenTree, second: TokenTree) -> TokenStream {
    let mut tokens = TokenStream::from(first);
    tokens.extend(TokenStream::from(second));
    tokens
}

/// Reads every outer attribute at the front of `input`.
pub fn parse_outer(input: ParseStream) -> syn::Result<Vec<Attr>> {
    let mut attrs = Vec::new();
    while input.peek(Token![#]) {
        let pound: Token![#] = input.parse()?;
        let group = match input.parse::<TokenTree>()? {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Bracket => group,
            other => {
                return Err(syn::Error::new(
                    other.span(),
                    "expected `[` after `#`: attributes are written `#[name]`",
                ))
            }
        };
        let mut body = None;
        let mut read = |input: ParseStream| {
            body = Some(parse_body(input)?);
            Ok(())
        };
        crate::parse::parse_scoped(&mut read, group.stream(), group.span_close())?;
        // Set whenever the read succeeded; `continue` only keeps this total.
        let Some((path, path_span, args)) = body else {
            continue;
        };
        let bracket_span = group.span();
        // The `#` keeps its own span, so errors on a re-emitted attribute point home.
        let mut hash = Punct::new('#', Spacing::Alone);
        hash.set_span(pound.span);
        let tokens = pair(TokenTree::Punct(hash), TokenTree::Group(group));
        attrs.push(Attr {
            tokens,
            path,
            path_span,
            pound_span: pound.span,
            bracket_span,
            args,
        });
    }
    Ok(attrs)
}

/// `path`, `path = value` or `path(args)`, inside the brackets.
fn parse_body(input: ParseStream) -> syn::Result<(String, Span, AttrArgs)> {
    let first = input.call(Ident::parse_any)?;
    let span = first.span();
    let mut path = first.to_string();
    while input.peek(Token![::]) {
        input.parse::<Token![::]>()?;
        path.push_str("::");
        path.push_str(&input.call(Ident::parse_any)?.to_string());
    }
    let args = if input.is_empty() {
        AttrArgs::Word
    } else if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        AttrArgs::Value(input.parse()?)
    } else {
        match input.parse::<TokenTree>()? {
            TokenTree::Group(group) if input.is_empty() => AttrArgs::List(group),
            other => {
                return Err(syn::Error::new(
                    other.span(),
                    "expected `=`, `(...)` or the end of the attribute",
                ))
            }
        }
    };
    Ok((path, span, args))
}

/// `pub`, `pub(crate)`, `pub(super)`, `pub(in path)` or nothing, as written.
pub fn parse_visibility(input: ParseStream) -> syn::Result<TokenStream> {
    let mut vis = TokenStream::new();
    if input.peek(Token![pub]) {
        let tree: TokenTree = input.parse()?;
        vis.extend(TokenStream::from(tree));
        if input.peek(syn::token::Paren) {
            let tree: TokenTree = input.parse()?;
            vis.extend(TokenStream::from(tree));
        }
    }
    Ok(vis)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;
    use syn::parse::Parser as _;

    fn attrs(tokens: TokenStream) -> Vec<Attr> {
        parse_outer.parse2(tokens).unwrap()
    }

    #[test]
    fn reads_the_three_shapes() {
        let attrs = attrs(quote! {
            #[non_exhaustive]
            #[doc = "Docs."]
            #[status(kind = http)]
            #[rustfmt::skip]
        });
        assert_eq!(attrs.len(), 4);
        assert!(matches!(attrs[0].args, AttrArgs::Word) && attrs[0].is("non_exhaustive"));
        assert!(matches!(&attrs[1].args, AttrArgs::Value(v) if v.to_string() == "\"Docs.\""));
        assert!(
            matches!(&attrs[2].args, AttrArgs::List(g) if g.stream().to_string() == "kind = http")
        );
        assert!(attrs[3].is("rustfmt::skip"));
        assert_eq!(attrs[1].tokens.to_string(), "# [doc = \"Docs.\"]");
    }

    #[test]
    fn rejects_what_is_not_an_attribute() {
        assert!(parse_outer.parse2(quote!(#[a b])).is_err());
        assert!(parse_outer.parse2(quote!(#[a(b) c])).is_err());
        assert!(parse_outer.parse2(quote!(#[])).is_err());
    }

    #[test]
    fn visibilities() {
        for vis in [
            quote!(),
            quote!(pub),
            quote!(pub(crate)),
            quote!(pub(in crate::a)),
        ] {
            let parsed = parse_visibility.parse2(vis.clone()).unwrap();
            assert_eq!(parsed.to_string(), vis.to_string());
        }
    }
}
