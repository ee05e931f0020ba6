//! Token helpers every stage shares: the bottom layer, importing none of
//! the others.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser as _};
use syn::{braced, Lit};

/// Runs `parser` on `tokens` inside a group spanned `scope`: syn reports a
/// missing token at the group's span, where `parse2` alone would report it
/// at the call site, the whole invocation.
pub fn parse_scoped<T>(
    parser: impl FnOnce(ParseStream) -> syn::Result<T>,
    tokens: TokenStream,
    scope: Span,
) -> syn::Result<T> {
    let (mut parser, mut out) = (Some(parser), None);
    let mut run = |input: ParseStream| {
        if let Some(parser) = parser.take() {
            out = Some(parser(input)?);
        }
        Ok(())
    };
    scoped(&mut run, tokens, scope)?;
    out.ok_or_else(|| syn::Error::new(scope, "expected input"))
}

/// One instance of syn's `parse2` for every reader: an instance per closure
/// type is code every clean build compiles.
fn scoped(
    parser: &mut dyn FnMut(ParseStream) -> syn::Result<()>,
    tokens: TokenStream,
    scope: Span,
) -> syn::Result<()> {
    let mut group = Group::new(Delimiter::Brace, tokens);
    group.set_span(scope);
    let inside = |input: ParseStream| {
        let content;
        braced!(content in input);
        parser(&content)
    };
    inside.parse2(TokenTree::Group(group).into())
}

/// `item, item, ...`, a trailing comma allowed.
pub fn comma_list<T>(
    input: ParseStream,
    item: fn(ParseStream) -> syn::Result<T>,
) -> syn::Result<Vec<T>> {
    let mut items = Vec::new();
    while !input.is_empty() {
        items.push(item(input)?);
        if !input.is_empty() {
            input.parse::<syn::Token![,]>()?;
        }
    }
    Ok(items)
}

/// The span of the last token of `tokens` (a group's closing delimiter),
/// where to report what is missing after it; the call site for none.
pub fn last_span(tokens: &TokenStream) -> Span {
    tokens
        .clone()
        .into_iter()
        .last()
        .map_or_else(Span::call_site, |tree| match tree {
            TokenTree::Group(group) => group.span_close(),
            other => other.span(),
        })
}

/// The comma-separated parts of a token list, empty parts dropped.
pub fn split_commas(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut parts = vec![Vec::new()];
    for tree in tokens {
        match &tree {
            TokenTree::Punct(p) if p.as_char() == ',' => parts.push(Vec::new()),
            _ => parts.last_mut().expect("never empty").push(tree),
        }
    }
    parts.retain(|part| !part.is_empty());
    parts
}

/// The one tree of `tokens`, if that is all there is.
pub fn lone(tokens: &TokenStream) -> Option<TokenTree> {
    let mut trees = tokens.clone().into_iter();
    match (trees.next(), trees.next()) {
        (Some(tree), None) => Some(tree),
        _ => None,
    }
}

/// The literal `tree` is, seen through the invisible group a
/// `macro_rules!` fragment comes in.
pub fn literal(tree: &TokenTree) -> Option<Lit> {
    match tree {
        TokenTree::Literal(literal) => Some(Lit::new(literal.clone())),
        TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
            literal(&lone(&group.stream())?)
        }
        _ => None,
    }
}

/// The value of a plain string literal token (`"..."`, `r"..."`).
pub fn string_literal(tree: &TokenTree) -> Option<String> {
    match literal(tree)? {
        Lit::Str(s) if s.suffix().is_empty() => Some(s.value()),
        _ => None,
    }
}
