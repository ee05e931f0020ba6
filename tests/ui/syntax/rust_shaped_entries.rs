// Entries written as enum variants are answered with the entry form.
fastrapi_status::status_codes! {
    pub enum Job {
        Done = 0,
        Failed(u16),
        Running,
    }
}

fn main() {}
