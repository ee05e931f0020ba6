//! Table-shaped input from a structured mutator: tables that are
//! well-formed by construction must expand to code without an error, and
//! the same tables with one defect of a kind the macro rejects must give
//! errors spanned inside the input. Both go through the same checks as raw
//! bytes.

#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

#[derive(Arbitrary, Debug)]
enum Kind {
    Http,
    WebSocket,
    Custom,
}

#[derive(Arbitrary, Debug)]
struct Entry {
    code: u16,
    word: Vec<u8>,
    phrase: Option<String>,
    description: String,
    aliases: Vec<Vec<u8>>,
    docs: Option<String>,
    /// `#[deprecated = note]`.
    deprecated: Option<String>,
    /// `#[spec = reference]`.
    spec: Option<String>,
    /// `#[cfg(feature = "fN")]`, N below four.
    cfg: Option<u8>,
}

#[derive(Arbitrary, Debug)]
struct Table {
    kind: Kind,
    prefix: bool,
    derives: bool,
    non_exhaustive: bool,
    default: Option<u8>,
    entries: Vec<Entry>,
}

#[derive(Arbitrary, Debug)]
enum Defect {
    None,
    DuplicateCode,
    LowercaseName,
    EmptyDescription,
    SuffixedCode,
    UnknownAttribute,
    Repr,
}

#[derive(Arbitrary, Debug)]
struct Input {
    tables: Vec<Table>,
    defect: Defect,
    /// Whether each feature `fN` is on: the compiler's answers, as the
    /// expansion's `cfg` chain would bring them back.
    features: [bool; 4],
}

/// Letters only, upper case, at least one: a word of a SCREAMING_SNAKE name.
fn word(bytes: &[u8]) -> String {
    let mut word: String = bytes
        .iter()
        .take(12)
        .map(|b| char::from(b'A' + b % 26))
        .collect();
    if word.is_empty() {
        word.push('X');
    }
    word
}

/// A unique first word for entry `i`: `A`, `B`, ..., `Z`, `BA`, ...
fn unique(mut i: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'A' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            break;
        }
    }
    letters.iter().rev().collect()
}

fn text(s: &str, fallback: &str) -> String {
    if s.trim().is_empty() {
        fallback.to_owned()
    } else {
        s.to_owned()
    }
}

