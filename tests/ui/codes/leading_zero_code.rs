fastrapi_status::status_codes! {
    0000200 OK "The request succeeded",
}

fn main() {}
