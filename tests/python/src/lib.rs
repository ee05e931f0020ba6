//! Tests of `fastrapi_status::python` live in `tests/`: each embeds CPython
//! and runs Python assertions against the generated `status` module.
//!
//! [`install`] builds the module tree the tests import from.

use pyo3::prelude::*;
use pyo3::types::PyModule;

/// Creates a package module `name`, registers it in `sys.modules` and adds
/// FastrAPI's `status` submodule to it, as FastrAPI's `#[pymodule]` does.
///
/// # Errors
///
/// Any error Python raises.
pub fn install<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyModule>> {
    let package = PyModule::new(py, name)?;
    // A package, as FastrAPI's is: `importlib.reload` of a submodule reads
    // its parent's `__path__`.
    package.setattr("__path__", pyo3::types::PyList::empty(py))?;
    py.import("sys")?
        .getattr("modules")?
        .set_item(name, &package)?;
    fastrapi_status::python::add_status_module(&package)?;
    Ok(package)
}
