//! FastrAPI's `status` module, checked from Python: an embedded CPython
//! imports it and runs `status_module.py`.

use std::ffi::CString;

use fastrapi_status::python::{
    add_status_module_with, add_table, new_status_module, DeprecationCategory, ModuleOptions,
};
use fastrapi_status_python_tests::install;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyModule};

fn run(py: Python<'_>, script: &str, globals: &Bound<'_, PyDict>) -> PyResult<()> {
    let code = CString::new(script).expect("no NUL in the script");
    py.run(&code, Some(globals), None)
}

#[test]
fn fastrapi_status_module() {
    Python::attach(|py| -> PyResult<()> {
        install(py, "fastrapi")?;
        let globals = PyDict::new(py);
        globals.set_item("HTTP_TSV", include_str!("../../data/http.tsv"))?;
        globals.set_item("WS_TSV", include_str!("../../data/ws.tsv"))?;
        run(py, include_str!("status_module.py"), &globals)
    })
    .unwrap_or_else(|err| panic!("{err}"));
}

fastrapi_status::status_codes! {
    /// An application's own table.
    #[status(prefix = JOB)]
    pub enum JobStatus {
        0 DONE "The job finished",
        #[alias(OOM)]
        137 OUT_OF_MEMORY "The kernel killed the job",
    }
}

/// Table `T` as module `package.name` of a new package.
fn publish<T: fastrapi_status::StatusTable>(
    py: Python<'_>,
    package: &str,
    name: &str,
) -> PyResult<()> {
    let app = PyModule::new(py, package)?;
    py.import("sys")?
        .getattr("modules")?
        .set_item(package, &app)?;
    let module = new_status_module(&app, name)?;
    add_table::<T>(&module)
}

#[test]
fn a_downstream_table_published_the_same_way() {
    Python::attach(|py| -> PyResult<()> {
        publish::<JobStatus>(py, "myapp", "jobs")?;
        run(
            py,
            r#"
import warnings
import myapp.jobs as jobs
from myapp import jobs as same
assert jobs is same and jobs.__name__ == "myapp.jobs"
assert jobs.__all__ == ["JOB_0_DONE", "JOB_137_OUT_OF_MEMORY"]
assert (jobs.JOB_0_DONE, jobs.JOB_137_OUT_OF_MEMORY) == (0, 137)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    assert jobs.JOB_137_OOM == 137
assert str(caught[0].message) == "'JOB_137_OOM' is deprecated. Use 'JOB_137_OUT_OF_MEMORY' instead."
assert jobs.phrase(137) == "Out Of Memory"
assert jobs.description(0) == "The job finished"
assert [name for name in dir(jobs) if name.startswith("JOB")] == ["JOB_0_DONE", "JOB_137_OOM", "JOB_137_OUT_OF_MEMORY"]
assert jobs.__package__ == "myapp" and jobs.__spec__.name == "myapp.jobs"
"#,
            &PyDict::new(py),
        )
    })
    .unwrap_or_else(|err| panic!("{err}"));
}

fastrapi_status::status_codes! {
    /// An application's HTTP table: the standard codes plus its own.
    #[status(prefix = HTTP, extends = HttpStatus)]
    pub enum EdgeStatus {
        #[phrase = "Client Closed Request"]
        499 CLIENT_CLOSED_REQUEST "The client closed the connection before the server answered",
    }
}

#[test]
fn an_extended_table_published_the_same_way() {
    Python::attach(|py| -> PyResult<()> {
        let app = PyModule::new(py, "edge")?;
        py.import("sys")?
            .getattr("modules")?
            .set_item("edge", &app)?;
        let status = new_status_module(&app, "status")?;
        add_table::<EdgeStatus>(&status)?;
        run(
            py,
            r#"
import warnings
from edge import status
assert len(status.__all__) == 64, len(status.__all__)
assert status.HTTP_499_CLIENT_CLOSED_REQUEST == 499
assert status.HTTP_404_NOT_FOUND == 404
assert status.phrase(499) == "Client Closed Request"
assert status.phrase(418) == "I'm a teapot"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    assert status.HTTP_413_REQUEST_ENTITY_TOO_LARGE == 413
assert "HTTP_413_CONTENT_TOO_LARGE" in str(caught[0].message)
"#,
            &PyDict::new(py),
        )
    })
    .unwrap_or_else(|err| panic!("{err}"));
}

