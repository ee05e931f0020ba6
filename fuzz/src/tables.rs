//! A downstream table with awkward keys: one-letter names, names sharing
//! long prefixes and long suffixes, a 40-byte name, aliases, and codes at
//! both ends of `u16`.

fastrapi_status::status_codes! {
    /// Keys that are hard on a perfect hash and on a byte compare.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[status(prefix = AWK)]
    pub enum Awkward {
        0 ZERO "The lowest code",
        1 A "One letter",
        2 B "Another letter",
        3 AB "Two letters",
        #[alias(Z)]
        4 Y "A one-letter alias",
        10 SHARED_LONG_PREFIX_OF_SEVERAL_NAMES_A "Prefix A",
        11 SHARED_LONG_PREFIX_OF_SEVERAL_NAMES_B "Prefix B",
        12 SHARED_LONG_PREFIX_OF_SEVERAL_NAMES_AB "Prefix AB",
        20 A_SHARED_LONG_SUFFIX_OF_SEVERAL_NAMES "Suffix A",
        21 B_SHARED_LONG_SUFFIX_OF_SEVERAL_NAMES "Suffix B",
        22 AB_SHARED_LONG_SUFFIX_OF_SEVERAL_NAMES "Suffix AB",
        #[alias(FORTY_BYTE_ALIAS_OF_A_FORTY_BYTE_NAME_XY)]
        40 FORTY_BYTES_EXACTLY_IN_THIS_LONG_NAME_XY "Forty bytes",
        4000 DOUBLE_UNDERSCORE_FREE_NAME "Middle code",
        65534 ALMOST_MAX "Next to the top",
        65535 MAX "The highest code",
    }
}
