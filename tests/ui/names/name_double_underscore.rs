fastrapi_status::status_codes! {
    404 NOT__FOUND "Double underscore",
}

fn main() {}
