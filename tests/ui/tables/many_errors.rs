fastrapi_status::status_codes! {
    #[status(kind = http, prefix = HTTP)]
    pub enum Http {
        200 OK "The request succeeded",
        200 ALSO_OK "Duplicate code",
        404 not_found "Lowercase name",
        600 TOO_HIGH "Out of range",
        #[phrase = ""]
        500 SERVER_ERROR "",
        501 NOT_IMPLEMENTED b"bytes",
        #[unknown]
        502 BAD_GATEWAY "Unknown attribute",
    }
}

fn main() {}
