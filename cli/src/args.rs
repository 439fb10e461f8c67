//! The command line, declared with clap's derive API: each subcommand has its own `--help`, and
//! clap suggests the nearest subcommand or flag for a typo.

use clap::{Parser, Subcommand, ValueEnum};
use status_registry::Class;

/// What `--help` prints after the options.
const AFTER_HELP: &str = "\
Exit status: 0 success; 1 a query matched nothing, a file is invalid or diff found differences;
2 a mistake in the command line.

Examples:
  statusreg explain 499
  statusreg explain \"Payload Too Large\" --lang ja
  statusreg list --vendor cloudflare --format markdown
  statusreg check my-codes.yaml --extension
  statusreg diff --iana http-status-codes-1.csv
  statusreg generate --vendors nginx,cloudflare > src/status.rs
  statusreg completions bash > /etc/bash_completion.d/statusreg";

/// Explain, list, check and generate HTTP status codes from the status-registry registry.
#[derive(Debug, Parser)]
#[command(name = "statusreg", version, about, after_help = AFTER_HELP, propagate_version = true)]
pub(crate) struct Cli {
    /// Use FILE instead of the embedded registry.yaml.
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) registry: Option<String>,

    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Every meaning of a code across all vendors in the registry: reason, vendor, reference,
    /// lifecycle, semantics, tracing and gRPC status, description.
    #[command(after_help = "A phrase (\"Client Closed Request\") or a variant name (NotFound) works as well as a \
                            code. An unknown one exits 1 and suggests the nearest phrase or name.")]
    Explain {
        /// Codes, phrases or variant names.
        #[arg(required = true, value_name = "CODE|PHRASE|NAME")]
        queries: Vec<String>,
        /// Language of reasons and descriptions.
        #[arg(long, value_enum, ignore_case = true, default_value_t = Lang::En)]
        lang: Lang,
        /// Also the codes of FILE, an extension file as `#[status_registry(extend = ...)]` reads it.
        #[arg(long, value_name = "FILE")]
        extend: Option<String>,
    },
    /// One line per registered meaning.
    List {
        /// Only this vendor's codes (`iana` for the IANA registry, `extension` for `--extend`'s);
        /// any ASCII case.
        #[arg(long, value_name = "ID|iana", value_parser = VendorId)]
        vendor: Option<String>,
        /// Only this class of codes.
        #[arg(long, value_enum, ignore_case = true)]
        class: Option<ClassFilter>,
        /// Output format.
        #[arg(long, value_enum, ignore_case = true, default_value_t = Format::Table)]
        format: Format,
        /// Also the codes of FILE, an extension file as `#[status_registry(extend = ...)]` reads it.
        #[arg(long, value_name = "FILE")]
        extend: Option<String>,
        /// List the problem types (RFC 9457) instead of the status codes.
        #[arg(long, conflicts_with_all = ["vendor", "class", "extend", "proxy_errors"])]
        problem_types: bool,
        /// List the proxy error types (RFC 9209) instead of the status codes.
        #[arg(long, conflicts_with_all = ["vendor", "class", "extend"])]
        proxy_errors: bool,
    },
    /// Validate a registry file with the same located errors as the macro; exits 1 if there is any.
    /// Warns on stderr, and still exits 0, about temporary entries whose `expires` date has passed
    /// (exits 1 for them too with `--strict`).
    Check {
        /// The registry or extension file.
        file: String,
        /// Check FILE as an extension file (no vendors, only codes the registry lacks), as
        /// `#[status_registry(extend = ...)]` reads it.
        #[arg(long)]
        extension: bool,
        /// Fail (exit 1) when a temporary registration has passed its `expires` date, as a CI job
        /// that keeps a registry current wants; without it that is a warning.
        #[arg(long)]
        strict: bool,
    },
    /// Compare the registry's IANA codes with IANA's own export; exits 1 if anything differs.
    #[command(after_help = "FILE is the CSV IANA publishes at \
                            https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv \
                            (Value, Description, Reference). Codes that are missing or extra, and codes \
                            whose phrase, reference, lifecycle or unassigned range differs, are listed \
                            one per line. Deviations declared in the registry (`iana_reason`) do not count.")]
    Diff {
        /// The IANA CSV export.
        #[arg(long, value_name = "FILE.csv")]
        iana: String,
    },
    /// Print a self-contained Rust module with the `StatusCode` enum, for projects that check
    /// generated code in instead of using the macro.
    Generate {
        /// Comma-separated vendor ids to include (any ASCII case), `all`, or `none`.
        #[arg(long, value_name = "IDS", default_value = "none")]
        vendors: String,
    },
    /// Print a completion script for a shell.
    Completions {
        /// The shell.
        #[arg(value_enum, ignore_case = true)]
        shell: clap_complete::Shell,
    },
}

