fastrapi_status::status_codes! {
    #[status(kind = http)]
    pub enum Http {
        600 TOO_HIGH "Above 599",
    }
}

fn main() {}
