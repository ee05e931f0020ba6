fastrapi_status::status_codes! {
    200 OK "The request succeeded",
    #[cfg(any())]
    200 ALSO_OK "Left out of this build, and still a clash with OK",
    #[cfg(any())]
    201 OK "The same name as an entry that is always there",
    // Under exclusive predicates, one code for two entries is fine.
    #[cfg(target_os = "none")]
    202 ACCEPTED "With the feature",
    #[cfg(not(target_os = "none"))]
    202 QUEUED "Without it",
}

fn main() {}
