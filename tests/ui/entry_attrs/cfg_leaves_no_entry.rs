fastrapi_status::status_codes! {
    pub enum Gone {
        #[cfg(any())]
        0 NEVER "Left out of every build",
        #[cfg(not(all()))]
        1 NOR_THIS "Left out too",
    }
}

fn main() {}
