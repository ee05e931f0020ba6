fastrapi_status::status_codes! {
    #[status(extends = HttpStatus, extends = WsCloseCode)]
    pub enum Mine {
        499 ONE "One",
    }
}

fn main() {}
