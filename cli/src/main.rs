//! `statusreg`: explain, list, check and generate HTTP status codes from the registry.
//!
//! Reads the registry embedded in `status-registry-codegen`, or another file with `--registry`.
//! Output goes to stdout, problems to stderr; the exit status is 0 on success, 1 when the work
//! failed (an unknown code, an invalid file) and 2 for a mistake in the command line.

mod args;
mod check;
mod explain;
mod generate;
mod list;

use std::io::Write;
use std::process::ExitCode;

use status_registry_codegen::model::Checked;

use crate::args::{Command, Invocation};

/// What went wrong, and so which exit status to give.
#[derive(Debug)]
enum Failure {
    /// The command line was wrong: exit 2, with a pointer to `--help`.
    Usage(String),
    /// The command ran and failed: exit 1.
    Failed(String),
}

/// A command's result: the text for stdout, and whether it found everything it was asked for.
struct Output {
    text: String,
    complete: bool,
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let result = args::parse(&argv).and_then(|invocation| run(&invocation));
    match result {
        Ok(output) => {
            write_stdout(&output.text);
            if output.complete { ExitCode::SUCCESS } else { ExitCode::from(1) }
        }
        Err(Failure::Usage(message)) => {
            eprintln!("statusreg: {message}\nRun `statusreg --help` for usage.");
            ExitCode::from(2)
        }
        Err(Failure::Failed(message)) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
    }
}

/// Writes everything at once; a closed pipe (`statusreg list | head`) is not an error.
fn write_stdout(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
}

fn run(invocation: &Invocation) -> Result<Output, Failure> {
    let complete = |text: String| Output { text, complete: true };
    match &invocation.command {
        Command::Help => Ok(complete(args::HELP.to_owned())),
        Command::Version => Ok(complete(format!("statusreg {}\n", env!("CARGO_PKG_VERSION")))),
        Command::Check { file, extension } => {
            let base = load_registry(invocation.registry.as_deref())?;
            check::run(file, *extension, &base).map(complete)
        }
        Command::Explain { queries, lang } => {
            let registry = load_registry(invocation.registry.as_deref())?;
            Ok(explain::run(&registry, queries, *lang))
        }
        Command::List { vendor, class, format } => {
            let registry = load_registry(invocation.registry.as_deref())?;
            list::run(&registry, vendor.as_deref(), class.as_deref(), *format).map(complete)
        }
        Command::Generate { vendors } => {
            let registry = load_registry(invocation.registry.as_deref())?;
            let origin = invocation.registry.as_deref().unwrap_or("the embedded registry.yaml");
            generate::run(&registry, vendors.as_ref(), origin).map(complete)
        }
    }
}

/// The embedded registry, or the file given with `--registry`.
fn load_registry(path: Option<&str>) -> Result<Checked, Failure> {
    let Some(path) = path else {
        return status_registry_codegen::embedded().cloned().map_err(|d| Failure::Failed(d.to_string()));
    };
    let source = read_text(path)?;
    status_registry_codegen::load(&source, path).map_err(|d| Failure::Failed(d.to_string()))
}

/// A file's bytes, with the resolved path in the message when it cannot be read.
fn read_bytes(path: &str) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| {
        let shown = std::path::absolute(path).map_or_else(|_| path.to_owned(), |p| p.display().to_string());
        Failure::Failed(format!("{path}: cannot read `{shown}`: {e}"))
    })
}

/// A file's text, or its located problem when it is not UTF-8.
fn read_text(path: &str) -> Result<String, Failure> {
    let bytes = read_bytes(path)?;
    status_registry_codegen::decode(&bytes, path).map(str::to_owned).map_err(|d| Failure::Failed(d.to_string()))
}
