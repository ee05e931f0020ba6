//! Stage 3: code generation from a checked [`Model`].
//!
//! Each table becomes: the enum, one `u16` constant per entry and alias, one
//! inherent impl with `ALL`, `from_u16` (a `match` or `__BY_CODE` for small
//! tables) and one `__TABLE`: the entry rows, and the code and name indexes
//! as byte strings (`blob.rs` says why). Then one call of the facade's
//! `__impl_status!` for the methods and trait impls every table has (and
//! `__impl_http_class!`, `__impl_extends!` where they apply): that code is
//! written once, in the facade, as the lookup logic is in its `__private`
//! module. Every loop over entries is here, in the generator, so the
//! printed expansion holds data, not repeated code; and the templates are
//! few, since each token of a `quote!` is code this crate compiles.
//!
//! Loops build the repeated parts, not iterator adapters and `#(...)*`:
//! this crate is on every clean build's critical path, and each adapter
//! chain instantiates generic code that it compiles (see `lib.rs`).

use proc_macro2::{Delimiter, Group, Literal, TokenStream};
use quote::{format_ident, quote};

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

fn expand_table(krate: &TokenStream, table: &TableModel) -> TokenStream {
    let TableModel {
        attrs,
        vis,
        ident,
        entries,
        ..
    } = table;
    let table_name = ident.to_string();
    // Primitive types by absolute path: the user's crate may declare a type
    // named `u16`, `str` or `bool`.
    let u16 = quote!(::core::primitive::u16);
    let mut attr_tokens = TokenStream::new();
    for attr in attrs {
        attr_tokens.extend(attr.tokens.clone());
    }
    let mut variants = TokenStream::new();
    let mut all = TokenStream::new();
    let mut previous: Option<u16> = None;
    for entry in entries {
        let variant = &entry.variant;
        variants.extend(variant_docs(entry));
        // A discriminant is written only where the code does not follow the
        // previous one: rustc's const validation of enum values (as in
        // `ALL`) scans the explicit discriminants, so each costs compile
        // time per entry.
        if previous.and_then(|code| code.checked_add(1)) == Some(entry.code) {
            variants.extend(quote!(#variant,));
        } else {
            let code = Literal::u16_unsuffixed(entry.code);
            variants.extend(quote!(#variant = #code,));
        }
        previous = Some(entry.code);
        all.extend(quote!(Self::#variant,));
    }

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
    // The class methods, and the `http` crate's conversions where that
    // feature is on.
    let http_impls =
        (table.kind == Kind::Http).then(|| quote!(#krate::__impl_http_class!(#vis #ident);));
    let all_doc = format!(" Every `{table_name}`, sorted by code.");
    // The big parts go in as groups, or are appended: interpolating a group
    // shares its tokens, where interpolating a stream copies every token.
    let variants = Group::new(Delimiter::Brace, variants);
    let all = Group::new(Delimiter::Bracket, all);

    let mut out = quote! {
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
        #vis enum #ident #variants
    };
    // Appended entry by entry, straight into the output. An inherited
    // entry's constant is the base's, declared once, in the facade.
    for entry in entries {
        if !entry.inherited {
            out.extend(constant_items(vis, ident, entry));
        }
    }
    out.extend(quote! {
        impl #ident {
            #[doc = #all_doc]
            #[allow(clippy::large_stack_arrays)]
            #vis const ALL: &'static [Self] = &#all;

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
        #krate::__impl_status!(#vis #ident, #table_name);

        #default_impl
        #base_conversions
        #http_impls
    });
    out
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
    let mut entry_rows = TokenStream::new();
    // Every key `FromStr` accepts besides the code, with its entry's position.
    let mut keys: Vec<(String, u16)> = Vec::new();
    let mut code_lengths = 0u8;
    for (position, e) in entries.iter().enumerate() {
        let EntryModel {
            code,
            name,
            phrase,
            description,
            ..
        } = e;
        let constant = e.constant.to_string();
        let display = format!("{code} {phrase}");
        // Most entries have none: one shared empty slice, as rustc interns
        // and validates each `&[]` written out as an allocation of its own.
        let aliases = if e.aliases.is_empty() {
            quote!(NO_ALIASES)
        } else {
            let mut aliases = TokenStream::new();
            for alias in &e.aliases {
                let alias = alias.constant.to_string();
                aliases.extend(quote!(#alias,));
            }
            quote!(&[#aliases])
        };
        code_lengths |= 1 << code.to_string().len();
        // At most 65,536 entries, so every position fits.
        let position = u16::try_from(position).unwrap_or(u16::MAX);
        for key in parse_keys(e) {
            keys.push((key, position));
        }
        let code = Literal::u16_unsuffixed(*code);
        entry_rows.extend(quote! {
            Entry {
                code: #code,
                name: #name,
                constant: #constant,
                phrase: #phrase,
                description: #description,
                display: #display,
                aliases: #aliases,
            },
        });
    }
    let entry_rows = Group::new(Delimiter::Bracket, entry_rows);

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
                entries: &#entry_rows,
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
        let mut arms = TokenStream::new();
        for entry in entries {
            let (code, variant) = (Literal::u16_unsuffixed(entry.code), &entry.variant);
            arms.extend(quote!(#code => ::core::option::Option::Some(Self::#variant),));
        }
        return (
            None,
            quote! {
                match code {
                    #arms
                    _ => ::core::option::Option::None,
                }
            },
        );
    }
    let Some((min, span)) = code_span(entries).filter(|&(_, span)| span <= BY_CODE_MAX_SPAN) else {
        return (None, fallback);
    };
    let mut slots: Vec<Option<&syn::Ident>> = vec![None; span];
    for entry in entries {
        slots[usize::from(entry.code - min)] = Some(&entry.variant);
    }
    let mut by_code = TokenStream::new();
    for slot in slots {
        by_code.extend(match slot {
            Some(variant) => quote!(::core::option::Option::Some(Self::#variant),),
            None => quote!(::core::option::Option::None,),
        });
    }
    let by_code = Group::new(Delimiter::Bracket, by_code);
    let item = quote! {
        #[allow(clippy::large_stack_arrays)]
        const __BY_CODE: &'static [::core::option::Option<Self>] = &#by_code;
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

fn variant_docs(entry: &EntryModel) -> TokenStream {
    // Few attributes for the generated text keep the expansion small; the
    // entry's own docs go between description and constant, as a paragraph.
    let head = format!(
        " `{} {}`\n\n {}",
        entry.code,
        entry.phrase,
        sentence(&entry.description)
    );
    let mut own = TokenStream::new();
    if !entry.docs.is_empty() {
        own.extend(quote!(#[doc = ""]));
        for doc in &entry.docs {
            own.extend(doc.tokens.clone());
        }
    }
    // An inherited entry's constant is the facade's: not in scope to link.
    let tail = if entry.inherited {
        format!("\n Constant: `{}`, from the base table.", entry.constant)
    } else {
        format!("\n Constant: [`{}`].", entry.constant)
    };
    let own_name = entry.variant.to_string();
    let mut aliases = TokenStream::new();
    // The code and the constant, minus the variant's own name (which
    // rustc rejects as an alias).
    for alias in [entry.code.to_string(), entry.constant.to_string()] {
        if alias != own_name {
            if !aliases.is_empty() {
                aliases.extend(quote!(,));
            }
            aliases.extend(quote!(alias = #alias));
        }
    }
    quote! {
        #[doc = #head]
        #own
        #[doc = #tail]
        #[doc(#aliases)]
    }
}

/// The entry's constant and its deprecated aliases.
fn constant_items(vis: &TokenStream, enum_ident: &syn::Ident, entry: &EntryModel) -> TokenStream {
    let EntryModel {
        code,
        constant,
        variant,
        ..
    } = entry;
    let summary = format!(
        " `{} {}`: {}\n\n The code of [`{enum_ident}::{variant}`].",
        code,
        entry.phrase,
        sentence(&entry.description)
    );
    let code_alias = code.to_string();
    let code_literal = Literal::u16_unsuffixed(*code);
    let mut aliases = TokenStream::new();
    for alias in &entry.aliases {
        let old = &alias.constant;
        let doc = format!(
            " Deprecated name of [`{constant}`] (`{} {}`).",
            code, entry.phrase
        );
        let note = format!("use {constant}");
        aliases.extend(quote! {
            #[doc = #doc]
            #[doc(alias = #code_alias)]
            #[deprecated(note = #note)]
            #vis const #old: ::core::primitive::u16 = #code_literal;
        });
    }
    quote! {
        #[doc = #summary]
        #[doc(alias = #code_alias)]
        #vis const #constant: ::core::primitive::u16 = #code_literal;
        #aliases
    }
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
            text.contains(":: fastrapi_status :: __impl_status ! (pub Http , \"Http\")"),
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
        assert!(
            !text.contains("__impl_http_class"),
            "only kind = http has class()"
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
    fn http_kind_adds_class_methods() {
        let text = expand_ok(quote!(#[status(kind = http)] pub enum H { 200 OK "Fine" }));
        let text = quote!(#text).to_string();
        assert!(
            text.contains(":: fastrapi_status :: __impl_http_class ! (pub H) ;"),
            "{text}"
        );
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
