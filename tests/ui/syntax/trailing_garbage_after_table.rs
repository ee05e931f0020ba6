fastrapi_status::status_codes! {
    pub enum A {
        200 OK "The request succeeded",
    }
    struct B;
}

fn main() {}
