//! The committed stub of the typed wheel fixture
//! (`tests/wheel/typed/python/typedapp/status.pyi`) is current. The fixture
//! itself checks it the way the README tells an `extension-module` crate
//! to, with its `status-stub` binary (tests/wheel/run.sh); this test makes
//! `cargo test` catch a stale stub too.
//!
//! Update the file with `FASTRAPI_STATUS_BLESS=1 cargo test -p
//! fastrapi-status-python-tests --test stub`, then review the diff.

use std::path::PathBuf;

use fastrapi_status::python::status_module_stub;

#[test]
fn the_committed_stub_is_current() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../wheel/typed/python/typedapp/status.pyi");
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
