//! Outer attributes and visibilities, read from tokens: syn's `Attribute`
//! needs its `derive` feature, which the crate does without. The tokens are
//! kept as written, for the attributes that pass through.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Ident, Token};

use super::ast::{Attr, AttrArgs};
use super::tokens::parse_scoped;

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
        let (path, path_span, args) = parse_scoped(parse_body, group.stream(), group.span_close())?;
        let mut tokens = quote::quote_spanned!(pound.span=> #);
        tokens.extend([TokenTree::Group(group)]);
        attrs.push(Attr {
            tokens,
            path,
            path_span,
            args,
        });
    }
    Ok(attrs)
}

/// `path`, `path = value` or `path(args)`, inside the brackets.
fn parse_body(input: ParseStream) -> syn::Result<(String, Span, AttrArgs)> {
    let first = input.call(Ident::parse_any)?;
    let mut path = first.to_string();
    while input.peek(Token![::]) {
        input.parse::<Token![::]>()?;
        path = format!("{path}::{}", input.call(Ident::parse_any)?);
    }
    let args = if input.is_empty() {
        AttrArgs::Word
    } else if input.parse::<Option<Token![=]>>()?.is_some() {
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
    Ok((path, first.span(), args))
}

/// `pub`, `pub(crate)`, `pub(super)`, `pub(in path)` or nothing, as written.
pub fn parse_visibility(input: ParseStream) -> syn::Result<TokenStream> {
    let mut vis = TokenStream::new();
    if input.peek(Token![pub]) {
        vis.extend([input.parse::<TokenTree>()?]);
        if input.peek(syn::token::Paren) {
            vis.extend([input.parse::<TokenTree>()?]);
        }
    }
    Ok(vis)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{lone, string_literal};
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
        let paths: Vec<&str> = attrs.iter().map(|a| a.path.as_str()).collect();
        assert_eq!(paths, ["non_exhaustive", "doc", "status", "rustfmt::skip"]);
        assert!(matches!(attrs[0].args, AttrArgs::Word));
        let AttrArgs::Value(value) = &attrs[1].args else {
            panic!("a value")
        };
        assert!(matches!(
            lone(value).as_ref().and_then(string_literal).as_deref(),
            Some("Docs.")
        ));
        assert!(
            matches!(&attrs[2].args, AttrArgs::List(g) if g.delimiter() == Delimiter::Parenthesis)
        );
        // The tokens as written, for pass-through.
        let kept: syn::Attribute = syn::parse_quote!(#[doc = "Docs."]);
        let reread = syn::Attribute::parse_outer
            .parse2(attrs[1].tokens.clone())
            .unwrap();
        assert_eq!(reread, [kept]);
    }

    #[test]
    fn rejects_what_is_not_an_attribute() {
        for bad in [quote!(#[a b]), quote!(#[a(b) c]), quote!(#[])] {
            assert!(parse_outer.parse2(bad.clone()).is_err(), "{bad}");
        }
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
            let (parsed, written): (syn::Visibility, syn::Visibility) =
                (syn::parse2(parsed).unwrap(), syn::parse2(vis).unwrap());
            assert_eq!(parsed, written);
        }
    }
}
