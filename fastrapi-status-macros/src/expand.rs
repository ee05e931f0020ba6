//! Stage 3: code generation from a checked [`Model`].
//!
//! Each table becomes: the enum, one `u16` constant per entry and alias, one
//! inherent impl with `ALL`, `from_u16` (a `match` or `__BY_CODE` for small
//! tables) and one `__TABLE`: the entry rows, and the code and name indexes
//! as byte strings (`blob.rs` says why). Then one call of the facade's
//! `__impl_status!` for the methods and trait impls every table has and
//! those its kind adds (and `__impl_extends!` for an extension): that code is
//! written once, in the facade, as the lookup logic is in its `__private`
//! module. Every loop over entries is here, in the generator, so the
//! printed expansion holds data, not repeated code; and the templates are
//! few, since each token of a `quote!` is code this crate compiles.
//!
//! What repeats per entry is gathered by plain loops into columns (vectors
//! of strings, identifiers and literals), which one `quote!` repeats over:
//! each iterator adapter chain would instantiate generic code this crate
//! compiles, on every clean build's critical path (see `lib.rs`), and
//! inside the compiler a token stream per entry would cost a round trip
//! to the compiler each (see [`Trees`]).

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, ToTokens};

use crate::blob;
use crate::hash;
use crate::parse;
use crate::validate::{self, Base, EntryModel, Kind, Model, TableModel, Validated};

/// The whole pipeline: tokens in, generated code or `compile_error!`s out.
pub fn status_codes(input: TokenStream) -> TokenStream {
    let invocation = parse::parse(input);
    let krate = invocation.krate.clone();
    let source = invocation.source.clone();
    let bases = invocation.bases_source.clone();
    match validate::validate(invocation) {
        Ok(Validated::Model(model)) => expand(&model),
        Ok(Validated::NeedsBase(base)) => ask_for_base(krate, base, &source, &bases),
        Err(err) => err.to_compile_error(),
    }
}

/// A table extends `base`, whose declaration lives in the facade's data
/// macro: call that macro with this invocation, and it calls the macro back
/// with the base's declaration appended after `@bases`. The user's tokens
/// pass through untouched, so their spans stay theirs.
fn ask_for_base(
    krate: Option<TokenStream>,
    base: &Base,
    source: &TokenStream,
    bases: &TokenStream,
) -> TokenStream {
    let krate = parse::facade_path(krate);
    let data_macro = format_ident!("{}", base.data_macro);
    quote! {
        #krate::#data_macro! {
            [#krate::__private::status_codes] @(#krate) @input { #source } @bases #bases
        }
    }
}

/// Generates the code for every table of a checked invocation.
pub fn expand(model: &Model) -> TokenStream {
    // The first table's tokens are the output, so a one-table invocation
    // (the usual one) moves none of them again.
    let mut tables = model.tables.iter();
    let Some(first) = tables.next() else {
        return TokenStream::new();
    };
    let mut out = expand_table(&model.krate, first);
    for table in tables {
        out.extend(expand_table(&model.krate, table));
    }
    out
}

/// A code span at most this many times the entry count (or at most
/// `DENSE_MIN_SPAN` codes) gets a dense by-code index: one range check and
/// one load per lookup, at a few bytes per code in the span.
const DENSE_FACTOR: usize = 8;
const DENSE_MIN_SPAN: usize = 1024;

/// Tokens interpolated one by one. Inside the compiler, proc_macro2 batches
/// single tokens pushed into a stream, while each `TokenStream` interpolated
/// or extended into another is a round trip to the compiler: so what
/// repeats once per entry goes into one `quote!` as plain values (strings,
/// identifiers, literals, these), not as a stream per entry.
struct Trees(Vec<TokenTree>);

impl Trees {
    fn new(tokens: TokenStream) -> Self {
        let mut trees = Vec::new();
        for tree in tokens {
            trees.push(tree);
        }
        Trees(trees)
    }
}

impl ToTokens for Trees {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.iter().cloned());
    }
}

