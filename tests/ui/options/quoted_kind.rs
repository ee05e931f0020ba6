// A quoted kind is answered as a quoted code is: with what to write.
fastrapi_status::status_codes! {
    #[status(kind = "http", prefix = "API")]
    pub enum Api {
        200 OK "Fine",
    }
}

fn main() {}
