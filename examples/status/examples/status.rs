//! `cargo run --example status -- 404`: the `status` command, run from a
//! clone. The command itself lives in this package's library.

fn main() -> std::process::ExitCode {
    status_cli::main()
}
