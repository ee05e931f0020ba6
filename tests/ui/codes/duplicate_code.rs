fastrapi_status::status_codes! {
    200 OK "The request succeeded",
    200 ALSO_OK "Also fine",
}

fn main() {}
