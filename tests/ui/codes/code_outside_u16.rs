fastrapi_status::status_codes! {
    70000 HUGE "Does not fit",
    99999999999999999999999 HUGER "Does not fit in u64 either",
}

fn main() {}
