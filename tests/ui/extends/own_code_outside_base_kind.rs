// The kind follows the base: an HTTP extension takes HTTP codes only.
fastrapi_status::status_codes! {
    #[status(prefix = EDGE, extends = HttpStatus)]
    pub enum EdgeStatus {
        4000 ROOM_GONE "A WebSocket code in an HTTP table",
    }
}

fn main() {}
