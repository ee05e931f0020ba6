fastrapi_status::status_codes! {
    #[alias("OLD_OK")]
    200 OK "The request succeeded",
}

fn main() {}
