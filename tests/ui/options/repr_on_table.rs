fastrapi_status::status_codes! {
    #[repr(u8)]
    pub enum Small {
        1 ONE "One",
    }
}

fn main() {}
