//! Stage 2: every semantic check, all errors collected, the tree turned
//! into a [`Model`]: the invocation and table checks, each a named step in
//! source order (the entry checks are `entry.rs`).

use proc_macro2::{Span, TokenStream};
use syn::Ident;

use super::ast::{Absorbed, Entry, EntryAttrs, Invocation, Table, TableAttr, TableAttrs};
use super::claims::{InvocationClaims, Owner};
use super::entry::{holds, EntryChecker};
use super::errors::Errors;
pub use super::model::{
    Base, BaseRef, Cfg, EntryModel, Kind, Model, SerdeDerive, TableModel, Validated,
};
use super::naming;
use super::table_attrs::rebuilt_derive;

/// Checks a parsed invocation, reporting every problem in source order.
pub fn validate(invocation: Invocation) -> syn::Result<Validated> {
    let Invocation {
        krate,
        tables: parsed,
        error,
        bases,
        extendable,
        features,
        cfg_answers,
        ..
    } = invocation;
    let serde = features.is_some_and(|features| {
        features.into_iter().any(
            |feature| matches!(&feature, proc_macro2::TokenTree::Ident(word) if word == "serde"),
        )
    });
    let mut predicates = cfg_predicates(&parsed);
    let answered = cfg_answers.unwrap_or_default();
    if answered.len() < predicates.len() {
        let next = predicates.swap_remove(answered.len());
        return Ok(Validated::NeedsCfg { next, answered });
    }
    let answers = pair_answers(&predicates, &answered)?;
    let mut errors = Errors::default();
    let mut base_claims = InvocationClaims::default();
    let mut base_models = Vec::with_capacity(bases.len());
    for table in bases {
        let context = (&extendable[..], &[][..], serde);
        base_models.push(check_table(
            table,
            &[],
            context,
            &mut base_claims,
            &mut errors,
        ));
    }
    check_not_empty_invocation(&parsed, error.as_ref(), &mut errors);
    let mut claims = InvocationClaims::default();
    let mut tables = Vec::with_capacity(parsed.len());
    for table in parsed {
        let context = (&extendable[..], &answers[..], serde);
        let checked = check_table(table, &base_models, context, &mut claims, &mut errors);
        tables.push(checked);
    }
    if let Some(base) = claims.missing_base {
        return Ok(Validated::NeedsBase(base));
    }
    // The error that ended parsing stands after everything parsed before it.
    if let Some(err) = error {
        errors.push(err);
    }
    errors.finish()?;
    Ok(Validated::Model(Model {
        krate: super::parse::facade_path(krate),
        tables,
    }))
}

/// Every distinct `#[cfg]` predicate of the invocation's entries, in source
/// order: the order the compiler's answers come back in.
fn cfg_predicates(tables: &[Table]) -> Vec<Cfg> {
    let mut predicates: Vec<Cfg> = Vec::new();
    for table in tables {
        for entry in &table.entries {
            let Ok(Entry {
                attrs: EntryAttrs { cfg: Some(cfg), .. },
                ..
            }) = entry
            else {
                continue;
            };
            if !predicates.iter().any(|known| known.text == cfg.text) {
                predicates.push(cfg.clone());
            }
        }
    }
    predicates
}

/// Each predicate with the compiler's answer.
fn pair_answers(predicates: &[Cfg], answers: &[bool]) -> syn::Result<Vec<(String, bool)>> {
    if predicates.len() != answers.len() {
        return Err(syn::Error::new(
            Span::call_site(),
            "fastrapi-status got a different number of `#[cfg]` answers than the table has predicates; please report this table",
        ));
    }
    let mut paired = Vec::with_capacity(answers.len());
    for (predicate, &answer) in predicates.iter().zip(answers) {
        paired.push((predicate.text.clone(), answer));
    }
    Ok(paired)
}

/// An empty invocation is a mistake, not a no-op.
fn check_not_empty_invocation(tables: &[Table], error: Option<&syn::Error>, errors: &mut Errors) {
    if tables.is_empty() && error.is_none() {
        errors.at(
            Span::call_site(),
            "empty `status_codes!` invocation: declare at least one entry, like `200 OK \"The request succeeded\"`",
        );
    }
}

