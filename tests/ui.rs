//! The trybuild UI suite: every class of bad input the macro rejects, one
//! file a case under `tests/ui/<topic>/`, each with the exact compiler output
//! expected.
//!
//! Regenerate the `.stderr` files after an intended message change with
//! `TRYBUILD=overwrite cargo test --test ui`, then review the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*/*.rs");
}
