fastrapi_status::status_codes! {
    pub enum Job {
        #[default(QUEUED)]
        0 QUEUED "Waiting for a worker",
    }
}

fn main() {}
