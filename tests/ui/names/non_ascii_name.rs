// The suggestion must not drop what was written: say what names are.
fastrapi_status::status_codes! {
    5 ÉTAT "The state",
}

fn main() {}
