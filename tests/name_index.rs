//! Names that differ only between their first and last eight bytes, or
//! only in their last bytes: the name index must tell them apart (a hash
//! that read only the ends gave such names one hash, and the macro could
//! not build the table). And tables whose hash reads one word only: text
//! that hashes like a key, differing only in the bytes the hash skipped,
//! must still miss.

use fastrapi_status::__private::{Hashed, TableData};
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
        9 AXXXXXXXX "With the length XORed in, hashes like the next.",
        10 BXXXXXXXXX "With the length XORed in, hashes like the one before.",
        11 AABBBBBBZ "Both words hash like the next's, the length XORed in.",
        12 BABBBBBBBZ "Both words hash like the one before's, the length XORed in.",
    }
}

status_codes! {
    /// Told apart by their first eight bytes and length.
    enum Heads {
        1 ALPHA_ONE_TAIL "One.",
        2 BRAVO_ONE_TAIL "Two.",
        3 ALPHA_ONE_TAIL_LONGER "Three.",
        4 OK "Four.",
    }
}

status_codes! {
    /// The same first eight bytes and length: told apart by the last eight.
    enum Tails {
        1 SAMEHEAD_ONE "One.",
        2 SAMEHEAD_TWO "Two.",
        3 SAMEHEAD_SIX "Three.",
        4 LOST "Four.",
    }
}

#[test]
fn each_table_hashes_the_fewest_words_that_tell_its_keys_apart() {
    assert_eq!(<Heads as TableData>::TABLE.hashed, Hashed::First);
    assert_eq!(<Tails as TableData>::TABLE.hashed, Hashed::Last);
    assert_eq!(<Alike as TableData>::TABLE.hashed, Hashed::All);
}

#[test]
fn a_one_word_hash_still_compares_every_byte() {
    for status in Heads::ALL {
        assert_eq!(status.name().parse::<Heads>().ok(), Some(*status));
    }
    for status in Tails::ALL {
        assert_eq!(
            status.name().to_lowercase().parse::<Tails>().ok(),
            Some(*status)
        );
    }
    // Each hashes like a key (the same hashed word and length) and differs
    // from it in a byte the hash skips.
    for text in [
        "ALPHA_ONE_TAIX",
        "alpha_one_tail_longex",
        "ALPHA_ONE_TAIL_LONG_R",
    ] {
        assert!(text.parse::<Heads>().is_err(), "{text}");
    }
    for text in ["XAMEHEAD_ONE", "sameheaX_two", "S_MEHEAD_SIX"] {
        assert!(text.parse::<Tails>().is_err(), "{text}");
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
