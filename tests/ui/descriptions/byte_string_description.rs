fastrapi_status::status_codes! {
    404 NOT_FOUND b"Bytes",
}

fn main() {}
