fastrapi_status::status_codes! {
    #[status(prefix = HTTP, extends = HttpStatus)]
    pub enum EdgeStatus {
        #[alias(REQUEST_ENTITY_TOO_LARGE)]
        499 CLIENT_CLOSED_REQUEST "The client closed the connection",
    }
}

fn main() {}
