//! FastrAPI's `#[pymodule]`, reduced to what the status module needs: the
//! call the README shows, beside a function registered the usual way (pyo3's
//! `add_function` gives the module an `__all__`, which the star import in
//! maturin's `__init__.py` then follows).

use pyo3::prelude::*;

/// Something else the extension exports.
#[pyfunction]
fn hello() -> &'static str {
    "hello"
}

#[pymodule(gil_used = false)]
fn fastrapi(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(hello, m)?)?;
    fastrapi_status::python::add_status_module(m)?;
    Ok(())
}
