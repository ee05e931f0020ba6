//! Feature badges on docs.rs for the impls the feature hooks generate.
//!
//! Items under `#[cfg(feature = ...)]` in this crate get their badge from
//! rustdoc's `doc_cfg` (`--cfg docsrs`). The impls `__impl_serde!` writes
//! for a table carry no `cfg` of their own: the hook exists only when the
//! feature is on. They are wrapped in
//! `__feature_items!`, which adds `#[doc(cfg(feature = ...))]` only in this
//! crate's own documentation build. The choice is made where the macro is
//! defined, under a cfg that only this crate's docs.rs metadata (and
//! `.ci/run`) sets: in a downstream crate, `doc(cfg)` would need the
//! downstream crate's `#![feature(doc_cfg)]`, and a `cfg_attr` in the
//! expansion would test the downstream crate's cfgs.

#[cfg(fastrapi_status_docs)]
#[doc(hidden)]
#[macro_export]
macro_rules! __feature_items {
    ($feature:literal $($item:item)*) => {
        $(#[doc(cfg(feature = $feature))] $item)*
    };
}

#[cfg(not(fastrapi_status_docs))]
#[doc(hidden)]
#[macro_export]
macro_rules! __feature_items {
    ($feature:literal $($item:item)*) => {
        $($item)*
    };
}
