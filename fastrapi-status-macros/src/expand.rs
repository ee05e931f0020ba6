//! Stage 3: code generation from a checked [`Model`].
//!
//! Each table becomes: the enum, one `u16` constant per entry and alias, one
//! inherent impl with `ALL`, `from_u16` (a `match` for up to 64 entries
//! within 64 codes, else a call of the facade's engine) and one `__TABLE`:
//! the entry rows, and the code and name indexes as byte strings (`blob.rs`
//! says why). Then one call of the facade's `__impl_status!` for the methods and trait impls every table has and
//! those its kind adds (and `__impl_extends!` for an extension): that code is
//! written once, in the facade, as the lookup logic is in its `__private`
//! module. Every loop over entries is here, in the generator, so the
//! printed expansion holds data, not repeated code; and the templates are
//! few, since each token of a `quote!` is code this crate compiles.
//!
//! What repeats per entry is written by plain loops, token by token, into
//! one [`Trees`] a part (variants, `ALL`, constants, and the entry, spec and
//! deprecation rows), which one `quote!` interpolates: each iterator adapter chain, and each column a `quote!`
//! repetition iterates, would instantiate generic code this crate compiles,
//! on every clean build's critical path (see `lib.rs`), and inside the
//! compiler a token stream per entry would cost a round trip to the
//! compiler each.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};

use crate::blob;
use crate::hash;
use crate::literals::{binary_literal, hex_literal, rows_literal};
use crate::model::{EntryModel, Model, TableModel, Validated};
use crate::parse;
use crate::requests::{answers_marker, ask_for_base, ask_for_cfg};
use crate::validate;

