fastrapi_status::status_codes! {
    #[derive(Default)]
    pub enum Job {
        #[default]
        0 QUEUED "Waiting for a worker",
        #[default]
        1 RUNNING "A worker has it",
    }
}

fn main() {}
