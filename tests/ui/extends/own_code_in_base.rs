fastrapi_status::status_codes! {
    #[status(prefix = EDGE, extends = HttpStatus)]
    pub enum EdgeStatus {
        404 MISSING "Our own word for it",
    }
}

fn main() {}
