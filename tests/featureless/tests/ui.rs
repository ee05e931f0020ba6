//! Errors that only a build without the facade's features shows (trybuild
//! builds the cases with this package's dependencies: no feature on).

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
