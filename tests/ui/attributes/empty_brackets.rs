// The end of an attribute's brackets is reported at the `]`, not at the
// call site.
fastrapi_status::status_codes! {
    #[]
    200 OK "The request succeeded",
}

fn main() {}
