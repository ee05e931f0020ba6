//! The golden-file test an application keeps beside its committed stub, as
//! the README recommends for FastrAPI: the mixed-layout wheel fixture ships
//! `python/mixedapp/status.pyi`, and this test fails when the stub
//! `status_module_stub()` generates has changed without it.
//!
//! Update the file with `FASTRAPI_STATUS_BLESS=1 cargo test -p
//! fastrapi-status-python-tests --test stub`, then review the diff.

use std::path::PathBuf;

use fastrapi_status::python::status_module_stub;

#[test]
fn the_committed_stub_is_current() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../wheel/mixed/python/mixedapp/status.pyi");
    let stub = status_module_stub();
    if std::env::var_os("FASTRAPI_STATUS_BLESS").is_some() {
        std::fs::write(&path, &stub).expect("write the stub");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == stub,
        "{} is out of date: run with FASTRAPI_STATUS_BLESS=1 and commit it",
        path.display()
    );
}
