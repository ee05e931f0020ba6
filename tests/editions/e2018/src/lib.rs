//! `status_codes!` called from an edition 2018 crate.

#![deny(missing_docs, warnings)]

fastrapi_status::status_codes! {
    /// A table declared on edition 2018.
    #[status(kind = http, prefix = E)]
    pub enum Edition2018 {
        200 OK "The request succeeded",
        #[alias(OLD_NOT_FOUND)]
        404 NOT_FOUND "Missing",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn works() {
        assert_eq!(
            Edition2018::from_u16(E_404_NOT_FOUND),
            Some(Edition2018::NotFound)
        );
        assert_eq!("old_not_found".parse(), Ok(Edition2018::NotFound));
        assert_eq!(Edition2018::Ok.to_string(), "200 OK".replace("OK", "Ok"));
    }
}
