fastrapi_status::status_codes! {
    200 OK "The request succeeded",
    200 OK "The same entry twice",
}

fn main() {}
