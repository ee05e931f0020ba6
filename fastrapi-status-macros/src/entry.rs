//! The entry checks: one named step per rule, called in the order the
//! entry's tokens are written, so errors come out in source order.
//!
//! Every uniqueness check is one lookup in a map of one type (`claims.rs`)
//! and every loop a plain `for`: each map type and iterator adapter chain is
//! generic code this crate compiles on every clean build's critical path
//! (`lib.rs` has the figures: 58,474 to 41,826 lines of LLVM IR).

use std::collections::hash_map::Entry as Slot;

use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Ident, Lit, Token};

use crate::attr::{Attr, AttrArgs};
use crate::claims::{Claims, InvocationClaims, Owner};
use crate::errors::Errors;
use crate::model::{Alias, EntryModel, Kind, TableModel};
use crate::naming;
use crate::parse::{Code, Entry};

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
pub struct EntryChecker<'a> {
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
    claims: &'a mut InvocationClaims,
    errors: &'a mut Errors,
}

impl<'a> EntryChecker<'a> {
    /// The checker of one table's entries. With a base, every code, key and
    /// variant of the base is claimed first, so an own entry that repeats
    /// one is reported against the base's entry.
    pub fn new(
        table: &Ident,
        base: Option<&TableModel>,
        kind: Kind,
        prefix: Option<&'a str>,
        claims: &'a mut InvocationClaims,
        errors: &'a mut Errors,
    ) -> Self {
        let mut checker = EntryChecker {
            table: table.to_string(),
            base: base.map(|base| base.ident.to_string()),
            kind,
            prefix,
            codes: Claims::new(),
            keys: Claims::new(),
            variants: Claims::new(),
            default: None,
            claims,
            errors,
        };
        if let Some(base) = base {
            checker.seed(base);
        }
        checker
    }

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

    /// A syntax error the parser left where its entry stood: reported in
    /// its place among the entries' errors.
    pub fn syntax_error(&mut self, err: syn::Error) {
        self.errors.push(err);
    }

    /// The variant of the `#[default]` entry, once every entry is checked.
    pub fn default_variant(self) -> Option<Ident> {
        self.default.map(|(_, variant)| variant)
    }

    /// Checks one entry: each step below is one rule, called in the order
    /// its tokens are written (attributes, code, name, description), so the
    /// errors come out in source order. Alias uniqueness is the exception:
    /// it is reported after the name it may collide with is claimed.
    pub fn check(&mut self, entry: Entry) -> Option<EntryModel> {
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
