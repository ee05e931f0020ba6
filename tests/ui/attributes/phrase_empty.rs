fastrapi_status::status_codes! {
    #[phrase = ""]
    200 OK "The request succeeded",
}

fn main() {}
