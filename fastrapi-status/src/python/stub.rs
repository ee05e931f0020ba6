//! The `.pyi` text of a status module. Plain string building, no Python
//! call, so the stub can be written by a program that links no libpython
//! (see "A typed package" in the module docs: a `status-stub` binary in an
//! `extension-module` crate).

use std::format;
use std::string::String;
use std::vec::Vec;

use super::{DeprecationCategory, WARNING};
use crate::{HttpStatus, StatusTable, WsCloseCode};

/// The `.pyi` text of the module [`add_status_module`](super::add_status_module) builds.
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

    /// Adds the constants of table `T`, as [`add_table`](super::add_table) does.
    #[must_use]
    pub fn table<T: StatusTable>(mut self) -> Self {
        // A deprecated entry's constant is left out, as its aliases are.
        self.constants.extend(
            T::ALL
                .iter()
                .filter(|s| s.deprecated().is_none())
                .map(|s| (s.constant_name(), s.as_u16())),
        );
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
