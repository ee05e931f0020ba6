//! Writes the status module's stub, or checks a committed one:
//!
//! ```text
//! cargo run --bin status-stub > python/typedapp/status.pyi
//! cargo run --bin status-stub -- --check python/typedapp/status.pyi
//! ```
//!
//! A binary rather than a `#[test]`: with pyo3's `extension-module` feature
//! a test of the crate cannot link (libpython's symbols are left to the
//! interpreter that loads the extension), while this program calls only
//! the stub renderer, which makes no Python call.

use std::process::ExitCode;

fn main() -> ExitCode {
    let stub = fastrapi_status::python::status_module_stub();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => {
            print!("{stub}");
            ExitCode::SUCCESS
        }
        [flag, path] if flag == "--check" => match std::fs::read_to_string(path) {
            Ok(committed) if committed == stub => ExitCode::SUCCESS,
            Ok(_) => {
                eprintln!("{path} is out of date: cargo run --bin status-stub > {path}");
                ExitCode::FAILURE
            }
            Err(err) => {
                eprintln!("cannot read {path}: {err}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("usage: status-stub [--check PATH]");
            ExitCode::from(2)
        }
    }
}
