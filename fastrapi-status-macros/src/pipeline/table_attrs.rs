//! A table's attributes read into values: `#[status(...)]` options,
//! derives sorted into absorbed and passed, `#[repr]` refused.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Ident, Token};

use super::ast::{
    Absorbed, Attr, AttrArgs, Base, Derive, DeriveTrait, Kind, Options, TableAttr, TableAttrs,
    KINDS,
};
use super::errors::Errors;
use super::naming;
use super::tokens::{parse_scoped, split_commas};

/// A table's attributes, read; the rest pass through to the enum.
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
    let mut traits = Vec::new();
    for path in split_commas(list.stream()) {
        let mut segments = Vec::new();
        for tree in &path {
            if let TokenTree::Ident(ident) = tree {
                segments.push(ident.to_string());
            }
        }
        let from_std = segments.len() == 1 || matches!(segments[0].as_str(), "core" | "std");
        let last = segments.last().map_or("", String::as_str);
        let absorbed = if last == "Serialize" {
            Absorbed::Serde("Serialize")
        } else if last == "Deserialize" {
            Absorbed::Serde("Deserialize")
        } else if !from_std {
            Absorbed::No
        } else if IMPLEMENTED_TRAITS.contains(&last) {
            Absorbed::Implemented
        } else if last == "Default" {
            Absorbed::Default
        } else {
            Absorbed::No
        };
        let span = path.last().map_or(attr.path_span, TokenTree::span);
        traits.push(DeriveTrait {
            path: TokenStream::from_iter(path),
            span,
            absorbed,
        });
    }
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
            let value = option_value(input, &key, errors)?;
            match (key.to_string().as_str(), value) {
                (_, None) => {}
                ("kind", Some(value)) => read_kind(&value, options, errors),
                ("prefix", Some(value)) => read_prefix(&value, options, errors),
                ("extends", Some(value)) => match &options.extends {
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

/// An option's value: a name. A quoted one is answered as a quoted code
/// is, with what to write instead; the rest of the options are still read.
fn option_value(
    input: ParseStream,
    key: &Ident,
    errors: &mut Errors,
) -> syn::Result<Option<Ident>> {
    if input.peek(syn::LitStr) {
        let quoted: syn::LitStr = input.parse()?;
        errors.at(
            quoted.span(),
            format!(
                "write the {key} without quotes: `{key} = {}`",
                quoted.value()
            ),
        );
        return Ok(None);
    }
    input.call(Ident::parse_any).map(Some)
}

/// `kind = http | websocket | custom`.
fn read_kind(value: &Ident, options: &mut Options, errors: &mut Errors) {
    let Some(kind) = Kind::from_keyword(&value.to_string()) else {
        let mut keywords = Vec::new();
        for (keyword, _) in KINDS {
            keywords.push(format!("`{keyword}`"));
        }
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
    let mut kinds = Vec::new();
    for (keyword, _) in KINDS {
        kinds.push(keyword.to_owned());
    }
    let mut bases = Vec::new();
    for base in extendable {
        bases.push(base.table.to_string());
    }
    let bases = if bases.is_empty() {
        "TABLE".to_owned()
    } else {
        naming::join(&bases, " | ", " | ")
    };
    format!(
        "unknown option `{key}`: expected `kind = {}`, `prefix = NAME` or `extends = {bases}`",
        naming::join(&kinds, " | ", " | ")
    )
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
        super::super::attr::parse_outer.parse2(tokens).unwrap()
    }

    #[test]
    fn options_given_twice_point_at_both() {
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
            attrs(quote!(#[derive(
                Debug, ::core::hash::Hash, Default, other::Debug, serde::Serialize, Deserialize, Other
            )])),
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
                    Absorbed::Serde("Serialize"),
                    Absorbed::Serde("Deserialize"),
                    Absorbed::No,
                ]
        );
        let kept = vec![&derive.traits[3].path, &derive.traits[6].path];
        let rebuilt: syn::Attribute = syn::Attribute::parse_outer
            .parse2(rebuilt_derive(derive, kept))
            .unwrap()
            .remove(0);
        assert_eq!(rebuilt, syn::parse_quote!(#[derive(other::Debug, Other)]));
    }
}
