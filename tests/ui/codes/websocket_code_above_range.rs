fastrapi_status::status_codes! {
    #[status(kind = websocket)]
    pub enum Ws {
        5000 TOO_HIGH "Above 4999",
    }
}

fn main() {}
