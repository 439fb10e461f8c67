//! A report of an nginx "combined" access log: requests by class and by meaning, with the vendor
//! behind each nonstandard code. Malformed lines are counted and skipped, never fatal.
//!
//! ```text
//! cargo run --example access_log                          # the sample in examples/data/
//! cargo run --example access_log -- /var/log/nginx/access.log --progress
//! ```
//!
//! A progress count goes to stderr for inputs over 1 MiB when stderr is a terminal, or always with
//! `--progress`.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::process::ExitCode;

use status_registry::{Class, StatusCode, StatusLine};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/access.log");
const PROGRESS_EVERY: usize = 100_000;

/// The status field of one combined-format line, or `None` if the line is not in that format.
///
/// `1.2.3.4 - user [time] "GET /path HTTP/1.1" 200 512 "referer" "agent"`: the status is the first
/// word after the quoted request line, which may itself hold escaped quotes.
fn status_of(line: &str) -> Option<u16> {
    let after_time = &line[line.find("] \"")? + 3..];
    let mut escaped = false;
    let mut end = None;
    for (i, c) in after_time.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => {
                end = Some(i);
                break;
            }
            _ => escaped = false,
        }
    }
    let rest = after_time[end? + 1..].trim_start();
    // The field is a status line without version or phrase: three digits, which StatusLine checks.
    let field = rest.split(' ').next()?;
    StatusLine::parse(field).ok().map(|status| status.code())
}

#[derive(Default)]
struct Report {
    lines: usize,
    malformed: Vec<usize>,
    by_code: BTreeMap<u16, usize>,
}

fn main() -> ExitCode {
    let mut path = None;
    let mut force_progress = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--progress" => force_progress = true,
            flag if flag.starts_with('-') => {
                eprintln!("access_log: unknown option `{flag}`; usage: access_log [FILE] [--progress]");
                return ExitCode::from(2);
            }
            _ if path.is_none() => path = Some(arg),
            _ => {
                eprintln!("access_log: one file at a time; usage: access_log [FILE] [--progress]");
                return ExitCode::from(2);
            }
        }
    }
    let path = path.unwrap_or_else(|| SAMPLE.to_owned());
    let file = match File::open(&path) {
        Ok(file) => file,
        Err(error) => {
            eprintln!("access_log: cannot open `{path}`: {error}");
            return ExitCode::FAILURE;
        }
    };
    let large = file.metadata().is_ok_and(|m| m.len() > 1 << 20);
    let progress = force_progress || (large && std::io::stderr().is_terminal());
    match read(BufReader::new(file), progress) {
        Ok(report) => {
            print!("{}", render(&path, &report));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("access_log: reading `{path}`: {error}");
            ExitCode::FAILURE
        }
    }
}

fn read(mut input: impl BufRead, progress: bool) -> std::io::Result<Report> {
    let mut report = Report::default();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        report.lines += 1;
        // Logs are not always UTF-8 (clients send anything); the status field is ASCII either way.
        let line = String::from_utf8_lossy(&buf);
        match status_of(line.trim_end()) {
            Some(code) => *report.by_code.entry(code).or_default() += 1,
            None => report.malformed.push(report.lines),
        }
        if progress && report.lines % PROGRESS_EVERY == 0 {
            eprint!("\rread {} lines", report.lines);
            let _ = std::io::stderr().flush();
        }
    }
    if progress {
        eprintln!("\rread {} lines", report.lines);
    }
    Ok(report)
}

#[allow(clippy::cast_precision_loss)]
fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 * 100.0 / whole as f64 }
}

fn render(path: &str, report: &Report) -> String {
    use std::fmt::Write as _;
    let parsed: usize = report.by_code.values().sum();
    let mut out = String::new();
    let first: Vec<String> = report.malformed.iter().take(5).map(ToString::to_string).collect();
    let _ = writeln!(
        out,
        "{path}: {} lines, {parsed} requests, {} malformed{}",
        report.lines,
        report.malformed.len(),
        if first.is_empty() { String::new() } else { format!(" (first at lines {})", first.join(", ")) }
    );
    let _ = writeln!(out, "\nby class");
    let mut by_class: BTreeMap<Class, usize> = BTreeMap::new();
    for (code, count) in &report.by_code {
        *by_class.entry(Class::from_code(*code)).or_default() += count;
    }
    for (class, count) in &by_class {
        let _ = writeln!(out, "  {:<12} {:>7}  {:>5.1}%", class.to_string(), count, percent(*count, parsed));
    }
    let _ = writeln!(out, "\nby meaning");
    let mut rows: Vec<(&u16, &usize)> = report.by_code.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (code, count) in rows {
        let status = StatusCode::from(*code);
        let label = match (status.is_registered(), status.vendor()) {
            (false, _) => format!("{code:03} (not in the registry)"),
            (true, Some(vendor)) => format!("{status} [{vendor}]"),
            (true, None) => status.to_string(),
        };
        let others: Vec<String> = StatusCode::meanings(*code)
            .filter(|m| *m != status)
            .map(|m| format!("{}: {}", m.vendor().map_or("IANA", |v| v.name()), m.reason()))
            .collect();
        let also = if others.is_empty() { String::new() } else { format!("  (also {})", others.join("; ")) };
        let _ = writeln!(out, "  {label:<56} {count:>7}  {:>5.1}%{also}", percent(*count, parsed));
    }
    out
}
