fastrapi_status::status_codes! {
    404u16 NOT_FOUND "Suffixed",
}

fn main() {}
