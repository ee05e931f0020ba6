//! An entry's attributes, read into one value, each kind by a step of its
//! own. Entries take what enum variants take (`cfg`, `deprecated`, lints,
//! `doc(hidden)`, `doc(alias)`) with the meaning they have there, and the
//! macro's own `phrase`, `alias`, `default` and `spec`. Anything else is an
//! error that lists what entries take.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Ident, Lit, Token};

use crate::attr::{Attr, AttrArgs};
use crate::derives::split_commas;
use crate::errors::Errors;
use crate::naming;

/// What an entry's attributes say.
#[derive(Default)]
pub struct EntryAttrs {
    /// `#[doc = "..."]` (doc comments): appended to the generated docs.
    pub docs: Vec<Attr>,
    /// What the variant and the constant both carry, as written: lint
    /// attributes, `doc(hidden)`, `doc(alias = ...)` and `deprecated`.
    pub passed: Vec<Attr>,
    pub phrase: Option<String>,
    pub aliases: Vec<Ident>,
    /// `#[default]`, bare (one per table: the entry checks see to that).
    pub default: Option<Span>,
    pub cfg: Option<Cfg>,
    /// The note of `#[deprecated]`; empty when it has none.
    pub deprecated: Option<String>,
    pub spec: Option<Spec>,
}

/// An entry's `#[cfg(...)]`: the predicate as written, handed back to the
/// compiler (see `expand::ask_for_cfg`).
#[derive(Clone)]
pub struct Cfg {
    pub predicate: TokenStream,
    /// The predicate's text: entries under the same predicate share one
    /// answer.
    pub text: String,
    pub span: Span,
}

/// `#[spec = "RFC 9110, Section 15.5.5"]`, with a URL in the list form
/// `#[spec("...", url = "https://...")]`.
#[derive(Clone, Default)]
pub struct Spec {
    pub reference: String,
    pub url: Option<String>,
}

const ENTRY_TAKES: &str = "entries take doc comments, `#[phrase = \"...\"]`, `#[alias(OLD_NAME)]`, `#[default]`, `#[spec = \"...\"]`, `#[cfg(...)]`, `#[deprecated]`, the lint attributes `allow`, `expect`, `warn` and `deny`, `#[doc(hidden)]` and `#[doc(alias = \"...\")]`";

/// Reads every attribute of an entry, reporting each bad one and going on.
pub fn read(attrs: Vec<Attr>, errors: &mut Errors) -> EntryAttrs {
    let mut out = EntryAttrs::default();
    let mut cfgs: Vec<Cfg> = Vec::new();
    for attr in attrs {
        let path = attr.path.as_str();
        if path == "doc" {
            read_doc(attr, &mut out, errors);
        } else if path == "phrase" {
            if let Some(value) = read_phrase(&attr, errors) {
                if out.phrase.replace(value).is_some() {
                    errors.at(attr.path_span, "`phrase` is given twice: keep one");
                }
            }
        } else if path == "alias" {
            read_aliases(&attr, &mut out.aliases, errors);
        } else if path == "default" {
            if matches!(attr.args, AttrArgs::Word) {
                out.default = Some(attr.path_span);
            } else {
                errors.at(
                    attr.path_span,
                    "`#[default]` takes no arguments: write `#[default]` on the entry `Default` returns",
                );
            }
        } else if path == "cfg" {
            if let Some(cfg) = read_cfg(&attr, errors) {
                cfgs.push(cfg);
            }
        } else if path == "deprecated" {
            if let Some(note) = read_deprecated(&attr, errors) {
                if out.deprecated.is_some() {
                    errors.at(attr.path_span, "`deprecated` is given twice: keep one");
                } else {
                    out.deprecated = Some(note);
                    out.passed.push(attr);
                }
            }
        } else if path == "spec" {
            if let Some(spec) = read_spec(&attr, errors) {
                if out.spec.is_some() {
                    errors.at(
                        attr.path_span,
                        "`spec` is given twice: an entry names the one document that defines it",
                    );
                } else {
                    out.spec = Some(spec);
                }
            }
        } else if matches!(path, "allow" | "expect" | "warn" | "deny") {
            // Checked by the compiler where the variant and constant carry it.
            out.passed.push(attr);
        } else if path == "status" {
            errors.at(
                attr.path_span,
                "`#[status(...)]` goes on a table, not an entry: declare the table as `#[status(...)] pub enum Name { ... }`",
            );
        } else {
            errors.at(
                attr.path_span,
                format!("unknown attribute `{path}` on an entry: {ENTRY_TAKES}"),
            );
        }
    }
    out.cfg = all_of(cfgs);
    out
}

