//! A mixed-layout application: its package's `__init__.py` imports what it
//! publishes from the private extension module `mixedapp._native`: FastrAPI's
//! `status` module, and `jobs`, a table of the application's own with a
//! deprecated entry and one its `cfg` leaves out of every build.

use fastrapi_status::python::{add_table, new_status_module};
use pyo3::prelude::*;

fastrapi_status::status_codes! {
    /// The application's job states.
    #[status(prefix = JOB)]
    pub enum Job {
        0 DONE "The job finished",
        #[deprecated(note = "use JOB_0_DONE")]
        1 FINISHED "The old name of done",
        #[cfg(any())]
        2 NEVER "Left out of every build",
    }
}

#[pymodule(gil_used = false)]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    fastrapi_status::python::add_status_module(m)?;
    let jobs = new_status_module(m, "jobs")?;
    add_table::<Job>(&jobs)
}
