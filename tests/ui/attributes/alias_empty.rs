fastrapi_status::status_codes! {
    #[alias()]
    200 OK "The request succeeded",
}

fn main() {}
