fastrapi_status::status_codes! {
    200 OK "The request succeeded" extra,
}

fn main() {}
