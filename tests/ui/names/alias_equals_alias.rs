fastrapi_status::status_codes! {
    #[alias(OLD)]
    200 OK "The request succeeded",
    #[alias(OLD)]
    201 CREATED "Created",
}

fn main() {}
