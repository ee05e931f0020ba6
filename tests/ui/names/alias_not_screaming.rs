fastrapi_status::status_codes! {
    #[alias(oldOk)]
    200 OK "The request succeeded",
}

fn main() {}
