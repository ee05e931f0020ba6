// Asking for serde without the facade's `serde` feature: one error, at the
// derive, naming the feature.
fastrapi_status::status_codes! {
    #[derive(Debug, serde::Serialize, serde::Deserialize)]
    pub enum Job {
        0 DONE "Finished",
    }
}

fn main() {}
