fastrapi_status::status_codes! {
    // `A_L_L` becomes the variant `ALL`, which `Status::ALL` already names.
    1 A_L_L "Every letter a word",
}

fn main() {}
