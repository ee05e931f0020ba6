// The card's `< ... >` shape is the bare form; a `<` anywhere else is an error.
fastrapi_status::status_codes! {
    200 OK "The request succeeded",
    < 404 NOT_FOUND "The server cannot find the requested resource",
}

fn main() {}
