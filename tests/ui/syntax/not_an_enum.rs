fastrapi_status::status_codes! {
    pub struct Http {
        200 OK "The request succeeded",
    }
}

fn main() {}
