fastrapi_status::status_codes! {
    404 NotFound "UpperCamelCase",
}

fn main() {}
