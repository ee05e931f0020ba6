fastrapi_status::status_codes! {
    200 OK "The request succeeded",
    #[cfg()]
    201 CREATED "No predicate",
    #[cfg(feature = "a", feature = "b")]
    202 ACCEPTED "Two predicates",
    #[cfg(feature = 5)]
    203 NON_AUTHORITATIVE "The compiler checks what a predicate means",
}

fn main() {}
