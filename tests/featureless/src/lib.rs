//! The facade without features, for `tests/ui.rs`.
