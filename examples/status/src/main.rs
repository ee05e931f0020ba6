//! The `status` command, as `cargo install --path examples/status` installs it.

fn main() -> std::process::ExitCode {
    status_cli::main()
}
