fastrapi_status::status_codes! {
    #[phrase = "OK"]
    #[phrase = "Okay"]
    200 OK "The request succeeded",
}

fn main() {}
