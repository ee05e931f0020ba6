fastrapi_status::status_codes! {
    #[status(prefix = A)]
    #[status(prefix = B)]
    pub enum Http {
        200 OK "The request succeeded",
    }
}

fn main() {}
