fastrapi_status::status_codes! {
    #[status(prefix = HTTP)]
    pub enum Http {
        200 OK "The request succeeded",
        201 HTTP_200_OK "Clashes with the constant of 200",
    }
}

fn main() {}
