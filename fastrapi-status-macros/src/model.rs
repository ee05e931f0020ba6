//! What validation hands to expansion: the checked model of an invocation.
//!
//! Every fact the expansion needs is computed once here (codes as `u16`,
//! variant and constant names, phrases, aliases, entries sorted by code), so
//! `expand.rs` never re-checks input.

use proc_macro2::TokenStream;
use syn::Ident;

use crate::attr::Attr;
pub use crate::entry_attrs::Spec;

/// A checked invocation, ready to expand.
pub struct Model {
    /// The path to the facade crate in generated code.
    pub krate: TokenStream,
    pub tables: Vec<TableModel>,
}

/// What a table's codes mean, from `#[status(kind = ...)]`.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub enum Kind {
    Http,
    WebSocket,
    Custom,
}

/// Every kind with the keyword that names it in `#[status(kind = ...)]`,
/// the only place the keywords are written.
pub const KINDS: [(&str, Kind); 3] = [
    ("http", Kind::Http),
    ("websocket", Kind::WebSocket),
    ("custom", Kind::Custom),
];

impl Kind {
    /// The kind a keyword names.
    pub fn from_keyword(keyword: &str) -> Option<Kind> {
        for (known, kind) in KINDS {
            if known == keyword {
                return Some(kind);
            }
        }
        None
    }

    pub fn keyword(self) -> &'static str {
        for (keyword, kind) in KINDS {
            if kind == self {
                return keyword;
            }
        }
        "custom"
    }

    /// The codes a table of this kind may hold.
    pub const fn range(self) -> (u16, u16) {
        match self {
            Kind::Http => (100, 599),
            Kind::WebSocket => (1000, 4999),
            Kind::Custom => (0, u16::MAX),
        }
    }

    /// The name `__impl_status!` takes for the kind (an arm of the facade's
    /// `__impl_kind!`).
    pub const fn facade_name(self) -> &'static str {
        match self {
            Kind::Http => "Http",
            Kind::WebSocket => "WebSocket",
            Kind::Custom => "Custom",
        }
    }
}

/// A table `extends = ...` can name, as the facade declared it: the facade's
/// `status_codes!` wrapper passes the list (`@extendable(Name = data_macro,
/// ...)`), so this crate names no table of the facade. The data macro holds
/// the table's declaration: the facade declares its own table through it,
/// and an extending table's expansion calls it to get the declaration back.
#[derive(Clone)]
pub struct Base {
    pub table: Ident,
    pub data_macro: Ident,
}

/// What validation concludes.
pub enum Validated {
    Model(Model),
    /// A table extends this base, whose declaration is not here yet: the
    /// expansion asks the facade's data macro for it (see `expand`).
    NeedsBase(Base),
    /// Entries are under these `#[cfg]` predicates, distinct, in source
    /// order: the expansion asks the compiler (see `expand`).
    NeedsCfg(Vec<crate::entry_attrs::Cfg>),
}

/// The base of an extending table, for the conversions.
pub struct BaseRef {
    pub ident: Ident,
    /// A variant both tables have, for the (unreachable) fallback of `From`.
    pub fallback: Ident,
}

pub struct TableModel {
    /// Attributes passed through to the enum (docs, derives, `allow`, ...).
    pub attrs: Vec<Attr>,
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

#[derive(Clone)]
pub struct EntryModel {
    pub code: u16,
    pub name: String,
    pub variant: Ident,
    pub constant: Ident,
    pub phrase: String,
    pub description: String,
    /// The entry's own doc attributes, appended to the generated docs.
    pub docs: Vec<Attr>,
    /// What the variant and the constant both carry, as written: lint
    /// attributes, `doc(hidden)`, `doc(alias)`, `deprecated`.
    pub passed: Vec<Attr>,
    /// The `#[deprecated]` note (empty without one), for `deprecated()`.
    pub deprecated: Option<String>,
    /// The `#[spec]`, for `spec()` and the docs.
    pub spec: Option<Spec>,
    pub aliases: Vec<Alias>,
    /// Taken from the base table: its constants are the base's own, and
    /// are not declared again.
    pub inherited: bool,
}

/// A deprecated old name of an entry.
#[derive(Clone)]
pub struct Alias {
    pub name: String,
    pub constant: Ident,
}
