//! Attributes: outer attributes and visibilities read from tokens (syn's
//! `Attribute` needs its `derive` feature, which the crate does without),
//! then each read into the typed values of `ast.rs`. Entries take what enum
//! variants take, with the meaning they have there, and the macro's own
//! `phrase`, `alias`, `default` and `spec`; tables take `#[status(...)]`.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Ident, Lit, Token};

use super::ast::{
    Absorbed, Attr, AttrArgs, Base, Cfg, Derive, DeriveTrait, EntryAttrs, Kind, Options, Spec,
    TableAttr, TableAttrs, KINDS,
};
use super::errors::Errors;
use super::naming;
use super::tokens::{literal, lone, parse_scoped, split_commas, string_literal};

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

/// A table's attributes: `#[status(...)]` read into the options, derives
/// sorted into absorbed and passed, `#[repr]` refused (the layout is the
/// macro's), the rest passed through to the enum.
pub fn table_attrs(attrs: Vec<Attr>, extendable: &[Base]) -> TableAttrs {
    let mut out = TableAttrs::default();
    for attr in attrs {
        match attr.path.as_str() {
            "status" => read_options(&attr, extendable, &mut out.options, &mut out.errors),
            "repr" => out.errors.at(
                attr.path_span,
                "remove `#[repr]`: the macro lays the enum out as `#[repr(u16)]` itself",
            ),
            "derive" => match read_derive(&attr) {
                Some(derive) => out.passed.push(TableAttr::Derive(derive)),
                None => out.passed.push(TableAttr::Passed(attr)),
            },
            path => {
                out.has_docs |= path == "doc";
                out.passed.push(TableAttr::Passed(attr));
            }
        }
    }
    out
}

/// Traits the generated code implements itself: users derive these on
/// every enum by habit, so a derive of one is absorbed, not a conflict.
const IMPLEMENTED_TRAITS: [&str; 8] = [
    "Debug",
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
];

/// Sorts each derived trait. A trait counts as std's when its path is bare
/// or starts at `core` or `std`: `other_crate::Debug` is another derive.
fn read_derive(attr: &Attr) -> Option<Derive> {
    let AttrArgs::List(list) = &attr.args else {
        return None;
    };
    let mut trees = attr.tokens.clone().into_iter();
    let (pound, bracket) = (trees.next()?.span(), trees.next()?.span());
    let traits = split_commas(list.stream())
        .into_iter()
        .map(|path| {
            let segments: Vec<String> = path
                .iter()
                .filter_map(|tree| match tree {
                    TokenTree::Ident(ident) => Some(ident.to_string()),
                    _ => None,
                })
                .collect();
            let from_std = segments.len() == 1 || matches!(segments[0].as_str(), "core" | "std");
            let last = segments.last().map_or("", String::as_str);
            let absorbed = if !from_std {
                Absorbed::No
            } else if IMPLEMENTED_TRAITS.contains(&last) {
                Absorbed::Implemented
            } else if last == "Default" {
                Absorbed::Default
            } else {
                Absorbed::No
            };
            DeriveTrait {
                path: path.into_iter().collect(),
                absorbed,
            }
        })
        .collect();
    Some(Derive {
        pound,
        bracket,
        path_span: attr.path_span,
        list: list.clone(),
        traits,
    })
}

