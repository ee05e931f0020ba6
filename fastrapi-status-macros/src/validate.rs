//! Stage 2: every semantic check, collecting all errors.
//!
//! Turns the syntax tree into a [`Model`] where each fact expansion needs is
//! computed and checked once: codes as `u16`, variant and constant names,
//! phrases, aliases, entries sorted by code. Each error is spanned on the
//! offending token and says what to write instead.

use std::collections::hash_map::{Entry as Slot, HashMap};

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::ext::IdentExt as _;
use syn::parse::{ParseStream, Parser as _};
use syn::punctuated::Punctuated;
use syn::{Ident, Lit, Token};

use crate::attr::{Attr, AttrArgs};

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

pub struct TableModel {
    /// Attributes passed through to the enum (docs, derives, `allow`, ...).
    pub attrs: Vec<Attr>,
    pub has_docs: bool,
    pub vis: TokenStream,
    pub ident: Ident,
    pub kind: Kind,
    /// Sorted by code.
    pub entries: Vec<EntryModel>,
}

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
}

/// A deprecated old name of an entry.
pub struct Alias {
    pub name: String,
    pub constant: Ident,
}

/// All errors of one invocation, combined into one `syn::Error`.
#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, err: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(err),
            None => self.0 = Some(err),
        }
    }

    fn at(&mut self, span: Span, message: impl std::fmt::Display) {
        self.push(syn::Error::new(span, message));
    }
}

/// Checks a parsed invocation. On error, every problem found is reported.
pub fn validate(invocation: Invocation) -> Result<Model, syn::Error> {
    let mut errors = Errors::default();
    for err in invocation.errors {
        errors.push(err);
    }
    if invocation.tables.is_empty() && errors.0.is_none() {
        errors.at(
            Span::call_site(),
            "empty `status_codes!` invocation: declare at least one entry, like `200 OK \"The request succeeded\"`",
        );
    }
    let mut tables = Vec::with_capacity(invocation.tables.len());
    let mut table_names: HashMap<String, ()> = HashMap::new();
    let mut constants: HashMap<String, String> = HashMap::new();
    for table in invocation.tables {
        if table_names.insert(table.ident.to_string(), ()).is_some() {
            errors.at(
                table.ident.span(),
                format!(
                    "duplicate table `{}`: another table in this invocation has the same name; rename one of them",
                    table.ident
                ),
            );
        }
        let model = check_table(table, &mut errors);
        for entry in &model.entries {
            let names =
                std::iter::once(&entry.constant).chain(entry.aliases.iter().map(|a| &a.constant));
            for constant in names {
                match constants.entry(constant.to_string()) {
                    Slot::Occupied(owner) if model.ident != owner.get() => {
                        errors.at(
                            constant.span(),
                            format!(
                                "constant `{constant}` is also declared by table `{}`: give the tables different prefixes, like `#[status(prefix = {})]`",
                                owner.get(),
                                naming::suggest_screaming_snake(&model.ident.to_string()),
                            ),
                        );
                    }
                    Slot::Occupied(_) => {}
                    Slot::Vacant(slot) => {
                        slot.insert(model.ident.to_string());
                    }
                }
            }
        }
        tables.push(model);
    }
    match errors.0 {
        Some(err) => Err(err),
        None => Ok(Model {
            krate: invocation
                .krate
                .unwrap_or_else(|| quote!(::fastrapi_status)),
            tables,
        }),
    }
}

/// Reads the table's `#[status(...)]` options and keeps the other attributes.
fn check_table(table: Table, errors: &mut Errors) -> TableModel {
    let mut kind: Option<Kind> = None;
    let mut prefix: Option<String> = None;
    let mut attrs = Vec::new();
    for attr in table.attrs {
        if attr.is("status") {
            if let Err(err) = read_options(&attr, &mut kind, &mut prefix, errors) {
                errors.push(err);
            }
        } else if attr.is("repr") {
            errors.at(
                attr.path_span,
                "remove `#[repr]`: the macro lays the enum out as `#[repr(u16)]` itself",
            );
        } else {
            attrs.push(attr);
        }
    }
    let kind = kind.unwrap_or(Kind::Custom);
    if table.entries.is_empty() && !table.bare {
        errors.at(
            table.ident.span(),
            format!("table `{}` is empty: add at least one entry, like `200 OK \"The request succeeded\"`", table.ident),
        );
    }

    let mut checker = EntryChecker {
        kind,
        prefix: prefix.as_deref(),
        codes: HashMap::new(),
        keys: HashMap::new(),
        variants: HashMap::new(),
        entry_index: 0,
        errors,
    };
    let mut entries: Vec<EntryModel> = table
        .entries
        .into_iter()
        .filter_map(|entry| checker.check(entry))
        .collect();
    entries.sort_by_key(|e| e.code);
    let has_docs = attrs.iter().any(|a| a.is("doc"));
    TableModel {
        attrs,
        has_docs,
        vis: table.vis,
        ident: table.ident,
        kind,
        entries,
    }
}

