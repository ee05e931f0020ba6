fastrapi_status::status_codes! {
    0x194 NOT_FOUND "Hexadecimal",
}

fn main() {}
