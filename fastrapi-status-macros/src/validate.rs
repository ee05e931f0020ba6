//! Stage 2: every semantic check, collecting all errors.
//!
//! Turns the syntax tree into a [`Model`] where each fact expansion needs is
//! computed and checked once: codes as `u16`, variant and constant names,
//! phrases, aliases, entries sorted by code. Each error is spanned on the
//! offending token and says what to write instead.

use std::collections::hash_map::{Entry as Slot, HashMap};

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::quote;
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Ident, Lit, Token};

use crate::attr::{Attr, AttrArgs};
use crate::errors::Errors;
use crate::naming;
use crate::parse::{Code, Entry, Invocation, Table};

/// A checked invocation, ready to expand.
pub struct Model {
    /// The path to the facade crate in generated code.
    pub krate: TokenStream,
    pub tables: Vec<TableModel>,
}

/// What a table's codes mean, from `#[status(kind = ...)]`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Http,
    WebSocket,
    Custom,
}

impl Kind {
    pub const fn range(self) -> (u16, u16) {
        match self {
            Kind::Http => (100, 599),
            Kind::WebSocket => (1000, 4999),
            Kind::Custom => (0, u16::MAX),
        }
    }

    const fn keyword(self) -> &'static str {
        match self {
            Kind::Http => "http",
            Kind::WebSocket => "websocket",
            Kind::Custom => "custom",
        }
    }
}

/// A facade table that `extends = ...` can name, and the hidden
/// `macro_rules!` in the facade that holds its declaration. The data exists
/// once, in that macro: the facade declares its own table through it, and
/// an extending table's expansion calls it to get the declaration back.
pub struct Base {
    pub table: &'static str,
    pub data_macro: &'static str,
}

pub const BASES: &[Base] = &[
    Base {
        table: "HttpStatus",
        data_macro: "__http_table",
    },
    Base {
        table: "WsCloseCode",
        data_macro: "__ws_table",
    },
];

/// What validation concludes.
pub enum Validated {
    Model(Model),
    /// A table extends this base, whose declaration is not here yet: the
    /// expansion asks the facade's data macro for it (see `expand`).
    NeedsBase(&'static Base),
}

/// The base of an extending table, for the conversions.
pub struct BaseRef {
    pub ident: Ident,
    /// A variant both tables have, for the (unreachable) fallback of `From`.
    pub fallback: Ident,
}

pub struct TableModel {
    /// Attributes passed through to the enum (docs, derives, `allow`, ...).
    pub attrs: Vec<Attr>,
    pub has_docs: bool,
    pub vis: TokenStream,
    pub ident: Ident,
    pub kind: Kind,
    /// The variant of the `#[default]` entry, if one is marked.
    pub default: Option<Ident>,
    /// The table this one extends, whose entries it holds too.
    pub base: Option<BaseRef>,
    /// Sorted by code.
    pub entries: Vec<EntryModel>,
}

#[derive(Clone)]
pub struct EntryModel {
    pub code: u16,
    pub name: String,
    pub variant: Ident,
    pub constant: Ident,
    pub phrase: String,
    pub description: String,
    /// The entry's own doc attributes, appended to the generated docs.
    pub docs: Vec<Attr>,
    pub aliases: Vec<Alias>,
    /// Taken from the base table: its constants are the base's own, and
    /// are not declared again.
    pub inherited: bool,
}

/// A deprecated old name of an entry.
#[derive(Clone)]
pub struct Alias {
    pub name: String,
    pub constant: Ident,
}

/// Checks a parsed invocation. On error, every problem found is reported,
/// in source order.
pub fn validate(invocation: Invocation) -> syn::Result<Validated> {
    let Invocation {
        krate,
        tables: parsed,
        error,
        bases,
        ..
    } = invocation;
    let mut errors = Errors::default();
    // The facade's own tables: they pass, but are checked like any other.
    let mut base_claims = InvocationClaims::default();
    let mut base_models = Vec::with_capacity(bases.len());
    for table in bases {
        base_models.push(check_table(table, &[], &mut base_claims, &mut errors));
    }
    if parsed.is_empty() && error.is_none() {
        errors.at(
            Span::call_site(),
            "empty `status_codes!` invocation: declare at least one entry, like `200 OK \"The request succeeded\"`",
        );
    }
    let mut claims = InvocationClaims::default();
    let mut tables = Vec::with_capacity(parsed.len());
    for table in parsed {
        tables.push(check_table(table, &base_models, &mut claims, &mut errors));
    }
    if let Some(base) = claims.missing_base {
        // Checked again, with the base, once the facade has appended it.
        return Ok(Validated::NeedsBase(base));
    }
    // The error that ended parsing stands after everything parsed before it.
    if let Some(err) = error {
        errors.push(err);
    }
    errors.finish()?;
    Ok(Validated::Model(Model {
        krate: crate::parse::facade_path(krate),
        tables,
    }))
}

/// Every uniqueness check is one lookup in a map of this one type: the
/// crate compiles one copy of the map's code (see `lib.rs`).
type Claims = HashMap<String, Owner>;

/// Who holds a unique key, for duplicate messages.
struct Owner {
    name: String,
    code: Option<u16>,
    /// The base table, for a key the table inherited.
    base: Option<String>,
}

impl Owner {
    fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            code: None,
            base: None,
        }
    }

    /// "`NOT_FOUND`", "`NOT_FOUND` (404)", "... of the base table
    /// `HttpStatus`". Built only for a message: most keys never need it.
    fn describe(&self) -> String {
        let mut text = format!("`{}`", self.name);
        if let Some(code) = self.code {
            text.push_str(&format!(" ({code})"));
        }
        if let Some(base) = &self.base {
            text.push_str(&format!(" of the base table `{base}`"));
        }
        text
    }
}

