fastrapi_status::status_codes! {
    pub enum Nothing {}
}

fn main() {}
