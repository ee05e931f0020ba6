//! `status_codes!` called from crates of several editions: `e2018/` and
//! `e2021/` compile this one file with their own `edition` (the hygiene
//! crate covers 2024).

#![deny(missing_docs, warnings)]

fastrapi_status::status_codes! {
    /// A table declared on the crate's edition.
    #[status(kind = http, prefix = E)]
    pub enum EditionTable {
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
            EditionTable::from_u16(E_404_NOT_FOUND),
            Some(EditionTable::NotFound)
        );
        assert_eq!("old_not_found".parse(), Ok(EditionTable::NotFound));
        assert_eq!(EditionTable::Ok.to_string(), "200 Ok");
    }
}
