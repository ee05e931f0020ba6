//! `#[derive(...)]` on a table: the derives of traits the generated code
//! implements itself are absorbed instead of conflicting.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::quote;

use crate::attr::{Attr, AttrArgs};
use crate::errors::Errors;

/// Traits the generated code implements itself, so a `#[derive]` of one is
/// absorbed instead of conflicting: users write these derives on every enum
/// by habit. `Default` is absorbed too when an entry is `#[default]`.
const IMPLEMENTED_TRAITS: &[&str] = &[
    "Debug",
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
];

/// Drops the traits of [`IMPLEMENTED_TRAITS`] (and `Default` where an entry
/// is `#[default]`) from a `#[derive(...)]`, keeping the rest as written.
/// Returns the attribute to pass through, if any trait is left.
///
/// A trait counts as implemented when its last path segment matches and the
/// path is bare or starts at `core` or `std` (`Debug`, `::core::fmt::Debug`):
/// `other_crate::Debug` is another derive macro and passes through.
/// Whether a table has a `#[default]` entry in this build, for
/// `derive(Default)`.
pub enum DefaultEntry {
    None,
    Present,
    /// Marked, but its `#[cfg]` leaves it out of this build.
    LeftOut {
        name: String,
        cfg: String,
        span: Span,
    },
}

pub fn absorb_derives(
    attr: &Attr,
    default_entry: &DefaultEntry,
    errors: &mut Errors,
) -> Option<Attr> {
    let AttrArgs::List(group) = &attr.args else {
        return Some(attr.clone());
    };
    let mut kept = Vec::new();
    for path in split_commas(group.stream()) {
        let mut segments: Vec<String> = Vec::new();
        for tree in &path {
            if let TokenTree::Ident(ident) = tree {
                segments.push(ident.to_string());
            }
        }
        let Some(last) = segments.last() else {
            kept.push(path);
            continue;
        };
        let from_std = segments.len() == 1 || matches!(segments[0].as_str(), "core" | "std");
        if from_std && IMPLEMENTED_TRAITS.contains(&last.as_str()) {
            continue;
        }
        if from_std && last == "Default" {
            match default_entry {
                DefaultEntry::Present => {}
                // `path` has a segment, so the fallback span is never used.
                DefaultEntry::None => errors.spanning(
                    &TokenStream::from_iter(path),
                    Span::call_site(),
                    "`derive(Default)` needs a default entry: mark one entry `#[default]`",
                ),
                DefaultEntry::LeftOut { name, cfg, span } => errors.at(
                    *span,
                    format!("`derive(Default)` needs the default entry in every build, and `#[cfg({cfg})]` leaves `{name}` out of this one: mark an entry without `#[cfg]` `#[default]`"),
                ),
            }
            continue;
        }
        kept.push(path);
    }
    if kept.is_empty() {
        return None;
    }
    let mut list = TokenStream::new();
    for path in kept {
        if !list.is_empty() {
            list.extend(quote!(,));
        }
        list.extend(path);
    }
    let mut list = Group::new(group.delimiter(), list);
    list.set_span(group.span());
    Some(attr.rebuilt(AttrArgs::List(list)))
}

/// The comma-separated parts of a token list (empty parts dropped), each as
/// its trees: readers match them as slices, and no stream is built per part
/// (each is a call into the compiler).
pub fn split_commas(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut parts = Vec::new();
    let mut part = Vec::new();
    for tree in tokens {
        match &tree {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                if !part.is_empty() {
                    parts.push(std::mem::take(&mut part));
                }
            }
            _ => part.push(tree),
        }
    }
    if !part.is_empty() {
        parts.push(part);
    }
    parts
}