/// Checks one table, step by step in the order its tokens are written.
/// `context`: what `extends` may name, the compiler's `cfg` answers, and
/// whether the facade's `serde` feature is on.
fn check_table(
    table: Table,
    bases: &[TableModel],
    context: (&[Base], &[(String, bool)], bool),
    claims: &mut InvocationClaims,
    errors: &mut Errors,
) -> TableModel {
    let (extendable, answers, serde_on) = context;
    let Table {
        attrs:
            TableAttrs {
                options,
                passed,
                has_docs,
                errors: attr_errors,
            },
        vis,
        ident,
        bare,
        entries: parsed,
    } = table;
    errors.append(attr_errors);
    let default_entry = find_default_entry(&parsed, answers);
    let (attrs, serde) = enum_attrs(passed, &default_entry, errors);
    let serde = serde.filter(|serde| check_serde(serde.span, serde_on, errors));
    claim_table_name(&ident, claims, errors);
    check_not_empty(&ident, bare, parsed.is_empty(), errors);
    let base = options
        .extends
        .as_ref()
        .and_then(|name| resolve_base(name, bases, extendable, claims, errors));
    let kind = settle_kind(base, options.kind, errors);

    let prefix = options.prefix.as_ref().map(|(prefix, _)| prefix.as_str());
    let mut checker = EntryChecker::new(&ident, base, kind, prefix, answers, claims, errors);
    let mut entries = Vec::new();
    if let Some(base) = base {
        for entry in &base.entries {
            entries.push(EntryModel {
                inherited: true,
                ..entry.clone()
            });
        }
    }
    for entry in parsed {
        match entry {
            Ok(entry) => entries.extend(checker.check(entry)),
            Err(err) => checker.syntax_error(err),
        }
    }
    let (default, left_out) = checker.finish();
    check_some_entry_left(&ident, entries.is_empty(), left_out, errors);
    // Equal codes were reported: their order does not matter.
    entries.sort_unstable_by_key(|entry| entry.code);
    TableModel {
        attrs,
        has_docs,
        vis,
        ident,
        kind,
        default,
        base: base.and_then(base_ref),
        entries,
        serde,
    }
}

/// Whether a table has a `#[default]` entry in this build.
enum DefaultEntry {
    None,
    Present,
    /// Marked, but its `#[cfg]` leaves it out of this build.
    LeftOut {
        name: String,
        cfg: String,
        span: Span,
    },
}

fn find_default_entry(entries: &[syn::Result<Entry>], answers: &[(String, bool)]) -> DefaultEntry {
    let mut found = DefaultEntry::None;
    for entry in entries {
        let Ok(entry) = entry else { continue };
        let Some(span) = entry.attrs.default else {
            continue;
        };
        let Some(cfg) = &entry.attrs.cfg else {
            return DefaultEntry::Present;
        };
        if holds(Some(&cfg.text), answers) {
            return DefaultEntry::Present;
        }
        found = DefaultEntry::LeftOut {
            name: entry.name.to_string(),
            cfg: cfg.text.clone(),
            span,
        };
    }
    found
}

/// What the enum carries: each derive without the traits the macro
/// implements; `derive(Default)` needs a `#[default]` entry in this build.
/// Also the serde traits derived.
fn enum_attrs(
    passed: Vec<TableAttr>,
    default_entry: &DefaultEntry,
    errors: &mut Errors,
) -> (Vec<TokenStream>, Option<SerdeDerive>) {
    let mut attrs = Vec::new();
    let mut serde: Option<SerdeDerive> = None;
    for attr in passed {
        let derive = match attr {
            TableAttr::Passed(attr) => {
                attrs.push(attr.tokens);
                continue;
            }
            TableAttr::Derive(derive) => derive,
        };
        for default in derive
            .traits
            .iter()
            .filter(|t| t.absorbed == Absorbed::Default)
        {
            match default_entry {
                DefaultEntry::Present => {}
                DefaultEntry::None => errors.spanning(
                    &default.path,
                    Span::call_site(),
                    "`derive(Default)` needs a default entry: mark one entry `#[default]`",
                ),
                DefaultEntry::LeftOut { name, cfg, span } => errors.at(
                    *span,
                    format!("`derive(Default)` needs the default entry in every build, and `#[cfg({cfg})]` leaves `{name}` out of this one: mark an entry without `#[cfg]` `#[default]`"),
                ),
            }
        }
        let mut kept = Vec::new();
        for derived in &derive.traits {
            match derived.absorbed {
                Absorbed::No => kept.push(&derived.path),
                Absorbed::Serde(name) => {
                    let serde = serde.get_or_insert_with(|| SerdeDerive {
                        span: derived.span,
                        traits: Vec::new(),
                        imports: Vec::new(),
                    });
                    if derived.path.clone().into_iter().count() == 1 {
                        serde.imports.push(derived.path.clone());
                    }
                    if !serde.traits.contains(&name) {
                        serde.traits.push(name);
                    }
                }
                Absorbed::Implemented | Absorbed::Default => {}
            }
        }
        if !kept.is_empty() {
            attrs.push(rebuilt_derive(&derive, kept));
        }
    }
    (attrs, serde)
}

