fastrapi_status::status_codes! {
    #[status(kind = websocket)]
    pub enum Ws {
        999 TOO_LOW "Below 1000",
    }
}

fn main() {}
