// Two calls in one module that both declare `DONE`: the compiler's own
// error points at the two names, not at the whole calls.
fastrapi_status::status_codes! {
    pub enum Job {
        0 DONE "Finished",
    }
}

fastrapi_status::status_codes! {
    pub enum Task {
        1 DONE "Also finished",
    }
}

fn main() {}
