fastrapi_status::status_codes! {
    404 _NOT_FOUND "Leading underscore",
}

fn main() {}
