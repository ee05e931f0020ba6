//! An extension in FastrAPI's shape: a class and a function of its own
//! beside the generated `status` module.

use pyo3::prelude::*;

/// Something like FastrAPI's application class.
#[pyclass]
struct App {
    #[pyo3(get)]
    name: String,
}

#[pymethods]
impl App {
    #[new]
    fn new(name: String) -> Self {
        App { name }
    }
}

/// Something like FastrAPI's module-level functions.
#[pyfunction]
fn greet(name: &str) -> String {
    format!("hello, {name}")
}

#[pymodule(gil_used = false)]
fn typedapp(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<App>()?;
    m.add_function(wrap_pyfunction!(greet, m)?)?;
    fastrapi_status::python::add_status_module(m)
}
