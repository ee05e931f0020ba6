fastrapi_status::status_codes! {
    pub enum Http<T> {
        200 OK "The request succeeded",
    }
}

fn main() {}
