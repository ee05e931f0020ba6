fastrapi_status::status_codes! {
    404 not_found "Lowercase",
}

fn main() {}
