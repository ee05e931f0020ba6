fastrapi_status::status_codes! {
    #[status(kind = websocket, extends = HttpStatus)]
    pub enum Mine {
        499 CLIENT_CLOSED_REQUEST "The client closed the connection",
    }
}

fn main() {}
