//! Every side-by-side comparison, written once: `lookups.rs` and
//! `downstream.rs` time them with criterion, `paired.rs` in interleaved
//! rounds. Each comparison checks that both sides give the same answers
//! before anything is timed.

pub mod code;
pub mod downstream;
pub mod facade;
