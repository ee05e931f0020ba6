//! The `pyo3` feature: FastrAPI's Python `status` module, generated from the
//! tables instead of written by hand.
//!
//! FastrAPI registered 78 hand-written constants into a submodule `status`;
//! these lines replace all of it:
//!
//! ```ignore
//! #[pymodule(gil_used = false)]
//! fn fastrapi(m: &Bound<'_, PyModule>) -> PyResult<()> {
//!     fastrapi_status::python::add_status_module(m)?;
//!     Ok(())
//! }
//! ```
//!
//! Then `from fastrapi import status`, `import fastrapi.status`,
//! `from fastrapi.status import HTTP_404_NOT_FOUND` and
//! `importlib.import_module("fastrapi.status")` all give one module, named
//! `fastrapi.status`, which holds:
//!
//! - every `HTTP_*` and `WS_*` constant as an `int`, and `__all__` listing them;
//! - the deprecated Starlette names, served by a module `__getattr__` that
//!   warns (`'HTTP_413_REQUEST_ENTITY_TOO_LARGE' is deprecated. Use
//!   'HTTP_413_CONTENT_TOO_LARGE' instead.`) at the file and line of the code
//!   that touched the name, `from fastrapi.status import OLD_NAME` included;
//! - `StatusDeprecationWarning`, the warning's category (see
//!   [`DeprecationCategory`]);
//! - `__dir__` listing the canonical and the deprecated names;
//! - `phrase(code)` and `description(code)`: `TypeError` for anything but an
//!   `int` (`bool` included), `ValueError` for an `int` that is not a code.
//!
//! # The module's dotted path
//!
//! maturin installs FastrAPI's extension as `fastrapi/fastrapi.*.so` and
//! re-exports it from `fastrapi/__init__.py`, so the extension module is named
//! `fastrapi.fastrapi`; a mixed layout names it `pkg._native` or `pkg.pkg`;
//! embedded, it is what the application chose. The status module's path is
//! the extension's name with such a last component dropped (one that repeats
//! the one before it, or starts with `_`), then `.status`: `fastrapi.status`
//! in each case above (see [`public_package`]). The module is registered in
//! `sys.modules` under that path, set as an attribute of the extension
//! module (and added to its `__all__`, if it has one, so a star import in the
//! package's `__init__.py` re-exports it), and set on the package itself if
//! it is being imported. An application that knows better names the path
//! itself with [`ModuleOptions::path`].
//!
//! # Free-threaded Python
//!
//! FastrAPI declares `gil_used = false`. Nothing here relies on the GIL: the
//! module's state lives in Python objects (dicts, a list, the module)
//! written once while the module is built and only read afterwards, and the
//! Rust closures behind `__getattr__`, `__dir__` and the helpers hold only
//! owned references (`Py<T>`, which are `Send + Sync`) and no Rust state. The
//! wheel tests call the module from 8 threads at once; they run on the
//! GIL build of CPython, the only one on the test machines.
//!
//! # Type stubs
//!
//! [`status_module_stub`] returns the `.pyi` text of the module
//! [`add_status_module`] builds, and [`ModuleStub`] that of any module an
//! application builds with [`new_status_module`] and [`add_table`]. Ship it
//! beside the package (maturin's mixed layout: `python/fastrapi/status.pyi`
//! and `python/fastrapi/py.typed`), and keep it current with a test that
//! compares the committed file with the function's output.

use std::ffi::{CStr, CString};
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use pyo3::exceptions::{PyAttributeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyCFunction, PyDict, PyInt, PyList, PyModule, PyTuple};

use crate::{HttpStatus, StatusTable, WsCloseCode};

/// Module attributes holding the state the module functions read.
const DEPRECATED: &str = "_deprecated_names";
const PHRASES: &str = "_phrases";
const DESCRIPTIONS: &str = "_descriptions";
/// The warning class every status module defines.
const WARNING: &str = "StatusDeprecationWarning";

