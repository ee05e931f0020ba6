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
//!   the constant of a `#[deprecated]` entry of a table of your own is served
//!   the same way (`'APP_3_OLD' is deprecated: use APP_0_FINE`, the entry's
//!   note), and is not in `__all__` or the stub; an entry `#[cfg]` leaves out
//!   of the build is not in the module at all;
//! - `StatusDeprecationWarning`, the warning's category (see
//!   [`DeprecationCategory`]);
//! - `phrase(code, /)` and `description(code, /)`, built-in functions with
//!   docstrings and signatures `inspect.signature` reads: `TypeError` for
//!   anything but an `int` (`bool` excluded, `int` subclasses such as
//!   `http.HTTPStatus` accepted), `ValueError` for an `int` that is not a code;
//! - `__dir__`, listing everything the module holds (constants, helpers,
//!   the warning class, `__all__`, ...) and the deprecated names, without
//!   warning;
//! - a docstring, and `__spec__` / `__loader__`: `importlib.util.find_spec`
//!   answers for the module, `importlib.reload` gives it back with every
//!   constant as built, and so does a new import after
//!   `del sys.modules[...]` (the loader is also a finder on `sys.meta_path`,
//!   answering for this one path only).
//!
//! The lookup data (phrases, descriptions, deprecated names) is held in
//! Rust by the module's loader, not in the module's namespace: Python code
//! can rebind a module attribute, as with any module, but cannot change
//! what `phrase(404)` returns.
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
//! module's rows live behind a `RwLock` in its loader, written while the
//! module is built and only read afterwards, and the helpers hold nothing
//! but `Py<T>` references (`Send + Sync`). The wheel tests call the module
//! from 8 threads at once; they run on the GIL builds of CPython, the only
//! ones on the test machines.
//!
//! # Type stubs
//!
//! [`status_module_stub`] returns the `.pyi` text of the module
//! [`add_status_module`] builds, and [`ModuleStub`] that of any module an
//! application builds with [`new_status_module`] and [`add_table`]. Ship it
//! beside the package in maturin's mixed layout, as `python/fastrapi/status.pyi`
//! with `py.typed`, an `__init__.pyi` typing the package's other names (its
//! module `__getattr__` returning `Any`: `py.typed` alone would hide them
//! from checkers) and a `status.py` for pyright; "A typed package" below
//! has every file and why. Keep the stub current by
//! comparing the committed file with the function's output, from a small
//! binary in a crate with pyo3's `extension-module` feature (its tests
//! cannot link): the stub functions make no Python call.
//!
//! # A typed package
//!
//! `python::status_module_stub()` returns the module's `.pyi`: each canonical
//! constant `Final` with its value, `__all__`, the helpers and the warning class
//! typed, no catch-all `__getattr__` and no deprecated names, so mypy and pyright
//! report a misspelt constant and a deprecated one. `python::ModuleStub` writes
//! the stub of any module built with `new_status_module` and `add_table`. To ship
//! it, FastrAPI moves to maturin's mixed layout:
//!
//! ```text
//! pyproject.toml                [tool.maturin] python-source = "python", module-name = "fastrapi.fastrapi"
//! python/fastrapi/__init__.py   from . import fastrapi as _ext; from . import status; from .fastrapi import *
//! python/fastrapi/__init__.pyi  from typing import Any; from . import status as status; def __getattr__(name: str) -> Any: ...
//! python/fastrapi/status.pyi    committed: the output of status_module_stub()
//! python/fastrapi/status.py     three lines handing over the extension's module (never run by an import)
//! python/fastrapi/py.typed      empty: the package is typed
//! src/bin/status-stub.rs        prints status_module_stub(), or checks the committed stub
//! ```
//!
//! Why each file:
//!
//! - `__init__.py` imports the extension first (it registers `fastrapi.status`),
//!   then `status` as a submodule, which is what type checkers follow.
//! - `py.typed` makes checkers trust the package's own types, so the rest of the
//!   package needs types too, or `from fastrapi import FastrAPI` is an error.
//!   pyo3 0.29 and 0.30 generate no stub for a crate's own classes and functions,
//!   so `__init__.pyi` is a partial stub: `status` is typed by `status.pyi`, and
//!   every other name of the package is `Any` through the stub's module-level
//!   `__getattr__` (PEP 484). A hand-written stub for FastrAPI's own names can
//!   replace that line whenever one exists.
//! - `status.py` is there because pyright reports a stub without a module
//!   source beside it (`reportMissingModuleSource`) even in a package whose
//!   extension provides the module. An import never runs it: the extension has
//!   registered the module under that name first.
//! - The stub is kept current by a program, not a test: with pyo3's
//!   `extension-module` feature (FastrAPI's, and its dependencies') no test
//!   binary of the crate links, since libpython's symbols are left to the
//!   interpreter. A binary that calls only `status_module_stub()`, which makes
//!   no Python call, links and runs:
//!
//! ```ignore
//! // src/bin/status-stub.rs
//! fn main() {
//!     print!("{}", fastrapi_status::python::status_module_stub());
//! }
//! ```
//!
//! ```sh
//! cargo run --bin status-stub > python/fastrapi/status.pyi          # update
//! cargo run --bin status-stub | diff - python/fastrapi/status.pyi   # check, in CI
//! ```
//!
//! In this crate's repository, `tests/wheel/typed` is exactly this recipe (as `typedapp`, with a class and
//! a function beside `status`), built as FastrAPI builds, with the
//! `extension-module` feature; its `status-stub` also takes `--check PATH`.

mod state;
mod stub;

use std::format;
use std::string::{String, ToString};

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyModule, PyTuple};

use crate::{HttpStatus, StatusTable, WsCloseCode};

pub use stub::{status_module_stub, ModuleStub};

/// The warning class every status module defines.
const WARNING: &str = "StatusDeprecationWarning";

/// The docstring of every status module.
const MODULE_DOC: &str = "Status codes as int constants, generated by fastrapi-status.

Every name in __all__ is a code. phrase(code) and description(code) look a
code up. Deprecated names still answer, with a StatusDeprecationWarning that
names the one to use instead.";

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
    module.setattr("__doc__", MODULE_DOC)?;
    let package = path.rsplit_once('.').map_or("", |(package, _)| package);
    module.setattr("__package__", package)?;
    let warning = warning_class(&module, &path, options.deprecation)?;
    module.setattr(WARNING, &warning)?;
    let loader = state::StatusLoader::new(&path, module.clone().unbind(), warning.unbind());
    let loader = state::install(&module, loader)?;
    // `setattr`, not pyo3's `add`: `add` also appends to `__all__`, which
    // must list the canonical constants only.
    module.setattr("__all__", PyList::empty(py))?;
    publish(parent, name, &path, &module)?;
    state::register_finder(py, &loader)?;
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

/// Adds every entry of table `T` to a module made by [`new_status_module`]:
/// its constants (listed in `__all__`), its deprecated aliases (served with a
/// warning), and its phrases and descriptions for the helpers.
///
/// # Errors
///
/// A `TypeError` naming the module if `module` was not made by
/// [`new_status_module`]; any error Python raises.
pub fn add_table<T: StatusTable>(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let loader = state::loader_of(module)?;
    for &status in T::ALL {
        loader.get().add(
            status.constant_name(),
            status.as_u16(),
            status.phrase(),
            status.description(),
            status.aliases(),
            status.deprecated(),
        );
    }
    loader.get().set_constants(module)
}