/// Reads `kind = ...` and `prefix = ...` pairs from `#[status(...)]`. An
/// unknown option is reported and skipped, so later options are still read.
fn read_options(
    attr: &Attr,
    kind: &mut Option<Kind>,
    prefix: &mut Option<String>,
    errors: &mut Errors,
) -> syn::Result<()> {
    let AttrArgs::List(group) = &attr.args else {
        return Err(syn::Error::new(
            attr.path_span,
            "expected `#[status(kind = ..., prefix = ...)]`",
        ));
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
                if let Some(parsed) = parsed {
                    if kind.replace(parsed).is_some() {
                        errors.at(key.span(), "`kind` is given twice: keep one");
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
                } else if prefix.replace(text).is_some() {
                    errors.at(key.span(), "`prefix` is given twice: keep one");
                }
            } else {
                errors.at(
                    key.span(),
                    format!("unknown option `{key}`: expected `kind = http | websocket | custom` or `prefix = NAME`"),
                );
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(())
    };
    parser.parse2(group.stream())
}

/// What a parse key of a table belongs to, for duplicate messages.
struct KeyOwner {
    name: String,
    code: Option<u16>,
    /// Which entry of the table (counting from 1) owns the key.
    entry: usize,
}

/// Per-table state for the uniqueness checks: every map is keyed by what must
/// be unique, so each check is one hash lookup and the table is linear.
struct EntryChecker<'a> {
    kind: Kind,
    prefix: Option<&'a str>,
    codes: HashMap<u16, String>,
    /// Names, constant names and aliases: everything `FromStr` accepts.
    keys: HashMap<String, KeyOwner>,
    variants: HashMap<String, String>,
    /// The entry being checked, counting from 1.
    entry_index: usize,
    errors: &'a mut Errors,
}

