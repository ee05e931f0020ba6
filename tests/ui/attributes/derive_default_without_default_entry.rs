fastrapi_status::status_codes! {
    #[derive(Debug, Default)]
    pub enum Job {
        0 QUEUED "Waiting for a worker",
    }
}

fn main() {}
