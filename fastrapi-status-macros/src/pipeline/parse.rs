//! Stage 1: tokens to the typed syntax tree (`ast.rs`), every span kept. A
//! syntax error stays in its entry's place and parsing goes on at the next
//! entry: one invocation reports all of its mistakes at once.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{braced, Ident, Lit, Token};

use super::ast::{Attr, Base, Code, Entry, Invocation, Table, TableAttrs};
use super::attr;
use super::entry_attrs::entry_attrs;
use super::table_attrs::table_attrs;
use super::tokens::{comma_list, last_span, parse_scoped};

/// The facade's path: what its wrapper passed (`$crate`), or its name.
pub fn facade_path(krate: Option<TokenStream>) -> TokenStream {
    krate.unwrap_or_else(|| quote::quote!(::fastrapi_status))
}

/// Parses `[@cfg(answers)] @($crate) @extendable(...) tokens`, the tokens
/// possibly `@input { ... } @bases ...` (`callbacks.rs`); never fails.
pub fn parse(tokens: TokenStream) -> Invocation {
    let mut trees = tokens.into_iter();
    let cfg_answers =
        take_marked_group(&mut trees, Some("cfg"), Delimiter::Parenthesis).map(parse_answers);
    let krate = take_marked_group(&mut trees, None, Delimiter::Parenthesis);
    let extendable_source =
        take_marked_group(&mut trees, Some("extendable"), Delimiter::Parenthesis)
            .unwrap_or_default();
    let extendable = parse_extendable(extendable_source.clone());
    let features = take_marked_group(&mut trees, Some("features"), Delimiter::Parenthesis);
    let (source, bases_source) = split_bases(trees.collect());
    let (tables, error) = parse_tables(source.clone(), &extendable);
    let (bases, _) = parse_tables(bases_source.clone(), &extendable);
    Invocation {
        krate,
        extendable,
        extendable_source,
        features,
        cfg_answers,
        source,
        tables,
        error,
        bases_source,
        bases,
    }
}

/// `true false ...`, as the `cfg` chain writes it.
fn parse_answers(tokens: TokenStream) -> Vec<bool> {
    let mut answers = Vec::new();
    for tree in tokens {
        answers.push(matches!(&tree, TokenTree::Ident(word) if word == "true"));
    }
    answers
}

/// `Name = data_macro, ...`, as the facade's wrapper writes it.
fn parse_extendable(tokens: TokenStream) -> Vec<Base> {
    let read = |input: ParseStream| {
        comma_list(input, |input| {
            let table = input.parse()?;
            input.parse::<Token![=]>()?;
            Ok(Base {
                table,
                data_macro: input.parse()?,
            })
        })
    };
    parse_scoped(read, tokens, Span::call_site()).unwrap_or_default()
}

/// `@input { source } @bases rest` -> `(source, rest)`.
fn split_bases(tokens: TokenStream) -> (TokenStream, TokenStream) {
    let mut trees = tokens.clone().into_iter();
    let Some(source) = take_marked_group(&mut trees, Some("input"), Delimiter::Brace) else {
        return (tokens, TokenStream::new());
    };
    match (trees.next(), trees.next()) {
        (Some(TokenTree::Punct(at)), Some(TokenTree::Ident(word)))
            if at.as_char() == '@' && word == "bases" =>
        {
            (source, trees.collect())
        }
        _ => (tokens, TokenStream::new()),
    }
}

/// Takes `@group` (or `@word group`) off the front if it is there.
fn take_marked_group(
    trees: &mut proc_macro2::token_stream::IntoIter,
    word: Option<&str>,
    delimiter: Delimiter,
) -> Option<TokenStream> {
    let mut ahead = trees.clone();
    if !matches!(ahead.next(), Some(TokenTree::Punct(at)) if at.as_char() == '@') {
        return None;
    }
    if let Some(word) = word {
        if !matches!(ahead.next(), Some(TokenTree::Ident(ident)) if ident == word) {
            return None;
        }
    }
    match ahead.next() {
        Some(TokenTree::Group(group)) if group.delimiter() == delimiter => {
            *trees = ahead;
            Some(group.stream())
        }
        _ => None,
    }
}

/// The tables of one token stream, and the syntax error that ended it.
fn parse_tables(tokens: TokenStream, extendable: &[Base]) -> (Vec<Table>, Option<syn::Error>) {
    let mut tables = Vec::new();
    let mut error = None;
    let scope = last_span(&tokens);
    let read = |input: ParseStream| {
        if let Err(err) = parse_invocation(input, extendable, &mut tables) {
            error = Some(err);
        }
        input.parse::<TokenStream>()?;
        Ok(())
    };
    if let Err(err) = parse_scoped(read, tokens, scope) {
        error = Some(err);
    }
    (tables, error)
}

