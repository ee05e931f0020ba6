//! The name hash and the index's bucket and slot functions exist twice:
//! the macro lays out each table's name index with its copy at compile
//! time, and the facade reads that index with its own at run time.
//! A proc-macro crate cannot export functions, so the two cannot be one;
//! instead this test runs both on arbitrary bytes and demands the same
//! answer. The macro's copy is compiled here from its source file.

#[allow(dead_code)]
#[path = "../fastrapi-status-macros/src/pipeline/hash.rs"]
mod macro_hash;

use fastrapi_status::__private::{bucket, name_hash, slot, words, Hashed};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn both_copies_agree_on_any_bytes(
        bytes in proptest::collection::vec(any::<u8>(), 0..80),
        seed in 0..64u64,
        displacement in any::<u32>(),
        size in 0..20u32,
        hashed in 0..3usize,
    ) {
        let seed = seed << 32;
        let (hashed, macro_hashed) = HASHED[hashed];
        let hash = name_hash(&bytes, seed, hashed);
        prop_assert_eq!(macro_hash::name_hash(&bytes, seed, macro_hashed), hash);
        prop_assert_eq!(macro_hash::words(&bytes), words(&bytes));
        let size = 1usize << size;
        prop_assert_eq!(macro_hash::bucket(hash, size), bucket(hash, size));
        prop_assert_eq!(macro_hash::slot(hash, displacement, size), slot(hash, displacement, size));
    }

    #[test]
    fn both_copies_fold_ascii_case_alike(key in "[A-Z0-9_]{0,40}", hashed in 0..3usize) {
        let lower = key.to_ascii_lowercase();
        let (hashed, macro_hashed) = HASHED[hashed];
        prop_assert_eq!(
            macro_hash::name_hash(key.as_bytes(), 0, macro_hashed),
            name_hash(lower.as_bytes(), 0, hashed)
        );
        prop_assert_eq!(
            name_hash(key.as_bytes(), 0, hashed),
            macro_hash::name_hash(lower.as_bytes(), 0, macro_hashed)
        );
    }
}

/// Each way of hashing, as each copy names it.
const HASHED: [(Hashed, macro_hash::Hashed); 3] = [
    (Hashed::First, macro_hash::Hashed::First),
    (Hashed::Last, macro_hash::Hashed::Last),
    (Hashed::All, macro_hash::Hashed::All),
];

/// Every length up to three words, where the chunking changes.
#[test]
fn both_copies_agree_at_every_chunk_boundary() {
    let text: Vec<u8> = (0..=255u8).cycle().take(300).collect();
    for len in 0..=text.len() {
        for (hashed, macro_hashed) in HASHED {
            assert_eq!(
                macro_hash::name_hash(&text[..len], 0, macro_hashed),
                name_hash(&text[..len], 0, hashed),
                "{len} {hashed:?}"
            );
        }
    }
}
