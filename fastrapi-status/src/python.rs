//! The `pyo3` feature: FastrAPI's Python `status` module, generated from the
//! tables instead of written by hand.
//!
//! FastrAPI registered 78 hand-written constants into a submodule `status`;
//! these two lines replace all of it:
//!
//! ```ignore
//! #[pymodule]
//! fn fastrapi(m: &Bound<'_, PyModule>) -> PyResult<()> {
//!     fastrapi_status::python::add_status_module(m)?;
//!     Ok(())
//! }
//! ```
//!
//! Then `from fastrapi import status` and `import fastrapi.status` both work,
//! and the module holds:
//!
//! - every `HTTP_*` and `WS_*` constant as an `int`, and `__all__` listing them;
//! - the deprecated Starlette names, served by a module `__getattr__` that
//!   warns with `DeprecationWarning` (`'HTTP_413_REQUEST_ENTITY_TOO_LARGE' is
//!   deprecated. Use 'HTTP_413_CONTENT_TOO_LARGE' instead.`);
//! - `__dir__` listing the canonical and the deprecated names;
//! - `phrase(code)` and `description(code)`, which raise `ValueError` for an
//!   unknown code.
//!
//! An application publishes a table of its own the same way, with
//! [`new_status_module`] and [`add_table`].

use std::ffi::CString;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use pyo3::exceptions::{PyAttributeError, PyDeprecationWarning, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCFunction, PyDict, PyList, PyModule, PyTuple};

use crate::{HttpStatus, StatusTable, WsCloseCode};

/// Module attributes holding the state the module functions read.
const DEPRECATED: &str = "_deprecated_names";
const PHRASES: &str = "_phrases";
const DESCRIPTIONS: &str = "_descriptions";

/// Creates FastrAPI's `status` submodule under `parent`, with the HTTP and
/// WebSocket tables: `parent.status`, importable as `<parent>.status`.
///
/// # Errors
///
/// Any error Python raises while the module is built.
pub fn add_status_module(parent: &Bound<'_, PyModule>) -> PyResult<()> {
    let status = new_status_module(parent, "status")?;
    add_table::<HttpStatus>(&status)?;
    add_table::<WsCloseCode>(&status)
}

/// Creates an empty status module `name` under `parent` and registers it in
/// `sys.modules` as `<parent name>.<name>`, so both `from parent import name`
/// and `import parent.name` work. Fill it with [`add_table`].
///
/// The module has `__all__`, `__getattr__` (deprecated names, with a
/// warning), `__dir__`, and the helpers `phrase(code)` and
/// `description(code)`.
///
/// # Errors
///
/// Any error Python raises while the module is built.
pub fn new_status_module<'py>(
    parent: &Bound<'py, PyModule>,
    name: &str,
) -> PyResult<Bound<'py, PyModule>> {
    let py = parent.py();
    let full_name = format!("{}.{name}", parent.name()?);
    let module = PyModule::new(py, &full_name)?;
    // `setattr`, not pyo3's `add`: `add` also appends to `__all__`, which
    // must list the canonical constants only.
    module.setattr("__all__", PyList::empty(py))?;
    module.setattr(DEPRECATED, PyDict::new(py))?;
    module.setattr(PHRASES, PyDict::new(py))?;
    module.setattr(DESCRIPTIONS, PyDict::new(py))?;

    let this: Py<PyModule> = module.clone().unbind();
    let getattr = PyCFunction::new_closure(
        py,
        Some(c"__getattr__"),
        None,
        move |args: &Bound<'_, PyTuple>, _kwargs: Option<&Bound<'_, PyDict>>| {
            let py = args.py();
            let module = this.bind(py);
            let attr: String = args.get_item(0)?.extract()?;
            let target = module
                .getattr(DEPRECATED)?
                .call_method1("get", (attr.as_str(),))?;
            if target.is_none() {
                return Err(PyAttributeError::new_err(format!(
                    "module '{}' has no attribute '{attr}'",
                    module.name()?
                )));
            }
            let target: String = target.extract()?;
            let message = CString::new(format!("'{attr}' is deprecated. Use '{target}' instead."))
                .map_err(|err| PyValueError::new_err(err.to_string()))?;
            PyErr::warn(
                py,
                py.get_type::<PyDeprecationWarning>().as_any(),
                &message,
                2,
            )?;
            PyResult::Ok(module.getattr(target.as_str())?.unbind())
        },
    )?;
    module.setattr("__getattr__", getattr)?;

    let this: Py<PyModule> = module.clone().unbind();
    let dir = PyCFunction::new_closure(
        py,
        Some(c"__dir__"),
        None,
        move |args: &Bound<'_, PyTuple>, _kwargs: Option<&Bound<'_, PyDict>>| {
            let module = this.bind(args.py());
            let mut names: Vec<String> = module.getattr("__all__")?.extract()?;
            // list(dict) gives the deprecated names, whatever the pyo3 version.
            let list = args.py().import("builtins")?.getattr("list")?;
            let deprecated: Vec<String> = list.call1((module.getattr(DEPRECATED)?,))?.extract()?;
            names.extend(deprecated);
            names.sort();
            PyResult::Ok(names)
        },
    )?;
    module.setattr("__dir__", dir)?;

    module.setattr("phrase", lookup(&module, c"phrase", PHRASES, "phrase")?)?;
    module.setattr(
        "description",
        lookup(&module, c"description", DESCRIPTIONS, "description")?,
    )?;

    parent.setattr(name, &module)?;
    py.import("sys")?
        .getattr("modules")?
        .set_item(&full_name, &module)?;
    Ok(module)
}

/// A module function `name(code) -> str` reading the dict attribute `store`.
fn lookup<'py>(
    module: &Bound<'py, PyModule>,
    name: &'static std::ffi::CStr,
    store: &'static str,
    what: &'static str,
) -> PyResult<Bound<'py, PyCFunction>> {
    let this: Py<PyModule> = module.clone().unbind();
    PyCFunction::new_closure(
        module.py(),
        Some(name),
        None,
        move |args: &Bound<'_, PyTuple>, _kwargs: Option<&Bound<'_, PyDict>>| {
            let module = this.bind(args.py());
            let code = args.get_item(0)?;
            let found = module.getattr(store)?.call_method1("get", (&code,))?;
            if found.is_none() {
                return Err(PyValueError::new_err(format!(
                    "unknown status code {}: no {what} for it",
                    code.repr()?
                )));
            }
            PyResult::Ok(found.unbind())
        },
    )
}

/// Adds every entry of table `T` to a module made by [`new_status_module`]:
/// its constants (listed in `__all__`), its deprecated aliases (served with a
/// warning), and its phrases and descriptions for the helpers.
///
/// # Errors
///
/// Any error Python raises, e.g. if `module` was not made by
/// [`new_status_module`].
pub fn add_table<T: StatusTable>(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let all = module.getattr("__all__")?;
    let deprecated = module.getattr(DEPRECATED)?;
    let phrases = module.getattr(PHRASES)?;
    let descriptions = module.getattr(DESCRIPTIONS)?;
    for &status in T::ALL {
        let code = status.as_u16();
        module.setattr(status.constant_name(), code)?;
        all.call_method1("append", (status.constant_name(),))?;
        for alias in status.aliases() {
            deprecated.set_item(*alias, status.constant_name())?;
        }
        phrases.set_item(code, status.phrase())?;
        descriptions.set_item(code, status.description())?;
    }
    Ok(())
}