/// The tokens of the input, whether it is well-formed, and the answers to
/// its `cfg` predicates in the order the macro asks (first use).
fn tokens(input: &Input) -> (TokenStream, bool, Vec<bool>) {
    let mut out = TokenStream::new();
    let mut well_formed = !input.tables.is_empty();
    let mut asked: Vec<u8> = Vec::new();
    for (t, table) in input.tables.iter().take(3).enumerate() {
        let (kind, low, span) = match table.kind {
            Kind::Http => (quote!(http), 100u32, 500u32),
            Kind::WebSocket => (quote!(websocket), 1000, 4000),
            Kind::Custom => (quote!(custom), 0, 65536),
        };
        // Several tables need prefixes, or their constants would collide.
        let prefix = (table.prefix || input.tables.len() > 1).then(|| format_ident!("T{t}"));
        let prefix = prefix.map(|p| quote!(, prefix = #p));
        let mut entries = TokenStream::new();
        let mut codes = std::collections::HashSet::new();
        let mut count = 0;
        let mut present = 0;
        let default = table
            .default
            .map(|d| usize::from(d) % table.entries.len().max(1));
        for (i, entry) in table.entries.iter().take(40).enumerate() {
            // A code in the kind's range, unique in the table.
            let code = low + u32::from(entry.code) % span;
            if !codes.insert(code) {
                continue;
            }
            count += 1;
            let first = unique(i);
            let cfg = entry.cfg.map(|n| n % 4);
            let cfg = match cfg {
                Some(n) => {
                    if !asked.contains(&n) {
                        asked.push(n);
                    }
                    present += usize::from(input.features[usize::from(n)]);
                    let feature = format!("f{n}");
                    Some(quote!(#[cfg(feature = #feature)]))
                }
                None => {
                    present += 1;
                    None
                }
            };
            let deprecated = entry
                .deprecated
                .as_ref()
                .map(|note| quote!(#[deprecated = #note]));
            let spec = entry.spec.as_ref().map(|spec| {
                let spec = text(spec, "A document");
                quote!(#[spec = #spec])
            });
            let name = format_ident!("{first}_{}", word(&entry.word));
            let code = Literal::u32_unsuffixed(code);
            let description = text(&entry.description, "A description");
            // The characters the kind takes in a phrase (a defect is not
            // what this input is about): an HTTP one's are a status line's.
            let phrase = entry.phrase.as_ref().map(|p| {
                let http = matches!(table.kind, Kind::Http);
                let kept: String = p
                    .chars()
                    .filter(|&c| {
                        let visible = c == '\t' || c == ' ' || c.is_ascii_graphic();
                        if http {
                            visible
                        } else {
                            c == '\t' || !c.is_control()
                        }
                    })
                    .collect();
                let p = text(&kept, "A phrase");
                quote!(#[phrase = #p])
            });
            let aliases: Vec<Ident> = entry
                .aliases
                .iter()
                .take(3)
                .enumerate()
                .map(|(a, w)| format_ident!("{first}_ALIAS{a}_{}", word(w)))
                .collect();
            let aliases = (!aliases.is_empty()).then(|| quote!(#[alias(#(#aliases),*)]));
            let docs = entry.docs.as_ref().map(|d| quote!(#[doc = #d]));
            // The default entry stays in every build (no `cfg` on it).
            let is_default = (default == Some(i) && cfg.is_none()).then(|| quote!(#[default]));
            entries.extend(quote! {
                #docs #phrase #aliases #is_default #cfg #deprecated #spec
                #code #name #description,
            });
        }
        // No entry at all, or none left in this build, is an error.
        if count == 0 || present == 0 {
            well_formed = false;
        }
        let derives = table
            .derives
            .then(|| quote!(#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]));
        let non_exhaustive = table.non_exhaustive.then(|| quote!(#[non_exhaustive]));
        let enum_name = Ident::new(&format!("Table{t}"), Span::call_site());
        out.extend(quote! {
            /// A fuzzed table.
            #derives
            #non_exhaustive
            #[status(kind = #kind #prefix)]
            pub enum #enum_name { #entries }
        });
    }
    let defect = match input.defect {
        Defect::None => None,
        Defect::DuplicateCode => Some(quote!(pub enum Defective { 1 ONE "One", 1 TWO "Two" })),
        Defect::LowercaseName => Some(quote!(pub enum Defective { 1 one "One" })),
        Defect::EmptyDescription => Some(quote!(pub enum Defective { 1 ONE "" })),
        Defect::SuffixedCode => Some(quote!(pub enum Defective { 1u16 ONE "One" })),
        Defect::UnknownAttribute => Some(quote!(pub enum Defective { #[nope] 1 ONE "One" })),
        Defect::Repr => Some(quote!(#[repr(u8)] pub enum Defective { 1 ONE "One" })),
    };
    if let Some(defect) = defect {
        out.extend(quote!(#[status(prefix = DEFECT)] #defect));
        well_formed = false;
    }
    let answers = asked
        .iter()
        .map(|&n| input.features[usize::from(n)])
        .collect();
    (out, well_formed, answers)
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = Input::arbitrary(&mut Unstructured::new(data)) else {
        return;
    };
    let (tokens, well_formed, answers) = tokens(&input);
    // Checked as printed and lexed again, so every token has a span of its
    // own in the input, as in a real invocation.
    let text = tokens.to_string();
    if answers.is_empty() {
        fastrapi_status_fuzz::pipeline::check(&text, well_formed);
    } else {
        // First the request for the answers (well-formed or not, it holds
        // no error yet), then the call the compiler's answers make.
        fastrapi_status_fuzz::pipeline::check(&text, true);
        fastrapi_status_fuzz::pipeline::check_answered(&text, &answers, well_formed);
    }
});
