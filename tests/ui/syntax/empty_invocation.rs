fastrapi_status::status_codes! {}

fn main() {}
