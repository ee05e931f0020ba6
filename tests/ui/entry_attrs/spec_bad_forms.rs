fastrapi_status::status_codes! {
    #[spec]
    200 OK "Without a string",
    #[spec = ""]
    201 CREATED "Empty",
    #[spec = "RFC 9110, Section 15.3.3"]
    #[spec = "RFC 9110, Section 15.3.3"]
    202 ACCEPTED "Twice",
    #[spec = 9110]
    203 NON_AUTHORITATIVE "Not a string",
    #[spec("RFC 9110", url = "rfc-editor.org")]
    204 NO_CONTENT "Not an address",
}

fn main() {}
