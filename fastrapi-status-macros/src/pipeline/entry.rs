//! The entry checks: one named step per rule, called in the order the
//! entry's tokens are written, so errors come out in source order.

use std::collections::hash_map::Entry as Slot;

use proc_macro2::Span;
use syn::{Ident, Lit};

use super::ast::{Cfg, Code, Entry};
use super::claims::{Claims, InvocationClaims, Owner};
use super::errors::Errors;
use super::model::{Alias, EntryModel, Kind, TableModel};
use super::naming;

/// Variants that cannot be: a keyword, and the name of `ALL`.
const RESERVED_VARIANTS: &[(&str, &str)] = &[
    ("Self", "which is a keyword"),
    ("ALL", "the name of the table's associated constant `ALL`"),
];

/// The maps of [`EntryChecker`] an entry claims keys in.
#[derive(Clone, Copy)]
enum Unique {
    Code,
    Key,
    Variant,
}

/// Per-table state for the entry checks, each map keyed by what must be
/// unique.
pub struct EntryChecker<'a> {
    table: String,
    base: Option<String>,
    kind: Kind,
    prefix: Option<&'a str>,
    codes: Claims,
    /// Names, constant names and aliases: everything `FromStr` accepts.
    keys: Claims,
    variants: Claims,
    default: Option<(String, Ident)>,
    answers: &'a [(String, bool)],
    /// The `#[cfg]` of the entry being checked, and whether it holds.
    cfg: Option<String>,
    present: bool,
    /// What the entries `#[cfg]` leaves out hold (`code:404`, `key:NAME`,
    /// `variant:Name`): an entry that is always there may not share it.
    absent: Claims,
    left_out: usize,
    claims: &'a mut InvocationClaims,
    errors: &'a mut Errors,
}

