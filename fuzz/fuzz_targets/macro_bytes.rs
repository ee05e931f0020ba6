//! Arbitrary bytes, lexed into tokens where they lex, through the macro
//! pipeline: never a panic, output that parses as items, the same output
//! twice, every `compile_error!` spanned inside the input.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        fastrapi_status_fuzz::pipeline::check(text, false);
    }
});