/// The category of the warning a deprecated name raises. Either way it is a
/// class of the module's own, `StatusDeprecationWarning`, so an application
/// can filter exactly these warnings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DeprecationCategory {
    /// A `UserWarning` subclass, shown by Python's default filters wherever
    /// the name is used, as Starlette 1.x does. The default: a FastrAPI user
    /// should see that `HTTP_422_UNPROCESSABLE_ENTITY` is on its way out.
    #[default]
    Visible,
    /// A `DeprecationWarning` subclass: Python's default filters show it only
    /// for code in `__main__` (and test runners such as pytest show it).
    Deprecation,
}

impl DeprecationCategory {
    /// The builtin warning class `StatusDeprecationWarning` derives from.
    #[must_use]
    pub const fn base_class(self) -> &'static str {
        match self {
            DeprecationCategory::Visible => "UserWarning",
            DeprecationCategory::Deprecation => "DeprecationWarning",
        }
    }
}

/// How a status module is published.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModuleOptions {
    /// The module's full dotted path, e.g. `"fastrapi.status"`. `None`
    /// derives it from the parent module's name (see [`public_package`]).
    pub path: Option<String>,
    /// The category of the deprecation warnings.
    pub deprecation: DeprecationCategory,
}

/// Creates FastrAPI's `status` submodule under `parent`, with the HTTP and
/// WebSocket tables, with the default [`ModuleOptions`].
///
/// # Errors
///
/// Any error Python raises while the module is built.
pub fn add_status_module(parent: &Bound<'_, PyModule>) -> PyResult<()> {
    add_status_module_with(parent, &ModuleOptions::default())
}

/// [`add_status_module`] with options: a dotted path of the application's
/// choosing, or another warning category.
///
/// # Errors
///
/// Any error Python raises while the module is built.
pub fn add_status_module_with(
    parent: &Bound<'_, PyModule>,
    options: &ModuleOptions,
) -> PyResult<()> {
    let status = new_status_module_with(parent, "status", options)?;
    add_table::<HttpStatus>(&status)?;
    add_table::<WsCloseCode>(&status)
}

/// Creates an empty status module `name` under `parent`, published as
/// described in the [module docs](self), with the default [`ModuleOptions`].
/// Fill it with [`add_table`].
///
/// # Errors
///
/// Any error Python raises while the module is built.
pub fn new_status_module<'py>(
    parent: &Bound<'py, PyModule>,
    name: &str,
) -> PyResult<Bound<'py, PyModule>> {
    new_status_module_with(parent, name, &ModuleOptions::default())
}

/// [`new_status_module`] with options.
///
/// # Errors
///
/// Any error Python raises while the module is built.
pub fn new_status_module_with<'py>(
    parent: &Bound<'py, PyModule>,
    name: &str,
    options: &ModuleOptions,
) -> PyResult<Bound<'py, PyModule>> {
    let py = parent.py();
    let parent_name = parent.name()?.to_string();
    let path = match &options.path {
        Some(path) => path.clone(),
        None => format!("{}.{name}", public_package(&parent_name)),
    };
    let module = PyModule::new(py, &path)?;
    // `setattr`, not pyo3's `add`: `add` also appends to `__all__`, which
    // must list the canonical constants only.
    module.setattr("__all__", PyList::empty(py))?;
    module.setattr(DEPRECATED, PyDict::new(py))?;
    module.setattr(PHRASES, PyDict::new(py))?;
    module.setattr(DESCRIPTIONS, PyDict::new(py))?;
    let warning = warning_class(&module, &path, options.deprecation)?;
    module.setattr(WARNING, &warning)?;
    module.setattr("__getattr__", getattr_function(&module, warning)?)?;
    module.setattr("__dir__", dir_function(&module)?)?;
    module.setattr("phrase", lookup(&module, c"phrase", PHRASES)?)?;
    module.setattr(
        "description",
        lookup(&module, c"description", DESCRIPTIONS)?,
    )?;
    publish(parent, name, &path, &module)?;
    Ok(module)
}

