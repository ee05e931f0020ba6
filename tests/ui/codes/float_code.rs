fastrapi_status::status_codes! {
    404.0 NOT_FOUND "A float",
}

fn main() {}