/// Whether an entry under `cfg` (a predicate's text) is in this build, by
/// the compiler's answers; an entry without `cfg` always is.
pub fn holds(cfg: Option<&str>, answers: &[(String, bool)]) -> bool {
    let Some(text) = cfg else { return true };
    for (predicate, answer) in answers {
        if predicate == text {
            return *answer;
        }
    }
    true
}

/// An entry's `#[cfg]`, read without reporting (the entry's own check
/// reports): what the compiler is asked about.
pub fn entry_cfg(attrs: &[Attr]) -> Option<Cfg> {
    let mut cfgs = Vec::new();
    let mut ignored = Errors::default();
    for attr in attrs {
        if attr.is("cfg") {
            if let Some(cfg) = read_cfg(attr, &mut ignored) {
                cfgs.push(cfg);
            }
        }
    }
    all_of(cfgs)
}

/// Several `#[cfg]`s on one entry all have to hold, as on a variant.
fn all_of(mut cfgs: Vec<Cfg>) -> Option<Cfg> {
    if cfgs.len() <= 1 {
        return cfgs.pop();
    }
    let span = cfgs[0].span;
    let mut list = TokenStream::new();
    for cfg in &cfgs {
        if !list.is_empty() {
            list.extend(quote::quote!(,));
        }
        list.extend(cfg.predicate.clone());
    }
    let predicate = quote::quote!(all(#list));
    Some(Cfg {
        text: predicate.to_string(),
        predicate,
        span,
    })
}

/// `#[doc = "..."]` is documentation; `#[doc(hidden)]` and `#[doc(alias =
/// "...")]` go on the variant and the constant. Other `doc(...)` forms do
/// not mean anything on an entry. (Read token by token: each syn parser
/// would be generic code this crate compiles, see `lib.rs`.)
fn read_doc(attr: Attr, out: &mut EntryAttrs, errors: &mut Errors) {
    let AttrArgs::List(group) = &attr.args else {
        out.docs.push(attr);
        return;
    };
    let mut ok = true;
    for part in split_commas(group.stream()) {
        let Some((first, rest)) = part.split_first() else {
            continue;
        };
        let fits = match first {
            TokenTree::Ident(word) if word == "hidden" => rest.is_empty(),
            TokenTree::Ident(word) if word == "alias" => match rest {
                [TokenTree::Punct(eq), value] if eq.as_char() == '=' => {
                    string_literal(value).is_some()
                }
                [TokenTree::Group(list)] => {
                    let mut all = true;
                    for item in split_commas(list.stream()) {
                        all &=
                            matches!(item.as_slice(), [value] if string_literal(value).is_some());
                    }
                    all
                }
                _ => false,
            },
            _ => false,
        };
        if !fits {
            let what = match first {
                TokenTree::Ident(word) => format!("`doc({word})`"),
                _ => "this `doc(...)`".to_owned(),
            };
            errors.at(
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

/// The value of a string literal token (`"..."`, `r"..."`), if it is one,
/// seen through the invisible group a `macro_rules!` fragment comes in.
fn string_literal(tree: &TokenTree) -> Option<String> {
    match literal(tree)? {
        Lit::Str(s) if s.suffix().is_empty() => Some(s.value()),
        _ => None,
    }
}

/// The literal `tree` is (through invisible groups), read by syn's
/// `Lit::new`: one constructor, where `parse2::<Lit>` would be one more
/// instance of syn's parser for this crate to compile (see `lib.rs`).
fn literal(tree: &TokenTree) -> Option<Lit> {
    match tree {
        TokenTree::Literal(literal) => Some(Lit::new(literal.clone())),
        TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
            literal(&lone(&group.stream())?)
        }
        _ => None,
    }
}

/// The one tree of `tokens`, if that is all there is.
fn lone(tokens: &TokenStream) -> Option<TokenTree> {
    let mut trees = tokens.clone().into_iter();
    match (trees.next(), trees.next()) {
        (Some(tree), None) => Some(tree),
        _ => None,
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

/// `#[alias(OLD, ...)]`: one or more SCREAMING_SNAKE_CASE names, appended
/// to `aliases`.
fn read_aliases(attr: &Attr, aliases: &mut Vec<Ident>, errors: &mut Errors) {
    let AttrArgs::List(group) = &attr.args else {
        errors.at(
            attr.path_span,
            "write the old names in parentheses, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
        );
        return;
    };
    let mut list = Vec::new();
    let mut read = |input: ParseStream| {
        while !input.is_empty() {
            list.push(input.call(Ident::parse_any)?);
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(())
    };
    match crate::parse::parse_scoped(&mut read, group.stream(), group.span_close()) {
        Ok(()) if list.is_empty() => {
            errors.at(
                attr.path_span,
                "`#[alias()]` is empty: name at least one old name, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
            );
        }
        Ok(()) => {
            for alias in list {
                if check_name(&alias, "alias", errors) {
                    aliases.push(alias);
                }
            }
        }
        Err(err) => {
            errors.at(
                err.span(),
                "expected old names, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
            );
        }
    }
}

/// Checks a name or alias is SCREAMING_SNAKE_CASE; `what` names it.
/// Constants and variants are derived from it, so the shape is the rule.
pub fn check_name(ident: &Ident, what: &str, errors: &mut Errors) -> bool {
    let text = ident.to_string();
    if naming::is_screaming_snake(&text) {
        return true;
    }
    let suggestion = naming::suggest_screaming_snake(&text);
    let hint = if suggestion.is_empty() {
        "use uppercase letters, digits and single underscores, like `NOT_FOUND`".to_owned()
    } else {
        format!("write `{suggestion}`")
    };
    errors.at(
        ident.span(),
        format!("{what} `{text}` is not SCREAMING_SNAKE_CASE: {hint}"),
    );
    false
}

/// `#[cfg(predicate)]`: exactly one predicate, as on a variant. What the
/// predicate means (`feature = "x"`, `not(...)`, `any()`, ...) the compiler
/// decides, and reports on these very tokens if it is malformed.
pub fn read_cfg(attr: &Attr, errors: &mut Errors) -> Option<Cfg> {
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
    match &attr.args {
        AttrArgs::Word => Some(String::new()),
        AttrArgs::Value(value) => match lone(value).as_ref().and_then(literal) {
            Some(Lit::Str(note)) => Some(note.value()),
            _ => {
                errors.spanning(
                    value,
                    attr.path_span,
                    &format!("the deprecation note must be a string literal: {FORMS}"),
                );
                None
            }
        },
        AttrArgs::List(group) => {
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
    }
}

/// `#[spec = "RFC 9110, Section 15.5.5"]`, or with the document's address,
/// `#[spec("RFC 9110, Section 15.5.5", url = "https://...")]`.
fn read_spec(attr: &Attr, errors: &mut Errors) -> Option<Spec> {
    const WRITE: &str = "write `#[spec = \"RFC 9110, Section 15.5.5\"]`, or `#[spec(\"RFC 9110, Section 15.5.5\", url = \"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5\")]`";
    if let AttrArgs::List(group) = &attr.args {
        let parts = split_commas(group.stream());
        let mut parts = parts.iter();
        let reference = match parts.next().map(Vec::as_slice) {
            Some([value]) => string_literal(value).map(|text| (text, value.span())),
            _ => None,
        };
        let Some((reference, reference_span)) = reference else {
            errors.at(group.span(), WRITE);
            return None;
        };
        let url = match parts.next().map(Vec::as_slice) {
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
                errors.at(other.first().map_or(group.span(), TokenTree::span), WRITE);
                return None;
            }
        };
        if let Some(extra) = parts.next() {
            errors.at(extra.first().map_or(group.span(), TokenTree::span), WRITE);
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
        return ok.then(|| Spec {
            reference,
            url: url.map(|(text, _)| text),
        });
    }
    let reference = string_value(
        attr,
        errors,
        WRITE,
        &format!("the spec is empty: {WRITE}"),
        &format!("the spec is missing after `=`: {WRITE}"),
        &format!("the spec must be a string literal: {WRITE}"),
    )?;
    Some(Spec {
        reference,
        url: None,
    })
}