/// One `#[status(key = value, ...)]` into the options read so far (a table
/// may split them over several); an unknown or repeated key is reported and
/// the rest still read.
fn read_options(attr: &Attr, extendable: &[Base], options: &mut Options, errors: &mut Errors) {
    let AttrArgs::List(group) = &attr.args else {
        errors.at(
            attr.path_span,
            "expected `#[status(kind = ..., prefix = ...)]`",
        );
        return;
    };
    let read = |input: ParseStream| {
        while !input.is_empty() {
            let key = input.call(Ident::parse_any)?;
            input.parse::<Token![=]>()?;
            let value = input.call(Ident::parse_any)?;
            match key.to_string().as_str() {
                "kind" => read_kind(&value, options, errors),
                "prefix" => read_prefix(&value, options, errors),
                "extends" => match &options.extends {
                    Some(first) => errors.twice(
                        first.span(),
                        value.span(),
                        "extends",
                        "a table extends one base, keep one",
                    ),
                    None => options.extends = Some(value),
                },
                _ => errors.at(key.span(), unknown_option(&key, extendable)),
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(())
    };
    if let Err(err) = parse_scoped(read, group.stream(), group.span_close()) {
        errors.push(err);
    }
}

/// `kind = http | websocket | custom`.
fn read_kind(value: &Ident, options: &mut Options, errors: &mut Errors) {
    let Some(kind) = Kind::from_keyword(&value.to_string()) else {
        let keywords: Vec<String> = KINDS.iter().map(|(k, _)| format!("`{k}`")).collect();
        errors.at(
            value.span(),
            format!(
                "unknown kind `{value}`: expected {}",
                naming::join(&keywords, ", ", " or ")
            ),
        );
        return;
    };
    match options.kind {
        Some((_, first)) => errors.twice(first, value.span(), "kind", "keep one"),
        None => options.kind = Some((kind, value.span())),
    }
}

/// `prefix = NAME`: constants are `NAME_404_NOT_FOUND`, so the prefix has
/// the constants' shape.
fn read_prefix(value: &Ident, options: &mut Options, errors: &mut Errors) {
    let text = value.to_string();
    if !naming::is_screaming_snake(&text) {
        errors.at(
            value.span(),
            format!(
                "prefix `{text}` is not SCREAMING_SNAKE_CASE: write `{}`",
                naming::suggest_screaming_snake(&text)
            ),
        );
        return;
    }
    match &options.prefix {
        Some((_, first)) => errors.twice(*first, value.span(), "prefix", "keep one"),
        None => options.prefix = Some((text, value.span())),
    }
}

/// The message for an unknown option, listing the options and the bases
/// the facade declared.
fn unknown_option(key: &Ident, extendable: &[Base]) -> String {
    let kinds: Vec<String> = KINDS.iter().map(|(k, _)| (*k).to_owned()).collect();
    let bases: Vec<String> = extendable.iter().map(|b| b.table.to_string()).collect();
    let bases = if bases.is_empty() {
        "TABLE".to_owned()
    } else {
        bases.join(" | ")
    };
    format!(
        "unknown option `{key}`: expected `kind = {}`, `prefix = NAME` or `extends = {bases}`",
        kinds.join(" | ")
    )
}

const ENTRY_TAKES: &str = "entries take doc comments, `#[phrase = \"...\"]`, `#[alias(OLD_NAME)]`, `#[default]`, `#[spec = \"...\"]`, `#[cfg(...)]`, `#[deprecated]`, the lint attributes `allow`, `expect`, `warn` and `deny`, `#[doc(hidden)]` and `#[doc(alias = \"...\")]`";

/// Reads every attribute of an entry, reporting each bad one and going on.
pub fn entry_attrs(attrs: Vec<Attr>) -> EntryAttrs {
    let mut out = EntryAttrs::default();
    let mut cfgs = Vec::new();
    // Where each attribute that may be given once was first given.
    let (mut phrase_at, mut deprecated_at, mut spec_at) = (None, None, None);
    for attr in attrs {
        let errors = &mut out.errors;
        match attr.path.as_str() {
            "doc" => read_doc(attr, &mut out),
            "phrase" => {
                if let Some(value) = read_phrase(&attr, errors) {
                    if once(&mut phrase_at, attr.path_span, "phrase", "keep one", errors) {
                        out.phrase = Some(value);
                    }
                }
            }
            "alias" => read_aliases(&attr, &mut out.aliases, errors),
            "default" if matches!(attr.args, AttrArgs::Word) => {
                out.default = Some(attr.path_span);
            }
            "default" => errors.at(
                attr.path_span,
                "`#[default]` takes no arguments: write `#[default]` on the entry `Default` returns",
            ),
            "cfg" => cfgs.extend(read_cfg(&attr, errors)),
            "deprecated" => {
                if let Some(note) = read_deprecated(&attr, errors) {
                    if once(&mut deprecated_at, attr.path_span, "deprecated", "keep one", errors) {
                        out.deprecated = Some(note);
                        out.passed.push(attr);
                    }
                }
            }
            "spec" => {
                if let Some(spec) = read_spec(&attr, errors) {
                    let advice = "an entry names the one document that defines it";
                    if once(&mut spec_at, attr.path_span, "spec", advice, errors) {
                        out.spec = Some(spec);
                    }
                }
            }
            // Checked by the compiler where the variant and constant carry it.
            "allow" | "expect" | "warn" | "deny" => out.passed.push(attr),
            "status" => errors.at(
                attr.path_span,
                "`#[status(...)]` goes on a table, not an entry: declare the table as `#[status(...)] pub enum Name { ... }`",
            ),
            path => errors.at(
                attr.path_span,
                format!("unknown attribute `{path}` on an entry: {ENTRY_TAKES}"),
            ),
        }
    }
    out.cfg = all_of(cfgs);
    out
}

/// Records that an attribute is given at `span`; `false`, with the error,
/// when it already was.
fn once(
    first: &mut Option<Span>,
    span: Span,
    what: &str,
    advice: &str,
    errors: &mut Errors,
) -> bool {
    match first {
        Some(first) => {
            errors.twice(*first, span, what, advice);
            false
        }
        None => {
            *first = Some(span);
            true
        }
    }
}

/// Several `#[cfg]`s on one entry all have to hold, as on a variant.
fn all_of(mut cfgs: Vec<Cfg>) -> Option<Cfg> {
    if cfgs.len() <= 1 {
        return cfgs.pop();
    }
    let predicates = cfgs.iter().map(|cfg| &cfg.predicate);
    let predicate = quote::quote!(all(#(#predicates),*));
    Some(Cfg {
        text: predicate.to_string(),
        predicate,
        span: cfgs[0].span,
    })
}

/// `#[doc = "..."]` is documentation; `#[doc(hidden)]` and `#[doc(alias =
/// "...")]` go on the variant and the constant. Other `doc(...)` forms mean
/// nothing on an entry.
fn read_doc(attr: Attr, out: &mut EntryAttrs) {
    let AttrArgs::List(group) = &attr.args else {
        out.docs.push(attr);
        return;
    };
    let mut ok = true;
    for part in split_commas(group.stream()) {
        let (first, rest) = (&part[0], &part[1..]);
        let fits = match first {
            TokenTree::Ident(word) if word == "hidden" => rest.is_empty(),
            TokenTree::Ident(word) if word == "alias" => match rest {
                [TokenTree::Punct(eq), value] if eq.as_char() == '=' => {
                    string_literal(value).is_some()
                }
                [TokenTree::Group(list)] => split_commas(list.stream()).iter().all(
                    |item| matches!(item.as_slice(), [value] if string_literal(value).is_some()),
                ),
                _ => false,
            },
            _ => false,
        };
        if !fits {
            let what = match first {
                TokenTree::Ident(word) => format!("`doc({word})`"),
                _ => "this `doc(...)`".to_owned(),
            };
            out.errors.at(
                first.span(),
                format!("{what} does not apply to an entry: entries take `#[doc(hidden)]` and `#[doc(alias = \"...\")]`"),
            );
            ok = false;
        }
    }
    if ok {
        out.passed.push(attr);
    }
}

/// `#[phrase = "..."]`: a non-blank string literal.
fn read_phrase(attr: &Attr, errors: &mut Errors) -> Option<String> {
    string_value(
        attr,
        errors,
        "write the phrase as `#[phrase = \"Not Found\"]`",
        "the phrase is empty: write the reason phrase, like `#[phrase = \"Not Found\"]`",
        "the phrase is missing after `=`: write it as `#[phrase = \"Not Found\"]`",
        "the phrase must be a string literal, like `#[phrase = \"Not Found\"]`",
    )
}

/// The non-blank string of `#[path = "..."]`; each way to miss it has its
/// own message: not the `=` form, blank, missing, not a string.
fn string_value(
    attr: &Attr,
    errors: &mut Errors,
    not_value: &str,
    blank: &str,
    missing: &str,
    not_string: &str,
) -> Option<String> {
    let AttrArgs::Value(value) = &attr.args else {
        errors.at(attr.path_span, not_value);
        return None;
    };
    match lone(value).as_ref().and_then(literal) {
        Some(Lit::Str(s)) if !s.value().trim().is_empty() => Some(s.value()),
        Some(Lit::Str(s)) => {
            errors.at(s.span(), blank);
            None
        }
        _ if value.is_empty() => {
            errors.at(attr.path_span, missing);
            None
        }
        _ => {
            errors.spanning(value, attr.path_span, not_string);
            None
        }
    }
}

/// `#[alias(OLD, ...)]`: one or more SCREAMING_SNAKE_CASE names.
fn read_aliases(attr: &Attr, aliases: &mut Vec<Ident>, errors: &mut Errors) {
    let AttrArgs::List(group) = &attr.args else {
        errors.at(
            attr.path_span,
            "write the old names in parentheses, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
        );
        return;
    };
    let read = |input: ParseStream| input.parse_terminated(Ident::parse_any, Token![,]);
    match parse_scoped(read, group.stream(), group.span_close()) {
        Ok(list) if list.is_empty() => errors.at(
            attr.path_span,
            "`#[alias()]` is empty: name at least one old name, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
        ),
        Ok(list) => {
            for alias in list {
                match naming::name_error(&alias.to_string(), "alias") {
                    Some(message) => errors.at(alias.span(), message),
                    None => aliases.push(alias),
                }
            }
        }
        Err(err) => errors.at(
            err.span(),
            "expected old names, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
        ),
    }
}

/// `#[cfg(predicate)]`: exactly one predicate, as on a variant. What it
/// means the compiler decides, and reports on these very tokens.
fn read_cfg(attr: &Attr, errors: &mut Errors) -> Option<Cfg> {
    const WRITE: &str = "write the condition in parentheses, like `#[cfg(feature = \"extra\")]`";
    let AttrArgs::List(group) = &attr.args else {
        errors.at(
            attr.path_span,
            format!("`#[cfg]` needs a predicate: {WRITE}"),
        );
        return None;
    };
    if group.delimiter() != Delimiter::Parenthesis {
        errors.at(group.span(), WRITE);
        return None;
    }
    let predicate = group.stream();
    if predicate.is_empty() {
        errors.at(
            group.span(),
            format!("`#[cfg()]` has no predicate: {WRITE}"),
        );
        return None;
    }
    let mut parts = 0;
    let mut after_comma = true;
    for tree in predicate.clone() {
        match &tree {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                if after_comma {
                    errors.at(p.span(), format!("a stray `,` in `#[cfg]`: {WRITE}"));
                    return None;
                }
                after_comma = true;
            }
            _ if after_comma => {
                parts += 1;
                after_comma = false;
            }
            _ => {}
        }
    }
    if parts > 1 {
        errors.at(
            group.span(),
            "`#[cfg]` takes one predicate: combine them with `all(...)` or `any(...)`, like `#[cfg(all(feature = \"a\", feature = \"b\"))]`",
        );
        return None;
    }
    Some(Cfg {
        text: predicate.to_string(),
        predicate,
        span: attr.path_span,
    })
}

/// `#[deprecated]`, `#[deprecated = "note"]` or `#[deprecated(since =
/// "...", note = "...")]`, as on any item; returns the note.
fn read_deprecated(attr: &Attr, errors: &mut Errors) -> Option<String> {
    const FORMS: &str = "write `#[deprecated]`, `#[deprecated = \"use OTHER\"]` or `#[deprecated(since = \"1.2.0\", note = \"use OTHER\")]`";
    let group = match &attr.args {
        AttrArgs::Word => return Some(String::new()),
        AttrArgs::Value(value) => {
            if let Some(Lit::Str(note)) = lone(value).as_ref().and_then(literal) {
                return Some(note.value());
            }
            let message = format!("the deprecation note must be a string literal: {FORMS}");
            errors.spanning(value, attr.path_span, &message);
            return None;
        }
        AttrArgs::List(group) => group,
    };
    let mut note = String::new();
    for part in split_commas(group.stream()) {
        let (key, value) = match part.as_slice() {
            [TokenTree::Ident(key), TokenTree::Punct(eq), value] if eq.as_char() == '=' => {
                (key, value)
            }
            _ => {
                errors.at(
                    part[0].span(),
                    format!("expected `note = \"...\"` or `since = \"...\"`: {FORMS}"),
                );
                return None;
            }
        };
        if key != "note" && key != "since" {
            errors.at(
                key.span(),
                format!("unknown `deprecated` key `{key}`: {FORMS}"),
            );
            return None;
        }
        let Some(text) = string_literal(value) else {
            errors.at(value.span(), format!("expected a string literal: {FORMS}"));
            return None;
        };
        if key == "note" {
            note = text;
        }
    }
    Some(note)
}

/// `#[spec = "RFC 9110, Section 15.5.5"]`, or with the document's address,
/// `#[spec("RFC 9110, Section 15.5.5", url = "https://...")]`.
fn read_spec(attr: &Attr, errors: &mut Errors) -> Option<Spec> {
    const WRITE: &str = "write `#[spec = \"RFC 9110, Section 15.5.5\"]`, or `#[spec(\"RFC 9110, Section 15.5.5\", url = \"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5\")]`";
    let AttrArgs::List(group) = &attr.args else {
        let reference = string_value(
            attr,
            errors,
            WRITE,
            &format!("the spec is empty: {WRITE}"),
            &format!("the spec is missing after `=`: {WRITE}"),
            &format!("the spec must be a string literal: {WRITE}"),
        )?;
        return Some(Spec {
            reference,
            url: None,
        });
    };
    let parts = split_commas(group.stream());
    let mut parts = parts.iter().map(Vec::as_slice);
    let reference = match parts.next() {
        Some([value]) => string_literal(value).map(|text| (text, value.span())),
        _ => None,
    };
    let Some((reference, reference_span)) = reference else {
        errors.at(group.span(), WRITE);
        return None;
    };
    let url = match parts.next() {
        None => None,
        Some([TokenTree::Ident(key), TokenTree::Punct(eq), value])
            if key == "url" && eq.as_char() == '=' =>
        {
            let Some(text) = string_literal(value) else {
                errors.at(value.span(), WRITE);
                return None;
            };
            Some((text, value.span()))
        }
        Some(other) => {
            errors.at(other[0].span(), WRITE);
            return None;
        }
    };
    if let Some(extra) = parts.next() {
        errors.at(extra[0].span(), WRITE);
        return None;
    }
    let mut ok = true;
    if reference.trim().is_empty() {
        errors.at(reference_span, format!("the spec is empty: {WRITE}"));
        ok = false;
    }
    if let Some((text, span)) = &url {
        if !(text.starts_with("https://") || text.starts_with("http://")) {
            errors.at(
                *span,
                "the spec's `url` is an address, starting `https://` or `http://`",
            );
            ok = false;
        }
    }
    ok.then(|| Spec {
        reference,
        url: url.map(|(text, _)| text),
    })
}

/// The spans of a derive rebuilt with the traits that pass through.
pub fn rebuilt_derive(derive: &Derive, kept: Vec<&TokenStream>) -> TokenStream {
    let mut list = Group::new(derive.list.delimiter(), quote::quote!(#(#kept),*));
    list.set_span(derive.list.span());
    let path = Ident::new("derive", derive.path_span);
    let mut body = Group::new(Delimiter::Bracket, quote::quote!(#path #list));
    body.set_span(derive.bracket);
    let mut tokens = quote::quote_spanned!(derive.pound=> #);
    tokens.extend([TokenTree::Group(body)]);
    tokens
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

    #[test]
    fn entry_attributes_are_read_once_into_values() {
        let read = entry_attrs(attrs(quote! {
            /// Docs.
            #[phrase = "Okay"]
            #[alias(OLD, OLDER)]
            #[default]
            #[cfg(feature = "a")]
            #[cfg(unix)]
            #[deprecated(since = "1.0", note = "use NEW")]
            #[spec("RFC 1", url = "https://example.org/")]
            #[allow(dead_code)]
            #[doc(hidden)]
        }));
        assert!(read.errors.finish().is_ok());
        assert_eq!(read.docs.len(), 1);
        assert_eq!(read.phrase.as_deref(), Some("Okay"));
        assert_eq!(read.aliases.len(), 2);
        assert!(read.default.is_some());
        let cfg = read.cfg.unwrap();
        let expected: syn::Meta = syn::parse_quote!(all(feature = "a", unix));
        assert_eq!(syn::parse2::<syn::Meta>(cfg.predicate).unwrap(), expected);
        assert_eq!(read.deprecated.as_deref(), Some("use NEW"));
        let spec = read.spec.unwrap();
        assert_eq!(
            (spec.reference.as_str(), spec.url.as_deref()),
            ("RFC 1", Some("https://example.org/"))
        );
        // `deprecated`, `allow` and `doc(hidden)` go on the variant and constant.
        let passed: Vec<&str> = read.passed.iter().map(|a| a.path.as_str()).collect();
        assert_eq!(passed, ["deprecated", "allow", "doc"]);
    }

    #[test]
    fn an_attribute_given_twice_points_at_both() {
        let read = entry_attrs(attrs(quote!(#[phrase = "A"] #[phrase = "B"])));
        assert_eq!(read.phrase.as_deref(), Some("A"), "the first is kept");
        let messages: Vec<String> = read
            .errors
            .finish()
            .unwrap_err()
            .into_iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(
            messages,
            [
                "`phrase` is given twice: keep one",
                "`phrase` is first given here"
            ]
        );
        let table = table_attrs(
            attrs(quote!(#[status(kind = http)] #[status(kind = custom, prefix = P)])),
            &[],
        );
        assert_eq!(table.options.kind.map(|(kind, _)| kind), Some(Kind::Http));
        assert_eq!(
            table.options.prefix.map(|(prefix, _)| prefix).as_deref(),
            Some("P")
        );
        assert_eq!(table.errors.finish().unwrap_err().into_iter().count(), 2);
    }

    #[test]
    fn derives_are_sorted_into_absorbed_and_passed() {
        let table = table_attrs(
            attrs(
                quote!(#[derive(Debug, ::core::hash::Hash, Default, other::Debug, serde::Serialize)]),
            ),
            &[],
        );
        let [TableAttr::Derive(derive)] = table.passed.as_slice() else {
            panic!("one derive")
        };
        let absorbed: Vec<Absorbed> = derive.traits.iter().map(|t| t.absorbed).collect();
        assert!(
            absorbed
                == [
                    Absorbed::Implemented,
                    Absorbed::Implemented,
                    Absorbed::Default,
                    Absorbed::No,
                    Absorbed::No
                ]
        );
        let kept: Vec<&TokenStream> = derive.traits[3..].iter().map(|t| &t.path).collect();
        let rebuilt: syn::Attribute = syn::Attribute::parse_outer
            .parse2(rebuilt_derive(derive, kept))
            .unwrap()
            .remove(0);
        assert_eq!(
            rebuilt,
            syn::parse_quote!(#[derive(other::Debug, serde::Serialize)])
        );
    }
}