/// Each entry's parts, column by column, for the repetitions of one
/// `quote!`.
#[derive(Default)]
struct Columns<'a> {
    /// The variant's docs: code and phrase, description, constant.
    heads: Vec<String>,
    /// The entry's own doc attributes, if it has any.
    own_docs: Vec<Trees>,
    tails: Vec<String>,
    doc_aliases: Vec<Vec<String>>,
    variants: Vec<&'a syn::Ident>,
    /// `= code` where the code does not follow the previous one: rustc's
    /// const validation of enum values (as in `ALL`) scans the explicit
    /// discriminants, so each costs compile time per entry.
    discriminants: Vec<Trees>,
    /// The constants, of every entry but the inherited ones, whose
    /// constants are the base's, declared once, in the facade.
    constant_docs: Vec<String>,
    code_aliases: Vec<String>,
    constants: Vec<&'a syn::Ident>,
    codes: Vec<Literal>,
    /// The deprecated constants of the entry's aliases, if it has any.
    deprecated: Vec<Trees>,
}

fn expand_table(krate: &TokenStream, table: &TableModel) -> TokenStream {
    let TableModel {
        attrs,
        vis,
        ident,
        entries,
        ..
    } = table;
    let table_name = ident.to_string();
    let vis = Trees::new(vis.clone());
    // Primitive types by absolute path: the user's crate may declare a type
    // named `u16`, `str` or `bool`.
    let u16 = quote!(::core::primitive::u16);
    let mut attr_tokens = TokenStream::new();
    for attr in attrs {
        attr_tokens.extend(attr.tokens.clone());
    }
    let mut columns = Columns::default();
    let mut previous: Option<u16> = None;
    for entry in entries {
        variant_docs(entry, &mut columns);
        columns.variants.push(&entry.variant);
        let follows = previous.and_then(|code| code.checked_add(1)) == Some(entry.code);
        columns.discriminants.push(Trees(if follows {
            Vec::new()
        } else {
            vec![
                TokenTree::Punct(Punct::new('=', Spacing::Alone)),
                TokenTree::Literal(Literal::u16_unsuffixed(entry.code)),
            ]
        }));
        previous = Some(entry.code);
        if !entry.inherited {
            constant_items(&vis, ident, entry, &mut columns);
        }
    }
    let Columns {
        heads,
        own_docs,
        tails,
        doc_aliases,
        variants,
        discriminants,
        constant_docs,
        code_aliases,
        constants,
        codes,
        deprecated,
    } = columns;

    let default_doc = (!table.has_docs).then(|| {
        let doc =
            format!(" Status codes of the `{table_name}` table, declared with `status_codes!`.");
        quote!(#[doc = #doc])
    });

    let (by_code, from_u16_body) = from_u16(krate, entries);
    let lookup_table = lookup_table(krate, &table_name, entries);

    let default_impl = table.default.as_ref().map(|variant| {
        quote! {
            impl ::core::default::Default for #ident {
                /// The entry marked `#[default]`.
                #[inline]
                fn default() -> Self {
                    Self::#variant
                }
            }
        }
    });
    let base_conversions = table.base.as_ref().map(|base| {
        let (base_ident, fallback) = (&base.ident, &base.fallback);
        quote!(#krate::__impl_extends!(#ident, #base_ident, #fallback);)
    });
    // The facade adds what the kind calls for (the class methods of an
    // HTTP table, say) from this name.
    let kind = Ident::new(
        match table.kind {
            Kind::Http => "Http",
            Kind::WebSocket => "WebSocket",
            Kind::Custom => "Custom",
        },
        Span::call_site(),
    );
    let all_doc = format!(" Every `{table_name}`, sorted by code.");

    quote! {
        #attr_tokens
        #default_doc
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
            ::core::hash::Hash
        )]
        #[repr(u16)]
        #vis enum #ident {
            #(
                #[doc = #heads]
                #own_docs
                #[doc = #tails]
                #[doc(#(alias = #doc_aliases),*)]
                #variants #discriminants,
            )*
        }

        #(
            #[doc = #constant_docs]
            #[doc(alias = #code_aliases)]
            #vis const #constants: ::core::primitive::u16 = #codes;
            #deprecated
        )*

        impl #ident {
            #[doc = #all_doc]
            #[allow(clippy::large_stack_arrays)]
            #vis const ALL: &'static [Self] = &[#(Self::#variants),*];

            #lookup_table

            #by_code

            /// The status with this code, if the table has one.
            #[inline]
            #[must_use]
            #vis const fn from_u16(code: #u16) -> ::core::option::Option<Self> {
                #from_u16_body
            }
        }

        // The methods and impls that are the same for every table: written
        // once, in the facade.
        #krate::__impl_status!(#vis #ident, #table_name, #kind);

        #default_impl
        #base_conversions
    }
}

