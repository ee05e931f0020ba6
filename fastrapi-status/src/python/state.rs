//! What a status module knows, held where Python cannot change it, and the
//! module functions that read it.
//!
//! Each status module has one [`StatusLoader`]: a frozen Python object that
//! owns the module's rows (written only from Rust, by `add_table`) and is
//! also the module's import loader (`__loader__`, `__spec__.loader`, and a
//! finder on `sys.meta_path`), so `importlib.util.find_spec`,
//! `importlib.reload` and a re-import after `del sys.modules[...]` all
//! answer with this module.
//!
//! The helpers (`phrase`, `description`, `__getattr__`, `__dir__`) are
//! `#[pyfunction]`s bound to a small holder module named like the status
//! module: a function bound to a module is what Python calls a built-in
//! function (`<built-in function phrase>`, its `__module__` the status
//! module's path), and `pass_module` hands it the holder, whose one
//! attribute is the loader. Nothing the helpers read is in the status
//! module's own namespace.

use std::collections::BTreeMap;
use std::ffi::CString;
use std::format;
use std::string::{String, ToString};
use std::sync::{PoisonError, RwLock};
use std::vec::Vec;

use pyo3::exceptions::{PyAttributeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyInt, PyList, PyModule};

/// The holder module's attribute naming the loader.
const STATE: &str = "state";

/// One code of the module.
struct Row {
    phrase: &'static str,
    description: &'static str,
}

/// The rows `add_table` writes; read by every call afterwards.
#[derive(Default)]
struct Rows {
    /// Canonical constant names and codes, in the order tables were added.
    constants: Vec<(&'static str, u16)>,
    by_code: BTreeMap<u16, Row>,
    /// Deprecated name -> why, and its code.
    deprecated: BTreeMap<&'static str, (Deprecation, u16)>,
}

/// Why a name warns.
#[derive(Clone, Copy)]
enum Deprecation {
    /// An old name of this constant.
    Alias(&'static str),
    /// The constant of a `#[deprecated]` entry, with its note (maybe empty).
    Entry(&'static str),
}

/// The import loader and the data of one status module.
#[pyclass(frozen, module = "fastrapi_status")]
pub(super) struct StatusLoader {
    path: String,
    module: Py<PyModule>,
    warning: Py<PyAny>,
    rows: RwLock<Rows>,
}

impl StatusLoader {
    pub(super) fn new(path: &str, module: Py<PyModule>, warning: Py<PyAny>) -> Self {
        StatusLoader {
            path: path.to_string(),
            module,
            warning,
            rows: RwLock::default(),
        }
    }

    /// Adds one entry; `set_constants` then writes it into the module.
    pub(super) fn add(
        &self,
        constant: &'static str,
        code: u16,
        phrase: &'static str,
        description: &'static str,
        aliases: &'static [&'static str],
        deprecated: Option<&'static str>,
    ) {
        let mut rows = self.rows.write().unwrap_or_else(PoisonError::into_inner);
        match deprecated {
            // Served by `__getattr__` with a warning, as an alias is.
            Some(note) => {
                rows.deprecated
                    .insert(constant, (Deprecation::Entry(note), code));
            }
            None => rows.constants.push((constant, code)),
        }
        rows.by_code.insert(
            code,
            Row {
                phrase,
                description,
            },
        );
        for alias in aliases {
            rows.deprecated
                .insert(alias, (Deprecation::Alias(constant), code));
        }
    }

    /// Writes every canonical constant and `__all__` into the module, as
    /// built; a reload calls it again.
    pub(super) fn set_constants(&self, module: &Bound<'_, PyModule>) -> PyResult<()> {
        let rows = self.rows.read().unwrap_or_else(PoisonError::into_inner);
        let names: Vec<&str> = rows.constants.iter().map(|&(name, _)| name).collect();
        for &(name, code) in &rows.constants {
            module.setattr(name, code)?;
        }
        module.setattr("__all__", PyList::new(module.py(), names)?)
    }

    fn spec<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        py.import("importlib.machinery")?
            .getattr("ModuleSpec")?
            .call1((slf.get().path.as_str(), slf))
    }

