//! Prints every meaning of a status code, or of a reason phrase, that the registry knows.
//!
//! ```text
//! cargo run --example explain -- 499
//! cargo run --example explain -- "Payload Too Large"
//! ```
//!
//! This example enables every vendor, so it shows the IANA meaning and each vendor's meaning side by side.

use std::process::ExitCode;

use status_registry::StatusCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: explain <code or phrase>...   e.g. explain 499, explain \"Payload Too Large\"");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for query in &args {
        let meanings = match query.parse::<StatusCode>() {
            Ok(status) if status.is_registered() => StatusCode::meanings(status.code()).collect::<Vec<_>>(),
            Ok(status) => {
                println!("{status:>3}: not in the registry ({} class)\n", status.class().description());
                continue;
            }
            Err(err) => {
                eprintln!("explain: `{query}`: {err}");
                failed = true;
                continue;
            }
        };
        for status in meanings {
            print_status(status);
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

fn print_status(status: StatusCode) {
    let Some(info) = status.info() else { return };
    let owner = match info.vendor {
        Some(vendor) => format!("{vendor} (feature `{}`)", vendor.feature()),
        None => "IANA".to_owned(),
    };
    println!("{}  [{}]", info.text, owner);
    println!("  variant     StatusCode::{}", info.name);
    println!("  japanese    {}", info.reason_ja);
    if !info.aliases.is_empty() {
        println!("  aliases     {}", info.aliases.join(", "));
    }
    if let Some(spec) = info.spec {
        println!("  reference   {spec}{}", info.spec_link.map(|l| format!(" <{l}>")).unwrap_or_default());
    }
    let expires = info.expires.map(|d| format!(" until {d}")).unwrap_or_default();
    println!("  lifecycle   {}{expires}", info.lifecycle);
    println!(
        "  semantics   class {}, cacheable {}, content {}, retry-after {}, retry {}",
        status.class(),
        yes_no(info.cacheable),
        yes_no(info.allows_content),
        yes_no(info.retry_after),
        info.retry
    );
    println!("  {}", info.description);
    println!("  {}", info.description_ja);
    println!();
}

fn yes_no(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}