/// The package a status module belongs in, from the name of the extension
/// module that builds it: the name without a last component that repeats
/// the one before it (`fastrapi.fastrapi`, maturin's pure-Rust layout) or
/// is private (`pkg._native`, a mixed layout).
///
/// ```
/// use fastrapi_status::python::public_package;
///
/// assert_eq!(public_package("fastrapi.fastrapi"), "fastrapi");
/// assert_eq!(public_package("pkg._native"), "pkg");
/// assert_eq!(public_package("fastrapi"), "fastrapi");
/// assert_eq!(public_package("app.web.core"), "app.web.core");
/// ```
#[must_use]
pub fn public_package(extension: &str) -> &str {
    match extension.rsplit_once('.') {
        Some((package, last))
            if last.starts_with('_') || package.rsplit('.').next() == Some(last) =>
        {
            package
        }
        _ => extension,
    }
}

/// Makes the module reachable every way Python looks for it: an attribute
/// of the extension module (and in its `__all__`, if it keeps one), the
/// `sys.modules` entry for its path, and an attribute of the package the
/// path names when that package is already imported (maturin's
/// `__init__.py` is importing the extension right now).
fn publish(
    parent: &Bound<'_, PyModule>,
    name: &str,
    path: &str,
    module: &Bound<'_, PyModule>,
) -> PyResult<()> {
    let py = parent.py();
    parent.setattr(name, module)?;
    if let Ok(all) = parent.getattr("__all__") {
        if let Ok(all) = all.cast::<PyList>() {
            if !all.contains(name)? {
                all.append(name)?;
            }
        }
    }
    let modules = py.import("sys")?.getattr("modules")?;
    modules.set_item(path, module)?;
    if let Some((package, attr)) = path.rsplit_once('.') {
        let package = modules.call_method1("get", (package,))?;
        if !package.is_none() && !package.is(parent) {
            package.setattr(attr, module)?;
        }
    }
    Ok(())
}

/// `class StatusDeprecationWarning(UserWarning)` (or `DeprecationWarning`),
/// defined in the module.
fn warning_class<'py>(
    module: &Bound<'py, PyModule>,
    path: &str,
    category: DeprecationCategory,
) -> PyResult<Bound<'py, PyAny>> {
    let py = module.py();
    let builtins = py.import("builtins")?;
    let base = builtins.getattr(category.base_class())?;
    let namespace = PyDict::new(py);
    namespace.set_item("__module__", path)?;
    namespace.set_item(
        "__doc__",
        "A deprecated status code name was used; the message names the one to use instead.",
    )?;
    builtins
        .getattr("type")?
        .call1((WARNING, PyTuple::new(py, [base])?, namespace))
}

/// The module's `__getattr__`: a deprecated name warns and answers, any
/// other name is an `AttributeError` naming the module.
fn getattr_function<'py>(
    module: &Bound<'py, PyModule>,
    warning: Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyCFunction>> {
    let this: Py<PyModule> = module.clone().unbind();
    let warning: Py<PyAny> = warning.unbind();
    PyCFunction::new_closure(
        module.py(),
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
            // Level 1 is the innermost Python frame: this function is C, so
            // that is the code that touched the name (or imported it).
            PyErr::warn(py, warning.bind(py), &message, 1)?;
            PyResult::Ok(module.getattr(target.as_str())?.unbind())
        },
    )
}

/// The module's `__dir__`: canonical and deprecated names, sorted.
fn dir_function<'py>(module: &Bound<'py, PyModule>) -> PyResult<Bound<'py, PyCFunction>> {
    let this: Py<PyModule> = module.clone().unbind();
    PyCFunction::new_closure(
        module.py(),
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
    )
}