fn parse_invocation(
    input: ParseStream,
    extendable: &[Base],
    tables: &mut Vec<Table>,
) -> syn::Result<()> {
    if input.is_empty() {
        return Ok(());
    }
    if input.peek(Token![<]) {
        tables.push(parse_angle_bracketed(input)?);
        return Ok(());
    }
    let mut attrs = input.call(attr::parse_outer)?;
    if !starts_table(input) {
        // The bare form: the attributes read so far belong to the first entry.
        tables.push(bare_table(parse_entries(input, Some(attrs))));
        return Ok(());
    }
    loop {
        let vis = attr::parse_visibility(input)?;
        if !input.peek(Token![enum]) {
            return Err(
                input.error("expected `enum`: a table is declared as `pub enum Name { ... }`")
            );
        }
        input.parse::<Token![enum]>()?;
        let ident = input
            .call(Ident::parse_any)
            .map_err(|err| syn::Error::new(err.span(), "expected the table's name after `enum`"))?;
        if !input.peek(syn::token::Brace) {
            return Err(input.error(
                "expected `{` after the table's name: generics and `where` clauses are not supported",
            ));
        }
        let body;
        braced!(body in input);
        tables.push(Table {
            attrs: table_attrs(attrs, extendable),
            vis,
            ident,
            bare: false,
            entries: parse_entries(&body, None),
        });
        if input.is_empty() {
            return Ok(());
        }
        attrs = input.call(attr::parse_outer)?;
        if !starts_table(input) {
            return Err(input.error(
                "expected another table (`pub enum Name { ... }`) or the end of the invocation",
            ));
        }
    }
}

/// The design card's shape: the bare form in angle brackets.
fn parse_angle_bracketed(input: ParseStream) -> syn::Result<Table> {
    let open = input.parse::<Token![<]>()?;
    let mut inner: Vec<TokenTree> = input.parse::<TokenStream>()?.into_iter().collect();
    let scope = match inner.pop() {
        Some(TokenTree::Punct(close)) if close.as_char() == '>' => close.span(),
        _ => {
            return Err(syn::Error::new(
                open.span,
                "this `<` is never closed: write the bare list as `status_codes!(< 200 OK \"...\", ... >)`, or drop the angle brackets",
            ))
        }
    };
    let entries = parse_scoped(
        |body: ParseStream| Ok(parse_entries(body, None)),
        inner.into_iter().collect(),
        scope,
    )?;
    Ok(bare_table(entries))
}

/// The one table of the bare form: `pub enum Status` with default options.
fn bare_table(entries: Vec<syn::Result<Entry>>) -> Table {
    Table {
        attrs: TableAttrs::default(),
        vis: quote::quote!(pub),
        ident: Ident::new("Status", Span::call_site()),
        bare: true,
        entries,
    }
}

/// A table starts with a visibility or `enum`; an entry with a literal.
fn starts_table(input: ParseStream) -> bool {
    input.peek(Token![pub]) || input.peek(Token![enum]) || input.peek(Token![crate])
}

