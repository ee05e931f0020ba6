fastrapi_status::status_codes! {
    #[status(kind = grpc)]
    pub enum Grpc {
        0 OK "Fine",
    }
}

fn main() {}