impl<'a> EntryChecker<'a> {
    /// The checker of one table's entries, the base's claimed first.
    pub fn new(
        table: &Ident,
        base: Option<&TableModel>,
        kind: Kind,
        prefix: Option<&'a str>,
        answers: &'a [(String, bool)],
        claims: &'a mut InvocationClaims,
        errors: &'a mut Errors,
    ) -> Self {
        let mut checker = EntryChecker {
            table: table.to_string(),
            base: base.map(|base| base.ident.to_string()),
            kind,
            prefix,
            codes: Claims::default(),
            keys: Claims::default(),
            variants: Claims::default(),
            default: None,
            answers,
            cfg: None,
            present: true,
            absent: Claims::default(),
            left_out: 0,
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
                cfg: None,
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

    /// A syntax error the parser left where its entry stood.
    pub fn syntax_error(&mut self, err: syn::Error) {
        self.errors.push(err);
    }

    /// The `#[default]` variant, and how many entries `#[cfg]` left out.
    pub fn finish(self) -> (Option<Ident>, usize) {
        (self.default.map(|(_, variant)| variant), self.left_out)
    }

    /// Checks one entry, one step per rule, in the order its tokens are
    /// written (aliases after the name they may collide with).
    pub fn check(&mut self, entry: Entry) -> Option<EntryModel> {
        let Entry {
            attrs,
            code: code_token,
            name: name_token,
            description,
        } = entry;
        let name = name_token.to_string();
        self.errors.append(attrs.errors);
        self.settle_cfg(attrs.cfg.as_ref());
        if let (Some(span), true) = (attrs.default, self.present) {
            self.check_default(span, &name);
        }
        let code = self.parse_code(&code_token);
        if let Some(code) = code {
            self.claim_code(code, &code_token, &name);
        }
        let name_ok =
            self.check_name(&name_token) && self.claim_key(&name, &name_token, &name, code, "name");
        if let (true, Some(code)) = (name_ok, code) {
            let constant = naming::constant_name(self.prefix, code, &name);
            self.claim_constant(&constant, &name_token, &name, code);
        }
        let variant = if name_ok {
            self.claim_variant(&name_token)
        } else {
            None
        };
        let aliases = self.claim_aliases(&attrs.aliases, &name, code);
        let phrase = self.check_phrase(attrs.phrase);
        let description = self.read_description(&description, &name);
        if !self.present {
            // Checked like the others, then left out of this build.
            self.left_out += 1;
            return None;
        }
        if let (Some(_), Some(variant), None) = (attrs.default, &variant, &self.default) {
            self.default = Some((name.clone(), variant.clone()));
        }
        let (code, variant, description) = (code?, variant?, description?);
        Some(EntryModel {
            code,
            constant: Ident::new(
                &naming::constant_name(self.prefix, code, &name),
                name_token.span(),
            ),
            variant,
            phrase: phrase.unwrap_or_else(|| naming::title_case(&name)),
            name,
            description,
            docs: attrs.docs,
            passed: attrs.passed,
            deprecated: attrs.deprecated,
            spec: attrs.spec,
            aliases,
            inherited: false,
            hidden: attrs.hidden,
        })
    }

    fn settle_cfg(&mut self, cfg: Option<&Cfg>) {
        self.cfg = cfg.map(|cfg| cfg.text.clone());
        self.present = holds(self.cfg.as_deref(), self.answers);
    }

    /// Constants and variants derive from the name: it has their shape.
    fn check_name(&mut self, name: &Ident) -> bool {
        match naming::name_error(&name.to_string(), "name") {
            Some(message) => {
                self.errors.at(name.span(), message);
                false
            }
            None => true,
        }
    }

    /// `#[default]` on at most one entry: `Default` returns it.
    fn check_default(&mut self, span: Span, name: &str) {
        if let Some((first, _)) = &self.default {
            self.errors.at(
                span,
                format!("`{first}` is already the default entry: a table has one `#[default]`, remove it from `{name}` or `{first}`"),
            );
        }
    }

    fn owner(&self, name: &str, code: Option<u16>) -> Owner {
        Owner {
            name: name.to_owned(),
            code,
            base: None,
            cfg: self.cfg.clone(),
        }
    }

    /// Claims `key` for the entry being checked; returns whether it was
    /// free. A left-out entry clashes only with one that is always there;
    /// its keys are kept for the always-present entries after it.
    fn claim(
        &mut self,
        unique: Unique,
        key: String,
        owner: Owner,
        span: Span,
        what: &dyn Fn() -> String,
        duplicate: &dyn Fn(&str) -> String,
    ) -> bool {
        let (map, prefix) = match unique {
            Unique::Code => (&mut self.codes, "code:"),
            Unique::Key => (&mut self.keys, "key:"),
            Unique::Variant => (&mut self.variants, "variant:"),
        };
        let slot = |key: &str| format!("{prefix}{key}");
        if !self.present {
            if let Some(held) = map.get(&key) {
                if held.cfg.is_none() {
                    self.errors.at(
                        span,
                        format!("{} and {}, which is always there, both have {}: they clash in every build where the `#[cfg]` holds; rename or renumber one", owner.describe(), held.describe(), what()),
                    );
                    return false;
                }
            }
            self.absent.entry(slot(&key)).or_insert(owner);
            return true;
        }
        if let Some(held) = map.get(&key) {
            self.errors.at(span, duplicate(&held.describe()));
            return false;
        }
        if self.cfg.is_none() && !self.absent.is_empty() {
            if let Some(held) = self.absent.get(&slot(&key)) {
                self.errors.at(
                    span,
                    format!("{} and {} both have {}: they clash in every build where that `#[cfg]` holds; rename or renumber one", owner.describe(), held.describe(), what()),
                );
            }
        }
        map.insert(key, owner);
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
                let decimal = text.bytes().all(|b| b.is_ascii_digit());
                if !int.suffix().is_empty() {
                    format!(
                        "remove the `{}` suffix: write the code as a plain integer, like `{digits}`",
                        int.suffix(),
                    )
                } else if !decimal {
                    format!("write the code in plain decimal, like `{digits}`")
                } else if text.len() > 1 && text.starts_with('0') {
                    let trimmed = text.trim_start_matches('0');
                    let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
                    format!("remove the leading zeros: write `{trimmed}`")
                } else {
                    match text.parse::<u16>() {
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
        let owner = self.owner(name, None);
        self.claim(
            Unique::Code,
            code.to_string(),
            owner,
            token.span(),
            &|| format!("code {code}"),
            &|held| {
                format!(
                    "duplicate code {code}: {held} already has it; give each entry its own code"
                )
            },
        );
    }

    /// A constant is a key of `FromStr` (without a prefix it is the name,
    /// claimed already) and an item no other table may declare.
    fn claim_constant(&mut self, constant: &str, token: &Ident, owner: &str, code: u16) {
        if self.prefix.is_some() {
            self.claim_key(constant, token, owner, Some(code), "constant");
        }
        self.claim_across_tables(constant, token);
    }

    /// Two names may give one variant (`FOO_1_BAR`, `FOO1_BAR`); returns
    /// the variant if it is the entry's own.
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
        let owner = self.owner(&text, None);
        let free = self.claim(
            Unique::Variant,
            variant.clone(),
            owner,
            name.span(),
            &|| format!("the variant `{variant}`"),
            &|held| {
                format!(
                    "`{text}` and {held} both become the variant `{variant}`: rename one of them"
                )
            },
        );
        free.then(|| Ident::new(&variant, name.span()))
    }

    /// Aliases are keys of `FromStr` too, and deprecated constants.
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

    /// A reason phrase goes on a status line: an HTTP table's is tab, space
    /// and visible ASCII (RFC 9112, section 4), so no written phrase can
    /// carry a second line; no table's may hold another control character.
    fn check_phrase(&mut self, phrase: Option<(String, Span)>) -> Option<String> {
        let (text, span) = phrase?;
        let http = self.kind == Kind::Http;
        let bad = text.chars().find(|&c| {
            let allowed = c == '\t' || c == ' ' || c.is_ascii_graphic();
            (http && !allowed) || (c.is_control() && c != '\t')
        });
        let Some(c) = bad else {
            return Some(text);
        };
        let what = match c {
            '\r' => "a carriage return".to_owned(),
            '\n' => "a line feed".to_owned(),
            c if c.is_control() => "a control character".to_owned(),
            c => format!("`{c}`"),
        };
        let message = if http {
            format!("an HTTP reason phrase holds tab, space and visible ASCII characters only (RFC 9112, section 4), so that it cannot end the status line: this one holds {what} (U+{:04X})", u32::from(c))
        } else {
            format!(
                "a reason phrase holds no control character: this one holds {what} (U+{:04X})",
                u32::from(c)
            )
        };
        self.errors.at(span, message);
        None
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

    /// Claims a name, constant or alias as a key of `FromStr`.
    fn claim_key(
        &mut self,
        key: &str,
        token: &Ident,
        owner: &str,
        code: Option<u16>,
        what: &str,
    ) -> bool {
        let owner = self.owner(owner, code);
        self.claim(
            Unique::Key,
            key.to_owned(),
            owner,
            token.span(),
            &|| format!("the {what} `{key}`"),
            &|held| format!("duplicate {what} `{key}`: {held} already uses it; rename one of them (names, constants and aliases are unique in a table)"),
        )
    }

    /// The tables of one invocation share a module.
    fn claim_across_tables(&mut self, constant: &str, token: &Ident) {
        // An entry left out of this build declares no constant.
        if !self.present {
            return;
        }
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
