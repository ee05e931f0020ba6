fastrapi_status::status_codes! {
    200 OK "The request succeeded",
    #[alias(OK)]
    201 CREATED "Created",
}

fn main() {}