/// What must be unique across the tables of one invocation, since their
/// items share one module.
#[derive(Default)]
struct InvocationClaims {
    /// Table names (with no owner).
    tables: Claims,
    /// Constant name -> the table that declares it.
    constants: Claims,
    /// The first base a table extends that is not here yet.
    missing_base: Option<&'static Base>,
}

/// A table's `#[status(...)]` options, as read.
#[derive(Default)]
struct Options {
    /// With the span of its value, for a disagreement with the base.
    kind: Option<(Kind, Span)>,
    prefix: Option<String>,
    extends: Option<Ident>,
}

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

/// Reads the table's attributes (options, derives, pass-through), claims its
/// name, then checks its entries in order.
fn check_table(
    table: Table,
    bases: &[TableModel],
    claims: &mut InvocationClaims,
    errors: &mut Errors,
) -> TableModel {
    let mut has_default_entry = false;
    for entry in &table.entries {
        // A syntax error is reported below, where its entry stood.
        let Ok(entry) = entry else { continue };
        has_default_entry |= has_attr(&entry.attrs, "default");
    }
    let mut options = Options::default();
    let mut attrs = Vec::new();
    for attr in table.attrs {
        if attr.is("status") {
            read_options(&attr, &mut options, errors);
        } else if attr.is("repr") {
            errors.at(
                attr.path_span,
                "remove `#[repr]`: the macro lays the enum out as `#[repr(u16)]` itself",
            );
        } else if attr.is("derive") {
            attrs.extend(absorb_derives(&attr, has_default_entry, errors));
        } else {
            attrs.push(attr);
        }
    }
    claim_table_name(&table.ident, claims, errors);
    if table.entries.is_empty() && !table.bare {
        errors.at(
            table.ident.span(),
            format!("table `{}` is empty: add at least one entry, like `200 OK \"The request succeeded\"`", table.ident),
        );
    }

    let base = match &options.extends {
        Some(name) => resolve_base(name, bases, claims, errors),
        None => None,
    };
    let kind = match (base, options.kind) {
        (Some(base), Some((kind, span))) if kind != base.kind => {
            errors.at(
                span,
                format!(
                    "`kind = {}` disagrees with the base table `{}`, whose kind is `{}`: the kind follows the base, so remove `kind`",
                    kind.keyword(),
                    base.ident,
                    base.kind.keyword()
                ),
            );
            base.kind
        }
        (Some(base), _) => base.kind,
        (None, kind) => kind.map_or(Kind::Custom, |(kind, _)| kind),
    };
    let mut checker = EntryChecker {
        table: table.ident.to_string(),
        base: base.map(|base| base.ident.to_string()),
        kind,
        prefix: options.prefix.as_deref(),
        codes: Claims::new(),
        keys: Claims::new(),
        variants: Claims::new(),
        default: None,
        entry_index: 0,
        claims,
        errors,
    };
    let mut entries = Vec::with_capacity(table.entries.len());
    if let Some(base) = base {
        checker.seed(base);
        for entry in &base.entries {
            entries.push(EntryModel {
                inherited: true,
                ..entry.clone()
            });
        }
    }
    for entry in table.entries {
        match entry {
            Ok(entry) => {
                if let Some(entry) = checker.check(entry) {
                    entries.push(entry);
                }
            }
            // A syntax error, reported where its entry stood.
            Err(err) => checker.errors.push(err),
        }
    }
    let default = checker.default.take().map(|(_, variant)| variant);
    let entries = sorted_by_code(entries);
    let has_docs = has_attr(&attrs, "doc");
    let base = base.and_then(|base| {
        Some(BaseRef {
            ident: base.ident.clone(),
            fallback: base.entries.first()?.variant.clone(),
        })
    });
    TableModel {
        attrs,
        has_docs,
        vis: table.vis,
        ident: table.ident,
        kind,
        default,
        base,
        entries,
    }
}

fn has_attr(attrs: &[Attr], name: &str) -> bool {
    for attr in attrs {
        if attr.is(name) {
            return true;
        }
    }
    false
}

