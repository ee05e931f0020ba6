fastrapi_status::status_codes! {
    1 STATUS_2 "Becomes Status2",
    2 STATUS2 "Also becomes Status2",
}

fn main() {}
