fastrapi_status::status_codes! {
    404 NOT_FOUND "",
}

fn main() {}
