//! The command line: words to an [`Invocation`], with a message for every mistake.

use crate::Failure;

/// The complete `--help` text.
pub(crate) const HELP: &str = "\
statusreg - explain, list, check and generate HTTP status codes

USAGE:
    statusreg [--registry FILE] <COMMAND> [OPTIONS]

COMMANDS:
    explain <CODE|PHRASE>...   Every meaning of a code across all vendors in the registry:
                               reason, vendor, reference, lifecycle, semantics, description.
                               A phrase (\"Client Closed Request\") or a variant name works too.
        --lang <en|ja>         Language of reasons and descriptions [default: en]

    list                       One line per registered meaning.
        --vendor <ID|iana>     Only this vendor's codes (`iana` for the IANA registry)
        --class <CLASS>        Only 1xx, 2xx, 3xx, 4xx, 5xx or nonstandard
        --format <FORMAT>      table, json or markdown [default: table]

    check <FILE>               Validate a registry file with the same located errors as the macro;
                               exits 1 if there is any.
        --extension            Check FILE as an extension file of the registry (no vendors, codes
                               the registry lacks), as `#[status_registry(extend = ...)]` reads it

    generate                   Print a self-contained Rust module with the `StatusCode` enum, for
                               projects that check generated code in instead of using the macro.
        --vendors <IDS>        Comma-separated vendor ids to include, `all`, or `none` [default: none]

    help                       Print this text.

OPTIONS:
    --registry <FILE>          Use FILE instead of the embedded registry.yaml
    -h, --help                 Print this text
    -V, --version              Print the version

EXIT STATUS:
    0 success; 1 a query matched nothing or a file is invalid; 2 a mistake in the command line.

EXAMPLES:
    statusreg explain 499
    statusreg explain \"Payload Too Large\" --lang ja
    statusreg list --vendor cloudflare --format markdown
    statusreg check my-codes.yaml --extension
    statusreg generate --vendors nginx,cloudflare > src/status.rs
";

/// Which language explain prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lang {
    En,
    Ja,
}

/// How list prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    Table,
    Json,
    Markdown,
}

/// Which vendors generate keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum VendorSelection {
    All,
    Some(Vec<String>),
}

#[derive(Debug)]
pub(crate) enum Command {
    Help,
    Version,
    Explain { queries: Vec<String>, lang: Lang },
    List { vendor: Option<String>, class: Option<String>, format: Format },
    Check { file: String, extension: bool },
    Generate { vendors: Option<VendorSelection> },
}

#[derive(Debug)]
pub(crate) struct Invocation {
    pub(crate) registry: Option<String>,
    pub(crate) command: Command,
}

fn usage(message: impl Into<String>) -> Failure {
    Failure::Usage(message.into())
}

/// Reads the words after the program name.
pub(crate) fn parse(argv: &[String]) -> Result<Invocation, Failure> {
    let mut registry: Option<String> = None;
    let mut command: Option<String> = None;
    let mut positional: Vec<String> = Vec::new();
    let mut options: Vec<(String, Option<String>)> = Vec::new();
    let mut words = argv.iter();
    while let Some(word) = words.next() {
        let (name, inline) = match word.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_owned())),
            _ => (word.as_str(), None),
        };
        match name {
            "-h" | "--help" => return Ok(Invocation { registry, command: Command::Help }),
            "-V" | "--version" => return Ok(Invocation { registry, command: Command::Version }),
            "--extension" => options.push((name.to_owned(), None)),
            "--registry" | "--lang" | "--vendor" | "--class" | "--format" | "--vendors" => {
                let value = match inline {
                    Some(v) => v,
                    None => words.next().cloned().ok_or_else(|| usage(format!("`{name}` needs a value")))?,
                };
                if name == "--registry" {
                    registry = Some(value);
                } else {
                    options.push((name.to_owned(), Some(value)));
                }
            }
            other
                if other.starts_with('-')
                    && other.len() > 1
                    && !other[1..].starts_with(|c: char| c.is_ascii_digit()) =>
            {
                return Err(usage(format!("unknown option `{other}`")));
            }
            _ if command.is_none() => command = Some(word.clone()),
            _ => positional.push(word.clone()),
        }
    }
    let Some(command) = command else {
        return Err(usage("no command given; use explain, list, check or generate"));
    };
    let command = build(&command, positional, &options)?;
    Ok(Invocation { registry, command })
}

