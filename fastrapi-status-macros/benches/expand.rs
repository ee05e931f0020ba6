//! The macro's expansion function (tokens in, tokens out) outside the
//! compiler, on tables of 10 to 10,000 entries: the cost per entry should
//! stay flat (no quadratic validation or generation).
//!
//! `cargo bench -p fastrapi-status-macros`, then `python3 bench/report.py`.

// The pipeline, compiled here as a plain module: a proc-macro crate cannot
// export functions for a bench to call.
#![allow(dead_code, unused_imports)]

#[path = "../src/pipeline/mod.rs"]
mod pipeline;

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// A table of `size` entries, every eighth with a phrase and an alias.
fn table(size: usize) -> TokenStream {
    let entries = (0..size).map(|i| {
        let code = Literal::u16_unsuffixed(u16::try_from(i * 3).unwrap());
        let name = Ident::new(&format!("ENTRY_NUMBER_{i}"), Span::call_site());
        let description = format!("Description of entry {i}");
        let extras = (i % 8 == 0).then(|| {
            let alias = Ident::new(&format!("OLD_ENTRY_{i}"), Span::call_site());
            quote!(#[phrase = "A Custom Phrase"] #[alias(#alias)])
        });
        quote!(#extras #code #name #description,)
    });
    quote! {
        @(::fastrapi_status)
        /// A benchmark table.
        #[status(prefix = T)]
        pub enum Bench { #(#entries)* }
    }
}

fn expansion(c: &mut Criterion) {
    let mut group = c.benchmark_group("expand");
    for size in [10usize, 100, 1_000, 10_000] {
        let input = table(size);
        // A benchmark of the error path would be meaningless.
        assert!(!pipeline::status_codes(input.clone())
            .to_string()
            .contains("compile_error"));
        group.throughput(Throughput::Elements(size as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &input, |b, input| {
            b.iter(|| black_box(pipeline::status_codes(input.clone())));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .sample_size(20);
    targets = expansion
}
criterion_main!(benches);
