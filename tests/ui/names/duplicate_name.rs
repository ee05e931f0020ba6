fastrapi_status::status_codes! {
    200 OK "The request succeeded",
    201 OK "Created",
}

fn main() {}
