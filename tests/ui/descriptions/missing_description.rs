fastrapi_status::status_codes! {
    404 NOT_FOUND,
    200 OK "The request succeeded",
}

fn main() {}
