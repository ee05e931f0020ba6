fastrapi_status::status_codes! {
    -1 NEGATIVE "Below zero",
}

fn main() {}