/// The value of `name`, if given once.
fn option<'a>(options: &'a [(String, Option<String>)], name: &str) -> Result<Option<&'a str>, Failure> {
    let mut found = options.iter().filter(|(n, _)| n == name);
    let first = found.next().map(|(_, v)| v.as_deref().unwrap_or(""));
    if found.next().is_some() {
        return Err(usage(format!("`{name}` is given more than once")));
    }
    Ok(first)
}

/// Every option must belong to the command it is given to.
fn allow_only(command: &str, options: &[(String, Option<String>)], allowed: &[&str]) -> Result<(), Failure> {
    match options.iter().find(|(n, _)| !allowed.contains(&n.as_str())) {
        Some((name, _)) => Err(usage(format!("`{name}` does not apply to `{command}`"))),
        None => Ok(()),
    }
}

fn build(command: &str, positional: Vec<String>, options: &[(String, Option<String>)]) -> Result<Command, Failure> {
    match command {
        "help" => Ok(Command::Help),
        "explain" => {
            allow_only(command, options, &["--lang"])?;
            if positional.is_empty() {
                return Err(usage("`explain` needs a code or a phrase, as in `statusreg explain 499`"));
            }
            let lang = match option(options, "--lang")? {
                None | Some("en") => Lang::En,
                Some("ja") => Lang::Ja,
                Some(other) => return Err(usage(format!("unknown language `{other}`; use `en` or `ja`"))),
            };
            Ok(Command::Explain { queries: positional, lang })
        }
        "list" => {
            allow_only(command, options, &["--vendor", "--class", "--format"])?;
            no_positional(command, &positional)?;
            let format = match option(options, "--format")? {
                None | Some("table") => Format::Table,
                Some("json") => Format::Json,
                Some("markdown") => Format::Markdown,
                Some(other) => {
                    return Err(usage(format!("unknown format `{other}`; use table, json or markdown")));
                }
            };
            Ok(Command::List {
                vendor: option(options, "--vendor")?.map(str::to_owned),
                class: option(options, "--class")?.map(str::to_owned),
                format,
            })
        }
        "check" => {
            allow_only(command, options, &["--extension"])?;
            let mut files = positional.into_iter();
            let file =
                files.next().ok_or_else(|| usage("`check` needs a file, as in `statusreg check registry.yaml`"))?;
            if let Some(extra) = files.next() {
                return Err(usage(format!("`check` takes one file; `{extra}` is extra")));
            }
            Ok(Command::Check { file, extension: option(options, "--extension")?.is_some() })
        }
        "generate" => {
            allow_only(command, options, &["--vendors"])?;
            no_positional(command, &positional)?;
            let vendors = option(options, "--vendors")?.map(|list| match list {
                "all" => VendorSelection::All,
                "none" | "" => VendorSelection::Some(Vec::new()),
                list => VendorSelection::Some(list.split(',').map(|v| v.trim().to_owned()).collect()),
            });
            Ok(Command::Generate { vendors })
        }
        other => Err(usage(format!("unknown command `{other}`; use explain, list, check or generate"))),
    }
}

fn no_positional(command: &str, positional: &[String]) -> Result<(), Failure> {
    match positional.first() {
        Some(extra) => Err(usage(format!("`{command}` takes no arguments; `{extra}` is extra"))),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    fn message(line: &str) -> String {
        match parse(&words(line)) {
            Err(Failure::Usage(m)) => m,
            other => panic!("expected a usage error for `{line}`, got {other:?}"),
        }
    }

    #[test]
    fn options_may_come_anywhere() {
        let invocation = parse(&words("--registry r.yaml list --format=json --vendor nginx")).unwrap();
        assert_eq!(invocation.registry.as_deref(), Some("r.yaml"));
        assert!(
            matches!(invocation.command, Command::List { format: Format::Json, ref vendor, .. } if vendor.as_deref() == Some("nginx"))
        );
    }

    #[test]
    fn mistakes_are_named() {
        assert_eq!(message(""), "no command given; use explain, list, check or generate");
        assert_eq!(message("frobnicate"), "unknown command `frobnicate`; use explain, list, check or generate");
        assert_eq!(message("list --format xml"), "unknown format `xml`; use table, json or markdown");
        assert_eq!(message("explain"), "`explain` needs a code or a phrase, as in `statusreg explain 499`");
        assert_eq!(message("explain 404 --format json"), "`--format` does not apply to `explain`");
        assert_eq!(message("list --vendor"), "`--vendor` needs a value");
        assert_eq!(message("list --class 4xx --class 5xx"), "`--class` is given more than once");
        assert_eq!(message("check a.yaml b.yaml"), "`check` takes one file; `b.yaml` is extra");
        assert_eq!(message("list --colour"), "unknown option `--colour`");
    }
}
