fastrapi_status::status_codes! {
    200 OK "The request succeeded",
    #[deprecated = 5]
    201 CREATED "Created",
    #[deprecated(reason = "old")]
    202 ACCEPTED "Accepted",
    #[deprecated]
    #[deprecated]
    203 NON_AUTHORITATIVE "Twice",
}

fn main() {}
