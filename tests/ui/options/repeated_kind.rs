fastrapi_status::status_codes! {
    #[status(kind = http, kind = http)]
    pub enum Http {
        200 OK "The request succeeded",
    }
}

fn main() {}
