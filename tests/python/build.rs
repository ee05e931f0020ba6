//! The tests embed the machine's CPython through a shared libpython, which
//! is often outside the loader's default paths (pyenv, a venv's base, ...):
//! record its directory as the test binaries' rpath, so `cargo test` runs
//! without LD_LIBRARY_PATH.

use std::process::Command;

fn main() {
    let python = std::env::var("PYO3_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let output = Command::new(&python)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_config_var('LIBDIR') or '')",
        ])
        .output();
    if let Ok(output) = output {
        let libdir = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        if !libdir.is_empty() {
            println!("cargo:rustc-link-arg-tests=-Wl,-rpath,{libdir}");
        }
    }
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    println!("cargo:rerun-if-changed=build.rs");
}
