//! The properties every expansion must have, whatever the input.

use std::str::FromStr;
use std::sync::OnceLock;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::quote;

/// Runs `text` through the pipeline as the facade's wrapper passes it
/// (`@($crate) tokens`) and checks that:
///
/// - it does not panic (the caller's fuzzer reports a panic as a crash);
/// - the output parses as items, unless the syntax error is inside an
///   attribute the user wrote, which passes through as written;
/// - the same input gives the same output;
/// - every `compile_error!` is spanned inside the input, never at the call
///   site (the empty invocation, which has no token to point at, is caught
///   by the facade's `macro_rules!` before the proc macro runs);
/// - with `well_formed`, the output holds no `compile_error!` at all.
///
/// `text` is lexed first, where it lexes, behind one space: a token's span
/// then starts at byte 1 or later, and the call site's, `0..0`, is outside
/// every input.
pub fn check(text: &str, well_formed: bool) {
    if let Ok(input) = TokenStream::from_str(&format!(" {text}")) {
        check_tokens(input, well_formed);
    }
    // The fallback span map grows with every string lexed; keep a long
    // fuzzing run's memory flat.
    proc_macro2::extra::invalidate_current_thread_spans();
}

/// [`check`] of the call that the expansion's `cfg` chain makes once the
/// compiler has answered: `@cfg(answers)` in front.
pub fn check_answered(text: &str, answers: &[bool], well_formed: bool) {
    if let Ok(input) = TokenStream::from_str(&format!(" {text}")) {
        let mut words = Vec::new();
        for answer in answers {
            words.push(if *answer { quote!(true) } else { quote!(false) });
        }
        check_call(input, &quote!(@cfg(#(#words)*)), well_formed);
    }
    proc_macro2::extra::invalidate_current_thread_spans();
}

fn check_tokens(input: TokenStream, well_formed: bool) {
    check_call(input, &TokenStream::new(), well_formed);
}

/// Whether spans carry byte positions. Under `cfg(fuzzing)`, which a plain
/// `cargo fuzz run` sets, proc-macro2 keeps none (every span is `0..0`), so
/// the span checks cannot run and are skipped; `--no-cfg-fuzzing` keeps them.
fn spans_have_positions() -> bool {
    static POSITIONS: OnceLock<bool> = OnceLock::new();
    *POSITIONS.get_or_init(|| {
        TokenStream::from_str(" x")
            .ok()
            .and_then(|tokens| tokens.into_iter().next())
            .is_some_and(|token| token.span().byte_range().start == 1)
    })
}

fn check_call(input: TokenStream, head: &TokenStream, well_formed: bool) {
    let positions = spans_have_positions();
    let range = if positions { byte_range(&input) } else { None };
    assert!(
        range.is_none_or(|(low, _)| low > Span::call_site().byte_range().end),
        "the input's spans cannot be told from the call site's"
    );
    let call = quote!(#head @(::fastrapi_status) #input);
    let output = crate::status_codes(call.clone());
    let text = output.to_string();
    assert_eq!(
        text,
        crate::status_codes(call).to_string(),
        "the same input expanded twice differently"
    );
    if let Err(err) = syn::parse2::<syn::File>(output.clone()) {
        // Attributes pass through as written: one the user wrote malformed
        // (`#[name = not an expression]`) is the compiler's to report, at
        // the user's tokens, as on a hand-written enum. Any other syntax
        // error in the output is the macro's.
        let at = err.span().byte_range();
        let attributes = attribute_ranges(&input);
        // Without positions, only that the input has an attribute can tell.
        let inside_one = if positions {
            attributes
                .iter()
                .any(|&(low, high)| low <= at.start && at.end <= high)
        } else {
            !attributes.is_empty()
        };
        assert!(
            inside_one,
            "the output does not parse as items: {err}\n{text}"
        );
        return;
    }
    let errors = compile_errors(&output);
    if well_formed {
        assert!(
            errors.is_empty(),
            "a well-formed table gave errors:\n{text}"
        );
    }
    if let Err(message) = spans_inside(&errors, range) {
        panic!("{message}:\n{text}");
    }
}

/// Whether every span is within `range`, the input's bytes (with no
/// input, there is nothing to point at and anything goes).
fn spans_inside(spans: &[Span], range: Option<(usize, usize)>) -> Result<(), String> {
    let Some((low, high)) = range else {
        return Ok(());
    };
    for span in spans {
        let at = span.byte_range();
        if at.start < low || at.end > high {
            return Err(format!(
                "a compile_error! spanned {at:?}, outside the input's {low}..{high}"
            ));
        }
    }
    Ok(())
}

/// The bytes the input's tokens cover; `None` for no tokens.
fn byte_range(tokens: &TokenStream) -> Option<(usize, usize)> {
    let mut range: Option<(usize, usize)> = None;
    let mut widen = |span: Span| {
        let at = span.byte_range();
        range = Some(match range {
            None => (at.start, at.end),
            Some((low, high)) => (low.min(at.start), high.max(at.end)),
        });
    };
    visit(tokens, &mut |tree| match tree {
        TokenTree::Group(group) => {
            widen(group.span_open());
            widen(group.span_close());
        }
        other => widen(other.span()),
    });
    range
}

/// The byte ranges of every `#[...]` in `tokens`, at any depth, brackets
/// included.
fn attribute_ranges(tokens: &TokenStream) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut after_pound = false;
    visit(tokens, &mut |tree| {
        if let (true, TokenTree::Group(group)) = (after_pound, tree) {
            if group.delimiter() == Delimiter::Bracket {
                ranges.push((
                    group.span_open().byte_range().start,
                    group.span_close().byte_range().end,
                ));
            }
        }
        after_pound = matches!(tree, TokenTree::Punct(p) if p.as_char() == '#');
    });
    ranges
}

fn visit(tokens: &TokenStream, f: &mut impl FnMut(&TokenTree)) {
    for tree in tokens.clone() {
        f(&tree);
        if let TokenTree::Group(group) = &tree {
            visit(&group.stream(), f);
        }
    }
}

/// The spans of each `compile_error ! (...)` in `tokens`: the name, the
/// `!` and the group's delimiters.
fn compile_errors(tokens: &TokenStream) -> Vec<Span> {
    let mut spans = Vec::new();
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    for (at, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                if let (Some(TokenTree::Punct(bang)), Some(TokenTree::Group(group))) =
                    (trees.get(at + 1), trees.get(at + 2))
                {
                    if bang.as_char() == '!' && group.delimiter() != Delimiter::None {
                        spans.extend([ident.span(), bang.span(), group.span_open()]);
                    }
                }
            }
            TokenTree::Group(group) => spans.extend(compile_errors(&group.stream())),
            _ => {}
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_site_error_is_caught_and_an_input_one_is_not() {
        let input = TokenStream::from_str(" 200 OK").unwrap();
        let range = byte_range(&input);
        assert_eq!(range, Some((1, 7)));
        let at_call_site = compile_errors(&quote!(::core::compile_error!("x");));
        assert_eq!(at_call_site.len(), 3);
        assert!(spans_inside(&at_call_site, range).is_err());
        let first = input.clone().into_iter().next().unwrap().span();
        let inside = compile_errors(&quote::quote_spanned!(first=> ::core::compile_error!("x");));
        assert!(spans_inside(&inside, range).is_ok());
    }

    #[test]
    fn bad_tables_pass_the_checks() {
        for text in [
            "200 OK",
            "200 OK \"fine\",",
            "pub enum X {}",
            "#[status(extends = Nope)] pub enum X { 1 A \"a\" }",
            "@",
            "{ }",
        ] {
            check(text, false);
        }
        check("200 OK \"fine\"", true);
    }

    /// Found by `macro_bytes` (its corpus keeps the input): an attribute
    /// the user wrote malformed passes through, for rustc to report.
    #[test]
    fn a_malformed_attribute_of_the_users_passes_through() {
        check(
            "#[stat = us(preDfE = ix GE)] pub enum E { 404 MISSING \"Missing\", }",
            false,
        );
    }

    #[test]
    fn attribute_ranges_cover_each_bracket_after_a_pound() {
        let input = TokenStream::from_str(" #[a] x { #[b = c] } [d]").unwrap();
        assert_eq!(attribute_ranges(&input), [(2, 5), (11, 18)]);
    }
}
