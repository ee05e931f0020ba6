fastrapi_status::status_codes! {
    pub enum A {
        200 OK "Fine",
    }
    pub enum B {
        200 OK "Also fine",
    }
}

fn main() {}
