//! The case-insensitive hash of the generated name index, and the index.
//! The facade reads the index with its own copy of the hash (a proc-macro
//! crate cannot export functions): `tests/name_hash.rs` holds the two equal,
//! so keep them identical. Standalone, as that test includes this file.
//!
//! The hash reads eight bytes at a time with each byte's case bit (`0x20`)
//! set, and only the words that tell a table's keys apart ([`Hashed`]); the
//! lookup then compares the whole key exactly, with its [`letters`] masks.

// High bits everywhere: a key's word XORed with one is never zero.
const HEAD_KEY: u64 = 0x9EB7_F9B9_FFCA_FC95;
const TAIL_KEY: u64 = 0xFFD1_AFD7_EDD5_8CCD;
const MIDDLE_KEY: u64 = 0xC2B2_AE3D_A7D4_EB4F;
const ONES: u64 = 0x0101_0101_0101_0101;
const CASE: u64 = 0x20 * ONES;

/// Which words of a text the hash reads: the fewest that tell a table's
/// keys apart ([`build_index`] chooses).
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub enum Hashed {
    /// The first eight bytes (below eight bytes, the whole text) and the
    /// length.
    First,
    /// The last eight bytes (below eight bytes, the whole text) and the
    /// length.
    Last,
    /// Every byte and the length.
    All,
}

/// Hashes `bytes` ASCII case-insensitively; `seed` is the table's.
pub fn name_hash(bytes: &[u8], seed: u64, hashed: Hashed) -> u64 {
    let (head, tail) = words(bytes);
    let len = bytes.len() as u64;
    match hashed {
        // The seed in the multiplier: in the multiplicand it would move
        // keys that share slot bits alike, under every seed.
        Hashed::First | Hashed::Last => {
            fold((one_word(bytes, head, tail, hashed) | CASE) ^ len, seed | 1)
        }
        Hashed::All => {
            let mut h = fold((head | CASE) ^ HEAD_KEY, (tail | CASE) ^ TAIL_KEY ^ seed);
            let mut at = 8;
            while at + 8 < bytes.len() {
                h = fold(h ^ (word_at(bytes, at) | CASE), MIDDLE_KEY);
                at += 8;
            }
            // The length in a multiply of its own, or it could cancel
            // against the text.
            fold(h ^ len, MIDDLE_KEY)
        }
    }
}

/// The one word a [`Hashed::First`] or [`Hashed::Last`] hash reads, given
/// the text's [`words`]: below eight bytes, the text.
pub fn one_word(bytes: &[u8], head: u64, tail: u64, hashed: Hashed) -> u64 {
    if hashed == Hashed::Last && bytes.len() >= 8 {
        tail
    } else {
        head
    }
}

/// The case bit (`0x20`) of each ASCII letter of `word`: ORed into both
/// sides of a compare, a letter matches in either case, any other byte
/// only itself.
pub fn letters(word: u64) -> u64 {
    let mut mask = 0;
    for (at, byte) in word.to_le_bytes().into_iter().enumerate() {
        if byte.is_ascii_alphabetic() {
            mask |= 0x20 << (8 * at);
        }
    }
    mask
}

/// The 128-bit product of `a` and `b`, its halves XORed.
pub const fn fold(a: u64, b: u64) -> u64 {
    let product = a as u128 * b as u128;
    #[allow(clippy::cast_possible_truncation)]
    let low = product as u64;
    low ^ (product >> 64) as u64
}

/// The bucket of a hash among `buckets` (a power of two): its top bits,
/// so that [`slot`], which takes the bottom ones, is independent of it.
pub fn bucket(hash: u64, buckets: usize) -> usize {
    let bits = buckets.trailing_zeros();
    if bits == 0 || bits >= 64 {
        0
    } else {
        #[allow(clippy::cast_possible_truncation)]
        let top = (hash >> (64 - bits)) as usize;
        top
    }
}

/// The slot of a hash among `slots` (a power of two): its bottom bits from
/// bit 4 up (the lookup's `* 48` absorbs the shift), XORed with its
/// bucket's displacement, as in PTHash.
pub fn slot(hash: u64, displacement: u32, slots: usize) -> usize {
    #[allow(clippy::cast_possible_truncation)]
    let bottom = ((hash ^ u64::from(displacement)) >> 4) as usize;
    bottom & slots.wrapping_sub(1)
}

/// The first eight bytes and the last eight as little-endian words (they
/// overlap below 16 bytes); below eight bytes, the text as one zero-padded
/// word, and zero.
pub fn words(bytes: &[u8]) -> (u64, u64) {
    let n = bytes.len();
    if n >= 8 {
        (word_at(bytes, 0), word_at(bytes, n - 8))
    } else {
        (short_word(bytes), 0)
    }
}

