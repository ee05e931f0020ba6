fastrapi_status::status_codes! {
    400 + 4 NOT_FOUND "An expression",
}

fn main() {}
