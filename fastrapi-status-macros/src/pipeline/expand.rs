//! Stage 3: code generation. Each table becomes its enum, its constants, an
//! impl with `ALL` and `from_u16`, its data (a hidden `TableData` impl), and
//! one call of the facade's `__impl_status!`: the code every table shares is
//! written once, there, as users' builds type-check every token here.

use proc_macro2::{Group, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};

use super::blob;
use super::hash;
use super::literals::{binary_literal, hex_literal, rows_literal};
use super::model::{EntryModel, Model, TableModel};

/// Generates the code for every table of a checked invocation.
pub fn expand(model: &Model) -> TokenStream {
    let mut out = TokenStream::new();
    for table in &model.tables {
        out.extend(expand_table(&model.krate, table));
    }
    out
}

/// Codes within this many times the entry count (or `DENSE_MIN_SPAN`) get
/// a dense by-code index: one range check and one load per lookup.
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
    // By absolute path: the user's crate may declare a type `u16`.
    let u16 = quote!(::core::primitive::u16);
    let variants = variants(entries);
    let all = entries.iter().map(|entry| &entry.variant);
    let (mut constants, mut any_deprecated, mut any_hidden) = (TokenStream::new(), false, false);
    for entry in entries {
        if !entry.inherited {
            constants.extend(constant_items(vis, ident, entry));
        }
        any_deprecated |= entry.deprecated.is_some();
        any_hidden |= entry.hidden;
    }
    // Only the user's own uses of a deprecated variant warn.
    let allow_deprecated = if any_deprecated {
        quote!(#[allow(deprecated)])
    } else {
        TokenStream::new()
    };
    let default_doc = if table.has_docs {
        TokenStream::new()
    } else {
        let doc =
            format!(" Status codes of the `{table_name}` table, declared with `status_codes!`.");
        quote!(#[doc = #doc])
    };
    let from_u16_body = from_u16(krate, entries);
    let all_allow = large_array_allow(entries.len(), 2);
    let lookup_table = lookup_table(krate, ident, &table_name, entries);
    // `#[derive(Serialize, Deserialize)]`: the facade's impls, where the
    // derive was written (an error there without the `serde` feature).
    let mut serde = TokenStream::new();
    if let Some(derive) = &table.serde {
        let span = derive.span;
        let mut names = TokenStream::new();
        for name in &derive.traits {
            names.extend([TokenTree::Ident(Ident::new(name, span))]);
        }
        serde = quote_spanned!(span=> #krate::__impl_serde!(#ident #names););
        // A bare `Serialize` names the user's import, which the absorbed
        // derive would leave unused (a warning): used here.
        let imports = &derive.imports;
        if !imports.is_empty() {
            serde.extend(quote! {
                const _: () = { #( #[allow(unused_imports)] use #imports as _; )* };
            });
        }
    }
    // clippy's `manual_non_exhaustive` reads a hidden variant as the
    // pattern it replaces; a `#[doc(hidden)]` entry is not that.
    let hidden_entry = if any_hidden {
        quote!(#[allow(clippy::manual_non_exhaustive)])
    } else {
        TokenStream::new()
    };
    let mut default_impl = TokenStream::new();
    if let Some(variant) = &table.default {
        default_impl = quote! {
            #allow_deprecated
            impl ::core::default::Default for #ident {
                /// The entry marked `#[default]`.
                #[inline]
                fn default() -> Self {
                    Self::#variant
                }
            }
        };
    }
    let mut base_conversions = TokenStream::new();
    if let Some(base) = &table.base {
        let (base_ident, fallback) = (&base.ident, &base.fallback);
        base_conversions = quote!(#krate::__impl_extends!(#ident, #base_ident, #fallback););
    }
    let kind = Ident::new(table.kind.facade_name(), Span::call_site());
    let all_doc = format!(" Every `{table_name}`, sorted by code.");

    quote! {
        #(#attrs)*
        #default_doc
        #hidden_entry
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
            ::core::hash::Hash,
        )]
        #[repr(u16)]
        #vis enum #ident {
            #(#variants)*
        }

        #constants

        impl #ident {
            #[doc = #all_doc]
            #all_allow
            #allow_deprecated
            #vis const ALL: &'static [Self] = &[#(Self::#all),*];

            /// The status with this code, if the table has one.
            #[inline]
            #[must_use]
            #allow_deprecated
            #vis const fn from_u16(code: #u16) -> ::core::option::Option<Self> {
                #from_u16_body
            }
        }

        #lookup_table

        #krate::__impl_status!(#vis #ident, #table_name, #kind);
        #serde

        #default_impl
        #base_conversions
    }
}