/// Bytes `at..at + 8` as a little-endian word; zero out of range.
pub fn word_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at.saturating_add(8)) {
        Some(&[a, b, c, d, e, f, g, h]) => u64::from_le_bytes([a, b, c, d, e, f, g, h]),
        _ => 0,
    }
}

/// Fewer than eight bytes as a zero-padded word, from two overlapping
/// fixed-size loads rather than a `memcpy`.
fn short_word(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        let hi = u32::from_le_bytes([bytes[n - 4], bytes[n - 3], bytes[n - 2], bytes[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([bytes[0], bytes[1]]);
        let hi = u16::from_le_bytes([bytes[n - 2], bytes[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 2))
    } else if n == 1 {
        u64::from(bytes[0])
    } else {
        0
    }
}

/// A perfect hash over a table's keys ("hash, displace and compress", as
/// the `phf` crate builds it, with PTHash's XOR displacement): every key has
/// a slot of its own, so a lookup compares once, with no probing.
#[cfg_attr(test, derive(Debug))]
pub struct NameIndex {
    /// The words the hash reads.
    pub hashed: Hashed,
    /// The first of 64 fixed random seeds that works.
    pub seed: u64,
    /// One per bucket, shifted left by four as [`slot`] reads it.
    pub displacements: Vec<u32>,
    /// The key in each slot; `None` for a free one.
    pub slots: Vec<Option<usize>>,
}

/// Builds the index of `keys` (unique case-insensitively): a bucket for
/// every two keys, slots for the keys and a quarter more. `None` if no seed
/// of 64 separates them, which the caller reports as a compile error.
pub fn build_index(keys: &[&str]) -> Option<NameIndex> {
    let hashed = if tells_apart(keys, Hashed::First) {
        Hashed::First
    } else if tells_apart(keys, Hashed::Last) {
        Hashed::Last
    } else {
        Hashed::All
    };
    let bucket_count = (keys.len() / 2).next_power_of_two();
    let slot_count = (keys.len() + keys.len() / 4).next_power_of_two();
    let mut hashes = Vec::with_capacity(keys.len());
    for attempt in 0..64 {
        let seed = seed(attempt);
        hashes.clear();
        for key in keys {
            hashes.push(name_hash(key.as_bytes(), seed, hashed));
        }
        if let Some((displacements, slots)) = place(&hashes, bucket_count, slot_count) {
            return Some(NameIndex {
                hashed,
                seed,
                displacements,
                slots,
            });
        }
    }
    None
}

/// The seed of each attempt: random bits, for a multiplier.
fn seed(attempt: u64) -> u64 {
    fold(attempt ^ HEAD_KEY, MIDDLE_KEY)
}

/// Whether one word of each key, as the hash reads it, tells every key
/// apart: if not, two keys get one hash under every seed.
fn tells_apart(keys: &[&str], hashed: Hashed) -> bool {
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        let bytes = key.as_bytes();
        let (head, tail) = words(bytes);
        values.push((one_word(bytes, head, tail, hashed) | CASE) ^ bytes.len() as u64);
    }
    values.sort_unstable();
    values.windows(2).all(|pair| pair[0] != pair[1])
}

/// Places every hash in a slot of its own, buckets largest first.
fn place(
    hashes: &[u64],
    bucket_count: usize,
    slot_count: usize,
) -> Option<(Vec<u32>, Vec<Option<usize>>)> {
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
    for (key, &hash) in hashes.iter().enumerate() {
        buckets[bucket(hash, bucket_count)].push(key);
    }
    let mut slots: Vec<Option<usize>> = vec![None; slot_count];
    // A displacement moves a bucket's keys together: two on the same slot
    // bits share a slot under every one, and the seed must change. (The
    // slots are marked taken for the check, and cleared after it.)
    for keys in &buckets {
        let mut clash = false;
        for &key in keys {
            clash |= slots[slot(hashes[key], 0, slot_count)]
                .replace(key)
                .is_some();
        }
        for &key in keys {
            slots[slot(hashes[key], 0, slot_count)] = None;
        }
        if clash {
            return None;
        }
    }
    // Largest first, equal sizes in bucket order (buckets hold a few keys).
    let mut largest = 0;
    for keys in &buckets {
        largest = largest.max(keys.len());
    }
    let mut order = Vec::with_capacity(bucket_count);
    for size in (1..=largest).rev() {
        for (b, keys) in buckets.iter().enumerate() {
            if keys.len() == size {
                order.push(b);
            }
        }
    }
    let mut displacements = vec![0u32; bucket_count];
    let mut chosen = Vec::new();
    // Shifted as `slot` reads them; one of each slot count is enough, as
    // the XOR only permutes slots.
    let candidates = u32::try_from(slot_count).ok()?;
    for b in order {
        let mut found = None;
        for d in 0..candidates {
            let d = d << 4;
            chosen.clear();
            for &key in &buckets[b] {
                let s = slot(hashes[key], d, slot_count);
                if slots[s].is_some() {
                    break;
                }
                chosen.push(s);
            }
            if chosen.len() == buckets[b].len() {
                found = Some(d);
                break;
            }
        }
        displacements[b] = found?;
        for (i, &key) in buckets[b].iter().enumerate() {
            slots[chosen[i]] = Some(key);
        }
    }
    Some((displacements, slots))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same values are asserted in the facade's copy.
    #[test]
    fn golden_values() {
        for hashed in [Hashed::First, Hashed::Last, Hashed::All] {
            let hash = |text: &[u8], seed| name_hash(text, seed, hashed);
            assert_eq!(hash(b"NOT_FOUND", 0), hash(b"not_found", 0));
            assert_eq!(
                hash(b"HTTP_404_NOT_FOUND", 0),
                hash(b"http_404_Not_Found", 0)
            );
            assert_ne!(hash(b"NOT_FOUND", 0), hash(b"NOT_FOUND", 1 << 32));
        }
        let all = |text: &[u8]| name_hash(text, 0, Hashed::All);
        assert_ne!(all(b"NOT_FOUND"), all(b"NOT_FOUNE"));
        assert_ne!(all(b"HTTP_404_NOT_FOUND"), all(b"HTTP_404_NOT_FOUNE"));
        assert_eq!(
            [
                name_hash(b"OK", 0, Hashed::All),
                name_hash(b"HTTP_404_NOT_FOUND", 1 << 32, Hashed::All),
                name_hash(b"HTTP_404_NOT_FOUND", 0x9E37_79B9_7F4A_7C15, Hashed::First),
                name_hash(b"HTTP_404_NOT_FOUND", 0x9E37_79B9_7F4A_7C15, Hashed::Last),
            ],
            GOLDEN
        );
    }

    const GOLDEN: [u64; 4] = [
        0xCD50_C9A4_B3B4_CBCE,
        0x63E6_C1FA_9616_45C3,
        0x882F_291A_5B5E_E86F,
        0x4F12_5949_2375_2359,
    ];

    #[test]
    fn one_word_hashes_read_only_their_word() {
        let hash = |text: &[u8], hashed| name_hash(text, 0, hashed);
        // The same first eight bytes and length; the last eight differ.
        let (a, b) = (b"HTTP_404_NOT_FOUND", b"HTTP_404_NOT_FOUNE");
        assert_eq!(hash(a, Hashed::First), hash(b, Hashed::First));
        assert_ne!(hash(a, Hashed::Last), hash(b, Hashed::Last));
        let (a, b) = (b"XTTP_404_NOT_FOUND", b"HTTP_404_NOT_FOUND");
        assert_eq!(hash(a, Hashed::Last), hash(b, Hashed::Last));
        assert_ne!(hash(a, Hashed::First), hash(b, Hashed::First));
        // Below eight bytes both read the whole text.
        assert_eq!(hash(b"GONE", Hashed::First), hash(b"GONE", Hashed::Last));
        assert_ne!(hash(b"GONE", Hashed::First), hash(b"GONF", Hashed::First));
    }

    #[test]
    fn the_index_hashes_the_fewest_words_that_tell_its_keys_apart() {
        let hashed = |keys: &[&str]| build_index(keys).expect("an index").hashed;
        assert_eq!(hashed(&["NOT_FOUND", "NOT_FOUNE", "OK"]), Hashed::Last);
        assert_eq!(
            hashed(&["QUEUED", "JOB_0_QUEUED", "JOB_1_QUEUED"]),
            Hashed::First
        );
        assert_eq!(
            hashed(&["ABCDEFGH_X_ABCDEFGH", "ABCDEFGH_Y_ABCDEFGH"]),
            Hashed::All
        );
        // The length tells these apart.
        assert_eq!(
            hashed(&["REQUEST_TIMEOUT", "REQUEST_URI_TOO_LONG"]),
            Hashed::First
        );
        // `a` XOR 9 is `b` XOR 10. With the length XORed in, the first words
        // of each pair hash alike, and so do the last words of the second
        // pair; so the index hashes every word, where the first pair's last
        // words are the same and its first words would cancel the length
        // again, were it not in a multiply of its own.
        let cancel = ["AXXXXXXXX", "BXXXXXXXXX", "AABBBBBBZ", "BABBBBBBBZ"];
        assert_eq!(hashed(&cancel), Hashed::All);
    }

    #[test]
    fn a_letter_mask_matches_either_case_and_nothing_else() {
        for key in b"AZ09_".iter().copied() {
            let mask = letters(u64::from(key));
            let want = u64::from(key) | mask;
            for byte in 0..=u8::MAX {
                let matches = (u64::from(byte) | mask) == want;
                assert_eq!(matches, byte.eq_ignore_ascii_case(&key), "{key} {byte}");
            }
        }
        assert_eq!(letters(u64::from_le_bytes(*b"A_1z\0\0\0\0")), 0x2000_0020);
    }

    #[test]
    fn every_key_gets_a_slot_of_its_own() {
        let keys = ["OK", "NOT_FOUND", "HTTP_200_OK", "HTTP_404_NOT_FOUND", "A"];
        let index = build_index(&keys).expect("five keys");
        assert!(index.slots.len().is_power_of_two() && index.slots.len() >= keys.len());
        for (key, text) in keys.iter().enumerate() {
            let hash = name_hash(text.as_bytes(), index.seed, index.hashed);
            let d = index.displacements[bucket(hash, index.displacements.len())];
            assert_eq!(index.slots[slot(hash, d, index.slots.len())], Some(key));
        }
    }

    /// Keys that differ only in their last bytes, or only between their
    /// first and last eight: a hash that misses either puts them all in
    /// one bucket, or gives them one hash, and no index can be built.
    #[test]
    fn keys_alike_but_for_a_few_bytes_get_an_index() {
        let mut keys: Vec<String> = (0..10_000).map(|i| format!("ENTRY_NUMBER_{i}")).collect();
        keys.extend((0..10_000).map(|i| format!("T_{}_ENTRY_NUMBER_{i}", i * 3)));
        keys.extend(
            [
                "REQUEST_HEADER_FIELDS_TOO_LARGE",
                "REQUEST_ENTITY_FIELDS_TOO_LARGE",
            ]
            .map(String::from),
        );
        keys.extend((0..1000).map(|i| format!("SAME_HEAD_{i:04}_SAME_TAIL")));
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let index = build_index(&keys).expect("an index");
        let mut seen = vec![false; keys.len()];
        for text in &keys {
            let hash = name_hash(text.as_bytes(), index.seed, index.hashed);
            let d = index.displacements[bucket(hash, index.displacements.len())];
            let key = index.slots[slot(hash, d, index.slots.len())].expect("a key");
            assert_eq!(keys[key], *text);
            assert!(!std::mem::replace(&mut seen[key], true));
        }
    }

    /// Tables of random names, and of names of one length alike in their
    /// first and last eight bytes (which hash every word): each gets an index, and few
    /// need more than the first seed.
    #[test]
    fn random_tables_need_few_seeds() {
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move |below: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % below
        };
        let letter = |next: &mut dyn FnMut(u64) -> u64| char::from(b'A' + next(26) as u8);
        let (mut tables, mut attempts, mut worst) = (0, 0, 0);
        for size in (1..120).chain([500, 2000]) {
            for alike in [false, true] {
                let mut names = std::collections::HashSet::new();
                while names.len() < size {
                    let middle: String = (0..3).map(|_| letter(&mut next)).collect();
                    names.insert(if alike {
                        format!("SAMEHEAD{middle}SAMETAIL")
                    } else {
                        let rest: String = (0..next(20)).map(|_| letter(&mut next)).collect();
                        format!("{middle}_{rest}")
                    });
                }
                let keys: Vec<&str> = names.iter().map(String::as_str).collect();
                let index = build_index(&keys).expect("an index");
                assert_eq!(index.hashed == Hashed::All, alike && size > 1);
                let attempt = (0..64).position(|a| seed(a) == index.seed).expect("a seed");
                tables += 1;
                attempts += attempt + 1;
                worst = worst.max(attempt);
            }
        }
        // As built: 367 seeds for 242 tables, the 6th at worst.
        assert!(
            attempts <= 2 * tables && worst < 32,
            "{attempts} {tables} {worst}"
        );
    }

    #[test]
    fn no_keys_no_index() {
        let index = build_index(&[]).expect("nothing to place");
        assert_eq!((index.displacements.len(), index.slots.len()), (1, 1));
    }
}
