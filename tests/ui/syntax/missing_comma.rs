fastrapi_status::status_codes! {
    200 OK "The request succeeded"
    404 NOT_FOUND "Not found"
}

fn main() {}