/// The whole pipeline: tokens in, generated code or `compile_error!`s out.
pub fn status_codes(input: TokenStream) -> TokenStream {
    let invocation = parse::parse(input);
    let krate = invocation.krate.clone();
    let extendable = invocation.extendable_source.clone();
    let source = invocation.source.clone();
    let bases = invocation.bases_source.clone();
    let answers = answers_marker(invocation.cfg_answers.as_deref());
    let first_table = invocation
        .tables
        .first()
        .map_or_else(String::new, |table| table.ident.to_string());
    let krate = parse::facade_path(krate);
    let head = quote!(#answers @(#krate) @extendable(#extendable));
    match validate::validate(invocation) {
        Ok(Validated::Model(model)) => expand(&model),
        Ok(Validated::NeedsBase(base)) => ask_for_base(&krate, &base, &head, &source, &bases),
        Ok(Validated::NeedsCfg(predicates)) => {
            let rest = quote!(@(#krate) @extendable(#extendable) #source);
            ask_for_cfg(&krate, &first_table, &predicates, &rest)
        }
        Err(err) => err.to_compile_error(),
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
/// repeats once per entry is written into one of these, token by token,
/// by plain loops. (A `quote!` repetition over columns would do the same
/// at run time, and instantiate its iteration code per column type here,
/// on every clean build's critical path, see `lib.rs`.)
struct Trees(Vec<TokenTree>);

impl Trees {
    fn new(tokens: TokenStream) -> Self {
        let mut trees = Trees(Vec::new());
        trees.stream(&tokens);
        trees
    }

    fn stream(&mut self, tokens: &TokenStream) {
        for tree in tokens.clone() {
            self.0.push(tree);
        }
    }

    fn punct(&mut self, ch: char, spacing: Spacing) {
        self.0.push(TokenTree::Punct(Punct::new(ch, spacing)));
    }

    fn ident(&mut self, ident: &Ident) {
        self.0.push(TokenTree::Ident(ident.clone()));
    }

    /// `#[inner]`.
    fn attr(&mut self, inner: TokenStream) {
        self.punct('#', Spacing::Alone);
        self.0
            .push(TokenTree::Group(Group::new(Delimiter::Bracket, inner)));
    }

    /// `#[doc = "text"]`.
    fn doc(&mut self, text: &str) {
        self.attr(quote!(doc = #text));
    }

    /// `name: value,` in a struct literal; `value` may be several trees.
    fn field(&mut self, name: &str, value: &[TokenTree]) {
        self.ident(&Ident::new(name, Span::call_site()));
        self.punct(':', Spacing::Alone);
        self.0.extend(value.iter().cloned());
        self.punct(',', Spacing::Alone);
    }

    /// `Name { fields },` in an array of struct literals.
    fn row(&mut self, name: &str, fields: Trees) {
        self.ident(&Ident::new(name, Span::call_site()));
        self.0.push(TokenTree::Group(Group::new(
            Delimiter::Brace,
            TokenStream::from_iter(fields.0),
        )));
        self.punct(',', Spacing::Alone);
    }

    /// `name: "text",` in a struct literal.
    fn string_field(&mut self, name: &str, text: &str) {
        self.field(name, &[TokenTree::Literal(Literal::string(text))]);
    }

    /// The attributes an entry's variant and constant carry as written.
    fn passed(&mut self, entry: &EntryModel) {
        for attr in &entry.passed {
            self.stream(&attr.tokens);
        }
    }
}

impl ToTokens for Trees {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.iter().cloned());
    }
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
    // named `u16`, `str` or `bool`. As trees, copied into each constant
    // without a stream per constant (see `Trees`).
    let u16 = Trees::new(quote!(::core::primitive::u16));
    let mut attr_tokens = TokenStream::new();
    for attr in attrs {
        attr_tokens.extend(attr.tokens.clone());
    }
    // The enum's variants, `ALL`'s elements and the constants.
    let (mut variants, mut all, mut constants) =
        (Trees(Vec::new()), Trees(Vec::new()), Trees(Vec::new()));
    let mut previous: Option<u16> = None;
    for entry in entries {
        variant_docs(entry, &mut variants);
        variants.passed(entry);
        variants.ident(&entry.variant);
        // `= code` where the code does not follow the previous one: rustc's
        // const validation of enum values (as in `ALL`) scans the explicit
        // discriminants, so each costs compile time per entry.
        if previous.and_then(|code| code.checked_add(1)) != Some(entry.code) {
            variants.punct('=', Spacing::Alone);
            variants
                .0
                .push(TokenTree::Literal(Literal::u16_unsuffixed(entry.code)));
        }
        variants.punct(',', Spacing::Alone);
        previous = Some(entry.code);
        if !all.0.is_empty() {
            all.punct(',', Spacing::Alone);
        }
        all.ident(&Ident::new("Self", Span::call_site()));
        all.punct(':', Spacing::Joint);
        all.punct(':', Spacing::Alone);
        all.ident(&entry.variant);
        // An inherited entry's constant is the base's, declared once, in
        // the facade.
        if !entry.inherited {
            constant_items(&vis, &u16, ident, entry, &mut constants);
        }
    }
    // A deprecated variant is named by `ALL`, `from_u16` and `Default`: the
    // user's own uses warn, these do not.
    let mut any_deprecated = false;
    for entry in entries {
        any_deprecated |= entry.deprecated.is_some();
    }
    let allow_deprecated = any_deprecated.then(|| quote!(#[allow(deprecated)]));

    let default_doc = (!table.has_docs).then(|| {
        let doc =
            format!(" Status codes of the `{table_name}` table, declared with `status_codes!`.");
        quote!(#[doc = #doc])
    });

    let from_u16_body = from_u16(krate, entries);
    let all_allow = large_array_allow(entries.len(), 2);
    let lookup_table = lookup_table(krate, &table_name, entries);

    let default_impl = table.default.as_ref().map(|variant| {
        quote! {
            #allow_deprecated
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
    let kind = Ident::new(table.kind.facade_name(), Span::call_site());
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
            ::core::hash::Hash,
        )]
        #[repr(u16)]
        #vis enum #ident {
            #variants
        }

        #constants

        impl #ident {
            #[doc = #all_doc]
            #all_allow
            #allow_deprecated
            #vis const ALL: &'static [Self] = &[#all];

            #lookup_table

            /// The status with this code, if the table has one.
            #[inline]
            #[must_use]
            #allow_deprecated
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
    // The rows, `Entry { code: 404, name: "NOT_FOUND", ... },` each.
    let mut rows = Trees(Vec::new());
    let no_aliases = Ident::new("NO_ALIASES", Span::call_site());
    // Every key `FromStr` accepts besides the code, with its entry's position.
    let mut keys: Vec<(String, u16)> = Vec::new();
    let mut code_lengths = 0u8;
    for (position, e) in entries.iter().enumerate() {
        let mut row = Trees(Vec::new());
        row.field(
            "code",
            &[TokenTree::Literal(Literal::u16_unsuffixed(e.code))],
        );
        row.string_field("name", &e.name);
        row.string_field("constant", &e.constant.to_string());
        row.string_field("phrase", &e.phrase);
        row.string_field("description", &e.description);
        row.string_field("display", &format!("{} {}", e.code, e.phrase));
        // Most entries have none: one shared empty slice, as rustc interns
        // and validates each `&[]` written out as an allocation of its own.
        if e.aliases.is_empty() {
            row.field("aliases", &[TokenTree::Ident(no_aliases.clone())]);
        } else {
            let mut names = Vec::with_capacity(e.aliases.len());
            for alias in &e.aliases {
                names.push(alias.constant.to_string());
            }
            row.field("aliases", &Trees::new(quote!(&[#(#names),*])).0);
        }
        rows.row("Entry", row);
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
    // An entry row is 104 bytes on a 64-bit target (a `u16`, five `&str`,
    // one slice).
    let table_allow = large_array_allow(entries.len(), 104);
    // In slot order, so a lookup reads its key straight from the slot.
    let (key_rows, key_text) = blob::key_rows(&index.slots, &keys);
    let (key_rows, key_text) = (
        rows_literal(&key_rows, blob::KEY_ROW),
        Literal::byte_string(&key_text),
    );

    // What the rows below name, and nothing else: an unused import would
    // warn in the user's crate.
    let mut imports = vec![
        Ident::new("Codes", Span::call_site()),
        Ident::new("Entry", Span::call_site()),
        Ident::new("Hashed", Span::call_site()),
        Ident::new("Table", Span::call_site()),
    ];
    let mut any_unaliased = false;
    for entry in entries {
        any_unaliased |= entry.aliases.is_empty();
    }
    if any_unaliased {
        imports.push(Ident::new("NO_ALIASES", Span::call_site()));
    }
    let (specs, deprecated) = (
        specs(entries, &mut imports),
        deprecations(entries, &mut imports),
    );
    quote! {
        #table_allow
        const __TABLE: &'static #krate::__private::Table = {
            use #krate::__private::{#(#imports),*};
            &Table {
                name: #table_name,
                entries: &[#rows],
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

/// `Table::specs`: each entry's `#[spec]`, by position; `NO_SPECS` for a
/// table that gives none, which then pays nothing per entry.
fn specs(entries: &[EntryModel], imports: &mut Vec<Ident>) -> TokenStream {
    let mut any = false;
    for entry in entries {
        any |= entry.spec.is_some();
    }
    if !any {
        imports.push(Ident::new("NO_SPECS", Span::call_site()));
        return quote!(NO_SPECS);
    }
    imports.push(Ident::new("Spec", Span::call_site()));
    let mut rows = Trees(Vec::new());
    for entry in entries {
        let (reference, url) = match &entry.spec {
            Some(spec) => (spec.reference.as_str(), spec.url.as_deref().unwrap_or("")),
            None => ("", ""),
        };
        let mut row = Trees(Vec::new());
        row.string_field("reference", reference);
        row.string_field("url", url);
        rows.row("Spec", row);
    }
    quote!(&[#rows])
}

/// `Table::deprecated`: the deprecated entries' positions and notes, in
/// position order; `NO_DEPRECATED` for a table without any.
fn deprecations(entries: &[EntryModel], imports: &mut Vec<Ident>) -> TokenStream {
    let mut rows = Trees(Vec::new());
    for (position, entry) in entries.iter().enumerate() {
        if let Some(note) = &entry.deprecated {
            let mut row = Trees(Vec::new());
            row.field(
                "position",
                &[TokenTree::Literal(Literal::usize_unsuffixed(position))],
            );
            row.string_field("note", note);
            rows.row("Deprecated", row);
        }
    }
    if rows.0.is_empty() {
        imports.push(Ident::new("NO_DEPRECATED", Span::call_site()));
        return quote!(NO_DEPRECATED);
    }
    imports.push(Ident::new("Deprecated", Span::call_site()));
    quote!(&[#rows])
}

/// The by-code lookup: the position is `code - min` where the codes are
/// consecutive, a dense index by `code - min` where they are close
/// together, else the sorted codes for a binary search.
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
        // At most 65,536 entries, so every position fits.
        index[usize::from(entry.code - min)] = u16::try_from(position).unwrap_or(u16::MAX);
    }
    let index = Literal::byte_string(&blob::u16s(&index));
    quote!(Codes::Dense { min: #min_literal, index: #index })
}

/// Up to this many entries, within a span of `MATCH_MAX_SPAN` codes, get a
/// `match` for `from_u16`. Each arm costs compile time, and past this a
/// small table is rare.
const MATCH_MAX_ENTRIES: usize = 64;

/// Codes within 64 of each other: the optimizer turns a `match` over them
/// into a range check and a test of one 64-bit mask, then a cast (each
/// variant's discriminant is its code).
const MATCH_MAX_SPAN: usize = 64;

/// The body of `from_u16`.
///
/// - Up to 64 entries within 64 codes (a downstream table numbered 0, 1,
///   2, ..., the WebSocket table): a `match`, which the optimizer turns into
///   a range check (and a mask test where codes are missing) and a cast, as
///   it does for strum's `FromRepr` and num_enum's `TryFromPrimitive`.
/// - Otherwise the facade's engine, reading the table's one index by code
///   (`__TABLE.codes`) and `ALL`. There is no second index of enum values:
///   every enum value in a constant costs rustc validation time per entry.
///   A `match` was measured for the HTTP table too (`bench/paired.sh`): the
///   phrase of a code then takes two lookups, where through the engine
///   `from_u16` and `phrase()` share one (code -> phrase 0.25x `http`'s
///   time with the `match`, 0.17x through the engine).
fn from_u16(krate: &TokenStream, entries: &[EntryModel]) -> TokenStream {
    let close = code_span(entries).is_some_and(|(_, span)| span <= MATCH_MAX_SPAN);
    if !close || entries.len() > MATCH_MAX_ENTRIES {
        return quote!(#krate::__private::from_u16(Self::__TABLE, Self::ALL, code));
    }
    let (mut codes, mut variants) = (Vec::new(), Vec::new());
    for entry in entries {
        codes.push(Literal::u16_unsuffixed(entry.code));
        variants.push(&entry.variant);
    }
    quote! {
        use ::core::option::Option::{None, Some};
        match code {
            #(#codes => Some(Self::#variants),)*
            _ => None,
        }
    }
}

/// clippy's `large_stack_arrays` (pedantic) counts an associated constant's
/// array literal as a local array: allowed on `ALL` and `__TABLE` when they
/// pass 8 KiB, half clippy's default `array-size-threshold` of 16 KiB (the
/// sizes are estimates for 64-bit targets), and only there.
fn large_array_allow(len: usize, element_bytes: usize) -> Option<TokenStream> {
    (len.saturating_mul(element_bytes) > 8 * 1024)
        .then(|| quote!(#[allow(clippy::large_stack_arrays)]))
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

/// The variant's docs. Few attributes for the generated text keep the
/// expansion small; the entry's own docs go between description and
/// constant, as a paragraph.
fn variant_docs(entry: &EntryModel, out: &mut Trees) {
    out.doc(&format!(
        " `{} {}`\n\n {}",
        entry.code,
        entry.phrase,
        sentence(&entry.description)
    ));
    if !entry.docs.is_empty() {
        out.doc("");
        for doc in &entry.docs {
            out.stream(&doc.tokens);
        }
    }
    // An inherited entry's constant is the facade's: not in scope to link.
    let constant = if entry.inherited {
        format!("\n Constant: `{}`, from the base table.", entry.constant)
    } else {
        format!("\n Constant: [`{}`].", entry.constant)
    };
    out.doc(&match spec_doc(entry) {
        Some(spec) => format!("{constant}\n\n{spec}"),
        None => constant,
    });
    // The code and the constant, minus the variant's own name (which rustc
    // rejects as an alias).
    let own_name = entry.variant.to_string();
    let (code, constant) = (entry.code.to_string(), entry.constant.to_string());
    out.attr(if constant == own_name {
        quote!(doc(alias = #code))
    } else {
        quote!(doc(alias = #code, alias = #constant))
    });
}

/// An entry's constant and the deprecated constants of its aliases.
fn constant_items(
    vis: &Trees,
    u16: &Trees,
    enum_ident: &syn::Ident,
    entry: &EntryModel,
    out: &mut Trees,
) {
    let EntryModel {
        code,
        constant,
        variant,
        ..
    } = entry;
    let mut doc = format!(
        " `{} {}`: {}\n\n The code of [`{enum_ident}::{variant}`].",
        code,
        entry.phrase,
        sentence(&entry.description)
    );
    if let Some(spec) = spec_doc(entry) {
        doc.push_str("\n\n");
        doc.push_str(&spec);
    }
    out.doc(&doc);
    let code_alias = code.to_string();
    let code_literal = Literal::u16_unsuffixed(*code);
    out.attr(quote!(doc(alias = #code_alias)));
    out.passed(entry);
    out.0.extend(vis.0.iter().cloned());
    out.ident(&Ident::new("const", Span::call_site()));
    out.ident(constant);
    out.punct(':', Spacing::Alone);
    out.0.extend(u16.0.iter().cloned());
    out.punct('=', Spacing::Alone);
    out.0.push(TokenTree::Literal(code_literal.clone()));
    out.punct(';', Spacing::Alone);
    for alias in &entry.aliases {
        let old = &alias.constant;
        let doc = format!(
            " Deprecated name of [`{constant}`] (`{} {}`).",
            code, entry.phrase
        );
        let note = format!("use {constant}");
        out.stream(&quote! {
            #[doc = #doc]
            #[doc(alias = #code_alias)]
            #[deprecated(note = #note)]
            #vis const #old: #u16 = #code_literal;
        });
    }
}

/// " Defined in [RFC 9110, Section 15.5.5](https://...)." for an entry with a
/// `#[spec]`, as `http`'s docs link each code's section.
fn spec_doc(entry: &EntryModel) -> Option<String> {
    let spec = entry.spec.as_ref()?;
    Some(match &spec.url {
        Some(url) => format!(" Defined in [{}]({url}).", spec.reference),
        None => format!(" Defined in {}.", sentence(&spec.reference)),
    })
}

/// `text` ending in a full stop, for docs (the description itself is kept
/// verbatim for `description()`).
fn sentence(text: &str) -> String {
    let text = text.trim();
    // The three are ASCII: the last byte tells.
    if matches!(text.as_bytes().last(), Some(b'.' | b'!' | b'?')) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

#[cfg(test)]
mod tests {
    //! Assertions on the expansion as syn reads it (items, fields,
    //! literals), never on how proc_macro2 prints it.

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

    /// The table's own inherent impl: `ALL`, `__TABLE`, `from_u16`.
    fn own_impl(file: &syn::File) -> &syn::ItemImpl {
        let mut impls = file.items.iter().filter_map(|item| match item {
            syn::Item::Impl(i) => Some(i),
            _ => None,
        });
        let own = impls.next().expect("one inherent impl");
        assert!(
            impls.next().is_none(),
            "the table's own items; the rest is the facade's"
        );
        own
    }

    fn assoc_const<'a>(file: &'a syn::File, name: &str) -> &'a syn::ImplItemConst {
        own_impl(file)
            .items
            .iter()
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

    /// The fields of `__TABLE`'s `Table { ... }`, after its `use` line.
    fn table_fields(file: &syn::File) -> Vec<syn::FieldValue> {
        let syn::Expr::Block(block) = &assoc_const(file, "__TABLE").expr else {
            panic!("`__TABLE` is a block")
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
        assert!(!has_attr(&assoc_const(&file, "__TABLE").attrs, &allow));
        let consts: Vec<String> = own_impl(&file)
            .items
            .iter()
            .filter_map(|item| match item {
                syn::ImplItem::Const(c) => Some(c.ident.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(consts, ["ALL", "__TABLE"]);
        let expected: syn::Block = parse_quote!({
            ::fastrapi_status::__private::from_u16(Self::__TABLE, Self::ALL, code)
        });
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
            has_attr(&assoc_const(&file, "__TABLE").attrs, &allow),
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
    /// rustfmt leaves `__TABLE` on one line (its byte strings are longer
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
            syn::parse_str(include_str!("../doc/expansion.rs")).unwrap();
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
