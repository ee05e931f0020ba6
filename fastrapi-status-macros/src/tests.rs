//! Property tests of the whole pipeline (tokens in, tokens out), outside the
//! compiler: it never panics, always returns tokens that parse as items
//! (generated code or `compile_error!`s), and well-formed tables always
//! expand to code.
//!
//! The default run makes 12,000 cases. For a longer run:
//! `PROPTEST_CASES=200000 cargo test -p fastrapi-status-macros --release tests::`
//! (the count applies to each of the three properties).

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use proptest::prelude::*;
use quote::quote;

use crate::pipeline::status_codes;

fn cases(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Runs the pipeline and checks the output is a list of items.
fn expand_to_items(input: TokenStream) -> syn::File {
    let output = status_codes(input.clone());
    match syn::parse2::<syn::File>(output.clone()) {
        Ok(file) => file,
        Err(err) => panic!("output does not parse ({err}):\ninput: {input}\noutput: {output}"),
    }
}

fn is_compile_error(item: &syn::Item) -> bool {
    matches!(item, syn::Item::Macro(m)
        if m.mac.path.segments.last().is_some_and(|s| s.ident == "compile_error"))
}

const WORDS: &[&str] = &[
    "OK",
    "NOT_FOUND",
    "pub",
    "enum",
    "crate",
    "status",
    "kind",
    "prefix",
    "http",
    "websocket",
    "custom",
    "alias",
    "phrase",
    "doc",
    "repr",
    "derive",
    "SELF",
    "not_found",
    "A_1",
    "A1",
    "HTTP",
    "Status",
    "in",
    "super",
    "x",
];

fn leaf() -> impl Strategy<Value = TokenTree> {
    prop_oneof![
        prop::sample::select(WORDS)
            .prop_map(|w| TokenTree::Ident(Ident::new(w, Span::call_site()))),
        Just(TokenTree::Ident(Ident::new_raw("type", Span::call_site()))),
        any::<u32>().prop_map(|n| TokenTree::Literal(Literal::u32_unsuffixed(n % 70_000))),
        any::<u64>().prop_map(|n| TokenTree::Literal(Literal::u64_unsuffixed(n))),
        any::<u16>().prop_map(|n| TokenTree::Literal(Literal::u16_suffixed(n))),
        any::<i32>().prop_map(|n| TokenTree::Literal(Literal::i32_unsuffixed(n))),
        any::<f32>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| TokenTree::Literal(Literal::f32_unsuffixed(f))),
        ".{0,12}".prop_map(|s| TokenTree::Literal(Literal::string(&s))),
        prop::collection::vec(any::<u8>(), 0..6)
            .prop_map(|b| TokenTree::Literal(Literal::byte_string(&b))),
        any::<char>().prop_map(|c| TokenTree::Literal(Literal::character(c))),
        prop::sample::select(&[',', '#', '=', '-', '!', '@', '+', ';', '.', '<', '>', ':'][..])
            .prop_map(|c| TokenTree::Punct(Punct::new(c, Spacing::Alone))),
    ]
}

fn token_tree() -> impl Strategy<Value = TokenTree> {
    leaf().prop_recursive(4, 48, 8, |inner| {
        (
            prop::sample::select(
                &[
                    Delimiter::Brace,
                    Delimiter::Bracket,
                    Delimiter::Parenthesis,
                    Delimiter::None,
                ][..],
            ),
            prop::collection::vec(inner, 0..8),
        )
            .prop_map(|(delimiter, trees)| {
                TokenTree::Group(Group::new(delimiter, trees.into_iter().collect()))
            })
    })
}

/// A well-formed table: unique codes in the kind's range, unique names.
#[derive(Debug, Clone)]
struct Table {
    kind: &'static str,
    prefix: Option<&'static str>,
    entries: Vec<(u16, String, String, Option<String>, usize)>,
}

fn table() -> impl Strategy<Value = Table> {
    let entry = (
        any::<u16>(),
        "[A-Z]{1,8}",
        "[ -~]{0,20}[a-z][ -~]{0,20}",
        prop::option::of("[A-Za-z' ]{1,12}"),
        0..3usize,
    );
    (
        prop::sample::select(&["http", "websocket", "custom"][..]),
        prop::option::of(prop::sample::select(&["P", "HTTP", "WS_X"][..])),
        prop::collection::vec(entry, 1..24),
    )
        .prop_map(|(kind, prefix, raw)| {
            let (low, high) = match kind {
                "http" => (100u32, 599u32),
                "websocket" => (1000, 4999),
                _ => (0, 65535),
            };
            let mut seen = std::collections::HashSet::new();
            let entries = raw
                .into_iter()
                .enumerate()
                .filter_map(|(i, (code, word, description, phrase, aliases))| {
                    let code = u16::try_from(low + u32::from(code) % (high - low + 1)).ok()?;
                    // A letters-only word and a unique index: unique names and variants.
                    seen.insert(code)
                        .then(|| (code, format!("{word}_{i}"), description, phrase, aliases))
                })
                .collect();
            Table {
                kind,
                prefix,
                entries,
            }
        })
}