impl EntryChecker<'_> {
    fn check(&mut self, entry: Entry) -> Option<EntryModel> {
        let code = self.code(&entry.code);
        let name = entry.name.to_string();
        let name_ok = self.name(&entry.name, "name");
        let description = self.description(&entry.description, &name);
        let (docs, phrase, aliases) = self.attributes(entry.attrs);

        self.entry_index += 1;
        if let Some(code) = code {
            match self.codes.entry(code) {
                Slot::Occupied(first) => self.errors.at(
                    entry.code.span(),
                    format!(
                        "duplicate code {code}: `{}` already has it; give each entry its own code",
                        first.get()
                    ),
                ),
                Slot::Vacant(slot) => {
                    slot.insert(name.clone());
                }
            }
        }
        // A duplicate name is reported as such, not also as a variant clash.
        let name_ok = name_ok && self.key(&name, &entry.name, &name, code, "name");
        if name_ok {
            if let Some(code) = code {
                if self.prefix.is_some() {
                    let constant = naming::constant_name(self.prefix, code, &name);
                    self.key(&constant, &entry.name, &name, Some(code), "constant");
                }
            }
        }
        let variant = naming::upper_camel(&name);
        if name_ok {
            if variant == "Self" {
                self.errors.at(
                    entry.name.span(),
                    format!("`{name}` would become the variant `Self`, which is a keyword: choose another name"),
                );
            } else if let Some(first) = self.variants.get(&variant) {
                self.errors.at(
                    entry.name.span(),
                    format!("`{name}` and `{first}` both become the variant `{variant}`: rename one of them"),
                );
            } else {
                self.variants.insert(variant.clone(), name.clone());
            }
        }
        let mut alias_models = Vec::with_capacity(aliases.len());
        for alias in &aliases {
            let alias_name = alias.to_string();
            self.key(&alias_name, alias, &name, code, "alias");
            if let Some(code) = code {
                let constant = naming::constant_name(self.prefix, code, &alias_name);
                if self.prefix.is_some() {
                    self.key(&constant, alias, &name, Some(code), "alias");
                }
                alias_models.push(Alias {
                    name: alias_name,
                    constant: Ident::new(&constant, alias.span()),
                });
            }
        }

        let code = code?;
        if !name_ok {
            return None;
        }
        Some(EntryModel {
            code,
            variant: Ident::new(&variant, entry.name.span()),
            constant: Ident::new(
                &naming::constant_name(self.prefix, code, &name),
                entry.name.span(),
            ),
            phrase: phrase.unwrap_or_else(|| naming::title_case(&name)),
            name,
            description: description?,
            docs,
            aliases: alias_models,
        })
    }

    fn code(&mut self, code: &Code) -> Option<u16> {
        if let Some(minus) = &code.minus {
            let lit = &code.lit;
            self.errors.push(syn::Error::new_spanned(
                quote!(#minus #lit),
                "a status code cannot be negative: write a code like `404`",
            ));
            return None;
        }
        let message = match &code.lit {
            Lit::Int(int) => {
                let text = int.to_string();
                if !int.suffix().is_empty() {
                    format!(
                        "remove the `{}` suffix: write the code as a plain integer, like `{}`",
                        int.suffix(),
                        int.base10_digits()
                    )
                } else if !text.bytes().all(|b| b.is_ascii_digit()) {
                    format!(
                        "write the code in plain decimal, like `{}`",
                        int.base10_digits()
                    )
                } else {
                    let (low, high) = self.kind.range();
                    match int.base10_parse::<u64>() {
                        Ok(value) if value > u64::from(u16::MAX) || text.len() > 5 => {
                            format!("code {text} does not fit in a u16: use a code in 0..=65535")
                        }
                        Err(_) => {
                            format!("code {text} does not fit in a u16: use a code in 0..=65535")
                        }
                        Ok(value) => {
                            let value = u16::try_from(value).unwrap_or(u16::MAX);
                            if (low..=high).contains(&value) {
                                return Some(value);
                            }
                            format!(
                                "code {value} is outside {low}..={high}, the range of `kind = {}`: use a code in that range, or `kind = custom`",
                                self.kind.keyword()
                            )
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

    /// Checks a name or alias is SCREAMING_SNAKE_CASE; `what` names it.
    fn name(&mut self, ident: &Ident, what: &str) -> bool {
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

    fn description(&mut self, lit: &Lit, name: &str) -> Option<String> {
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

    /// Splits entry attributes into docs, the phrase and the aliases.
    fn attributes(&mut self, attrs: Vec<Attr>) -> (Vec<Attr>, Option<String>, Vec<Ident>) {
        let mut docs = Vec::new();
        let mut phrase: Option<String> = None;
        let mut aliases = Vec::new();
        for attr in attrs {
            if attr.is("doc") {
                docs.push(attr);
            } else if attr.is("phrase") {
                if let Some(value) = self.phrase(&attr) {
                    if phrase.replace(value).is_some() {
                        self.errors
                            .at(attr.path_span, "`phrase` is given twice: keep one");
                    }
                }
            } else if attr.is("alias") {
                aliases.extend(self.aliases(&attr));
            } else {
                self.errors.at(
                    attr.path_span,
                    format!(
                        "unknown attribute `{}` on an entry: entries take doc comments, `#[phrase = \"...\"]` and `#[alias(OLD_NAME)]`",
                        attr.path
                    ),
                );
            }
        }
        (docs, phrase, aliases)
    }

    /// `#[phrase = "..."]`: a non-blank string literal.
    fn phrase(&mut self, attr: &Attr) -> Option<String> {
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
            _ => {
                self.errors.push(syn::Error::new_spanned(
                    value,
                    "the phrase must be a string literal, like `#[phrase = \"Not Found\"]`",
                ));
                None
            }
        }
    }

    /// `#[alias(OLD, ...)]`: one or more SCREAMING_SNAKE_CASE names.
    fn aliases(&mut self, attr: &Attr) -> Vec<Ident> {
        let AttrArgs::List(group) = &attr.args else {
            self.errors.at(
                attr.path_span,
                "write the old names in parentheses, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
            );
            return Vec::new();
        };
        let parser = |input: ParseStream| {
            Punctuated::<Ident, Token![,]>::parse_terminated_with(input, Ident::parse_any)
        };
        match parser.parse2(group.stream()) {
            Ok(list) if list.is_empty() => {
                self.errors.at(
                    attr.path_span,
                    "`#[alias()]` is empty: name at least one old name, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
                );
                Vec::new()
            }
            Ok(list) => list
                .into_iter()
                .filter(|alias| self.name(alias, "alias"))
                .collect(),
            Err(err) => {
                self.errors.at(
                    err.span(),
                    "expected old names, like `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
                );
                Vec::new()
            }
        }
    }

    /// Registers `key` (a name, constant or alias) as accepted by `FromStr`.
    /// Returns whether the key is new (or already this entry's own).
    fn key(
        &mut self,
        key: &str,
        token: &Ident,
        owner: &str,
        code: Option<u16>,
        what: &str,
    ) -> bool {
        match self.keys.entry(key.to_owned()) {
            Slot::Occupied(first) => {
                let first = first.get();
                // An entry may reach the same key twice (a prefix-less
                // constant is its name); only another entry's key conflicts.
                if first.entry == self.entry_index {
                    return true;
                }
                let by = match first.code {
                    Some(code) => format!("`{}` ({code})", first.name),
                    None => format!("`{}`", first.name),
                };
                self.errors.at(
                    token.span(),
                    format!("duplicate {what} `{key}`: {by} already uses it; rename one of them (names, constants and aliases are unique in a table)"),
                );
                false
            }
            Slot::Vacant(slot) => {
                slot.insert(KeyOwner {
                    name: owner.to_owned(),
                    code,
                    entry: self.entry_index,
                });
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn check(tokens: TokenStream) -> Result<Model, Vec<String>> {
        validate(parse(tokens)).map_err(|err| err.into_iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn builds_the_model() {
        let model = check(quote! {
            @(crate::facade)
            #[status(kind = http, prefix = HTTP)]
            /// Docs.
            #[derive(Default)]
            pub enum HttpStatus {
                #[alias(REQUEST_ENTITY_TOO_LARGE)]
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
