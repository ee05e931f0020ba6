//! Stage 2: every semantic check, collecting all errors.
//!
//! Turns the syntax tree into a [`Model`] (`model.rs`). This file holds the
//! invocation and table checks, each a named step called in source order;
//! the entry checks are `entry.rs`, table options `options.rs`, derive
//! absorption `derives.rs`. Each error is spanned on the offending token and
//! says what to write instead.
//!
//! Loops are plain `for` loops, not iterator adapters: each adapter chain is
//! generic code this crate compiles on every clean build's critical path,
//! measured in `lib.rs` (58,474 to 41,826 lines of LLVM IR for the crate).

use proc_macro2::Span;
use syn::Ident;

use crate::attr::Attr;
use crate::claims::{InvocationClaims, Owner};
use crate::derives::{absorb_derives, DefaultEntry};
use crate::entry::EntryChecker;
use crate::entry_attrs::{self, Cfg};
use crate::errors::Errors;
pub use crate::model::{Base, BaseRef, EntryModel, Kind, Model, TableModel, Validated};
use crate::options::Options;
use crate::parse::{Entry, Invocation, Table};

/// Checks a parsed invocation. On error, every problem found is reported,
/// in source order.
pub fn validate(invocation: Invocation) -> syn::Result<Validated> {
    let Invocation {
        krate,
        tables: parsed,
        error,
        bases,
        extendable,
        cfg_answers,
        ..
    } = invocation;
    // Entries under `#[cfg]` wait for the compiler's answers (see
    // `expand::ask_for_cfg`); the whole table is checked once they are in.
    let predicates = cfg_predicates(&parsed);
    let answers = match cfg_answers {
        None if !predicates.is_empty() => return Ok(Validated::NeedsCfg(predicates)),
        None => Vec::new(),
        Some(answers) => pair_answers(&predicates, &answers)?,
    };
    let mut errors = Errors::default();
    // The facade's own tables: they pass, but are checked like any other.
    let mut base_claims = InvocationClaims::default();
    let mut base_models = Vec::with_capacity(bases.len());
    for table in bases {
        base_models.push(check_table(
            table,
            &[],
            &extendable,
            &[],
            &mut base_claims,
            &mut errors,
        ));
    }
    check_not_empty_invocation(&parsed, error.as_ref(), &mut errors);
    let mut claims = InvocationClaims::default();
    let mut tables = Vec::with_capacity(parsed.len());
    for table in parsed {
        tables.push(check_table(
            table,
            &base_models,
            &extendable,
            &answers,
            &mut claims,
            &mut errors,
        ));
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

/// Every distinct `#[cfg]` predicate of the invocation's entries, in source
/// order: the order the compiler's answers come back in.
fn cfg_predicates(tables: &[Table]) -> Vec<Cfg> {
    let mut predicates: Vec<Cfg> = Vec::new();
    for table in tables {
        for entry in &table.entries {
            let Ok(entry) = entry else { continue };
            let Some(cfg) = entry_attrs::entry_cfg(&entry.attrs) else {
                continue;
            };
            let mut known = false;
            for predicate in &predicates {
                known |= predicate.text == cfg.text;
            }
            if !known {
                predicates.push(cfg);
            }
        }
    }
    predicates
}

/// Each predicate with the answer the compiler gave, in order. Only the
/// macro's own expansion passes answers, one a predicate.
fn pair_answers(predicates: &[Cfg], answers: &[bool]) -> syn::Result<Vec<(String, bool)>> {
    if predicates.len() != answers.len() {
        return Err(syn::Error::new(
            Span::call_site(),
            "fastrapi-status got a different number of `#[cfg]` answers than the table has predicates; please report this table",
        ));
    }
    let mut paired = Vec::with_capacity(answers.len());
    for (predicate, answer) in predicates.iter().zip(answers) {
        paired.push((predicate.text.clone(), *answer));
    }
    Ok(paired)
}

/// An invocation declares something: an empty one is a mistake, not a
/// no-op (the facade's wrapper catches `status_codes!()` itself).
fn check_not_empty_invocation(tables: &[Table], error: Option<&syn::Error>, errors: &mut Errors) {
    if tables.is_empty() && error.is_none() {
        errors.at(
            Span::call_site(),
            "empty `status_codes!` invocation: declare at least one entry, like `200 OK \"The request succeeded\"`",
        );
    }
}

/// Checks one table, step by step in the order its tokens are written:
/// attributes, name, base and kind, then each entry.
fn check_table(
    table: Table,
    bases: &[TableModel],
    extendable: &[Base],
    answers: &[(String, bool)],
    claims: &mut InvocationClaims,
    errors: &mut Errors,
) -> TableModel {
    let default_entry = find_default_entry(&table.entries, answers);
    let (options, attrs) = read_table_attrs(table.attrs, &default_entry, extendable, errors);
    claim_table_name(&table.ident, claims, errors);
    check_not_empty(&table.ident, table.bare, table.entries.is_empty(), errors);
    let base = match &options.extends {
        Some(name) => resolve_base(name, bases, extendable, claims, errors),
        None => None,
    };
    let kind = settle_kind(base, options.kind, errors);

    let mut checker = EntryChecker::new(
        &table.ident,
        base,
        kind,
        options.prefix.as_deref(),
        answers,
        claims,
        errors,
    );
    let mut entries = Vec::with_capacity(table.entries.len());
    if let Some(base) = base {
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
            Err(err) => checker.syntax_error(err),
        }
    }
    let (default, left_out) = checker.finish();
    check_some_entry_left(&table.ident, entries.is_empty(), left_out, errors);
    let has_docs = has_attr(&attrs, "doc");
    TableModel {
        attrs,
        has_docs,
        vis: table.vis,
        ident: table.ident,
        kind,
        default,
        base: base.and_then(base_ref),
        entries: sorted_by_code(entries),
    }
}

/// `derive(Default)` is absorbed only when an entry of this build says what
/// the default is, which is known before the entries are checked.
fn find_default_entry(entries: &[syn::Result<Entry>], answers: &[(String, bool)]) -> DefaultEntry {
    let mut found = DefaultEntry::None;
    for entry in entries {
        // A syntax error is reported where its entry stood, later.
        let Ok(entry) = entry else { continue };
        let Some(span) = default_span(&entry.attrs) else {
            continue;
        };
        let Some(cfg) = entry_attrs::entry_cfg(&entry.attrs) else {
            return DefaultEntry::Present;
        };
        if entry_attrs::holds(Some(&cfg.text), answers) {
            return DefaultEntry::Present;
        }
        found = DefaultEntry::LeftOut {
            name: entry.name.to_string(),
            cfg: cfg.text,
            span,
        };
    }
    found
}

fn default_span(attrs: &[Attr]) -> Option<Span> {
    for attr in attrs {
        if attr.is("default") {
            return Some(attr.path_span);
        }
    }
    None
}

/// The table's attributes: `#[status(...)]` read into the options, derives
/// of what the macro implements absorbed, `#[repr]` refused (the layout is
/// the macro's), the rest passed through to the enum.
fn read_table_attrs(
    attrs: Vec<Attr>,
    default_entry: &DefaultEntry,
    extendable: &[Base],
    errors: &mut Errors,
) -> (Options, Vec<Attr>) {
    let mut options = Options::default();
    let mut kept = Vec::new();
    for attr in attrs {
        if attr.is("status") {
            options.read(&attr, extendable, errors);
        } else if attr.is("repr") {
            errors.at(
                attr.path_span,
                "remove `#[repr]`: the macro lays the enum out as `#[repr(u16)]` itself",
            );
        } else if attr.is("derive") {
            kept.extend(absorb_derives(&attr, default_entry, errors));
        } else {
            kept.push(attr);
        }
    }
    (options, kept)
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

/// A table with no entries is a mistake (an enum with no variants has no
/// `ALL`, no lookups); the bare form with nothing in it is the empty
/// invocation, reported once for the invocation.
fn check_not_empty(ident: &Ident, bare: bool, empty: bool, errors: &mut Errors) {
    if empty && !bare {
        errors.at(
            ident.span(),
            format!("table `{ident}` is empty: add at least one entry, like `200 OK \"The request succeeded\"`"),
        );
    }
}

/// A table needs an entry in every build, as it does in the source: a
/// `#[repr(u16)]` enum cannot be empty.
fn check_some_entry_left(ident: &Ident, none_left: bool, left_out: usize, errors: &mut Errors) {
    if none_left && left_out > 0 {
        errors.at(
            ident.span(),
            format!("`#[cfg]` leaves every entry of `{ident}` out of this build: a table needs an entry in every build; keep one entry without `#[cfg]`"),
        );
    }
}

/// The base table `extends = name` names: here already, still to be asked
/// for (recorded in `claims`), or not one the facade declared (an error
/// listing those it did).
fn resolve_base<'b>(
    name: &Ident,
    bases: &'b [TableModel],
    extendable: &[Base],
    claims: &mut InvocationClaims,
    errors: &mut Errors,
) -> Option<&'b TableModel> {
    let mut choices = Vec::with_capacity(extendable.len());
    for known in extendable {
        if *name != known.table {
            choices.push(format!("`{}`", known.table));
            continue;
        }
        for table in bases {
            if table.ident == known.table {
                return Some(table);
            }
        }
        if claims.missing_base.is_none() {
            claims.missing_base = Some(known.clone());
        }
        return None;
    }
    let choices = crate::naming::join(&choices, ", ", " and ");
    let message = if choices.is_empty() {
        format!("`{name}` cannot be extended: no table can be extended here (the facade's `fastrapi_status::status_codes!` declares which can)")
    } else {
        format!("`{name}` cannot be extended: the tables that can be extended are {choices}")
    };
    errors.at(name.span(), message);
    None
}