#[test]
fn options_name_the_path_and_the_warning_category() {
    Python::attach(|py| -> PyResult<()> {
        // The extension's own name would give `edge_native.status`; the
        // application names the public path itself.
        let package = PyModule::new(py, "edgeapp")?;
        py.import("sys")?
            .getattr("modules")?
            .set_item("edgeapp", &package)?;
        let native = PyModule::new(py, "edge_native")?;
        let options = ModuleOptions {
            path: Some("edgeapp.http_status".to_owned()),
            deprecation: DeprecationCategory::Deprecation,
        };
        add_status_module_with(&native, &options)?;
        run(
            py,
            r#"
import sys, warnings
import edgeapp.http_status as status
from edgeapp import http_status
assert http_status is status and status.__name__ == "edgeapp.http_status"
assert sys.modules["edgeapp.http_status"] is status
assert issubclass(status.StatusDeprecationWarning, DeprecationWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    assert status.HTTP_422_UNPROCESSABLE_ENTITY == 422
assert caught[0].category is status.StatusDeprecationWarning
"#,
            &PyDict::new(py),
        )
    })
    .unwrap_or_else(|err| panic!("{err}"));
}

#[test]
fn the_stub_lists_every_canonical_constant_and_no_deprecated_name() {
    let stub = fastrapi_status::python::status_module_stub();
    for &status in fastrapi_status::HttpStatus::ALL {
        let line = format!("{}: Final = {}\n", status.constant_name(), status.as_u16());
        assert!(stub.contains(&line), "{line}");
        for alias in status.aliases() {
            assert!(!stub.contains(alias), "{alias}");
        }
    }
    assert!(!stub.contains("__getattr__"));
    assert!(stub.contains("class StatusDeprecationWarning(UserWarning): ...\n"));
}

fastrapi_status::status_codes! {
    /// A table with a deprecated entry and one its `cfg` leaves out.
    #[status(prefix = TASK)]
    pub enum TaskStatus {
        0 DONE "The task finished",
        #[deprecated(note = "use TASK_0_DONE")]
        1 FINISHED "The old name of done",
        #[deprecated]
        2 STALE "Deprecated without a note",
        #[cfg(any())]
        3 NEVER "Left out of every build",
    }
}

#[test]
fn deprecated_entries_warn_and_cfg_left_out_entries_are_absent() {
    Python::attach(|py| -> PyResult<()> {
        publish::<TaskStatus>(py, "taskapp", "tasks")?;
        run(
            py,
            r#"
import warnings
import taskapp.tasks as tasks
assert tasks.__all__ == ["TASK_0_DONE"], tasks.__all__
assert "TASK_1_FINISHED" not in vars(tasks)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    assert tasks.TASK_1_FINISHED == 1
    assert tasks.TASK_2_STALE == 2
assert [str(w.message) for w in caught] == [
    "'TASK_1_FINISHED' is deprecated: use TASK_0_DONE",
    "'TASK_2_STALE' is deprecated.",
], [str(w.message) for w in caught]
assert all(w.category is tasks.StatusDeprecationWarning for w in caught)
assert tasks.phrase(1) == "Finished"
for missing in ("TASK_3_NEVER",):
    try:
        getattr(tasks, missing)
    except AttributeError:
        pass
    else:
        raise AssertionError(missing)
try:
    tasks.phrase(3)
except ValueError:
    pass
else:
    raise AssertionError("code 3 is not in this build")
"#,
            &PyDict::new(py),
        )
    })
    .unwrap_or_else(|err| panic!("{err}"));
    let stub = fastrapi_status::python::ModuleStub::new()
        .table::<TaskStatus>()
        .render();
    assert!(stub.contains("TASK_0_DONE: Final = 0\n"), "{stub}");
    for left_out in ["TASK_1_FINISHED", "TASK_2_STALE", "TASK_3_NEVER"] {
        assert!(!stub.contains(left_out), "{left_out} in\n{stub}");
    }
}
