//! `statusreg`: explain, list, check and generate HTTP status codes from the registry.
//!
//! Reads the registry embedded in `status-registry-codegen`, or another file with `--registry`.
//! Output goes to stdout, problems to stderr; the exit status is 0 on success, 1 when the work
//! failed (an unknown code, an invalid file) and 2 for a mistake in the command line.

mod args;
mod check;
mod diff;
mod explain;
mod generate;
mod list;

use std::io::Write;
use std::process::ExitCode;

use status_registry_codegen::model::Checked;

use clap::{CommandFactory, Parser};

use crate::args::{Cli, Command, VendorSelection};

/// What went wrong, and so which exit status to give.
#[derive(Debug)]
enum Failure {
    /// The command line was wrong: exit 2, with a pointer to `--help`.
    Usage(String),
    /// The command ran and failed: exit 1.
    Failed(String),
}

/// A command's result: the text for stdout, what it could not do for stderr, and whether it found
/// everything it was asked for.
struct Output {
    text: String,
    errors: String,
    complete: bool,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to stdout with status 0; mistakes to stderr with status 2.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    match run(&cli) {
        Ok(output) => {
            write_stdout(&output.text);
            if !output.errors.is_empty() {
                eprint!("{}", output.errors);
            }
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

fn run(cli: &Cli) -> Result<Output, Failure> {
    let complete = |text: String| Output { text, errors: String::new(), complete: true };
    let registry_path = cli.registry.as_deref();
    match &cli.command {
        Command::Check { file, extension, strict } => {
            let base = load_registry(registry_path)?;
            check::run(file, *extension, *strict, &base).map(complete)
        }
        Command::Diff { iana } => {
            let registry = load_registry(registry_path)?;
            diff::run(&registry, iana)
        }
        Command::Explain { queries, lang, extend } => {
            let registry = extended(load_registry(registry_path)?, extend.as_deref())?;
            Ok(explain::run(&registry, queries, *lang))
        }
        Command::List { problem_types: true, format, .. } => {
            Ok(complete(list::problem_types(&load_registry(registry_path)?, *format)))
        }
        Command::List { proxy_errors: true, format, .. } => {
            Ok(complete(list::proxy_errors(&load_registry(registry_path)?, *format)))
        }
        Command::List { vendor, class, format, extend, .. } => {
            let registry = extended(load_registry(registry_path)?, extend.as_deref())?;
            list::run(&registry, registry_path.is_none(), vendor.as_deref(), *class, *format).map(complete)
        }
        Command::Generate { vendors } => {
            let registry = load_registry(registry_path)?;
            let origin = registry_path.unwrap_or("the embedded registry.yaml");
            generate::run(&registry, &VendorSelection::parse(vendors), origin).map(complete)
        }
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "statusreg", &mut script);
            Ok(complete(String::from_utf8_lossy(&script).into_owned()))
        }
    }
}

/// A registry with the entries of an `--extend` file after its own.
pub(crate) struct Extended {
    pub(crate) registry: Checked,
    /// The extension file and the index of its first entry in `registry.statuses`.
    extension: Option<(String, usize)>,
}

impl Extended {
    /// The extension file `status` comes from, when it is one of its entries.
    pub(crate) fn extension_of(&self, status: &status_registry_codegen::model::CheckedEntry) -> Option<&str> {
        let (file, first) = self.extension.as_ref()?;
        let added = &self.registry.statuses[*first..];
        added.iter().any(|s| std::ptr::eq(s, status)).then_some(file.as_str())
    }
}

/// `base` with the entries of the extension file `path`, read and checked as the derive reads
/// `#[status_registry(extend = ...)]`: the same defaults and the same located errors.
fn extended(base: Checked, path: Option<&str>) -> Result<Extended, Failure> {
    let Some(path) = path else { return Ok(Extended { registry: base, extension: None }) };
    let bytes = read_bytes(path)?;
    let source = status_registry_codegen::decode(&bytes, path).map_err(|d| Failure::Failed(d.to_string()))?;
    let extension = status_registry_codegen::load_extension(source, path, &base).map_err(|diags| {
        let count = diags.len();
        Failure::Failed(format!("{diags}\n{path}: {count} {}", check::plural(count, "error", "errors")))
    })?;
    let mut registry = base;
    let first = registry.statuses.len();
    registry.statuses.extend(extension.statuses);
    Ok(Extended { registry, extension: Some((path.to_owned(), first)) })
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