/// The lowest code and how many codes lie from it to the highest
/// (entries are sorted by code); `None` for no entries.
fn code_span(entries: &[EntryModel]) -> Option<(u16, usize)> {
    let (first, last) = (entries.first()?, entries.last()?);
    Some((first.code, usize::from(last.code - first.code) + 1))
}

/// `const __TABLE`: every row, the by-code index and the name index that
/// the facade's lookup functions read.
fn lookup_table(krate: &TokenStream, table_name: &str, entries: &[EntryModel]) -> TokenStream {
    let lookup = code_lookup(entries);
    // The rows, column by column.
    let n = entries.len();
    let (mut codes, mut names, mut constants) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let (mut phrases, mut descriptions, mut displays, mut aliases) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    // Every key `FromStr` accepts besides the code, with its entry's position.
    let mut keys: Vec<(String, u16)> = Vec::new();
    let mut code_lengths = 0u8;
    for (position, e) in entries.iter().enumerate() {
        codes.push(Literal::u16_unsuffixed(e.code));
        names.push(e.name.clone());
        constants.push(e.constant.to_string());
        phrases.push(e.phrase.clone());
        descriptions.push(e.description.clone());
        displays.push(format!("{} {}", e.code, e.phrase));
        // Most entries have none: one shared empty slice, as rustc interns
        // and validates each `&[]` written out as an allocation of its own.
        aliases.push(if e.aliases.is_empty() {
            Trees(vec![TokenTree::Ident(Ident::new(
                "NO_ALIASES",
                Span::call_site(),
            ))])
        } else {
            let mut names = Vec::with_capacity(e.aliases.len());
            for alias in &e.aliases {
                names.push(alias.constant.to_string());
            }
            Trees::new(quote!(&[#(#names),*]))
        });
        code_lengths |= 1 << e.code.to_string().len();
        // At most 65,536 entries, so every position fits.
        let position = u16::try_from(position).unwrap_or(u16::MAX);
        for key in parse_keys(e) {
            keys.push((key, position));
        }
    }

    let mut key_texts: Vec<&str> = Vec::with_capacity(keys.len());
    let (mut max_key_len, mut key_lengths) = (0usize, 0u64);
    for (key, _) in &keys {
        key_texts.push(key);
        max_key_len = max_key_len.max(key.len());
        key_lengths |= 1 << key.len().min(63);
    }
    let Some(index) = hash::build_index(&key_texts) else {
        // Takes 64-bit hash collisions under 64 seeds: not seen, but no panic.
        let message = format!("fastrapi-status could not build a name index for `{table_name}`; please report this table");
        return quote!(::core::compile_error!(#message););
    };
    let seed = Literal::u64_unsuffixed(index.seed);
    let displacements = Literal::byte_string(&blob::u32s(&index.displacements));
    let hashed = match index.hashed {
        hash::Hashed::First => quote!(Hashed::First),
        hash::Hashed::Last => quote!(Hashed::Last),
        hash::Hashed::All => quote!(Hashed::All),
    };
    let key_lengths = Literal::u64_unsuffixed(key_lengths);
    let code_lengths = Literal::u8_unsuffixed(code_lengths);
    // In slot order, so a lookup reads its key straight from the slot.
    let (key_rows, key_text) = blob::key_rows(&index.slots, &keys);
    let (key_rows, key_text) = (
        Literal::byte_string(&key_rows),
        Literal::byte_string(&key_text),
    );

    quote! {
        // A constant, in static memory: clippy's stack-array size limit
        // (a pedantic lint, in the user's crate) takes it for a local.
        #[allow(clippy::large_stack_arrays)]
        const __TABLE: &'static #krate::__private::Table = {
            use #krate::__private::{Codes, Entry, Hashed, Table, NO_ALIASES};
            &Table {
                name: #table_name,
                entries: &[#(
                    Entry {
                        code: #codes,
                        name: #names,
                        constant: #constants,
                        phrase: #phrases,
                        description: #descriptions,
                        display: #displays,
                        aliases: #aliases,
                    },
                )*],
                codes: #lookup,
                keys: #key_rows,
                key_text: #key_text,
                hashed: #hashed,
                seed: #seed,
                displacements: #displacements,
                max_key_len: #max_key_len,
                key_lengths: #key_lengths,
                code_lengths: #code_lengths,
            }
        };
    }
}

/// The by-code lookup: the position is `code - min` where the codes are
/// consecutive, a dense index by `code - min` where they are close
/// together, else the sorted codes for a binary search.
fn code_lookup(entries: &[EntryModel]) -> TokenStream {
    let Some((min, span)) = code_span(entries) else {
        return quote!(Codes::Sparse { codes: b"" });
    };
    if span == entries.len() {
        return quote!(Codes::Consecutive { min: #min });
    }
    if span > DENSE_MIN_SPAN.max(entries.len() * DENSE_FACTOR) {
        let mut codes = Vec::with_capacity(entries.len());
        for entry in entries {
            codes.push(entry.code);
        }
        let codes = Literal::byte_string(&blob::u16s(&codes));
        return quote!(Codes::Sparse { codes: #codes });
    }
    // `HOLE` (u16::MAX) where the table has no code; see the facade.
    let mut index = vec![u16::MAX; span];
    for (position, entry) in entries.iter().enumerate() {
        // At most 65,536 entries, so every position fits.
        index[usize::from(entry.code - min)] = u16::try_from(position).unwrap_or(u16::MAX);
    }
    let index = Literal::byte_string(&blob::u16s(&index));
    quote!(Codes::Dense { min: #min, index: #index })
}

/// Consecutive codes up to this many entries get a `match` for `from_u16`.
/// Each arm costs compile time, and past this a small table is rare.
const MATCH_MAX_ENTRIES: usize = 64;

/// Tables whose codes span at most this many values also get `__BY_CODE`.
const BY_CODE_MAX_SPAN: usize = 1024;

/// The body of `from_u16`, and the constant it may read.
///
/// - Up to 64 consecutive codes (a downstream table numbered 0, 1, 2, ...):
///   a `match`, which the optimizer turns into a range check and a cast,
///   as it does for strum's `FromRepr` and num_enum's `TryFromPrimitive`.
/// - Otherwise a small code span gets `__BY_CODE`, the status itself (or
///   `None`) by `code - min`: one range check and one load, where a
///   `match` over scattered codes would compile to a lookup table or a
///   search anyway.
/// - Large tables use the position index and `ALL`: `__BY_CODE` is left
///   out of `__TABLE` and of large tables because every enum value in a
///   constant costs rustc validation time per entry.
fn from_u16(krate: &TokenStream, entries: &[EntryModel]) -> (Option<TokenStream>, TokenStream) {
    let fallback = quote!(#krate::__private::from_u16(Self::__TABLE, Self::ALL, code));
    // Consecutive codes: the `match` compiles to a range check and a cast.
    let consecutive = code_span(entries).is_some_and(|(_, span)| span == entries.len());
    if consecutive && entries.len() <= MATCH_MAX_ENTRIES {
        let (mut codes, mut variants) = (Vec::new(), Vec::new());
        for entry in entries {
            codes.push(Literal::u16_unsuffixed(entry.code));
            variants.push(&entry.variant);
        }
        return (
            None,
            quote! {
                match code {
                    #(#codes => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            },
        );
    }
    let Some((min, span)) = code_span(entries).filter(|&(_, span)| span <= BY_CODE_MAX_SPAN) else {
        return (None, fallback);
    };
    // `Some(Self::Variant)` or `None` for every code of the span.
    let mut slots = Vec::with_capacity(span);
    for _ in 0..span {
        slots.push(Trees(vec![TokenTree::Ident(Ident::new(
            "None",
            Span::call_site(),
        ))]));
    }
    for entry in entries {
        let variant = &entry.variant;
        slots[usize::from(entry.code - min)] = Trees(vec![
            TokenTree::Ident(Ident::new("Some", Span::call_site())),
            TokenTree::Group(Group::new(Delimiter::Parenthesis, quote!(Self::#variant))),
        ]);
    }
    let item = quote! {
        #[allow(clippy::large_stack_arrays)]
        const __BY_CODE: &'static [::core::option::Option<Self>] =
            &[#(::core::option::Option::#slots,)*];
    };
    (
        Some(item),
        quote!(#krate::__private::by_code(Self::__BY_CODE, #min, code)),
    )
}

/// Everything `FromStr` accepts for an entry besides its decimal code.
fn parse_keys(entry: &EntryModel) -> Vec<String> {
    let mut keys = vec![entry.name.clone()];
    let mut push = |key: String| {
        if !keys.contains(&key) {
            keys.push(key);
        }
    };
    push(entry.constant.to_string());
    for alias in &entry.aliases {
        push(alias.name.clone());
        push(alias.constant.to_string());
    }
    keys
}

/// The variant's doc columns. Few attributes for the generated text keep
/// the expansion small; the entry's own docs go between description and
/// constant, as a paragraph.
fn variant_docs(entry: &EntryModel, columns: &mut Columns) {
    columns.heads.push(format!(
        " `{} {}`\n\n {}",
        entry.code,
        entry.phrase,
        sentence(&entry.description)
    ));
    columns.own_docs.push(if entry.docs.is_empty() {
        Trees(Vec::new())
    } else {
        let mut own = quote!(#[doc = ""]);
        for doc in &entry.docs {
            own.extend(doc.tokens.clone());
        }
        Trees::new(own)
    });
    // An inherited entry's constant is the facade's: not in scope to link.
    columns.tails.push(if entry.inherited {
        format!("\n Constant: `{}`, from the base table.", entry.constant)
    } else {
        format!("\n Constant: [`{}`].", entry.constant)
    });
    // The code and the constant, minus the variant's own name (which rustc
    // rejects as an alias).
    let own_name = entry.variant.to_string();
    let mut aliases = Vec::with_capacity(2);
    for alias in [entry.code.to_string(), entry.constant.to_string()] {
        if alias != own_name {
            aliases.push(alias);
        }
    }
    columns.doc_aliases.push(aliases);
}

/// The constant columns of an entry: its constant and its deprecated
/// aliases.
fn constant_items<'a>(
    vis: &Trees,
    enum_ident: &syn::Ident,
    entry: &'a EntryModel,
    columns: &mut Columns<'a>,
) {
    let EntryModel {
        code,
        constant,
        variant,
        ..
    } = entry;
    columns.constant_docs.push(format!(
        " `{} {}`: {}\n\n The code of [`{enum_ident}::{variant}`].",
        code,
        entry.phrase,
        sentence(&entry.description)
    ));
    let code_alias = code.to_string();
    let code_literal = Literal::u16_unsuffixed(*code);
    columns.code_aliases.push(code_alias.clone());
    columns.constants.push(constant);
    columns.codes.push(code_literal.clone());
    if entry.aliases.is_empty() {
        columns.deprecated.push(Trees(Vec::new()));
        return;
    }
    let mut out = TokenStream::new();
    for alias in &entry.aliases {
        let old = &alias.constant;
        let doc = format!(
            " Deprecated name of [`{constant}`] (`{} {}`).",
            code, entry.phrase
        );
        let note = format!("use {constant}");
        out.extend(quote! {
            #[doc = #doc]
            #[doc(alias = #code_alias)]
            #[deprecated(note = #note)]
            #vis const #old: ::core::primitive::u16 = #code_literal;
        });
    }
    columns.deprecated.push(Trees::new(out));
}

/// `text` ending in a full stop, for docs (the description itself is kept
/// verbatim for `description()`).
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn expand_ok(tokens: TokenStream) -> syn::File {
        let out = status_codes(tokens);
        assert!(!out.to_string().contains("compile_error"), "{out}");
        syn::parse2(out).expect("the expansion parses as items")
    }

    fn item_names(file: &syn::File) -> Vec<String> {
        file.items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Const(c) => Some(c.ident.to_string()),
                syn::Item::Enum(e) => Some(e.ident.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn expands_enum_constants_and_impls() {
        let file = expand_ok(quote! {
            #[status(prefix = HTTP)]
            pub enum Http {
                404 NOT_FOUND "Missing",
                #[alias(OLD_OK)]
                200 OK "Fine",
            }
        });
        assert_eq!(
            item_names(&file),
            [
                "Http",
                "HTTP_200_OK",
                "HTTP_200_OLD_OK",
                "HTTP_404_NOT_FOUND"
            ]
        );
        let syn::Item::Enum(e) = &file.items[0] else {
            panic!()
        };
        let variants: Vec<String> = e.variants.iter().map(|v| v.ident.to_string()).collect();
        assert_eq!(variants, ["Ok", "NotFound"]);
        let impls = file
            .items
            .iter()
            .filter(|i| matches!(i, syn::Item::Impl(_)))
            .count();
        assert_eq!(impls, 1, "the table's own items; the rest is the facade's");
        let text = quote!(#file).to_string();
        assert!(
            text.contains(":: fastrapi_status :: __impl_status ! (pub Http , \"Http\" , Custom)"),
            "{text}"
        );
        let discriminants: Vec<String> = e
            .variants
            .iter()
            .map(|v| {
                v.discriminant
                    .as_ref()
                    .map(|(_, d)| quote!(#d).to_string())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(
            discriminants,
            ["200", "404"],
            "a gap needs an explicit discriminant"
        );
        assert!(text.contains("deprecated (note = \"use HTTP_200_OK\")"));
        assert!(text.contains("\"404 Not Found\""));
        assert!(text.contains("aliases : NO_ALIASES"), "404 has none");
        assert!(text.contains(
            "use :: fastrapi_status :: __private :: { Codes , Entry , Hashed , Table , NO_ALIASES }"
        ));
        assert!(
            // Position 0 for 200, then `HOLE`s (0xFFFF), little-endian.
            text.contains(r#"Codes :: Dense { min : 200u16 , index : b"\0\0\xFF\xFF"#),
            "{text}"
        );
    }

    #[test]
    fn consecutive_codes_get_implicit_discriminants() {
        let file = expand_ok(quote!(1 A "a", 2 B "b", 3 C "c", 7 D "d", 8 E "e"));
        let syn::Item::Enum(e) = &file.items[0] else {
            panic!()
        };
        let explicit: Vec<String> = e
            .variants
            .iter()
            .filter_map(|v| v.discriminant.as_ref().map(|(_, d)| quote!(#d).to_string()))
            .collect();
        assert_eq!(explicit, ["1", "7"]);
    }

    #[test]
    fn the_kind_goes_to_the_facade() {
        for (kind, ident) in [
            ("http", "Http"),
            ("websocket", "WebSocket"),
            ("custom", "Custom"),
        ] {
            let kind = Ident::new(kind, Span::call_site());
            let code = Literal::u16_unsuffixed(if ident == "WebSocket" { 1000 } else { 200 });
            let text = expand_ok(quote!(#[status(kind = #kind)] pub enum H { #code OK "Fine" }));
            let text = quote!(#text).to_string();
            let call = format!(":: fastrapi_status :: __impl_status ! (pub H , \"H\" , {ident}) ;");
            assert!(text.contains(&call), "{text}");
        }
    }

    #[test]
    fn sparse_codes_get_a_binary_search_table() {
        let file = expand_ok(quote!(0 LOW "Low", 65535 HIGH "High"));
        let text = quote!(#file).to_string();
        assert!(
            text.contains(r#"Codes :: Sparse { codes : b"\0\0\xFF\xFF" }"#),
            "{text}"
        );
    }

    #[test]
    fn doc_aliases_skip_the_items_own_name() {
        let file = expand_ok(quote!(1 A "Variant and constant are both `A`"));
        let text = quote!(#file).to_string();
        assert!(text.contains("doc (alias = \"1\")"), "{text}");
        assert!(
            !text.contains("alias = \"A\""),
            "rustc rejects an alias equal to the item's name"
        );
    }

    #[test]
    fn parse_keys_are_deduplicated() {
        let Ok(Validated::Model(model)) =
            crate::validate::validate(crate::parse::parse(quote!(#[alias(B)] 1 A "a")))
        else {
            panic!("a valid table")
        };
        let keys = parse_keys(&model.tables[0].entries[0]);
        assert_eq!(
            keys,
            ["A", "B"],
            "without a prefix, constants are the names"
        );
    }

    #[test]
    fn errors_become_compile_error_invocations() {
        let out = status_codes(quote!(1 a "", 1 B b""));
        let file: syn::File = syn::parse2(out).unwrap();
        assert_eq!(
            file.items.len(),
            4,
            "bad name, empty description, duplicate code, byte string"
        );
        assert!(file.items.iter().all(|i| matches!(i, syn::Item::Macro(m) if m.mac.path.segments.last().unwrap().ident == "compile_error")));
    }
}
