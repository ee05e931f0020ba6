fastrapi_status::status_codes! {
    404 NOT_FOUND 42,
}

fn main() {}
