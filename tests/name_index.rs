//! Names that differ only between their first and last eight bytes, or
//! only in their last bytes: the name index must tell them apart (a hash
//! that read only the ends gave such names one hash, and the macro could
//! not build the table).

use fastrapi_status::status_codes;

status_codes! {
    #[status(prefix = E)]
    enum Alike {
        1 REQUEST_HEADER_FIELDS_TOO_LARGE "Same first and last eight bytes, same length.",
        2 REQUEST_ENTITY_FIELDS_TOO_LARGE "Same first and last eight bytes, same length.",
        3 REQUEST_TRAILER_FIELDS_TOO_LARGE "Longer by one.",
        4 ENTRY_NUMBER_1000 "Differs in the last byte.",
        5 ENTRY_NUMBER_1001 "Differs in the last byte.",
        6 ENTRY_NUMBER_1010 "Differs in the second last byte.",
        7 SAME_HEAD_0001_SAME_TAIL "Differs in the middle word only.",
        8 SAME_HEAD_0002_SAME_TAIL "Differs in the middle word only.",
    }
}

#[test]
fn every_name_finds_its_own_entry() {
    for status in Alike::ALL {
        for text in [
            status.name().to_owned(),
            status.name().to_ascii_lowercase(),
            status.constant_name().to_owned(),
        ] {
            assert_eq!(text.parse::<Alike>().ok(), Some(*status), "{text}");
        }
    }
}

#[test]
fn one_byte_off_in_the_middle_is_a_miss() {
    for text in [
        "REQUEST_HEADER_FIELDS_TOO_LARGF",
        "REQUEST_HEADEX_FIELDS_TOO_LARGE",
        "REQUEST_ENTITY_FIELDT_TOO_LARGE",
        "SAME_HEAD_0003_SAME_TAIL",
        "ENTRY_NUMBER_1002",
    ] {
        assert!(text.parse::<Alike>().is_err(), "{text}");
    }
}
