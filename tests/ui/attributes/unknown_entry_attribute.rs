fastrapi_status::status_codes! {
    #[serde(rename = "ok")]
    200 OK "The request succeeded",
}

fn main() {}
