fastrapi_status::status_codes! {
    404 NOT_FOUND_ "Trailing underscore",
}

fn main() {}