/// `entries` in code order. Equal codes (already reported) keep their
/// order. Sorts `u64` keys, code then position, the one sort the crate
/// compiles (see `lib.rs`).
fn sorted_by_code(entries: Vec<EntryModel>) -> Vec<EntryModel> {
    let mut order = Vec::with_capacity(entries.len());
    for (position, entry) in entries.iter().enumerate() {
        order.push(u64::from(entry.code) << 32 | position as u64);
    }
    crate::hash::sort(&mut order);
    let mut slots: Vec<Option<EntryModel>> = Vec::with_capacity(entries.len());
    for entry in entries {
        slots.push(Some(entry));
    }
    let mut sorted = Vec::with_capacity(slots.len());
    for key in order {
        #[allow(clippy::cast_possible_truncation)]
        if let Some(entry) = slots[key as u32 as usize].take() {
            sorted.push(entry);
        }
    }
    sorted
}

/// The base table `extends = name` names: here already, still to be asked
/// for (recorded in `claims`), or unknown (an error listing the choices).
fn resolve_base<'b>(
    name: &Ident,
    bases: &'b [TableModel],
    claims: &mut InvocationClaims,
    errors: &mut Errors,
) -> Option<&'b TableModel> {
    let mut choices = String::new();
    for known in BASES {
        if name != known.table {
            if !choices.is_empty() {
                choices.push_str(" and ");
            }
            choices.push_str(&format!("`{}`", known.table));
            continue;
        }
        for table in bases {
            if table.ident == known.table {
                return Some(table);
            }
        }
        claims.missing_base.get_or_insert(known);
        return None;
    }
    errors.at(
        name.span(),
        format!("`{name}` cannot be extended: the tables that can be extended are {choices}"),
    );
    None
}

/// Two tables of one invocation cannot share a name: they share a module.
fn claim_table_name(ident: &Ident, claims: &mut InvocationClaims, errors: &mut Errors) {
    if claims
        .tables
        .insert(ident.to_string(), Owner::new(""))
        .is_some()
    {
        errors.at(
            ident.span(),
            format!("duplicate table `{ident}`: another table in this invocation has the same name; rename one of them"),
        );
    }
}

