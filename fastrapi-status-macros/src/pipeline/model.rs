//! What validation hands to expansion, every fact computed once.

use proc_macro2::{Span, TokenStream};
use syn::Ident;

pub use super::ast::{Attr, Base, Cfg, Kind, Spec};

/// What validation concludes.
pub enum Validated {
    Model(Model),
    /// A table extends this base, whose declaration is not here yet.
    NeedsBase(Base),
    /// Entries are under `#[cfg]`s: the compiler has answered these, and
    /// must answer `next`.
    NeedsCfg {
        next: Cfg,
        answered: Vec<bool>,
    },
}

/// A checked invocation, ready to expand.
pub struct Model {
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
    pub default: Option<Ident>,
    pub base: Option<BaseRef>,
    /// Sorted by code.
    pub entries: Vec<EntryModel>,
    /// `#[derive(Serialize, Deserialize)]`, if the table asks for serde.
    pub serde: Option<SerdeDerive>,
}

/// The serde traits a table derives, at the first one's span, and the paths
/// written bare (`Serialize`), whose imports the expansion uses.
pub struct SerdeDerive {
    pub span: Span,
    pub traits: Vec<&'static str>,
    pub imports: Vec<TokenStream>,
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
    pub docs: Vec<Attr>,
    /// What the variant and the constant both carry, as written.
    pub passed: Vec<Attr>,
    pub deprecated: Option<String>,
    pub spec: Option<Spec>,
    pub aliases: Vec<Alias>,
    /// Taken from the base table: its constants are the base's own.
    pub inherited: bool,
    /// `#[doc(hidden)]`.
    pub hidden: bool,
}

/// A deprecated old name of an entry.
#[derive(Clone)]
pub struct Alias {
    pub name: String,
    pub constant: Ident,
}