    /// The row of `code`, or the `TypeError` / `ValueError` the helpers raise.
    fn row(
        &self,
        function: &str,
        code: &Bound<'_, PyAny>,
    ) -> PyResult<(&'static str, &'static str)> {
        // `bool` is an `int` to Python, but `phrase(True)` is a mistake;
        // other `int` subclasses (`http.HTTPStatus.NOT_FOUND`) are codes.
        if !code.is_instance_of::<PyInt>() || code.is_instance_of::<PyBool>() {
            return Err(PyTypeError::new_err(format!(
                "{function}() argument 'code' must be an int, not '{}'",
                code.get_type().name()?
            )));
        }
        let rows = self.rows.read().unwrap_or_else(PoisonError::into_inner);
        // Negative and huge ints fail to extract: no code either.
        match code
            .extract::<u16>()
            .ok()
            .and_then(|code| rows.by_code.get(&code))
        {
            Some(row) => Ok((row.phrase, row.description)),
            None => {
                let int = code.py().import("builtins")?.getattr("int")?;
                Err(PyValueError::new_err(format!(
                    "unknown status code {}: not a code of module '{}'",
                    int.call_method1("__repr__", (code,))?,
                    self.path
                )))
            }
        }
    }
}

#[pymethods]
impl StatusLoader {
    /// `importlib.abc.MetaPathFinder.find_spec`: this module's spec for its
    /// own path, `None` for any other.
    #[pyo3(signature = (fullname, path = None, target = None))]
    fn find_spec<'py>(
        slf: &Bound<'py, Self>,
        fullname: &str,
        path: Option<&Bound<'py, PyAny>>,
        target: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        let _ = (path, target);
        if fullname == slf.get().path {
            Self::spec(slf).map(Some)
        } else {
            Ok(None)
        }
    }

    /// `importlib.abc.Loader.create_module`: the module built in Rust.
    fn create_module(&self, py: Python<'_>, spec: &Bound<'_, PyAny>) -> Py<PyModule> {
        let _ = spec;
        self.module.clone_ref(py)
    }

    /// `importlib.abc.Loader.exec_module`: puts back every constant and
    /// `__all__`, so a reload gives the module as it was built.
    fn exec_module(&self, module: &Bound<'_, PyModule>) -> PyResult<()> {
        self.set_constants(module)
    }

    fn __repr__(&self) -> String {
        format!("<status module loader for '{}'>", self.path)
    }
}

/// The loader a helper's holder module carries.
fn state<'py>(holder: &Bound<'py, PyModule>) -> PyResult<Bound<'py, StatusLoader>> {
    Ok(holder.getattr(STATE)?.cast_into::<StatusLoader>()?)
}

/// The reason phrase of a status code: phrase(404) == 'Not Found'.
///
/// Raises TypeError if code is not an int (or is a bool), and ValueError
/// if it is not a code of this module.
#[pyfunction]
#[pyo3(pass_module, signature = (code, /))]
fn phrase(holder: &Bound<'_, PyModule>, code: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(state(holder)?.get().row("phrase", code)?.0)
}

/// What a status code means, in a sentence: description(404) == 'The
/// requested resource could not be found'.
///
/// Raises TypeError if code is not an int (or is a bool), and ValueError
/// if it is not a code of this module.
#[pyfunction]
#[pyo3(pass_module, signature = (code, /))]
fn description(holder: &Bound<'_, PyModule>, code: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(state(holder)?.get().row("description", code)?.1)
}