impl Table {
    fn tokens(&self) -> TokenStream {
        let kind = Ident::new(self.kind, Span::call_site());
        let prefix = self.prefix.map(|p| {
            let p = Ident::new(p, Span::call_site());
            quote!(, prefix = #p)
        });
        let entries = self
            .entries
            .iter()
            .map(|(code, name, description, phrase, aliases)| {
                let code = Literal::u16_unsuffixed(*code);
                let ident = Ident::new(name, Span::call_site());
                let phrase = phrase
                    .as_ref()
                    .filter(|p| !p.trim().is_empty())
                    .map(|p| quote!(#[phrase = #p]));
                let names = (0..*aliases)
                    .map(|j| Ident::new(&format!("OLD_{name}_{j}"), Span::call_site()));
                let aliases = (*aliases > 0).then(|| quote!(#[alias(#(#names),*)]));
                quote!(#phrase #aliases #code #ident #description,)
            });
        quote! {
            #[status(kind = #kind #prefix)]
            pub enum Generated { #(#entries)* }
        }
    }
}

/// Breaks a token stream in one of a few ways, inside the table's body.
fn mutate(tokens: TokenStream, op: u8, at: usize, extra: TokenTree) -> TokenStream {
    let mut top: Vec<TokenTree> = tokens.into_iter().collect();
    let Some(TokenTree::Group(body)) = top.pop() else {
        unreachable!("the body ends the table")
    };
    let mut inner: Vec<TokenTree> = body.stream().into_iter().collect();
    if !inner.is_empty() {
        let i = at % inner.len();
        match op % 4 {
            0 => {
                inner.remove(i);
            }
            1 => inner.insert(i, extra),
            2 => {
                let copy = inner[i].clone();
                inner.insert(i, copy);
            }
            _ => {
                let j = (at / 7) % inner.len();
                inner.swap(i, j);
            }
        }
    }
    top.push(TokenTree::Group(Group::new(
        Delimiter::Brace,
        inner.into_iter().collect(),
    )));
    top.into_iter().collect()
}

proptest! {
    #![proptest_config(cases(6_000))]

    #[test]
    fn arbitrary_tokens_never_panic(trees in prop::collection::vec(token_tree(), 0..12)) {
        expand_to_items(trees.into_iter().collect());
    }
}

proptest! {
    #![proptest_config(cases(3_000))]

    #[test]
    fn well_formed_tables_expand_to_code(table in table()) {
        let file = expand_to_items(table.tokens());
        prop_assert!(!file.items.iter().any(is_compile_error), "{table:?}");
        let constants = file.items.iter().filter(|i| matches!(i, syn::Item::Const(_))).count();
        let aliases: usize = table.entries.iter().map(|e| e.4).sum();
        prop_assert_eq!(constants, table.entries.len() + aliases);
    }

    #[test]
    fn broken_tables_give_errors_not_panics(
        table in table(),
        op in any::<u8>(),
        at in any::<usize>(),
        extra in token_tree(),
    ) {
        expand_to_items(mutate(table.tokens(), op, at, extra));
    }
}

/// ARCHITECTURE.md's promise: each module of the pipeline uses only the
/// modules below it in this order, so no two import each other.
#[test]
fn imports_run_one_way() {
    const ORDER: [(&str, &str); 17] = [
        ("callbacks", include_str!("pipeline/callbacks.rs")),
        ("expand", include_str!("pipeline/expand.rs")),
        ("blob", include_str!("pipeline/blob.rs")),
        ("literals", include_str!("pipeline/literals.rs")),
        ("hash", include_str!("pipeline/hash.rs")),
        ("validate", include_str!("pipeline/validate.rs")),
        ("entry", include_str!("pipeline/entry.rs")),
        ("claims", include_str!("pipeline/claims.rs")),
        ("model", include_str!("pipeline/model.rs")),
        ("parse", include_str!("pipeline/parse.rs")),
        ("table_attrs", include_str!("pipeline/table_attrs.rs")),
        ("entry_attrs", include_str!("pipeline/entry_attrs.rs")),
        ("attr", include_str!("pipeline/attr.rs")),
        ("ast", include_str!("pipeline/ast.rs")),
        ("errors", include_str!("pipeline/errors.rs")),
        ("naming", include_str!("pipeline/naming.rs")),
        ("tokens", include_str!("pipeline/tokens.rs")),
    ];
    let rank = |name: &str| ORDER.iter().position(|(module, _)| *module == name);
    for (at, (module, source)) in ORDER.iter().enumerate() {
        // The module's own code, before its unit tests.
        let code = source.split("\n#[cfg(test)]").next().unwrap();
        for used in code.split("super::").skip(1) {
            let name: String = used
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let used_at = rank(&name).unwrap_or_else(|| panic!("{module} uses unknown `{name}`"));
            assert!(used_at > at, "`{module}` uses `{name}`, which is above it");
        }
    }
    let declared = include_str!("pipeline/mod.rs").matches("\nmod ").count();
    assert_eq!(
        declared,
        ORDER.len(),
        "every module of pipeline/ is in the order"
    );
}
