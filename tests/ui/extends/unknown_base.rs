fastrapi_status::status_codes! {
    #[status(extends = GrpcStatus)]
    pub enum Mine {
        1 ONE "One",
    }
}

fn main() {}
