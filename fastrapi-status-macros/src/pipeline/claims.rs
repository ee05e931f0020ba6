//! The maps of what must be unique, and who holds each key, for the
//! duplicate messages.

use std::collections::HashMap;

use super::ast::Base;

/// What must be unique, with who holds it.
pub type Claims = HashMap<String, Owner>;

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
    /// `HttpStatus`", "... (under `#[cfg(...)]`)".
    pub fn describe(&self) -> String {
        let mut text = format!("`{}`", self.name);
        if let Some(code) = self.code {
            text += &format!(" ({code})");
        }
        if let Some(base) = &self.base {
            text += &format!(" of the base table `{base}`");
        }
        if let Some(cfg) = &self.cfg {
            text += &format!(" (under `#[cfg({cfg})]`)");
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
