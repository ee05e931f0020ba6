fastrapi_status::status_codes! {
    #[status(kind = http)]
    pub enum Http {
        99 TOO_LOW "Below 100",
    }
}

fn main() {}
