fastrapi_status::status_codes! {
    404 4XX "Leading digit",
}

fn main() {}
