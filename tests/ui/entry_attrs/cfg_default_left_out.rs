fastrapi_status::status_codes! {
    #[derive(Default)]
    pub enum Job {
        0 QUEUED "Waiting",
        #[cfg(any())]
        #[default]
        1 RUNNING "Left out of this build",
    }
}

fn main() {}
