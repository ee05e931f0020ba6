fastrapi_status::status_codes! {
    #[status(prefix = EDGE, extends = HttpStatus)]
    pub enum EdgeStatus {
        499 NOT_FOUND "Already the name of 404",
    }
}

fn main() {}
