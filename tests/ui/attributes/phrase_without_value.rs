// Found by the fuzzer (`macro_bytes`): `#[phrase = ]` has no value to
// underline, and its error was spanned at the call site; it points at
// `phrase` now.
fastrapi_status::status_codes! {
    #[phrase = ]
    2p0 OK "The request succeeded",
}

fn main() {}
