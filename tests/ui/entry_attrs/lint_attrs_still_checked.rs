fastrapi_status::status_codes! {
    200 OK "The request succeeded",
    #[doc(cfg(feature = "x"))]
    201 CREATED "Only hidden and alias are doc flags of an entry",
}

fn main() {}
