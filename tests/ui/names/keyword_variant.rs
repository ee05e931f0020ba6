fastrapi_status::status_codes! {
    1 SELF "Becomes Self",
}

fn main() {}
