//! An entry's attributes read into values. Entries take what enum variants
//! take, with the meaning they have there, and the macro's own `phrase`,
//! `alias`, `default` and `spec`; anything else is an error that lists them.

use proc_macro2::{Delimiter, Span, TokenTree};
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Ident, Lit};

use super::ast::{Attr, AttrArgs, Cfg, EntryAttrs, Spec};
use super::errors::Errors;
use super::naming;
use super::tokens::{comma_list, literal, lone, parse_scoped, split_commas, string_literal};

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
            TokenTree::Ident(word) if word == "hidden" => {
                out.hidden |= rest.is_empty();
                rest.is_empty()
            }
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

/// `#[phrase = "..."]`: a non-blank string literal, and its span (what
/// it may hold depends on the table's kind, which the entry checks know).
fn read_phrase(attr: &Attr, errors: &mut Errors) -> Option<(String, Span)> {
    string_value(
        attr,
        errors,
        "write the phrase as `#[phrase = \"Not Found\"]`",
        "the phrase is empty: write the reason phrase, like `#[phrase = \"Not Found\"]`",
        "the phrase is missing after `=`: write it as `#[phrase = \"Not Found\"]`",
        "the phrase must be a string literal, like `#[phrase = \"Not Found\"]`",
    )
}

/// The non-blank string of `#[path = "..."]`, with the literal's span; each
/// way to miss it has its own message: not the `=` form, blank, missing,
/// not a string.
fn string_value(
    attr: &Attr,
    errors: &mut Errors,
    not_value: &str,
    blank: &str,
    missing: &str,
    not_string: &str,
) -> Option<(String, Span)> {
    let AttrArgs::Value(value) = &attr.args else {
        errors.at(attr.path_span, not_value);
        return None;
    };
    match lone(value).as_ref().and_then(literal) {
        Some(Lit::Str(s)) if !s.value().trim().is_empty() => Some((s.value(), s.span())),
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
    let read = |input: ParseStream| comma_list(input, Ident::parse_any);
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
        )?
        .0;
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

#[cfg(test)]
mod tests {
    use super::*;
    use proc_macro2::TokenStream;
    use quote::quote;
    use syn::parse::Parser as _;

    fn attrs(tokens: TokenStream) -> Vec<Attr> {
        super::super::attr::parse_outer.parse2(tokens).unwrap()
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
        assert_eq!(read.phrase.unwrap().0, "Okay");
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
        assert_eq!(read.phrase.unwrap().0, "A", "the first is kept");
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
    }
}
