//! The typed syntax tree, every attribute already read into values: later
//! stages never read one again. Errors found while reading stay where they
//! were found, for validation to report in source order.

use proc_macro2::{Group, Span, TokenStream};
use quote::ToTokens;
use syn::{Ident, Lit, Token};

use super::errors::Errors;

/// A whole `status_codes!` invocation.
pub struct Invocation {
    /// The path to the facade, passed as `@($crate)` by its wrapper macro.
    pub krate: Option<TokenStream>,
    /// The tables `extends` may name (`@extendable(HttpStatus = ...)`), and
    /// the tokens as passed, to hand on with a callback.
    pub extendable: Vec<Base>,
    pub extendable_source: TokenStream,
    /// The facade's features the expansion may rely on (`@features(serde)`),
    /// as passed, to hand on with a callback.
    pub features: Option<TokenStream>,
    /// The compiler's answers to the entries' `#[cfg]`s (`@cfg(true ...)`).
    pub cfg_answers: Option<Vec<bool>>,
    /// The user's tokens as written, to hand back through a callback.
    pub source: TokenStream,
    pub tables: Vec<Table>,
    /// The syntax error that ended parsing, after everything in `tables`.
    pub error: Option<syn::Error>,
    /// The base tables' declarations the facade appended.
    pub bases_source: TokenStream,
    pub bases: Vec<Table>,
}

/// `#[attrs] vis enum Ident { entries }`, or the bare form's implied table.
pub struct Table {
    pub attrs: TableAttrs,
    /// As written: `pub`, `pub(crate)`, or empty.
    pub vis: TokenStream,
    pub ident: Ident,
    pub bare: bool,
    /// In source order; a syntax error stands where its entry stood.
    pub entries: Vec<syn::Result<Entry>>,
}

/// `#[attrs] CODE NAME "description"`; code and description any literal,
/// for validation to say what is wrong with them.
pub struct Entry {
    pub attrs: EntryAttrs,
    pub code: Code,
    pub name: Ident,
    pub description: Lit,
}

/// A code as written: any literal, possibly negated.
pub struct Code {
    pub minus: Option<Token![-]>,
    pub lit: Lit,
}

impl Code {
    /// The span covering the sign and the literal.
    pub fn span(&self) -> Span {
        match &self.minus {
            Some(minus) => minus.span.join(self.lit.span()).unwrap_or(minus.span),
            None => self.lit.span(),
        }
    }
}

/// One outer attribute, `#[...]`, with its tokens kept for pass-through.
#[derive(Clone)]
pub struct Attr {
    pub tokens: TokenStream,
    /// The path with its segments joined by `::`: `doc`, `serde::rename`.
    pub path: String,
    pub path_span: Span,
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

impl ToTokens for Attr {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.tokens.clone());
    }
}

/// A table's attributes, read.
#[derive(Default)]
pub struct TableAttrs {
    pub options: Options,
    /// What goes on the enum, in source order.
    pub passed: Vec<TableAttr>,
    pub has_docs: bool,
    pub errors: Errors,
}

/// An attribute for the enum: as written, or a derive to absorb from.
pub enum TableAttr {
    Passed(Attr),
    Derive(Derive),
}

/// `#[derive(...)]`, with the spans its rebuilt form keeps.
pub struct Derive {
    pub pound: Span,
    pub bracket: Span,
    pub path_span: Span,
    pub list: Group,
    pub traits: Vec<DeriveTrait>,
}

pub struct DeriveTrait {
    /// The path as written: `Debug`, `::core::fmt::Debug`, `serde::Serialize`.
    pub path: TokenStream,
    /// Its last segment's span.
    pub span: Span,
    pub absorbed: Absorbed,
}

/// What becomes of one derived trait.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Absorbed {
    /// Another crate's derive: passed through.
    No,
    /// One the generated code implements (`Debug`, `Clone`, ...).
    Implemented,
    /// `Default`: implemented when an entry is `#[default]`.
    Default,
    /// `Serialize` or `Deserialize` (any path ending so): the facade's
    /// impls, with its `serde` feature.
    Serde(&'static str),
}

/// A table's `#[status(...)]` options, each with the span of its value.
#[derive(Default)]
pub struct Options {
    pub kind: Option<(Kind, Span)>,
    pub prefix: Option<(String, Span)>,
    pub extends: Option<Ident>,
}

/// What a table's codes mean, from `#[status(kind = ...)]`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Http,
    WebSocket,
    Custom,
}

/// Every kind with its keyword, the one place the keywords are written.
pub const KINDS: [(&str, Kind); 3] = [
    ("http", Kind::Http),
    ("websocket", Kind::WebSocket),
    ("custom", Kind::Custom),
];

impl Kind {
    pub fn from_keyword(keyword: &str) -> Option<Kind> {
        for (known, kind) in KINDS {
            if known == keyword {
                return Some(kind);
            }
        }
        None
    }

    pub fn keyword(self) -> &'static str {
        match self {
            Kind::Http => "http",
            Kind::WebSocket => "websocket",
            Kind::Custom => "custom",
        }
    }

    /// The codes a table of this kind may hold.
    pub const fn range(self) -> (u16, u16) {
        match self {
            Kind::Http => (100, 599),
            Kind::WebSocket => (1000, 4999),
            Kind::Custom => (0, u16::MAX),
        }
    }

    /// The name `__impl_status!` takes for the kind.
    pub const fn facade_name(self) -> &'static str {
        match self {
            Kind::Http => "Http",
            Kind::WebSocket => "WebSocket",
            Kind::Custom => "Custom",
        }
    }
}

/// A table `extends` can name, and the facade's data macro holding its
/// declaration: this crate names no table of the facade.
#[derive(Clone)]
pub struct Base {
    pub table: Ident,
    pub data_macro: Ident,
}

/// An entry's attributes, read.
#[derive(Default)]
pub struct EntryAttrs {
    /// Doc comments: appended to the generated docs.
    pub docs: Vec<Attr>,
    /// What the variant and the constant both carry, as written: lint
    /// attributes, `doc(hidden)`, `doc(alias = ...)` and `deprecated`.
    pub passed: Vec<Attr>,
    /// `#[phrase = "..."]`, with the literal's span.
    pub phrase: Option<(String, Span)>,
    pub aliases: Vec<Ident>,
    /// `#[default]`, at its span.
    pub default: Option<Span>,
    pub cfg: Option<Cfg>,
    /// The note of `#[deprecated]`, empty when it has none.
    pub deprecated: Option<String>,
    pub spec: Option<Spec>,
    /// Whether `#[doc(hidden)]` is among `passed`.
    pub hidden: bool,
    pub errors: Errors,
}

/// An entry's `#[cfg(...)]` (several combined with `all`), and its text,
/// which entries under the same predicate share.
#[derive(Clone)]
pub struct Cfg {
    pub predicate: TokenStream,
    pub text: String,
    pub span: Span,
}

/// `#[spec = "..."]`, or `#[spec("...", url = "...")]`.
#[derive(Clone, Default)]
pub struct Spec {
    pub reference: String,
    pub url: Option<String>,
}