/// Drops the traits of [`IMPLEMENTED_TRAITS`] (and `Default` where an entry
/// is `#[default]`) from a `#[derive(...)]`, keeping the rest as written.
/// Returns the attribute to pass through, if any trait is left.
///
/// A trait counts as implemented when its last path segment matches and the
/// path is bare or starts at `core` or `std` (`Debug`, `::core::fmt::Debug`):
/// `other_crate::Debug` is another derive macro and passes through.
fn absorb_derives(attr: &Attr, has_default_entry: bool, errors: &mut Errors) -> Option<Attr> {
    let AttrArgs::List(group) = &attr.args else {
        return Some(attr.clone());
    };
    let mut kept: Vec<TokenStream> = Vec::new();
    for path in split_commas(group.stream()) {
        let mut segments: Vec<String> = Vec::new();
        for tree in path.clone() {
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
            if !has_default_entry {
                // `path` has a segment, so the fallback span is never used.
                errors.spanning(
                    &path,
                    Span::call_site(),
                    "`derive(Default)` needs a default entry: mark one entry `#[default]`",
                );
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

/// The comma-separated parts of a token list (empty parts dropped).
fn split_commas(tokens: TokenStream) -> Vec<TokenStream> {
    let mut parts = Vec::new();
    let mut part = TokenStream::new();
    for tree in tokens {
        match &tree {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                if !part.is_empty() {
                    parts.push(std::mem::take(&mut part));
                }
            }
            _ => part.extend([tree]),
        }
    }
    if !part.is_empty() {
        parts.push(part);
    }
    parts
}

/// Reads `kind = ...` and `prefix = ...` pairs from `#[status(...)]`. An
/// unknown option is reported and skipped, so later options are still read.
fn read_options(attr: &Attr, options: &mut Options, errors: &mut Errors) {
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
                let parsed = match value.to_string().as_str() {
                    "http" => Some(Kind::Http),
                    "websocket" => Some(Kind::WebSocket),
                    "custom" => Some(Kind::Custom),
                    other => {
                        errors.at(
                            value.span(),
                            format!(
                                "unknown kind `{other}`: expected `http`, `websocket` or `custom`"
                            ),
                        );
                        None
                    }
                };
                // A repeated option is reported, and the first one kept.
                if let Some(parsed) = parsed {
                    if options.kind.is_some() {
                        errors.at(key.span(), "`kind` is given twice: keep one");
                    } else {
                        options.kind = Some((parsed, value.span()));
                    }
                }
            } else if key == "prefix" {
                let text = value.to_string();
                if !naming::is_screaming_snake(&text) {
                    errors.at(
                        value.span(),
                        format!(
                            "prefix `{text}` is not SCREAMING_SNAKE_CASE: write `{}`",
                            naming::suggest_screaming_snake(&text)
                        ),
                    );
                } else if options.prefix.is_some() {
                    errors.at(key.span(), "`prefix` is given twice: keep one");
                } else {
                    options.prefix = Some(text);
                }
            } else if key == "extends" {
                if options.extends.is_some() {
                    errors.at(
                        key.span(),
                        "`extends` is given twice: a table extends one base, keep one",
                    );
                } else {
                    options.extends = Some(value);
                }
            } else {
                errors.at(
                    key.span(),
                    format!("unknown option `{key}`: expected `kind = http | websocket | custom`, `prefix = NAME` or `extends = HttpStatus | WsCloseCode`"),
                );
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(())
    };
    if let Err(err) = crate::parse::parse_scoped(parser, group.stream(), group.span_close()) {
        errors.push(err);
    }
}

/// Variants the expansion cannot have: `Self` is a keyword, and a variant
/// `ALL` (from `A_L_L`) would make `Status::ALL` ambiguous with the table's
/// associated constant.
const RESERVED_VARIANTS: &[(&str, &str)] = &[
    ("Self", "which is a keyword"),
    ("ALL", "the name of the table's associated constant `ALL`"),
];

/// An entry's attributes, split by meaning.
#[derive(Default)]
struct EntryAttrs {
    docs: Vec<Attr>,
    phrase: Option<String>,
    aliases: Vec<Ident>,
    default: bool,
}

/// Per-table state for the entry checks: every map is keyed by what must be
/// unique, so each check is one hash lookup and the table is linear.
struct EntryChecker<'a> {
    table: String,
    /// The table this one extends, which sets its kind.
    base: Option<String>,
    kind: Kind,
    prefix: Option<&'a str>,
    /// Codes, in decimal.
    codes: Claims,
    /// Names, constant names and aliases: everything `FromStr` accepts.
    keys: Claims,
    variants: Claims,
    /// The `#[default]` entry's name and variant.
    default: Option<(String, Ident)>,
    /// The entry being checked, counting from 1.
    entry_index: usize,
    claims: &'a mut InvocationClaims,
    errors: &'a mut Errors,
}

impl EntryChecker<'_> {
    /// Claims every code, key and variant of the base table, so an own
    /// entry that repeats one is reported against the base's entry.
    fn seed(&mut self, base: &TableModel) {
        let base_name = base.ident.to_string();
        for entry in &base.entries {
            let owner = || Owner {
                name: entry.name.clone(),
                code: Some(entry.code),
                base: Some(base_name.clone()),
            };
            self.codes.insert(entry.code.to_string(), owner());
            self.variants.insert(entry.variant.to_string(), owner());
            self.keys.insert(entry.name.clone(), owner());
            self.keys.insert(entry.constant.to_string(), owner());
            for alias in &entry.aliases {
                self.keys.insert(alias.name.clone(), owner());
                self.keys.insert(alias.constant.to_string(), owner());
            }
        }
    }

    /// Checks one entry: each step below is one rule, called in the order
    /// its tokens are written (attributes, code, name, description), so the
    /// errors come out in source order. Alias uniqueness is the exception:
    /// it is reported after the name it may collide with is claimed.
    fn check(&mut self, entry: Entry) -> Option<EntryModel> {
        self.entry_index += 1;
        let name = entry.name.to_string();
        let attrs = self.read_entry_attrs(entry.attrs, &name);
        let code = self.parse_code(&entry.code);
        if let Some(code) = code {
            self.claim_code(code, &entry.code, &name);
        }
        let name_ok = self.check_name(&entry.name, "name")
            && self.claim_key(&name, &entry.name, &name, code, "name");
        if name_ok {
            if let Some(code) = code {
                self.claim_constant(
                    &naming::constant_name(self.prefix, code, &name),
                    &entry.name,
                    &name,
                    code,
                );
            }
        }
        let variant = if name_ok {
            self.claim_variant(&entry.name)
        } else {
            None
        };
        let aliases = self.claim_aliases(&attrs.aliases, &name, code);
        let description = self.read_description(&entry.description, &name);
        if attrs.default {
            if let Some(variant) = &variant {
                self.default
                    .get_or_insert_with(|| (name.clone(), variant.clone()));
            }
        }
        let (code, variant, description) = (code?, variant?, description?);
        Some(EntryModel {
            code,
            constant: Ident::new(
                &naming::constant_name(self.prefix, code, &name),
                entry.name.span(),
            ),
            variant,
            phrase: attrs.phrase.unwrap_or_else(|| naming::title_case(&name)),
            name,
            description,
            docs: attrs.docs,
            aliases,
            inherited: false,
        })
    }

    /// Splits entry attributes into docs, the phrase, the aliases and the
    /// default marker.
    fn read_entry_attrs(&mut self, attrs: Vec<Attr>, name: &str) -> EntryAttrs {
        let mut out = EntryAttrs::default();
        for attr in attrs {
            if attr.is("doc") {
                out.docs.push(attr);
            } else if attr.is("phrase") {
                if let Some(value) = self.read_phrase(&attr) {
                    if out.phrase.replace(value).is_some() {
                        self.errors
                            .at(attr.path_span, "`phrase` is given twice: keep one");
                    }
                }
            } else if attr.is("alias") {
                self.read_aliases(&attr, &mut out.aliases);
            } else if attr.is("default") {
                out.default |= self.check_default(&attr, name);
            } else if attr.is("status") {
                self.errors.at(
                    attr.path_span,
                    "`#[status(...)]` goes on a table, not an entry: declare the table as `#[status(...)] pub enum Name { ... }`",
                );
            } else {
                self.errors.at(
                    attr.path_span,
                    format!(
                        "unknown attribute `{}` on an entry: entries take doc comments, `#[phrase = \"...\"]`, `#[alias(OLD_NAME)]` and `#[default]`",
                        attr.path
                    ),
                );
            }
        }
        out
    }

    /// `#[phrase = "..."]`: a non-blank string literal.
    fn read_phrase(&mut self, attr: &Attr) -> Option<String> {
        let AttrArgs::Value(value) = &attr.args else {
            self.errors.at(
                attr.path_span,
                "write the phrase as `#[phrase = \"Not Found\"]`",
            );
            return None;
        };
        match syn::parse2::<Lit>(value.clone()) {
            Ok(Lit::Str(s)) if !s.value().trim().is_empty() => Some(s.value()),
            Ok(Lit::Str(s)) => {
                self.errors.at(
                    s.span(),
                    "the phrase is empty: write the reason phrase, like `#[phrase = \"Not Found\"]`",
                );
                None
            }
            _ if value.is_empty() => {
                self.errors.at(
                    attr.path_span,
                    "the phrase is missing after `=`: write it as `#[phrase = \"Not Found\"]`",
                );
                None
            }
            _ => {
                self.errors.spanning(
                    value,
                    attr.path_span,
                    "the phrase must be a string literal, like `#[phrase = \"Not Found\"]`",
                );
                None
            }
        }
    }

    /// `#[alias(OLD, ...)]`: one or more SCREAMING_SNAKE_CASE names,
    /// appended to `aliases`.
    fn read_aliases(&mut self, attr: &Attr, aliases: &mut Vec<Ident>) {
        let AttrArgs::List(group) = &attr.args else {
            self.errors.at(
                attr.path_span,
                "write the old names in parentheses, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
            );
            return;
        };
        let parser = |input: ParseStream| {
            Punctuated::<Ident, Token![,]>::parse_terminated_with(input, Ident::parse_any)
        };
        match crate::parse::parse_scoped(parser, group.stream(), group.span_close()) {
            Ok(list) if list.is_empty() => {
                self.errors.at(
                    attr.path_span,
                    "`#[alias()]` is empty: name at least one old name, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
                );
            }
            Ok(list) => {
                for alias in list {
                    if self.check_name(&alias, "alias") {
                        aliases.push(alias);
                    }
                }
            }
            Err(err) => {
                self.errors.at(
                    err.span(),
                    "expected old names, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
                );
            }
        }
    }

    /// `#[default]`, bare, on at most one entry: `Default` returns it.
    fn check_default(&mut self, attr: &Attr, name: &str) -> bool {
        if !matches!(attr.args, AttrArgs::Word) {
            self.errors.at(
                attr.path_span,
                "`#[default]` takes no arguments: write `#[default]` on the entry `Default` returns",
            );
            return false;
        }
        if let Some((first, _)) = &self.default {
            self.errors.at(
                attr.path_span,
                format!("`{first}` is already the default entry: a table has one `#[default]`, remove it from `{name}` or `{first}`"),
            );
            return false;
        }
        true
    }

    /// A code is one plain decimal integer literal in the kind's range.
    fn parse_code(&mut self, code: &Code) -> Option<u16> {
        if let Some(minus) = &code.minus {
            self.errors.between(
                minus.span,
                code.lit.span(),
                "a status code cannot be negative: write a code like `404`",
            );
            return None;
        }
        let message = match &code.lit {
            Lit::Int(int) => {
                let text = int.to_string();
                let digits = int.base10_digits();
                if !int.suffix().is_empty() {
                    format!(
                        "remove the `{}` suffix: write the code as a plain integer, like `{digits}`",
                        int.suffix(),
                    )
                } else if !naming::is_decimal(&text) {
                    format!("write the code in plain decimal, like `{digits}`")
                } else if text.len() > 1 && text.starts_with('0') {
                    let trimmed = text.trim_start_matches('0');
                    let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
                    format!("remove the leading zeros: write `{trimmed}`")
                } else {
                    match int.base10_parse::<u16>() {
                        Err(_) => {
                            format!("code {text} does not fit in a u16: use a code in 0..=65535")
                        }
                        Ok(value) => {
                            let (low, high) = self.kind.range();
                            if (low..=high).contains(&value) {
                                return Some(value);
                            }
                            let kind = self.kind.keyword();
                            match &self.base {
                                Some(base) => format!(
                                    "code {value} is outside {low}..={high}, the range of `kind = {kind}`, which the base table `{base}` sets: use a code in that range"
                                ),
                                None => format!(
                                    "code {value} is outside {low}..={high}, the range of `kind = {kind}`: use a code in that range, or `kind = custom`"
                                ),
                            }
                        }
                    }
                }
            }
            Lit::Float(_) => {
                "a status code must be an integer, not a float: write a code like `404`".to_owned()
            }
            Lit::Str(s) => format!(
                "expected an integer status code, found a string: write `{}` without quotes",
                s.value()
            ),
            _ => "expected an integer status code, like `404`".to_owned(),
        };
        self.errors.at(code.lit.span(), message);
        None
    }

    /// Each code belongs to one entry: `from_u16` must have one answer.
    fn claim_code(&mut self, code: u16, token: &Code, name: &str) {
        match self.codes.entry(code.to_string()) {
            Slot::Occupied(first) => self.errors.at(
                token.span(),
                format!(
                    "duplicate code {code}: {} already has it; give each entry its own code",
                    first.get().describe()
                ),
            ),
            Slot::Vacant(slot) => {
                slot.insert(Owner::new(name));
            }
        }
    }

    /// Checks a name or alias is SCREAMING_SNAKE_CASE; `what` names it.
    /// Constants and variants are derived from it, so the shape is the rule.
    fn check_name(&mut self, ident: &Ident, what: &str) -> bool {
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
        self.errors.at(
            ident.span(),
            format!("{what} `{text}` is not SCREAMING_SNAKE_CASE: {hint}"),
        );
        false
    }

    /// The entry's constant (with a prefix; without one it is the name,
    /// already claimed) is a key of `FromStr`, and a module-level item that
    /// no other table of the invocation may declare.
    fn claim_constant(&mut self, constant: &str, token: &Ident, owner: &str, code: u16) {
        if self.prefix.is_some() {
            self.claim_key(constant, token, owner, Some(code), "constant");
        }
        self.claim_across_tables(constant, token);
    }

    /// Two names may give one variant (`FOO_1_BAR`, `FOO1_BAR`), and some
    /// variants cannot exist; returns the variant if it is the entry's own.
    fn claim_variant(&mut self, name: &Ident) -> Option<Ident> {
        let text = name.to_string();
        let variant = naming::upper_camel(&text);
        for (reserved, why) in RESERVED_VARIANTS {
            if *reserved == variant {
                self.errors.at(
                    name.span(),
                    format!(
                        "`{text}` would become the variant `{variant}`, {why}: choose another name"
                    ),
                );
                return None;
            }
        }
        match self.variants.entry(variant.clone()) {
            Slot::Occupied(first) => {
                self.errors.at(
                    name.span(),
                    format!(
                        "`{text}` and {} both become the variant `{variant}`: rename one of them",
                        first.get().describe()
                    ),
                );
                None
            }
            Slot::Vacant(slot) => {
                slot.insert(Owner::new(&text));
                Some(Ident::new(&variant, name.span()))
            }
        }
    }

    /// Aliases are keys of `FromStr` too (as names and, with a prefix, as
    /// constants), and each becomes a deprecated constant.
    fn claim_aliases(&mut self, aliases: &[Ident], owner: &str, code: Option<u16>) -> Vec<Alias> {
        let mut models = Vec::with_capacity(aliases.len());
        for alias in aliases {
            let alias_name = alias.to_string();
            if !self.claim_key(&alias_name, alias, owner, code, "alias") {
                continue;
            }
            let Some(code) = code else { continue };
            let constant = naming::constant_name(self.prefix, code, &alias_name);
            if self.prefix.is_some()
                && !self.claim_key(&constant, alias, owner, Some(code), "alias")
            {
                continue;
            }
            self.claim_across_tables(&constant, alias);
            models.push(Alias {
                name: alias_name,
                constant: Ident::new(&constant, alias.span()),
            });
        }
        models
    }

    /// A non-blank string literal: the docs and `description()` read it.
    fn read_description(&mut self, lit: &Lit, name: &str) -> Option<String> {
        let message = match lit {
            Lit::Str(s) if !s.suffix().is_empty() => {
                "remove the suffix from the description".to_owned()
            }
            Lit::Str(s) => {
                let value = s.value();
                if !value.trim().is_empty() {
                    return Some(value);
                }
                format!("the description of `{name}` is empty: say in a few words what the status means")
            }
            Lit::ByteStr(_) | Lit::CStr(_) | Lit::Byte(_) => {
                "the description must be a string literal (`\"...\"`), not a byte or C string"
                    .to_owned()
            }
            _ => "the description must be a string literal, like `\"The request succeeded\"`"
                .to_owned(),
        };
        self.errors.at(lit.span(), message);
        None
    }

    /// Registers `key` (a name, constant or alias) as accepted by `FromStr`;
    /// returns whether it was free.
    fn claim_key(
        &mut self,
        key: &str,
        token: &Ident,
        owner: &str,
        code: Option<u16>,
        what: &str,
    ) -> bool {
        match self.keys.entry(key.to_owned()) {
            Slot::Occupied(first) => {
                self.errors.at(
                    token.span(),
                    format!("duplicate {what} `{key}`: {} already uses it; rename one of them (names, constants and aliases are unique in a table)", first.get().describe()),
                );
                false
            }
            Slot::Vacant(slot) => {
                slot.insert(Owner {
                    name: owner.to_owned(),
                    code,
                    base: None,
                });
                true
            }
        }
    }

    /// The tables of one invocation share a module, so each constant may be
    /// declared by one table only.
    fn claim_across_tables(&mut self, constant: &str, token: &Ident) {
        match self.claims.constants.entry(constant.to_owned()) {
            Slot::Occupied(owner) if owner.get().name != self.table => {
                self.errors.at(
                    token.span(),
                    format!(
                        "constant `{constant}` is also declared by table `{}`: give the tables different prefixes, like `#[status(prefix = {})]`",
                        owner.get().name,
                        naming::suggest_screaming_snake(&self.table),
                    ),
                );
            }
            Slot::Occupied(_) => {}
            Slot::Vacant(slot) => {
                slot.insert(Owner::new(&self.table));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn check(tokens: TokenStream) -> Result<Model, Vec<String>> {
        match validate(parse(tokens)) {
            Ok(Validated::Model(model)) => Ok(model),
            Ok(Validated::NeedsBase(base)) => Err(vec![format!("needs {}", base.table)]),
            Err(err) => Err(err.into_iter().map(|e| e.to_string()).collect()),
        }
    }

    #[test]
    fn builds_the_model() {
        let model = check(quote! {
            @(crate::facade)
            #[status(kind = http, prefix = HTTP)]
            /// Docs.
            #[derive(Debug, Default, ::core::hash::Hash, serde::Serialize)]
            pub enum HttpStatus {
                #[alias(REQUEST_ENTITY_TOO_LARGE)]
                #[default]
                413 CONTENT_TOO_LARGE "Too large",
                /// Own docs.
                #[phrase = "OK"]
                200 OK "Fine",
            }
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(model.krate.to_string(), "crate :: facade");
        let table = &model.tables[0];
        assert_eq!(table.kind, Kind::Http);
        assert!(table.has_docs);
        assert_eq!(table.attrs.len(), 2, "the options attribute is consumed");
        assert_eq!(
            table.attrs[1].tokens.to_string(),
            "# [derive (serde :: Serialize)]",
            "derives of traits the macro implements are absorbed"
        );
        assert_eq!(table.default.as_ref().unwrap(), "ContentTooLarge");
        let codes: Vec<u16> = table.entries.iter().map(|e| e.code).collect();
        assert_eq!(codes, [200, 413], "sorted by code");
        let ok = &table.entries[0];
        assert_eq!(
            (ok.variant.to_string(), ok.constant.to_string()),
            ("Ok".into(), "HTTP_200_OK".into())
        );
        assert_eq!((ok.phrase.as_str(), ok.docs.len()), ("OK", 1));
        let large = &table.entries[1];
        assert_eq!(large.phrase, "Content Too Large");
        assert_eq!(large.aliases[0].name, "REQUEST_ENTITY_TOO_LARGE");
        assert_eq!(
            large.aliases[0].constant,
            "HTTP_413_REQUEST_ENTITY_TOO_LARGE"
        );
    }

    #[test]
    fn defaults() {
        let model = check(quote!(1 ONE "One")).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(model.krate.to_string(), ":: fastrapi_status");
        let table = &model.tables[0];
        assert_eq!(
            (table.ident.to_string(), table.kind, table.has_docs),
            ("Status".into(), Kind::Custom, false)
        );
        assert_eq!(table.entries[0].constant, "ONE");
    }

    #[test]
    fn collects_every_error() {
        let errors = check(quote! {
            #[status(kind = websocket, colour = red)]
            pub enum Ws {
                999 LOW "Too low",
                1000 lower "Lowercase",
                1000 DUP "Duplicate",
                1001 EMPTY "",
                #[what]
                1002 ODD "Unknown attribute",
            }
            pub enum Ws { 1 X "x" }
        })
        .err()
        .unwrap();
        assert_eq!(errors.len(), 7, "{errors:#?}");
        assert!(errors[0].starts_with("unknown option `colour`"));
        assert!(errors.iter().any(|e| e.starts_with("duplicate table `Ws`")));
        assert!(errors.iter().any(|e| e.starts_with("duplicate code 1000")));
    }

    #[test]
    fn errors_come_in_source_order() {
        // Parse and semantic errors interleaved, each where its token is.
        let errors = check(quote! {
            pub enum T {
                #[phrase = ""]
                1 lower "",
                2 MISSING_DESCRIPTION,
                #[phrase = 7]
                3 THREE "",
            }
        })
        .err()
        .unwrap();
        let starts: Vec<&str> = errors.iter().map(|e| &e[..12]).collect();
        assert_eq!(
            starts,
            [
                "the phrase i",
                "name `lower`",
                "the descript",
                "expected a s",
                "the phrase m",
                "the descript"
            ],
            "{errors:#?}"
        );
    }

    #[test]
    fn default_entry_and_derives() {
        let model = check(quote! {
            #[derive(Clone, Copy, std::fmt::Debug)]
            pub enum T { 1 ONE "a", #[default] 2 TWO "b" }
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert!(model.tables[0].attrs.is_empty(), "every derive absorbed");
        assert_eq!(model.tables[0].default.as_ref().unwrap(), "Two");
        // `other::Debug` is another derive macro: it passes through.
        let model = check(quote!(#[derive(other::Debug)] pub enum T { 1 ONE "a" }))
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(model.tables[0].attrs.len(), 1);

        let errors = check(quote! {
            #[derive(Default)]
            pub enum T { #[default] 1 ONE "a", #[default] 2 TWO "b", #[default(x)] 3 THREE "c" }
        })
        .err()
        .unwrap();
        assert_eq!(errors.len(), 2, "{errors:#?}");
        assert!(errors[0].starts_with("`ONE` is already the default entry"));
        assert!(errors[1].starts_with("`#[default]` takes no arguments"));
        let errors = check(quote!(#[derive(Default)] pub enum T { 1 ONE "a" }))
            .err()
            .unwrap();
        assert!(errors[0].starts_with("`derive(Default)` needs a default entry"));
    }

    #[test]
    fn code_literal_shapes() {
        let errors = check(quote!(0000200 A "a", 00 B "b", 0 C "c", 70000 D "d", 1_0 E "e"))
            .err()
            .unwrap();
        assert_eq!(
            errors,
            [
                "remove the leading zeros: write `200`",
                "remove the leading zeros: write `0`",
                "code 70000 does not fit in a u16: use a code in 0..=65535",
                "write the code in plain decimal, like `10`",
            ]
        );
    }

    #[test]
    fn reserved_variants() {
        let errors = check(quote!(1 SELF "a", 2 A_L_L "b", 3 ALL "c", 4 SELF_TEST "d"))
            .err()
            .unwrap();
        assert_eq!(errors.len(), 2, "{errors:#?}");
        assert!(errors[1].contains("variant `ALL`"), "{errors:#?}");
    }

    #[test]
    fn extends_asks_for_its_base_then_checks_against_it() {
        let needs = validate(parse(quote! {
            @(::f) #[status(extends = HttpStatus)] pub enum Edge { 499 X "x" }
        }));
        assert!(matches!(needs, Ok(Validated::NeedsBase(base)) if base.table == "HttpStatus"));

        let base = quote! {
            #[status(kind = http, prefix = HTTP)]
            pub enum HttpStatus { 200 OK "a", #[alias(OLD)] 404 NOT_FOUND "b" }
        };
        let model = check(quote! {
            @(::f) @input { #[status(prefix = EDGE, extends = HttpStatus)] pub enum Edge { 499 X "x" } }
            @bases #base
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
        let table = &model.tables[0];
        assert_eq!(table.kind, Kind::Http, "the kind follows the base");
        assert_eq!(table.base.as_ref().unwrap().ident, "HttpStatus");
        let rows: Vec<(u16, String, bool)> = table
            .entries
            .iter()
            .map(|e| (e.code, e.constant.to_string(), e.inherited))
            .collect();
        assert_eq!(
            rows,
            [
                (200, "HTTP_200_OK".into(), true),
                (404, "HTTP_404_NOT_FOUND".into(), true),
                (499, "EDGE_499_X".into(), false)
            ]
        );

        let errors = check(quote! {
            @(::f) @input {
                #[status(extends = HttpStatus)]
                pub enum Edge { 404 MISSING "x", 499 NOT_FOUND "y", #[alias(OLD)] 498 Z "z" }
            }
            @bases #base
        })
        .err()
        .unwrap();
        assert_eq!(errors.len(), 3, "{errors:#?}");
        assert!(
            errors
                .iter()
                .all(|e| e.contains("of the base table `HttpStatus`")),
            "{errors:#?}"
        );
    }

    #[test]
    fn empty_invocation_and_empty_table() {
        assert_eq!(check(TokenStream::new()).err().unwrap().len(), 1);
        let errors = check(quote!(
            pub enum E {}
        ))
        .err()
        .unwrap();
        assert!(errors[0].starts_with("table `E` is empty"), "{errors:?}");
    }

    #[test]
    fn keys_are_unique_across_names_constants_and_aliases() {
        let errors = check(quote! {
            #[status(prefix = P)]
            pub enum T {
                1 A "a",
                #[alias(A, P_1_A)]
                2 B "b",
                3 P_2_B "c",
            }
        })
        .err()
        .unwrap();
        assert_eq!(errors.len(), 3, "{errors:#?}");
    }

    #[test]
    fn constants_are_unique_across_tables() {
        let errors = check(quote! {
            pub enum A { 1 ONE "a" }
            pub enum B { 1 ONE "b" }
            #[status(prefix = C)]
            pub enum C { 1 ONE "c" }
        })
        .err()
        .unwrap();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(errors[0].starts_with("constant `ONE` is also declared by table `A`"));
    }

    #[test]
    fn code_ranges_by_kind() {
        for (kind, ok, bad) in [
            (quote!(http), [100u16, 599], [99u16, 600]),
            (quote!(websocket), [1000, 4999], [999, 5000]),
            (quote!(custom), [0, 65535], [0, 0]),
        ] {
            for code in ok {
                let code = proc_macro2::Literal::u16_unsuffixed(code);
                assert!(check(quote!(#[status(kind = #kind)] pub enum T { #code X "x" })).is_ok());
            }
            if kind.to_string() != "custom" {
                for code in bad {
                    let code = proc_macro2::Literal::u16_unsuffixed(code);
                    assert!(
                        check(quote!(#[status(kind = #kind)] pub enum T { #code X "x" })).is_err()
                    );
                }
            }
        }
    }
}