/// A derive of serde's traits asks for the facade's impls, which exist
/// with its `serde` feature only.
fn check_serde(span: Span, serde_on: bool, errors: &mut Errors) -> bool {
    if !serde_on {
        errors.at(
            span,
            "`#[derive(Serialize, Deserialize)]` on a `status_codes!` table takes the `serde` feature of `fastrapi-status`: enable it (`features = [\"serde\"]`), and the table serializes as its code",
        );
    }
    serde_on
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

/// A table with no entries is a mistake (the empty bare form is the empty
/// invocation).
fn check_not_empty(ident: &Ident, bare: bool, empty: bool, errors: &mut Errors) {
    if empty && !bare {
        errors.at(
            ident.span(),
            format!("table `{ident}` is empty: add at least one entry, like `200 OK \"The request succeeded\"`"),
        );
    }
}

/// A `#[repr(u16)]` enum cannot be empty, in any build.
fn check_some_entry_left(ident: &Ident, none_left: bool, left_out: usize, errors: &mut Errors) {
    if none_left && left_out > 0 {
        errors.at(
            ident.span(),
            format!("`#[cfg]` leaves every entry of `{ident}` out of this build: a table needs an entry in every build; keep one entry without `#[cfg]`"),
        );
    }
}

/// The base `extends` names: here, still to be asked for (`claims`), or
/// not one the facade declared.
fn resolve_base<'b>(
    name: &Ident,
    bases: &'b [TableModel],
    extendable: &[Base],
    claims: &mut InvocationClaims,
    errors: &mut Errors,
) -> Option<&'b TableModel> {
    for known in extendable {
        if *name != known.table {
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
    let mut choices = Vec::with_capacity(extendable.len());
    for known in extendable {
        choices.push(format!("`{}`", known.table));
    }
    let message = if choices.is_empty() {
        format!("`{name}` cannot be extended: no table can be extended here (the facade's `fastrapi_status::status_codes!` declares which can)")
    } else {
        format!(
            "`{name}` cannot be extended: the tables that can be extended are {}",
            naming::join(&choices, ", ", " and ")
        )
    };
    errors.at(name.span(), message);
    None
}

/// An extending table's kind is its base's.
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

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;
    use syn::parse::Parser as _;
    use syn::parse_quote;

    use super::super::parse::parse;
    use super::*;

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
            Ok(Validated::NeedsCfg { answered, .. }) => {
                Err(vec![format!("needs answer {}", answered.len())])
            }
            Err(err) => Err(err.into_iter().map(|e| e.to_string()).collect()),
        }
    }

    #[test]
    fn builds_the_model() {
        let model = check(quote! {
            @(crate::facade) @extendable() @features(serde)
            #[status(kind = http, prefix = HTTP)]
            /// Docs.
            #[derive(Debug, Default, ::core::hash::Hash, other::Trait, serde::Serialize)]
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
            attribute(&table.attrs[1]),
            parse_quote!(#[derive(other::Trait)]),
            "derives of traits the macro implements are absorbed"
        );
        let serde = table.serde.as_ref().expect("serde asked for");
        assert_eq!(
            serde.traits,
            ["Serialize"],
            "the facade's impls for serde's traits"
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
    fn serde_derives_need_the_facades_feature() {
        let errors = check(quote!(#[derive(Debug, serde::Serialize)] pub enum T { 1 A "a" }))
            .err()
            .unwrap();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0].contains("the `serde` feature of `fastrapi-status`"),
            "{errors:#?}"
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
        let expected = [
            "the phrase is empty",
            "name `lower` is not SCREAMING_SNAKE_CASE: write `LOWER`",
            "the description of `lower` is empty",
            "expected a string literal describing `MISSING_DESCRIPTION`",
            "the phrase must be a string literal",
            "the description of `THREE` is empty",
        ];
        assert_eq!(errors.len(), expected.len(), "{errors:#?}");
        for (error, expected) in errors.iter().zip(expected) {
            assert!(error.contains(expected), "{error:?} says {expected:?}");
        }
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
