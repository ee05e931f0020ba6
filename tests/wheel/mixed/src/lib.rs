//! A mixed-layout application: its package's `__init__.py` imports what it
//! publishes from the private extension module `mixedapp._native`.

use pyo3::prelude::*;

#[pymodule(gil_used = false)]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    fastrapi_status::python::add_status_module(m)
}
