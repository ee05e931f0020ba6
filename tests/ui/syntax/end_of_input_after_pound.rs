// Found by the fuzzer (`macro_bytes`): at the end of the invocation, syn
// reported the missing tokens at the call site, the whole invocation; the
// errors now point at what the user wrote.
fastrapi_status::status_codes! {
    #[alias()]
    0 move OK "T sucseeded",#
}

fn main() {}
