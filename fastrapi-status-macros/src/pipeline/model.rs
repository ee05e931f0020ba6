//! What validation hands to expansion: an invocation checked, with every
//! fact the expansion needs computed once (codes as `u16`, variant and
//! constant names, phrases, entries sorted by code).

use proc_macro2::TokenStream;
use syn::Ident;

pub use super::ast::{Base, Cfg, Kind, Spec};

/// What validation concludes.
pub enum Validated {
    Model(Model),
    /// A table extends this base, whose declaration is not here yet: the
    /// expansion asks the facade's data macro for it (`callbacks.rs`).
    NeedsBase(Base),
    /// Entries are under these distinct `#[cfg]` predicates, in source
    /// order: the expansion asks the compiler (`callbacks.rs`).
    NeedsCfg(Vec<Cfg>),
}

/// A checked invocation, ready to expand.
pub struct Model {
    /// The path to the facade crate in generated code.
    pub krate: TokenStream,
    pub tables: Vec<TableModel>,
}

pub struct TableModel {
    /// What the enum carries: docs, derives left after absorption, ...
    pub attrs: Vec<TokenStream>,
    pub has_docs: bool,
    pub vis: TokenStream,
    pub ident: Ident,
    pub kind: Kind,
    /// The variant of the `#[default]` entry, if one is marked.
    pub default: Option<Ident>,
    /// The table this one extends, whose entries it holds too.
    pub base: Option<BaseRef>,
    /// Sorted by code.
    pub entries: Vec<EntryModel>,
}

/// The base of an extending table, for the conversions.
pub struct BaseRef {
    pub ident: Ident,
    /// A variant both tables have, for the (unreachable) fallback of `From`.
    pub fallback: Ident,
}

#[derive(Clone)]
pub struct EntryModel {
    pub code: u16,
    pub name: String,
    pub variant: Ident,
    pub constant: Ident,
    pub phrase: String,
    pub description: String,
    /// The entry's own doc attributes, appended to the generated docs.
    pub docs: Vec<TokenStream>,
    /// What the variant and the constant both carry, as written.
    pub passed: Vec<TokenStream>,
    /// The `#[deprecated]` note (empty without one), for `deprecated()`.
    pub deprecated: Option<String>,
    pub spec: Option<Spec>,
    pub aliases: Vec<Alias>,
    /// Taken from the base table: its constants are the base's own.
    pub inherited: bool,
}

/// A deprecated old name of an entry.
#[derive(Clone)]
pub struct Alias {
    pub name: String,
    pub constant: Ident,
}
