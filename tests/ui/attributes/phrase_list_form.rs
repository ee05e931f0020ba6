fastrapi_status::status_codes! {
    #[phrase("OK")]
    200 OK "The request succeeded",
}

fn main() {}