/// The variants, `= code` only where a code does not follow the previous:
/// rustc validates each explicit discriminant.
fn variants(entries: &[EntryModel]) -> Vec<TokenStream> {
    let mut previous: Option<u16> = None;
    let mut variants = Vec::with_capacity(entries.len());
    for entry in entries {
        let docs = variant_docs(entry);
        let passed = &entry.passed;
        let variant = &entry.variant;
        let follows = previous.and_then(|code| code.checked_add(1)) == Some(entry.code);
        previous = Some(entry.code);
        let mut discriminant = TokenStream::new();
        if !follows {
            let code = Literal::u16_unsuffixed(entry.code);
            discriminant = quote!(= #code);
        }
        variants.push(quote!(#docs #(#passed)* #variant #discriminant,));
    }
    variants
}

/// The lowest code and how many codes lie from it to the highest.
fn code_span(entries: &[EntryModel]) -> Option<(u16, usize)> {
    let (first, last) = (entries.first()?, entries.last()?);
    Some((first.code, usize::from(last.code - first.code) + 1))
}

/// The rows and the indexes the facade's lookups read, in a hidden trait's
/// impl: no inherent item of the user's enum.
fn lookup_table(
    krate: &TokenStream,
    ident: &Ident,
    table_name: &str,
    entries: &[EntryModel],
) -> TokenStream {
    let lookup = code_lookup(entries);
    let rows = entries.iter().map(entry_row);
    // Every key `FromStr` accepts besides the code, with its entry's position.
    // And the masks of the lengths codes and keys come in.
    let mut keys: Vec<(String, u16)> = Vec::new();
    let mut code_lengths = 0u8;
    for (position, entry) in entries.iter().enumerate() {
        let position = u16::try_from(position).unwrap_or(u16::MAX);
        for key in parse_keys(entry) {
            keys.push((key, position));
        }
        code_lengths |= 1 << entry.code.to_string().len();
    }
    let (mut key_texts, mut max_key_len, mut key_lengths) = (Vec::new(), 0, 0u64);
    for (key, _) in &keys {
        key_texts.push(key.as_str());
        max_key_len = max_key_len.max(key.len());
        key_lengths |= 1 << key.len().min(63);
    }
    let Some(index) = hash::build_index(&key_texts) else {
        let message = format!("fastrapi-status could not build a name index for `{table_name}`; please report this table");
        return quote!(::core::compile_error!(#message););
    };
    let seed = hex_literal(index.seed, 16);
    let displacements = Literal::byte_string(&blob::u32s(&index.displacements));
    let hashed = Ident::new(
        match index.hashed {
            hash::Hashed::First => "First",
            hash::Hashed::Last => "Last",
            hash::Hashed::All => "All",
        },
        Span::call_site(),
    );
    let key_lengths = hex_literal(key_lengths, 0);
    let code_lengths = binary_literal(code_lengths);
    let max_key_len = Literal::usize_unsuffixed(max_key_len);
    // An entry row: a `u16`, five `&str` and a slice.
    let table_allow = large_array_allow(entries.len(), 104);
    let (key_rows, key_text) = blob::key_rows(&index.slots, &keys);
    let (key_rows, key_text) = (
        rows_literal(&key_rows, blob::KEY_ROW),
        Literal::byte_string(&key_text),
    );

    // Only what the rows name: an unused import would warn.
    let mut imports: Vec<&str> = vec!["Codes", "Entry", "Hashed", "Table"];
    if entries.iter().any(|entry| entry.aliases.is_empty()) {
        imports.push("NO_ALIASES");
    }
    let specs = specs(entries, &mut imports);
    let deprecated = deprecations(entries, &mut imports);
    let imports = imports
        .iter()
        .map(|name| Ident::new(name, Span::call_site()));
    quote! {
        impl #krate::__private::TableData for #ident {
        #table_allow
        const TABLE: &'static #krate::__private::Table = {
            use #krate::__private::{#(#imports),*};
            &Table {
                name: #table_name,
                entries: &[#(#rows)*],
                codes: #lookup,
                keys: #key_rows,
                key_text: #key_text,
                hashed: Hashed::#hashed,
                seed: #seed,
                displacements: #displacements,
                max_key_len: #max_key_len,
                key_lengths: #key_lengths,
                code_lengths: #code_lengths,
                specs: #specs,
                deprecated: #deprecated,
            }
        };
        }
    }
}

/// `Entry { code: 404, ... },`; no aliases is one shared empty slice, as
/// rustc validates each `&[]` written out as an allocation of its own.
fn entry_row(entry: &EntryModel) -> TokenStream {
    let EntryModel {
        name,
        phrase,
        description,
        ..
    } = entry;
    let code = Literal::u16_unsuffixed(entry.code);
    let constant = entry.constant.to_string();
    let display = format!("{} {}", entry.code, entry.phrase);
    let aliases = if entry.aliases.is_empty() {
        quote!(NO_ALIASES)
    } else {
        let names = entry.aliases.iter().map(|alias| alias.constant.to_string());
        quote!(&[#(#names),*])
    };
    quote! {
        Entry {
            code: #code,
            name: #name,
            constant: #constant,
            phrase: #phrase,
            description: #description,
            display: #display,
            aliases: #aliases,
        },
    }
}

/// Each entry's `#[spec]`, by position; `NO_SPECS` for a table without.
fn specs(entries: &[EntryModel], imports: &mut Vec<&str>) -> TokenStream {
    if entries.iter().all(|entry| entry.spec.is_none()) {
        imports.push("NO_SPECS");
        return quote!(NO_SPECS);
    }
    imports.push("Spec");
    let mut rows = TokenStream::new();
    for entry in entries {
        let (mut reference, mut url) = ("", "");
        if let Some(spec) = &entry.spec {
            reference = &spec.reference;
            url = spec.url.as_deref().unwrap_or("");
        }
        rows.extend(quote!(Spec { reference: #reference, url: #url, },));
    }
    quote!(&[#rows])
}

/// The deprecated entries' positions and notes; `NO_DEPRECATED` if none.
fn deprecations(entries: &[EntryModel], imports: &mut Vec<&str>) -> TokenStream {
    let mut rows = Vec::new();
    for (position, entry) in entries.iter().enumerate() {
        if let Some(note) = &entry.deprecated {
            let position = Literal::usize_unsuffixed(position);
            rows.push(quote!(Deprecated { position: #position, note: #note, },));
        }
    }
    if rows.is_empty() {
        imports.push("NO_DEPRECATED");
        return quote!(NO_DEPRECATED);
    }
    imports.push("Deprecated");
    quote!(&[#(#rows)*])
}

/// The by-code lookup: consecutive codes, a dense index, or sorted codes
/// for a binary search.
fn code_lookup(entries: &[EntryModel]) -> TokenStream {
    let Some((min, span)) = code_span(entries) else {
        return quote!(Codes::Sparse { codes: b"" });
    };
    let min_literal = Literal::u16_unsuffixed(min);
    if span == entries.len() {
        return quote!(Codes::Consecutive { min: #min_literal });
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
        index[usize::from(entry.code - min)] = u16::try_from(position).unwrap_or(u16::MAX);
    }
    let index = Literal::byte_string(&blob::u16s(&index));
    quote!(Codes::Dense { min: #min_literal, index: #index })
}

/// Up to this many entries within this many codes get a `match` for
/// `from_u16` (a range check, a mask test and a cast once optimized);
/// larger tables share the engine's index with `phrase()` (`BENCHMARKS.md`).
const MATCH_MAX_ENTRIES: usize = 64;
const MATCH_MAX_SPAN: usize = 64;

fn from_u16(krate: &TokenStream, entries: &[EntryModel]) -> TokenStream {
    let close = code_span(entries).is_some_and(|(_, span)| span <= MATCH_MAX_SPAN);
    if !close || entries.len() > MATCH_MAX_ENTRIES {
        return quote! {
            #krate::__private::from_u16(<Self as #krate::__private::TableData>::TABLE, Self::ALL, code)
        };
    }
    let codes = entries
        .iter()
        .map(|entry| Literal::u16_unsuffixed(entry.code));
    let variants = entries.iter().map(|entry| &entry.variant);
    quote! {
        use ::core::option::Option::{None, Some};
        match code {
            #(#codes => Some(Self::#variants),)*
            _ => None,
        }
    }
}

/// clippy's `large_stack_arrays` counts an associated constant's array as
/// a local: allowed past half its default threshold, only there.
fn large_array_allow(len: usize, element_bytes: usize) -> TokenStream {
    if len.saturating_mul(element_bytes) > 8 * 1024 {
        quote!(#[allow(clippy::large_stack_arrays)])
    } else {
        TokenStream::new()
    }
}

/// Everything `FromStr` accepts for an entry besides its decimal code.
fn parse_keys(entry: &EntryModel) -> Vec<String> {
    let mut keys = vec![entry.name.clone(), entry.constant.to_string()];
    for alias in &entry.aliases {
        keys.push(alias.name.clone());
        keys.push(alias.constant.to_string());
    }
    // Without a prefix, the constant is the name.
    keys.dedup();
    keys
}

/// The variant's docs, with aliases for the code and the constant (not the
/// variant's own name, which rustc rejects).
fn variant_docs(entry: &EntryModel) -> TokenStream {
    let summary = format!(
        " `{} {}`\n\n {}",
        entry.code,
        entry.phrase,
        sentence(&entry.description)
    );
    let mut own_docs = TokenStream::new();
    if !entry.docs.is_empty() {
        let docs = &entry.docs;
        own_docs = quote!(#[doc = ""] #(#docs)*);
    }
    // An inherited entry's constant is the facade's: not in scope to link.
    let constant = if entry.inherited {
        format!("\n Constant: `{}`, from the base table.", entry.constant)
    } else {
        format!("\n Constant: [`{}`].", entry.constant)
    };
    let constant = match spec_doc(entry) {
        Some(spec) => format!("{constant}\n\n{spec}"),
        None => constant,
    };
    let code = entry.code.to_string();
    let constant_name = entry.constant.to_string();
    let aliases = if entry.variant == constant_name {
        quote!(doc(alias = #code))
    } else {
        quote!(doc(alias = #code, alias = #constant_name))
    };
    quote! {
        #[doc = #summary]
        #own_docs
        #[doc = #constant]
        #[#aliases]
    }
}

/// An entry's constant and the deprecated constants of its aliases.
fn constant_items(vis: &TokenStream, enum_ident: &Ident, entry: &EntryModel) -> TokenStream {
    let EntryModel {
        code,
        constant,
        variant,
        passed,
        ..
    } = entry;
    let mut doc = format!(
        " `{} {}`: {}\n\n The code of [`{enum_ident}::{variant}`].",
        code,
        entry.phrase,
        sentence(&entry.description)
    );
    if let Some(spec) = spec_doc(entry) {
        doc = format!("{doc}\n\n{spec}");
    }
    let code_alias = code.to_string();
    let code = Literal::u16_unsuffixed(*code);
    let mut aliases = TokenStream::new();
    for alias in &entry.aliases {
        let old = &alias.constant;
        let doc = format!(
            " Deprecated name of [`{constant}`] (`{} {}`).",
            entry.code, entry.phrase
        );
        let note = format!("use {constant}");
        let span = at_name(old.span());
        let vis = respanned(vis, span);
        aliases.extend(quote_spanned! {span=>
            #[doc = #doc]
            #[doc(alias = #code_alias)]
            #[deprecated(note = #note)]
            #vis const #old: ::core::primitive::u16 = #code;
        });
    }
    // Located at the entry's name, so that the compiler's own errors about
    // the constant (another call declaring it too) point there.
    let span = at_name(constant.span());
    let vis = respanned(vis, span);
    quote_spanned! {span=>
        #[doc = #doc]
        #[doc(alias = #code_alias)]
        #(#passed)*
        #vis const #constant: ::core::primitive::u16 = #code;
        #aliases
    }
}

/// The macro's own span, so the item stays generated code (no lint for an
/// unused constant), located at the user's `name`.
fn at_name(name: Span) -> Span {
    Span::call_site().located_at(name)
}

/// `tokens` with every span set to `span`.
fn respanned(tokens: &TokenStream, span: Span) -> TokenStream {
    let mut out = TokenStream::new();
    for mut tree in tokens.clone() {
        if let TokenTree::Group(group) = &tree {
            let mut inner = Group::new(group.delimiter(), respanned(&group.stream(), span));
            inner.set_span(span);
            tree = TokenTree::Group(inner);
        } else {
            tree.set_span(span);
        }
        out.extend([tree]);
    }
    out
}

/// " Defined in [RFC 9110, Section 15.5.5](https://...)."
fn spec_doc(entry: &EntryModel) -> Option<String> {
    let spec = entry.spec.as_ref()?;
    Some(match &spec.url {
        Some(url) => format!(" Defined in [{}]({url}).", spec.reference),
        None => format!(" Defined in {}.", sentence(&spec.reference)),
    })
}

/// `text` ending in a full stop, for docs.
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
    //! Assertions on the expansion as syn reads it (items, fields,
    //! literals), never on how proc_macro2 prints it.

    use super::super::model::Validated;
    use super::super::{parse, status_codes, validate};
    use super::*;
    use quote::quote;
    use syn::parse_quote;

    fn expand_ok(tokens: TokenStream) -> syn::File {
        let out = status_codes(tokens);
        let file: syn::File = syn::parse2(out).expect("the expansion parses as items");
        assert!(
            !file
                .items
                .iter()
                .any(|item| matches!(item, syn::Item::Macro(m)
                if m.mac.path.is_ident("compile_error")
                    || m.mac.path.segments.last().is_some_and(|s| s.ident == "compile_error"))),
            "{}",
            quote!(#file)
        );
        file
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

    fn the_enum(file: &syn::File) -> &syn::ItemEnum {
        match &file.items[0] {
            syn::Item::Enum(e) => e,
            other => panic!("the enum comes first: {}", quote!(#other)),
        }
    }

    /// The table's own impls: the inherent one (`ALL`, `from_u16`), then
    /// its data's (`TableData::TABLE`); the rest is the facade's.
    fn impls(file: &syn::File) -> (&syn::ItemImpl, &syn::ItemImpl) {
        let impls: Vec<&syn::ItemImpl> = file
            .items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Impl(i) => Some(i),
                _ => None,
            })
            .collect();
        let [own, data] = impls.as_slice() else {
            panic!("two impls, found {}", impls.len())
        };
        assert!(own.trait_.is_none(), "the inherent impl first");
        let (path, _) = data.trait_.as_ref().expect("then a trait's");
        assert_eq!(path.segments.last().unwrap().ident, "TableData");
        (own, data)
    }

    fn own_impl(file: &syn::File) -> &syn::ItemImpl {
        impls(file).0
    }

    fn assoc_const<'a>(file: &'a syn::File, name: &str) -> &'a syn::ImplItemConst {
        let (own, data) = impls(file);
        own.items
            .iter()
            .chain(&data.items)
            .find_map(|item| match item {
                syn::ImplItem::Const(c) if c.ident == name => Some(c),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no `{name}`"))
    }

    fn from_u16_body(file: &syn::File) -> &syn::Block {
        own_impl(file)
            .items
            .iter()
            .find_map(|item| match item {
                syn::ImplItem::Fn(f) if f.sig.ident == "from_u16" => Some(&f.block),
                _ => None,
            })
            .expect("from_u16")
    }

    /// The fields of `TABLE`'s `Table { ... }`, after its `use` line.
    fn table_fields(file: &syn::File) -> Vec<syn::FieldValue> {
        let syn::Expr::Block(block) = &assoc_const(file, "TABLE").expr else {
            panic!("`TABLE` is a block")
        };
        let stmts = &block.block.stmts;
        assert!(matches!(&stmts[0], syn::Stmt::Item(syn::Item::Use(_))));
        let syn::Stmt::Expr(syn::Expr::Reference(table), None) = &stmts[1] else {
            panic!("then `&Table {{ ... }}`")
        };
        struct_fields(&table.expr)
    }

    fn struct_fields(expr: &syn::Expr) -> Vec<syn::FieldValue> {
        match expr {
            syn::Expr::Struct(s) => s.fields.iter().cloned().collect(),
            other => panic!("not a struct: {}", quote!(#other)),
        }
    }

    fn field(fields: &[syn::FieldValue], name: &str) -> syn::Expr {
        for field in fields {
            if matches!(&field.member, syn::Member::Named(n) if n == name) {
                return field.expr.clone();
            }
        }
        panic!("no field `{name}`")
    }

    fn rows(file: &syn::File) -> Vec<Vec<syn::FieldValue>> {
        let syn::Expr::Reference(entries) = field(&table_fields(file), "entries") else {
            panic!("`entries: &[...]`")
        };
        let syn::Expr::Array(array) = &*entries.expr else {
            panic!("an array")
        };
        array.elems.iter().map(struct_fields).collect()
    }

    fn literal_text(expr: &syn::Expr) -> String {
        match expr {
            syn::Expr::Lit(lit) => {
                let lit = &lit.lit;
                quote!(#lit).to_string()
            }
            other => panic!("not a literal: {}", quote!(#other)),
        }
    }

    fn byte_string(expr: &syn::Expr) -> Vec<u8> {
        match expr {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::ByteStr(bytes),
                ..
            }) => bytes.value(),
            other => panic!("not a byte string: {}", quote!(#other)),
        }
    }

    fn the_facade_call(file: &syn::File) -> &syn::Macro {
        file.items
            .iter()
            .find_map(|item| match item {
                syn::Item::Macro(m)
                    if m.mac
                        .path
                        .segments
                        .last()
                        .is_some_and(|s| s.ident == "__impl_status") =>
                {
                    Some(&m.mac)
                }
                _ => None,
            })
            .expect("a call of `__impl_status!`")
    }

    fn has_attr(attrs: &[syn::Attribute], expected: &syn::Attribute) -> bool {
        attrs.iter().any(|attr| attr == expected)
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
        let variants: Vec<String> = the_enum(&file)
            .variants
            .iter()
            .map(|v| v.ident.to_string())
            .collect();
        assert_eq!(variants, ["Ok", "NotFound"]);
        let expected: syn::Macro =
            parse_quote!(::fastrapi_status::__impl_status!(pub Http, "Http", Custom));
        assert_eq!(the_facade_call(&file), &expected);
        let discriminants: Vec<String> = the_enum(&file)
            .variants
            .iter()
            .map(|v| {
                v.discriminant
                    .as_ref()
                    .map(|(_, d)| literal_text(d))
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(
            discriminants,
            ["200", "404"],
            "a gap needs an explicit discriminant"
        );

        let old = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Const(c) if c.ident == "HTTP_200_OLD_OK" => Some(c),
                _ => None,
            })
            .unwrap();
        assert!(has_attr(
            &old.attrs,
            &parse_quote!(#[deprecated(note = "use HTTP_200_OK")])
        ));

        let rows = rows(&file);
        assert_eq!(
            literal_text(&field(&rows[1], "display")),
            "\"404 Not Found\""
        );
        assert_eq!(
            field(&rows[1], "aliases"),
            parse_quote!(NO_ALIASES),
            "404 has none"
        );
        assert_eq!(
            field(&rows[0], "aliases"),
            parse_quote!(&["HTTP_200_OLD_OK"])
        );

        let codes = field(&table_fields(&file), "codes");
        let fields = struct_fields(&codes);
        assert_eq!(literal_text(&field(&fields, "min")), "200", "unsuffixed");
        // Position 0 for 200, then `HOLE`s (0xFFFF), little-endian.
        assert_eq!(
            byte_string(&field(&fields, "index"))[..4],
            [0, 0, 0xFF, 0xFF]
        );
    }

    #[test]
    fn data_reads_as_written() {
        let file = expand_ok(quote!(0 QUEUED "a", 1 RUNNING "b", #[alias(FAILED)] 70 ERRORED "c"));
        let fields = table_fields(&file);
        let seed = literal_text(&field(&fields, "seed"));
        assert!(
            seed.starts_with("0x") && seed.len() == 2 + 16 + 3,
            "a seed in hex: {seed}"
        );
        let key_lengths = literal_text(&field(&fields, "key_lengths"));
        // Keys of 6 and 7 bytes: bits 6 and 7.
        assert_eq!(key_lengths, "0xC0");
        assert_eq!(
            literal_text(&field(&fields, "code_lengths")),
            "0b110",
            "codes of one and two digits"
        );
        assert_eq!(
            literal_text(&field(&fields, "max_key_len")),
            "7",
            "unsuffixed"
        );
        // A small table needs no lint allowance, and has one index by code.
        let allow: syn::Attribute = parse_quote!(#[allow(clippy::large_stack_arrays)]);
        assert!(!has_attr(&assoc_const(&file, "ALL").attrs, &allow));
        assert!(!has_attr(&assoc_const(&file, "TABLE").attrs, &allow));
        let consts: Vec<String> = own_impl(&file)
            .items
            .iter()
            .filter_map(|item| match item {
                syn::ImplItem::Const(c) => Some(c.ident.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(consts, ["ALL"]);
        let data = quote!(<Self as ::fastrapi_status::__private::TableData>::TABLE);
        let expected: syn::Block =
            parse_quote!({ ::fastrapi_status::__private::from_u16(#data, Self::ALL, code) });
        assert_eq!(from_u16_body(&file), &expected);
    }

    #[test]
    fn large_tables_allow_the_array_lint_where_it_fires() {
        let entries = (0..200u16).map(|i| {
            let name = Ident::new(&format!("E{i}"), Span::call_site());
            let code = Literal::u16_unsuffixed(i * 2);
            quote!(#code #name "x",)
        });
        let file = expand_ok(quote!(#(#entries)*));
        let allow: syn::Attribute = parse_quote!(#[allow(clippy::large_stack_arrays)]);
        assert!(
            has_attr(&assoc_const(&file, "TABLE").attrs, &allow),
            "200 rows pass 8 KiB"
        );
        assert!(
            !has_attr(&assoc_const(&file, "ALL").attrs, &allow),
            "400 bytes do not"
        );
    }

    #[test]
    fn close_codes_get_a_match_and_gaps_explicit_discriminants() {
        let file = expand_ok(quote!(1 A "a", 2 B "b", 3 C "c", 7 D "d", 8 E "e"));
        let explicit: Vec<String> = the_enum(&file)
            .variants
            .iter()
            .filter_map(|v| v.discriminant.as_ref().map(|(_, d)| literal_text(d)))
            .collect();
        assert_eq!(explicit, ["1", "7"]);

        let file = expand_ok(quote!(1 A "a", 2 B "b", 64 C "c"));
        let expected: syn::Block = parse_quote!({
            use ::core::option::Option::{None, Some};
            match code {
                1 => Some(Self::A),
                2 => Some(Self::B),
                64 => Some(Self::C),
                _ => None,
            }
        });
        assert_eq!(from_u16_body(&file), &expected);
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
            let file = expand_ok(quote!(#[status(kind = #kind)] pub enum H { #code OK "Fine" }));
            let ident = Ident::new(ident, Span::call_site());
            let expected: syn::Macro =
                parse_quote!(::fastrapi_status::__impl_status!(pub H, "H", #ident));
            assert_eq!(the_facade_call(&file), &expected);
        }
    }

    #[test]
    fn sparse_codes_get_a_binary_search_table() {
        let file = expand_ok(quote!(0 LOW "Low", 65535 HIGH "High"));
        let codes = field(&table_fields(&file), "codes");
        let expected: syn::Expr = parse_quote!(Codes::Sparse {
            codes: b"\0\0\xFF\xFF"
        });
        assert_eq!(codes, expected);
    }

    #[test]
    fn doc_aliases_skip_the_items_own_name() {
        let file = expand_ok(quote!(1 A "Variant and constant are both `A`"));
        let attrs = &the_enum(&file).variants[0].attrs;
        assert!(has_attr(attrs, &parse_quote!(#[doc(alias = "1")])));
        assert!(
            !has_attr(attrs, &parse_quote!(#[doc(alias = "1", alias = "A")])),
            "rustc rejects an alias equal to the item's name"
        );
    }

    #[test]
    fn extending_asks_the_facade_with_what_it_declared() {
        let out = status_codes(quote! {
            @(::f) @extendable(HttpStatus = __http_table)
            #[status(extends = HttpStatus)] pub enum Edge { 499 X "x" }
        });
        let call: syn::Macro = syn::parse2(out).unwrap();
        let expected: syn::Macro = parse_quote! {
            ::f::__http_table! {
                [::f::__private::status_codes]
                @(::f) @extendable(HttpStatus = __http_table)
                @input { #[status(extends = HttpStatus)] pub enum Edge { 499 X "x" } }
                @bases
            }
        };
        assert_eq!(call, expected);
    }

    #[test]
    fn parse_keys_are_deduplicated() {
        let Ok(Validated::Model(model)) =
            validate::validate(parse::parse(quote!(#[alias(B)] 1 A "a")))
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

    /// The table the crate docs show the expansion of.
    fn documented_table() -> TokenStream {
        quote! {
            /// Job states.
            pub enum Job {
                0 QUEUED "Waiting for a worker",
                1 RUNNING "A worker has it",
                #[alias(FAILED)]
                7 ERRORED "It stopped with an error",
            }
        }
    }

    /// `doc/expansion.rs`, shown in the crate docs, is this expansion,
    /// compared as syn items (formatting aside). To write it anew:
    /// `BLESS=1 cargo test -p fastrapi-status-macros printed_expansion`,
    /// then `rustfmt --edition 2021 fastrapi-status-macros/doc/expansion.rs`;
    /// rustfmt leaves `TABLE` on one line (its byte strings are longer
    /// than a line), so break that by hand.
    /// Byte strings written anew from their bytes: the docs' copy may
    /// break them into lines differently.
    fn canonical_byte_strings(file: &mut syn::File) {
        struct Canonical;
        impl syn::visit_mut::VisitMut for Canonical {
            fn visit_lit_byte_str_mut(&mut self, lit: &mut syn::LitByteStr) {
                *lit = syn::LitByteStr::new(&lit.value(), lit.span());
            }
        }
        syn::visit_mut::VisitMut::visit_file_mut(&mut Canonical, file);
    }

    #[test]
    fn printed_expansion_in_the_docs_is_current() {
        let mut actual = expand_ok(documented_table());
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/doc/expansion.rs");
        if std::env::var_os("BLESS").is_some() {
            let header = "// What `status_codes!` writes for the table in `src/lib.rs`'s docs\n// (checked by `expand::tests::printed_expansion_in_the_docs_is_current`).\n";
            std::fs::write(path, format!("{header}{}\n", quote!(#actual))).unwrap();
            return;
        }
        let mut documented: syn::File =
            syn::parse_str(include_str!("../../doc/expansion.rs")).unwrap();
        canonical_byte_strings(&mut documented);
        canonical_byte_strings(&mut actual);
        for (at, (documented, actual)) in documented.items.iter().zip(&actual.items).enumerate() {
            assert!(
                documented == actual,
                "item {at} of doc/expansion.rs is stale (see this test's docs to write it anew):\n{}\n{}",
                quote!(#documented),
                quote!(#actual)
            );
        }
        assert_eq!(documented.items.len(), actual.items.len());
    }
}