/// A module function `name(code, /) -> str` reading the dict attribute
/// `store`: `TypeError` unless called with one `int` (not a `bool`),
/// `ValueError` for an `int` that is not a code of the module.
fn lookup<'py>(
    module: &Bound<'py, PyModule>,
    name: &'static CStr,
    store: &'static str,
) -> PyResult<Bound<'py, PyCFunction>> {
    let this: Py<PyModule> = module.clone().unbind();
    let function = name.to_str().unwrap_or("lookup");
    PyCFunction::new_closure(
        module.py(),
        Some(name),
        None,
        move |args: &Bound<'_, PyTuple>, kwargs: Option<&Bound<'_, PyDict>>| {
            let module = this.bind(args.py());
            if args.len() != 1 || kwargs.is_some_and(|kwargs| !kwargs.is_empty()) {
                return Err(PyTypeError::new_err(format!(
                    "{function}() takes exactly one positional argument, the status code ({} given)",
                    args.len() + kwargs.map_or(0, |kwargs| kwargs.len())
                )));
            }
            let code = args.get_item(0)?;
            if !code.is_instance_of::<PyInt>() || code.is_instance_of::<PyBool>() {
                return Err(PyTypeError::new_err(format!(
                    "{function}() takes an int status code, not '{}'",
                    code.get_type().name()?
                )));
            }
            let found = module.getattr(store)?.call_method1("get", (&code,))?;
            if found.is_none() {
                return Err(PyValueError::new_err(format!(
                    "unknown status code {}: not a code of module '{}'",
                    code.repr()?,
                    module.name()?
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

/// The `.pyi` text of the module [`add_status_module`] builds.
///
/// ```
/// let stub = fastrapi_status::python::status_module_stub();
/// assert!(stub.contains("HTTP_404_NOT_FOUND: Final = 404\n"));
/// assert!(!stub.contains("HTTP_413_REQUEST_ENTITY_TOO_LARGE"));
/// ```
#[must_use]
pub fn status_module_stub() -> String {
    ModuleStub::new()
        .table::<HttpStatus>()
        .table::<WsCloseCode>()
        .render()
}

/// The `.pyi` text of a status module: the tables added to it, in order,
/// and the warning category it was built with.
///
/// Each canonical constant is `Final` with its value, `__all__` lists them,
/// the helpers and the warning class are typed, and there is no catch-all
/// `__getattr__`: a type checker reports a misspelt constant. Deprecated
/// names are left out, so it reports them too.
///
/// ```
/// use fastrapi_status::python::{DeprecationCategory, ModuleStub};
/// # fastrapi_status::status_codes! {
/// #     #[status(prefix = JOB)]
/// #     pub enum JobStatus { 0 DONE "The job finished" }
/// # }
///
/// let stub = ModuleStub::new()
///     .table::<JobStatus>()
///     .deprecation(DeprecationCategory::Deprecation)
///     .render();
/// assert!(stub.contains("JOB_0_DONE: Final = 0\n"));
/// assert!(stub.contains("class StatusDeprecationWarning(DeprecationWarning): ...\n"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct ModuleStub {
    constants: Vec<(&'static str, u16)>,
    deprecation: DeprecationCategory,
}

impl ModuleStub {
    /// A stub of an empty module with the default warning category.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the constants of table `T`, as [`add_table`] does.
    #[must_use]
    pub fn table<T: StatusTable>(mut self) -> Self {
        self.constants
            .extend(T::ALL.iter().map(|s| (s.constant_name(), s.as_u16())));
        self
    }

    /// The warning category the module was built with.
    #[must_use]
    pub fn deprecation(mut self, category: DeprecationCategory) -> Self {
        self.deprecation = category;
        self
    }

    /// The `.pyi` text.
    #[must_use]
    pub fn render(&self) -> String {
        let mut out = String::from(
            "# Type stub of a status module built by fastrapi_status::python.\n\
             # Generated: do not edit. Deprecated names are left out on purpose,\n\
             # so that type checkers report them.\n\
             \n\
             from typing import Final\n\
             \n\
             __all__ = [\n",
        );
        for (name, _) in &self.constants {
            out.push_str(&format!("    \"{name}\",\n"));
        }
        out.push_str("]\n\n");
        for (name, code) in &self.constants {
            out.push_str(&format!("{name}: Final = {code}\n"));
        }
        out.push_str(&format!(
            "\nclass {WARNING}({}): ...\n\n\
             def phrase(code: int, /) -> str: ...\n\
             def description(code: int, /) -> str: ...\n",
            self.deprecation.base_class()
        ));
        out
    }
}
