//! The maps of what must be unique, and who holds each key, for the
//! duplicate messages.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::model::Base;

/// Every uniqueness check is one lookup in a map of this one type: the
/// crate compiles one copy of the map's code (see `lib.rs`).
pub type Claims = HashMap<String, Owner, BuildHasherDefault<KeyHasher>>;

/// FNV-1a over the key's bytes. The keys are the user's own names, so a
/// hash that resists chosen keys buys nothing here, and std's default
/// (SipHash, seeded from the OS through a thread-local) is code this crate
/// would compile on every clean build (see `lib.rs`).
#[derive(Clone, Copy)]
pub struct KeyHasher(u64);

impl Default for KeyHasher {
    fn default() -> Self {
        KeyHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Who holds a unique key, for duplicate messages.
#[derive(Clone)]
pub struct Owner {
    pub name: String,
    pub code: Option<u16>,
    /// The base table, for a key the table inherited.
    pub base: Option<String>,
    /// The `#[cfg]` predicate the holder is under, if any.
    pub cfg: Option<String>,
}

impl Owner {
    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            code: None,
            base: None,
            cfg: None,
        }
    }

    /// "`NOT_FOUND`", "`NOT_FOUND` (404)", "... of the base table
    /// `HttpStatus`". Built only for a message: most keys never need it.
    pub fn describe(&self) -> String {
        let mut text = format!("`{}`", self.name);
        if let Some(code) = self.code {
            text.push_str(&format!(" ({code})"));
        }
        if let Some(base) = &self.base {
            text.push_str(&format!(" of the base table `{base}`"));
        }
        if let Some(cfg) = &self.cfg {
            text.push_str(&format!(" (under `#[cfg({cfg})]`)"));
        }
        text
    }
}

/// What must be unique across the tables of one invocation, since their
/// items share one module.
#[derive(Default)]
pub struct InvocationClaims {
    /// Table names (with no owner).
    pub tables: Claims,
    /// Constant name -> the table that declares it.
    pub constants: Claims,
    /// The first base a table extends that is not here yet.
    pub missing_base: Option<Base>,
}
