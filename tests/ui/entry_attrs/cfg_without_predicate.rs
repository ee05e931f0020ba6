fastrapi_status::status_codes! {
    200 OK "The request succeeded",
    #[cfg]
    201 CREATED "Created",
    #[cfg = "feature"]
    202 ACCEPTED "Accepted",
}

fn main() {}
