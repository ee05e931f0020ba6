//! A table's `#[status(...)]` options, read into one value.
//!
//! Each option is a `key = value` pair; an unknown or repeated key is
//! reported and skipped, so the options after it are still read. The kind
//! keywords come from [`KINDS`], the one list of them.

use proc_macro2::Span;
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Ident, Token};

use crate::attr::{Attr, AttrArgs};
use crate::errors::Errors;
use crate::model::{Base, Kind, KINDS};
use crate::naming;

/// A table's options, as written (checked against the base later).
#[derive(Default)]
pub struct Options {
    /// With the span of its value, for a disagreement with the base.
    pub kind: Option<(Kind, Span)>,
    pub prefix: Option<String>,
    pub extends: Option<Ident>,
}

impl Options {
    /// Reads one `#[status(...)]` attribute into the options read so far:
    /// a table may split its options over several.
    pub fn read(&mut self, attr: &Attr, extendable: &[Base], errors: &mut Errors) {
        let AttrArgs::List(group) = &attr.args else {
            errors.at(
                attr.path_span,
                "expected `#[status(kind = ..., prefix = ...)]`",
            );
            return;
        };
        let parser = |input: ParseStream| {
            while !input.is_empty() {
                let key = input.call(Ident::parse_any)?;
                input.parse::<Token![=]>()?;
                let value = input.call(Ident::parse_any)?;
                if key == "kind" {
                    self.read_kind(&key, &value, errors);
                } else if key == "prefix" {
                    self.read_prefix(&key, &value, errors);
                } else if key == "extends" {
                    self.read_extends(&key, value, errors);
                } else {
                    errors.at(key.span(), unknown_option(&key, extendable));
                }
                if !input.is_empty() {
                    input.parse::<Token![,]>()?;
                }
            }
            Ok(())
        };
        if let Err(err) =
            crate::parse::parse_scoped(&mut { parser }, group.stream(), group.span_close())
        {
            errors.push(err);
        }
    }

    /// `kind = http | websocket | custom`: the range of the codes, and what
    /// the facade adds for the kind. A repeated option is reported, and the
    /// first one kept (as for every option).
    fn read_kind(&mut self, key: &Ident, value: &Ident, errors: &mut Errors) {
        let Some(kind) = Kind::from_keyword(&value.to_string()) else {
            errors.at(
                value.span(),
                format!("unknown kind `{value}`: expected {}", kind_list(" or ")),
            );
            return;
        };
        if self.kind.is_some() {
            errors.at(key.span(), "`kind` is given twice: keep one");
        } else {
            self.kind = Some((kind, value.span()));
        }
    }

    /// `prefix = NAME`: constants are `NAME_404_NOT_FOUND`, so the prefix has
    /// the constants' shape.
    fn read_prefix(&mut self, key: &Ident, value: &Ident, errors: &mut Errors) {
        let text = value.to_string();
        if !naming::is_screaming_snake(&text) {
            errors.at(
                value.span(),
                format!(
                    "prefix `{text}` is not SCREAMING_SNAKE_CASE: write `{}`",
                    naming::suggest_screaming_snake(&text)
                ),
            );
        } else if self.prefix.is_some() {
            errors.at(key.span(), "`prefix` is given twice: keep one");
        } else {
            self.prefix = Some(text);
        }
    }

    /// `extends = Base`: one base, resolved by the table checks.
    fn read_extends(&mut self, key: &Ident, value: Ident, errors: &mut Errors) {
        if self.extends.is_some() {
            errors.at(
                key.span(),
                "`extends` is given twice: a table extends one base, keep one",
            );
        } else {
            self.extends = Some(value);
        }
    }
}

/// "`http`, `websocket` or `custom`", from [`KINDS`].
fn kind_list(last: &str) -> String {
    let mut keywords = Vec::with_capacity(KINDS.len());
    for (keyword, _) in KINDS {
        keywords.push(format!("`{keyword}`"));
    }
    naming::join(&keywords, ", ", last)
}

/// The message for an unknown option, listing the options and the bases
/// the facade declared.
fn unknown_option(key: &Ident, extendable: &[Base]) -> String {
    let mut kinds = Vec::with_capacity(KINDS.len());
    for (keyword, _) in KINDS {
        kinds.push(keyword.to_owned());
    }
    let kinds = naming::join(&kinds, " | ", " | ");
    let mut bases = Vec::with_capacity(extendable.len());
    for base in extendable {
        bases.push(base.table.to_string());
    }
    let bases = if bases.is_empty() {
        "TABLE".to_owned()
    } else {
        naming::join(&bases, " | ", " | ")
    };
    format!(
        "unknown option `{key}`: expected `kind = {kinds}`, `prefix = NAME` or `extends = {bases}`"
    )
}
