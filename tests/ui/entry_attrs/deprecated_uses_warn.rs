// Declaring a deprecated entry warns nowhere, though the generated `ALL`,
// `from_u16` and `Default` name it; each use of the user's own warns once.
#![deny(deprecated)]

fastrapi_status::status_codes! {
    #[derive(Default)]
    pub enum Job {
        0 FINE "Fine",
        #[deprecated(note = "use FINE")]
        #[default]
        1 OLD "An old status",
    }
}

fn main() {
    let _ = Job::ALL;
    let _ = Job::default();
    let _ = "OLD".parse::<Job>();
    let _ = Job::Old;
    let _ = OLD;
    let _ = Job::Old;
}