/// A vendor id for `list --vendor`: any text is accepted (a `--registry` file has its own
/// vendors, checked when it is loaded), and shells complete the embedded registry's ids.
#[derive(Clone, Debug)]
pub(crate) struct VendorId;

impl clap::builder::TypedValueParser for VendorId {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let ids: Vec<&'static str> = match status_registry_codegen::embedded() {
            Ok(registry) => registry.vendors.iter().map(|v| v.id.value.as_str()).collect(),
            Err(_) => Vec::new(),
        };
        let words = ["iana", "extension"].into_iter().chain(ids);
        Some(Box::new(words.map(clap::builder::PossibleValue::new)))
    }
}

/// Which language explain prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Lang {
    /// English.
    En,
    /// Japanese.
    Ja,
}

/// How list prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Aligned columns.
    Table,
    /// An array of objects.
    Json,
    /// A Markdown table.
    Markdown,
}

/// The classes list can keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ClassFilter {
    /// 100-199.
    #[value(name = "1xx")]
    Informational,
    /// 200-299.
    #[value(name = "2xx")]
    Success,
    /// 300-399.
    #[value(name = "3xx")]
    Redirection,
    /// 400-499.
    #[value(name = "4xx")]
    ClientError,
    /// 500-599.
    #[value(name = "5xx")]
    ServerError,
    /// Anything outside 100..=599.
    Nonstandard,
}

impl ClassFilter {
    /// Whether `code` is in this class, as the runtime's [`Class`] classifies it.
    pub(crate) fn contains(self, code: u16) -> bool {
        let class = match self {
            ClassFilter::Informational => Class::Informational,
            ClassFilter::Success => Class::Success,
            ClassFilter::Redirection => Class::Redirection,
            ClassFilter::ClientError => Class::ClientError,
            ClassFilter::ServerError => Class::ServerError,
            ClassFilter::Nonstandard => Class::Nonstandard,
        };
        Class::from_code(code) == class
    }
}

/// Which vendors generate keeps, from `--vendors`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum VendorSelection {
    All,
    Some(Vec<String>),
}

impl VendorSelection {
    /// `all`, `none`, or a comma-separated list of ids, in any ASCII case.
    pub(crate) fn parse(list: &str) -> Self {
        let list = list.trim().to_ascii_lowercase();
        match list.as_str() {
            "all" => VendorSelection::All,
            "none" | "" => VendorSelection::Some(Vec::new()),
            ids => VendorSelection::Some(ids.split(',').map(|v| v.trim().to_owned()).collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};

    use super::*;

    fn parse(line: &str) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("statusreg").chain(line.split_whitespace()))
    }

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn options_may_come_anywhere_and_ignore_case() {
        let cli = parse("list --format=JSON --registry r.yaml --vendor NGINX --class 4XX --extend e.yaml").unwrap();
        assert_eq!(cli.registry.as_deref(), Some("r.yaml"));
        let Command::List { vendor, class, format, extend, .. } = cli.command else { panic!("list") };
        assert_eq!((vendor.as_deref(), class, format), (Some("NGINX"), Some(ClassFilter::ClientError), Format::Json));
        assert_eq!(extend.as_deref(), Some("e.yaml"));
        assert!(matches!(parse("explain 404 --lang JA").unwrap().command, Command::Explain { lang: Lang::Ja, .. }));
        assert_eq!(
            VendorSelection::parse("Nginx, CLOUDFLARE"),
            VendorSelection::Some(vec!["nginx".into(), "cloudflare".into()])
        );
        assert_eq!(VendorSelection::parse("ALL"), VendorSelection::All);
    }

    #[test]
    fn mistakes_are_usage_errors_with_suggestions() {
        let error = parse("explian 404").unwrap_err();
        assert_eq!(error.exit_code(), 2);
        assert!(error.to_string().contains("'explain'"), "{error}");
        let error = parse("list --vendr nginx").unwrap_err();
        assert!(error.to_string().contains("'--vendor'"), "{error}");
        assert_eq!(parse("list --format xml").unwrap_err().exit_code(), 2);
        assert_eq!(parse("explain").unwrap_err().exit_code(), 2);
    }
}
