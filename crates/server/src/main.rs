//! `assist-server`: see `assist-server --help`.

fn main() -> std::process::ExitCode {
    assist_server::cli::main()
}