/// Serves a deprecated name with a warning; any other missing name is an
/// AttributeError.
#[pyfunction]
#[pyo3(pass_module, name = "__getattr__", signature = (name, /))]
fn getattr(holder: &Bound<'_, PyModule>, name: &str) -> PyResult<u16> {
    let py = holder.py();
    let state = state(holder)?;
    let state = state.get();
    let found = state
        .rows
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .deprecated
        .get(name)
        .copied();
    let Some((why, code)) = found else {
        return Err(PyAttributeError::new_err(format!(
            "module '{}' has no attribute '{name}'",
            state.path
        )));
    };
    let message = match why {
        Deprecation::Alias(target) => format!("'{name}' is deprecated. Use '{target}' instead."),
        Deprecation::Entry("") => format!("'{name}' is deprecated."),
        Deprecation::Entry(note) => format!("'{name}' is deprecated: {note}"),
    };
    let message = CString::new(message).map_err(|err| PyValueError::new_err(err.to_string()))?;
    // Level 1 is the innermost Python frame: this function is native, so
    // that is the code that touched the name (or imported it).
    PyErr::warn(py, state.warning.bind(py), &message, 1)?;
    Ok(code)
}

/// The module's names, the deprecated ones included, sorted.
#[pyfunction]
#[pyo3(pass_module, name = "__dir__")]
fn dir(holder: &Bound<'_, PyModule>) -> PyResult<Vec<String>> {
    let py = holder.py();
    let state = state(holder)?;
    let state = state.get();
    // Whatever the module holds now (Python's own `dir` lists `__dict__`),
    // plus the names `__getattr__` serves. Nothing here touches a
    // deprecated name, so `dir()` never warns.
    let list = py.import("builtins")?.getattr("list")?;
    let mut names: Vec<String> = list.call1((state.module.bind(py).dict(),))?.extract()?;
    let rows = state.rows.read().unwrap_or_else(PoisonError::into_inner);
    names.extend(rows.deprecated.keys().map(|name| (*name).to_string()));
    names.sort();
    names.dedup();
    Ok(names)
}

/// Binds the helpers to a holder of `loader` and sets them on `module`,
/// with the loader as its `__loader__` and `__spec__`.
pub(super) fn install(
    module: &Bound<'_, PyModule>,
    loader: StatusLoader,
) -> PyResult<Py<StatusLoader>> {
    let py = module.py();
    let path = loader.path.clone();
    let loader = Bound::new(py, loader)?;
    let holder = PyModule::new(py, &path)?;
    holder.setattr(STATE, &loader)?;
    module.setattr("__loader__", &loader)?;
    module.setattr("__spec__", StatusLoader::spec(&loader)?)?;
    module.setattr("__getattr__", wrap_pyfunction!(getattr, &holder)?)?;
    module.setattr("__dir__", wrap_pyfunction!(dir, &holder)?)?;
    module.setattr("phrase", wrap_pyfunction!(phrase, &holder)?)?;
    module.setattr("description", wrap_pyfunction!(description, &holder)?)?;
    Ok(loader.unbind())
}

/// The loader of a module `new_status_module` built.
pub(super) fn loader_of<'py>(module: &Bound<'py, PyModule>) -> PyResult<Bound<'py, StatusLoader>> {
    module
        .getattr("__loader__")?
        .cast_into::<StatusLoader>()
        .map_err(|_| {
            PyTypeError::new_err(format!(
                "module '{}' was not made by fastrapi_status::python::new_status_module",
                module
                    .name()
                    .map(|name| name.to_string())
                    .unwrap_or_default()
            ))
        })
}

/// Puts `loader` first on `sys.meta_path`, in place of an earlier loader
/// for the same path (an application that builds its module twice).
pub(super) fn register_finder(py: Python<'_>, loader: &Py<StatusLoader>) -> PyResult<()> {
    let meta_path = py
        .import("sys")?
        .getattr("meta_path")?
        .cast_into::<PyList>()?;
    let path = &loader.get().path;
    let mut index = 0;
    while index < meta_path.len() {
        let finder = meta_path.get_item(index)?;
        match finder.cast::<StatusLoader>() {
            Ok(old) if old.get().path == *path => meta_path.del_item(index)?,
            _ => index += 1,
        }
    }
    meta_path.insert(0, loader.bind(py))
}
