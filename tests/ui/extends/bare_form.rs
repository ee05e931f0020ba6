// The bare form has no table to put options on.
fastrapi_status::status_codes! {
    #[status(extends = HttpStatus)]
    499 CLIENT_CLOSED_REQUEST "The client closed the connection",
}

fn main() {}