/// Comma-separated entries, recovering from a bad one at the next comma;
/// `leading` is the first entry's attributes, where already read.
fn parse_entries(input: ParseStream, mut leading: Option<Vec<Attr>>) -> Vec<syn::Result<Entry>> {
    let mut entries = Vec::new();
    while !input.is_empty() {
        let attrs = match leading.take() {
            Some(attrs) => attrs,
            None => match input.call(attr::parse_outer) {
                Ok(attrs) => attrs,
                Err(err) => {
                    entries.push(Err(err));
                    skip_past_comma(input);
                    continue;
                }
            },
        };
        match parse_entry(input, attrs) {
            Ok(entry) => entries.push(Ok(entry)),
            Err(err) => {
                entries.push(Err(err));
                skip_past_comma(input);
                continue;
            }
        }
        if input.is_empty() {
            break;
        }
        if input.peek(Token![,]) {
            let _ = input.parse::<Token![,]>();
        } else {
            entries.push(Err(input.error(
                "expected `,` after the entry's description: entries are separated by commas",
            )));
            // Before another entry nothing is lost; else skip to a comma.
            if !(input.peek(Lit) || input.peek(Token![#]) || input.peek(Token![-])) {
                skip_past_comma(input);
            }
        }
    }
    entries
}

fn parse_entry(input: ParseStream, attrs: Vec<Attr>) -> syn::Result<Entry> {
    let minus: Option<Token![-]> = input.parse()?;
    if input.peek(Token![<]) || input.peek(Token![>]) {
        return Err(input.error(
            "stray angle bracket: `< ... >` may only enclose the whole bare list, like `status_codes!(< 200 OK \"...\" >)`",
        ));
    }
    if minus.is_none() && !input.peek(Lit) && input.peek(Ident::peek_any) {
        return Err(rust_shaped(input));
    }
    if !input.peek(Lit) {
        let what = if input.is_empty() {
            "expected a status code after the attributes, like `404 NOT_FOUND \"...\"`"
        } else {
            "expected an integer status code, like `404`"
        };
        return Err(input.error(what));
    }
    let lit: Lit = input.parse()?;
    let code = Code { minus, lit };
    if !input.peek(Ident::peek_any) {
        let message = if input.is_empty() || input.peek(Token![,]) {
            "expected the entry's SCREAMING_SNAKE_CASE name after the code"
        } else if input.peek(Lit) {
            "expected the entry's name between the code and the description, like `404 NOT_FOUND \"...\"`"
        } else {
            "a status code must be one integer literal, not an expression: write the code itself, like `404`"
        };
        let span = if input.is_empty() {
            code.span()
        } else {
            input.span()
        };
        return Err(syn::Error::new(span, message));
    }
    let name = input.call(Ident::parse_any)?;
    if !input.peek(Lit) {
        let span = if input.is_empty() || input.peek(Token![,]) {
            name.span()
        } else {
            input.span()
        };
        return Err(syn::Error::new(
            span,
            format!("expected a string literal describing `{name}`, like `{name} \"The server cannot find the requested resource\"`"),
        ));
    }
    let description = input.parse()?;
    Ok(Entry {
        attrs: entry_attrs(attrs),
        code,
        name,
        description,
    })
}

/// An entry written as an enum variant (`Done = 0`, `Failed(u16)`, `Done`):
/// the error shows the entry form, with the variant's name and code where
/// it gave them.
fn rust_shaped(input: ParseStream) -> syn::Error {
    let ahead = input.fork();
    let Ok(name) = ahead.call(Ident::parse_any) else {
        return input.error("expected an integer status code, like `404`");
    };
    let code = if ahead.parse::<Token![=]>().is_ok() {
        ahead.parse::<syn::LitInt>().ok().map(|lit| lit.to_string())
    } else {
        None
    };
    let suggested = super::naming::suggest_screaming_snake(&name.to_string());
    let suggested = if suggested.is_empty() {
        "NAME".to_owned()
    } else {
        suggested
    };
    syn::Error::new(
        name.span(),
        format!(
            "entries are written `CODE NAME \"description\"`, not as enum variants: write `{} {suggested} \"...\"`, like `404 NOT_FOUND \"The server cannot find the requested resource\"`",
            code.as_deref().unwrap_or("CODE")
        ),
    )
}

/// Skips tokens through the next top-level comma (or to the end).
fn skip_past_comma(input: ParseStream) {
    while !input.is_empty() {
        if input.peek(Token![,]) {
            let _ = input.parse::<Token![,]>();
            return;
        }
        if input.parse::<TokenTree>().is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::ast::Kind;
    use super::*;
    use quote::quote;
    use syn::parse::Parser as _;
    use syn::parse_quote;

    fn path(tokens: Option<TokenStream>) -> syn::Path {
        syn::parse2(tokens.expect("a path")).unwrap()
    }

    #[test]
    fn bare_form() {
        let inv = parse(quote! {
            200 OK "The request succeeded",
            #[phrase = "Not Found"] 404 NOT_FOUND "Missing",
        });
        assert!(inv.error.is_none());
        assert!(inv.krate.is_none());
        let table = &inv.tables[0];
        assert!(table.bare);
        assert_eq!(table.ident, "Status");
        let entries = ok_entries(table);
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[1].name, "NOT_FOUND");
        assert_eq!(entries[1].attrs.phrase.as_ref().unwrap().0, "Not Found");
    }

    #[test]
    fn resolved_bases_follow_the_source() {
        let inv = parse(quote! {
            @(::f) @input { #[status(extends = Base)] pub enum Mine { 1 ONE "a" } }
            @bases #[status(prefix = B)] pub enum Base { 2 TWO "b" }
        });
        assert!(inv.error.is_none());
        assert_eq!(path(inv.krate), parse_quote!(::f));
        assert_eq!(inv.tables[0].ident, "Mine");
        // The source and the bases as written, to hand on.
        let leading = |tokens: TokenStream| {
            let parser = |input: ParseStream| {
                let attrs = input.call(syn::Attribute::parse_outer)?;
                input.parse::<TokenStream>()?;
                Ok(attrs)
            };
            parser.parse2(tokens).unwrap()
        };
        let expected: syn::Attribute = parse_quote!(#[status(extends = Base)]);
        assert_eq!(leading(inv.source), [expected]);
        let expected: syn::Attribute = parse_quote!(#[status(prefix = B)]);
        assert_eq!(leading(inv.bases_source), [expected]);
        assert_eq!(inv.bases[0].ident, "Base");
        // Without `@bases`, `@input` is not the marker: all of it is source.
        let inv = parse(quote!(@(::f) @input { 1 ONE "a" }));
        assert!(inv.bases.is_empty());
        assert!(
            inv.tables[0].entries[0].is_err(),
            "`@input` read as an entry"
        );
    }

    #[test]
    fn angle_brackets_hold_the_bare_form() {
        let inv = parse(quote!(< 200 OK "Fine", #[phrase = "Gone"] 404 NOT_FOUND "Missing", >));
        assert!(inv.error.is_none());
        assert!(inv.tables[0].bare);
        assert_eq!(ok_entries(&inv.tables[0]).len(), 2);
        let inv = parse(quote!(@(::f) < 1 ONE "One" >));
        assert_eq!(ok_entries(&inv.tables[0])[0].name, "ONE");
        let inv = parse(quote!(< 1 ONE "One"));
        assert!(inv
            .error
            .unwrap()
            .to_string()
            .starts_with("this `<` is never closed"));
    }

    #[test]
    fn tables_and_crate_path() {
        let inv = parse(quote! {
            @(::my_facade)
            /// Docs.
            #[status(kind = http, prefix = HTTP)]
            pub enum HttpStatus { #[phrase = "Okay"] 200 OK "a" }
            pub(crate) enum Other { 1 ONE "b", 2 TWO "c", }
        });
        assert!(inv.error.is_none());
        assert_eq!(path(inv.krate), parse_quote!(::my_facade));
        assert_eq!(inv.tables.len(), 2);
        let attrs = &inv.tables[0].attrs;
        assert!(attrs.has_docs && attrs.passed.len() == 1);
        assert_eq!(attrs.options.kind.map(|(kind, _)| kind), Some(Kind::Http));
        assert_eq!(attrs.options.prefix.as_ref().unwrap().0, "HTTP");
        let entry = ok_entries(&inv.tables[0])[0];
        assert_eq!(entry.attrs.phrase.as_ref().unwrap().0, "Okay");
        assert_eq!(inv.tables[1].ident, "Other");
        assert_eq!(ok_entries(&inv.tables[1]).len(), 2);
    }

    #[test]
    fn recovers_and_collects_every_syntax_error() {
        let inv = parse(quote! {
            pub enum T {
                200 OK,
                201 CREATED "a" 202 ACCEPTED "b",
                400 + 4 BAD "c",
                404 NOT_FOUND "d",
            }
        });
        // Each error stands where it was found, between the good entries.
        let items: Vec<String> = inv.tables[0]
            .entries
            .iter()
            .map(|e| match e {
                Ok(entry) => entry.name.to_string(),
                Err(_) => "error".to_owned(),
            })
            .collect();
        assert_eq!(
            items,
            [
                "error",
                "CREATED",
                "error",
                "ACCEPTED",
                "error",
                "NOT_FOUND"
            ]
        );
    }

    #[test]
    fn empty_and_garbage() {
        assert!(parse(TokenStream::new()).tables.is_empty());
        let inv = parse(quote!(pub enum A { 1 A "a" } struct));
        assert!(inv.error.is_some());
        let inv = parse(quote!(
            pub struct A {}
        ));
        assert_eq!(
            inv.error.unwrap().to_string(),
            "expected `enum`: a table is declared as `pub enum Name { ... }`"
        );
    }

    #[test]
    fn the_facade_declares_what_can_be_extended() {
        let inv = parse(quote!(@(::f) @extendable(HttpStatus = __http_table, Ws = __ws) 1 A "a"));
        let bases: Vec<(String, String)> = inv
            .extendable
            .iter()
            .map(|b| (b.table.to_string(), b.data_macro.to_string()))
            .collect();
        assert_eq!(
            bases,
            [
                ("HttpStatus".into(), "__http_table".into()),
                ("Ws".into(), "__ws".into())
            ]
        );
        assert_eq!(ok_entries(&inv.tables[0])[0].name, "A");
        // Only the wrapper writes the list: anything else declares nothing.
        assert!(parse(quote!(@(::f) @extendable(what?) 1 A "a"))
            .extendable
            .is_empty());
    }

    fn ok_entries(table: &Table) -> Vec<&Entry> {
        table
            .entries
            .iter()
            .filter_map(|e| e.as_ref().ok())
            .collect()
    }
}