/// An extending table's kind is its base's: its codes sit beside the
/// base's, under the same range and the same kind's methods.
fn settle_kind(
    base: Option<&TableModel>,
    written: Option<(Kind, Span)>,
    errors: &mut Errors,
) -> Kind {
    match (base, written) {
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
    }
}

/// What the conversions between an extending table and its base need.
fn base_ref(base: &TableModel) -> Option<BaseRef> {
    Some(BaseRef {
        ident: base.ident.clone(),
        fallback: base.entries.first()?.variant.clone(),
    })
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

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;
    use syn::parse::Parser as _;
    use syn::parse_quote;

    use super::*;
    use crate::parse::parse;

    /// An attribute's tokens as syn reads them: compared by structure, not
    /// by how proc_macro2 prints them.
    fn attribute(tokens: &TokenStream) -> syn::Attribute {
        let mut attrs = syn::Attribute::parse_outer.parse2(tokens.clone()).unwrap();
        assert_eq!(attrs.len(), 1);
        attrs.remove(0)
    }

    fn path(tokens: &TokenStream) -> syn::Path {
        syn::parse2(tokens.clone()).unwrap()
    }

    fn check(tokens: TokenStream) -> Result<Model, Vec<String>> {
        match validate(parse(tokens)) {
            Ok(Validated::Model(model)) => Ok(model),
            Ok(Validated::NeedsBase(base)) => Err(vec![format!("needs {}", base.table)]),
            Ok(Validated::NeedsCfg(cfgs)) => Err(vec![format!("needs {} answers", cfgs.len())]),
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
        assert_eq!(path(&model.krate), parse_quote!(crate::facade));
        let table = &model.tables[0];
        assert_eq!(table.kind, Kind::Http);
        assert!(table.has_docs);
        assert_eq!(table.attrs.len(), 2, "the options attribute is consumed");
        assert_eq!(
            attribute(&table.attrs[1].tokens),
            parse_quote!(#[derive(serde::Serialize)]),
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
        assert_eq!(path(&model.krate), parse_quote!(::fastrapi_status));
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
            @(::f) @extendable(Other = __other, HttpStatus = __http)
            #[status(extends = HttpStatus)] pub enum Edge { 499 X "x" }
        }));
        assert!(matches!(needs, Ok(Validated::NeedsBase(base))
            if base.table == "HttpStatus" && base.data_macro == "__http"));

        let base = quote! {
            #[status(kind = http, prefix = HTTP)]
            pub enum HttpStatus { 200 OK "a", #[alias(OLD)] 404 NOT_FOUND "b" }
        };
        let model = check(quote! {
            @(::f) @extendable(HttpStatus = __http) @input { #[status(prefix = EDGE, extends = HttpStatus)] pub enum Edge { 499 X "x" } }
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
            @(::f) @extendable(HttpStatus = __http) @input {
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

    #[test]
    fn the_bases_are_what_the_facade_declared() {
        let errors = check(quote! {
            @(::f) @extendable(A = __a, B = __b, C = __c)
            #[status(extends = HttpStatus)] pub enum Edge { 499 X "x" }
        })
        .err()
        .unwrap();
        assert_eq!(
            errors,
            ["`HttpStatus` cannot be extended: the tables that can be extended are `A`, `B` and `C`"]
        );
        let errors = check(quote!(#[status(extends = HttpStatus)] pub enum Edge { 499 X "x" }))
            .err()
            .unwrap();
        assert!(
            errors[0].contains("no table can be extended here"),
            "{errors:?}"
        );
        let errors =
            check(quote!(@(::f) @extendable(A = __a) #[status(extend = A)] pub enum E { 1 X "x" }))
                .err()
                .unwrap();
        assert_eq!(
            errors,
            ["unknown option `extend`: expected `kind = http | websocket | custom`, `prefix = NAME` or `extends = A`"]
        );
    }
}
