fastrapi_status::status_codes! {
    #[status(kind = http, flavour = spicy)]
    pub enum Http {
        200 OK "The request succeeded",
    }
}

fn main() {}
