fastrapi_status::status_codes! {
    #[status(prefix = Http)]
    pub enum Http {
        200 OK "The request succeeded",
    }
}

fn main() {}
