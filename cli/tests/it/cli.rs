//! The `statusreg` binary, run as a user runs it.

use std::path::Path;
use std::process::{Command, Output};

fn statusreg(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_statusreg")).args(args).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// A directory of the test's own, removed when the guard drops.
fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("statusreg-test-{name}-")).tempdir().unwrap()
}

fn workspace_file(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(name).display().to_string()
}

#[test]
fn explain_shows_every_meaning_of_a_code_across_all_vendors() {
    let out = statusreg(&["explain", "499"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for expected in [
        "499 Client Closed Request  [nginx] (feature `vendor-nginx`)",
        "499 Token Required  [ArcGIS Server] (feature `vendor-arcgis`)",
        "499 Request has been forbidden by antivirus  [Unofficial conventions]",
        "variant      StatusCode::NginxClientClosedRequest",
        "semantics    4xx client error; cacheable no; content no; retry-after no; retry never",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
    }
}

#[test]
fn explain_shows_the_retry_note_and_the_header_rules() {
    let text = stdout(&statusreg(&["explain", "405", "301", "503", "404"]));
    for expected in [
        "  requires     `allow` header (RFC 9110, Section 15.5.6)\n",
        "  recommends   `location` header (RFC 9110, Section 15.4.2)\n",
        "retry-after yes; retry always\n  retry note   The server did not handle the request",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
    }
    let not_found = text.split("\n\n").find(|block| block.starts_with("404 Not Found")).unwrap();
    assert!(!not_found.contains("retry note") && !not_found.contains("requires"), "{not_found}");
}

#[test]
fn explain_finds_codes_by_phrase_alias_and_name_and_speaks_japanese() {
    let text = stdout(&statusreg(&["explain", "Client Closed Request"]));
    assert!(text.contains("499 Token Required"), "all meanings of the code:\n{text}");
    let text = stdout(&statusreg(&["explain", "payload too large", "--lang", "ja"]));
    assert!(text.starts_with("413 コンテンツが大きすぎる (Content Too Large)  [IANA]"), "{text}");
    assert!(
        text.contains(
            "reference    RFC 9110, Section 15.5.14 <https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14>"
        )
    );
    assert!(text.contains("リクエスト本文"));
    let text = stdout(&statusreg(&["explain", "ImATeapot"]));
    assert!(text.contains("418 I'm a teapot"));
    assert!(text.contains("lifecycle    unused"));
}

#[test]
fn explain_fails_for_what_the_registry_lacks() {
    let out = statusreg(&["explain", "404", "799", "Not A Phrase"]);
    assert_eq!(out.status.code(), Some(1));
    // What was found goes to stdout, what was not to stderr.
    let text = stdout(&out);
    assert!(text.contains("404 Not Found") && !text.contains("799"), "{text}");
    let errors = stderr(&out);
    assert!(errors.contains("799: not in the registry (nonstandard)"), "{errors}");
    assert!(errors.contains("Not A Phrase: no status has this code, phrase or name"), "{errors}");
}

#[test]
fn explain_reads_codes_as_logs_and_the_wire_carry_them() {
    for query in ["404 Not Found", "HTTP/1.1 404 Not Found", "http/2 404", " 404\t"] {
        let out = statusreg(&["explain", query]);
        assert!(out.status.success(), "{query}: {}", stderr(&out));
        assert!(stdout(&out).starts_with("404 Not Found  [IANA]"), "{query}");
    }
    // The code decides, whatever the phrase.
    let out = statusreg(&["explain", "HTTP/1.1 530 Site is frozen"]);
    let text = stdout(&out);
    assert!(
        text.contains("530 Site is frozen  [Pantheon]") && text.contains("530 Origin Unavailable  [Cloudflare]"),
        "{text}"
    );
}

#[test]
fn list_filters_and_formats() {
    let text = stdout(&statusreg(&["list", "--vendor", "cloudflare"]));
    assert!(text.starts_with("CODE  REASON"));
    assert!(text.trim_end().ends_with("9 statuses"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&statusreg(&["list", "--format", "json", "--class", "1xx"]))).unwrap();
    let codes: Vec<u64> = json.as_array().unwrap().iter().map(|r| r["code"].as_u64().unwrap()).collect();
    assert_eq!(codes, [100, 101, 102, 103, 103, 104]);
    assert_eq!(json[5]["lifecycle"], "temporary");
    assert_eq!(json[5]["expires"], "2026-11-13");
    assert_eq!(json[4]["vendor"], "unofficial");
    let md = stdout(&statusreg(&["list", "--format", "markdown", "--vendor", "iana", "--class", "4xx"]));
    assert!(md.starts_with("| code | reason | vendor | lifecycle | reference |\n|---|---|---|---|---|\n"));
    assert!(md.contains("| 404 | Not Found | iana | registered | [RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5) |"));
    let nonstandard = stdout(&statusreg(&["list", "--class", "nonstandard"]));
    assert!(
        nonstandard.contains("000   No Response Status") && nonstandard.contains("999   Request denied"),
        "{nonstandard}"
    );
}

#[test]
fn usage_mistakes_exit_2_with_a_message() {
    for (args, message) in [
        (&["list", "--format", "xml"][..], "invalid value 'xml' for '--format <FORMAT>'"),
        (&["list", "--vendor", "akamai"][..], "unknown vendor `akamai`; use iana, extension or one of nginx,"),
        (&["list", "--class", "6xx"][..], "invalid value '6xx' for '--class <CLASS>'"),
        (&["frob"][..], "unrecognized subcommand 'frob'"),
        (&[][..], "Usage: statusreg [OPTIONS] <COMMAND>"),
        (&["explain"][..], "the following required arguments were not provided"),
        (&["generate", "--vendors", "nginx,akamai"][..], "unknown vendor `akamai`"),
        (&["completions", "tcsh"][..], "invalid value 'tcsh'"),
    ] {
        let out = statusreg(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("--help"), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn typos_in_commands_and_flags_get_suggestions() {
    let out = statusreg(&["explian", "404"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("a similar subcommand exists: 'explain'"), "{}", stderr(&out));
    let out = statusreg(&["list", "--vendr", "nginx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("a similar argument exists: '--vendor'"), "{}", stderr(&out));
    let out = statusreg(&["explain", "Not Fund"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Not Fund: no status has this code, phrase or name; did you mean `Not Found`?"));
    let out = statusreg(&["explain", "NginxClientClosedReqest"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("did you mean `NginxClientClosedRequest`?"), "{}", stderr(&out));
}

#[test]
fn vendor_ids_and_classes_ignore_case() {
    let lower = stdout(&statusreg(&["list", "--vendor", "nginx", "--class", "4xx"]));
    assert!(lower.trim_end().ends_with("6 statuses"), "{lower}");
    assert_eq!(stdout(&statusreg(&["list", "--vendor", "NGINX", "--class", "4XX"])), lower);
    assert_eq!(
        stdout(&statusreg(&["list", "--vendor", "Nginx", "--format", "JSON"])),
        stdout(&statusreg(&["list", "--vendor", "nginx", "--format", "json"]))
    );
    let iana = stdout(&statusreg(&["list", "--vendor", "IANA", "--class", "NonStandard"]));
    assert!(iana.trim_end().ends_with("0 statuses"), "{iana}");
    let generated = stdout(&statusreg(&["generate", "--vendors", "NGINX,Cloudflare"]));
    assert_eq!(generated, stdout(&statusreg(&["generate", "--vendors", "nginx,cloudflare"])));
    assert!(generated.contains("NginxClientClosedRequest"));
}

#[test]
fn explain_shows_tracing_and_grpc_status() {
    let text = stdout(&statusreg(&["explain", "404", "503", "000"]));
    assert!(text.contains("  tracing      span status UNSET on the server, ERROR on the client (OpenTelemetry)"));
    // 404: a server means NOT_FOUND; a client without grpc-status reports UNIMPLEMENTED.
    assert!(text.contains(
        "  grpc         NOT_FOUND (5) when a server answers a call with it (google.rpc.Code)\n               \
         UNIMPLEMENTED (12) when no grpc-status came with it"
    ));
    assert!(text.contains("  tracing      span status ERROR on the server, ERROR on the client (OpenTelemetry)"));
    assert!(text.contains(
        "  grpc         UNAVAILABLE (14) when a server answers a call with it (google.rpc.Code)\n               \
         UNAVAILABLE (14) when no grpc-status came with it"
    ));
    assert!(text.contains(
        "  grpc         UNKNOWN (2) when a server answers a call with it (google.rpc.Code)\n               \
         UNKNOWN (2) when no grpc-status came with it"
    ));
}

#[test]
fn every_subcommand_has_its_own_help() {
    for (command, words) in [
        ("explain", &["--lang", "CODE|PHRASE|NAME", "tracing and gRPC"][..]),
        ("list", &["--vendor", "--class", "--format", "nonstandard", "markdown"][..]),
        ("check", &["--extension", "<FILE>", "expires"][..]),
        ("diff", &["--iana", "http-status-codes-1.csv", "iana_reason"][..]),
        ("generate", &["--vendors", "all"][..]),
        ("completions", &["bash", "zsh", "fish", "powershell", "elvish"][..]),
    ] {
        let out = statusreg(&[command, "--help"]);
        assert!(out.status.success(), "{command}");
        let text = stdout(&out);
        assert!(text.contains(&format!("Usage: statusreg {command}")), "{command}: {text}");
        for word in words {
            assert!(text.contains(word), "`{command} --help` lacks {word}:\n{text}");
        }
    }
}

#[test]
fn completion_scripts_are_valid() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = statusreg(&["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let script = stdout(&out);
        assert!(script.contains("explain") && script.contains("vendors"), "{shell}");
    }
    let dir_guard = temp_dir("completions");
    let dir = dir_guard.path();
    let path = dir.join("statusreg.bash");
    std::fs::write(&path, stdout(&statusreg(&["completions", "BASH"]))).unwrap();
    let check = Command::new("bash").arg("-n").arg(&path).output().expect("bash runs");
    assert!(check.status.success(), "bash -n: {}", String::from_utf8_lossy(&check.stderr));
}

#[test]
fn check_accepts_the_registry_and_reports_located_errors() {
    let out = statusreg(&["check", &workspace_file("registry.yaml")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("valid registry"));

    let dir_guard = temp_dir("check");

    let dir = dir_guard.path();
    let bad = dir.join("bad.yaml");
    std::fs::write(&bad, "statuses:\n  - code: 1000\n    reason: Big\n").unwrap();
    let bad = bad.display().to_string();
    let out = statusreg(&["check", &bad]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("{bad}:2:5: a status entry is missing `reason_ja`")), "{err}");
    assert!(err.contains(&format!("{bad}:2:11: code 1000 is outside 0..=999")), "{err}");
    assert!(err.trim_end().ends_with(&format!("{bad}: 5 errors")), "{err}");

    let missing = dir.join("missing.yaml").display().to_string();
    let out = statusreg(&["check", &missing]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&format!("cannot read `{missing}`")), "{}", stderr(&out));
}

#[test]
fn check_reads_extension_files_against_the_registry() {
    let ext = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/extension/app-codes.yaml");
    let ext = ext.display().to_string();
    let out = statusreg(&["check", &ext, "--extension"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("valid extension file: 3 statuses"));
    let out = statusreg(&["check", &workspace_file("registry.yaml"), "--extension"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("an extension file cannot declare vendors"));
}

#[test]
fn a_custom_registry_replaces_the_embedded_one() {
    let dir_guard = temp_dir("custom");
    let dir = dir_guard.path();
    let file = dir.join("tiny.yaml");
    std::fs::write(
        &file,
        "statuses:\n  - code: 299\n    reason: Tiny\n    reason_ja: 小\n    spec: RFC 0\n    lifecycle: registered\n    \
         retry: never\n    description:\n      en: Small.\n      ja: 小さい。\n",
    )
    .unwrap();
    let text = stdout(&statusreg(&["--registry", &file.display().to_string(), "list"]));
    assert!(text.contains("299   Tiny") && text.trim_end().ends_with("1 status"), "{text}");
}

/// `statusreg generate` writes exactly the checked-in snapshot, which `cli/tests/it/generated.rs`
/// compiles under `clippy::pedantic` and tests.
#[test]
fn generate_writes_the_snapshot() {
    let out = statusreg(&["generate", "--vendors", "nginx,cloudflare"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let source = stdout(&out);
    assert!(source.starts_with("// @generated by statusreg"));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/generated.rs");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &source).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == source,
        "the generated module changed; run `cargo run -p status-registry-regen` and review the diff"
    );
}

/// What `generate` writes, for every vendor and for none, works in a crate that does not depend
/// on status-registry, as a user's crate would have it: `cargo test` passes there (its doc tests
/// included: the module carries no example that names status-registry), and so does
/// `clippy::pedantic` with warnings denied on every target.
#[test]
fn generated_modules_work_in_a_crate_of_their_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/generated-clippy");
    std::fs::create_dir_all(root.join("src")).unwrap();
    std::fs::write(
        root.join("Cargo.toml"),
        "[package]\nname = \"generated-clippy\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n[workspace]\n",
    )
    .unwrap();
    std::fs::write(root.join("src/lib.rs"), "//! Two generated modules.\n\npub mod all;\npub mod none;\n").unwrap();
    std::fs::write(
        root.join("src/main.rs"),
        "use generated_clippy::{all, none};\n\nfn main() {\n    println!(\"{} {}\", all::StatusCode::from(499), \
         none::StatusCode::from(404));\n}\n",
    )
    .unwrap();
    for vendors in ["all", "none"] {
        let out = statusreg(&["generate", "--vendors", vendors]);
        assert!(out.status.success(), "{}", stderr(&out));
        std::fs::write(root.join(format!("src/{vendors}.rs")), stdout(&out)).unwrap();
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(&cargo)
        .args(["clippy", "--quiet", "--all-targets", "--target-dir"])
        .arg(root.join("target"))
        .args(["--", "-D", "warnings", "-W", "clippy::pedantic"])
        .current_dir(&root)
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let test = Command::new(&cargo)
        .args(["test", "--quiet", "--target-dir"])
        .arg(root.join("target"))
        .current_dir(&root)
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(test.status.success(), "{}{}", stdout(&test), stderr(&test));
    // Its documentation builds clean there too: every link names an item the module has.
    let doc = Command::new(&cargo)
        .args(["doc", "--quiet", "--no-deps", "--target-dir"])
        .arg(root.join("target"))
        .current_dir(&root)
        .env("RUSTDOCFLAGS", "-D warnings")
        .output()
        .unwrap();
    assert!(doc.status.success(), "{}", stderr(&doc));
    let run = Command::new(cargo)
        .args(["run", "--quiet", "--target-dir"])
        .arg(root.join("target"))
        .current_dir(&root)
        .output()
        .unwrap();
    assert_eq!(stdout(&run), "499 Client Closed Request 404 Not Found\n", "{}", stderr(&run));
}

#[test]
fn check_reports_the_bad_corpus_as_the_macro_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/bad");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| Path::new(n).extension().is_some_and(|e| e == "yaml"))
        .collect();
    names.sort();
    assert!(names.len() >= 25);
    for name in &names {
        for (flag, expected_file) in [(None, ".expected"), (Some("--extension"), ".extension.expected")] {
            let mut command = Command::new(env!("CARGO_BIN_EXE_statusreg"));
            command.current_dir(&dir).arg("check").arg(name).args(flag);
            let out = command.output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{name} {flag:?}");
            let expected = std::fs::read_to_string(dir.join(name.replace(".yaml", expected_file))).unwrap();
            let err = stderr(&out);
            let (messages, summary) = err.trim_end().rsplit_once('\n').unwrap_or(("", err.trim_end()));
            assert_eq!(format!("{messages}\n"), expected, "{name} {flag:?}");
            let count = expected.lines().count();
            assert_eq!(summary, format!("{name}: {count} error{}", if count == 1 { "" } else { "s" }));
        }
    }
}

fn statusreg_on(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_statusreg")).args(args).envs(env.iter().copied()).output().unwrap()
}

#[test]
fn diff_against_the_shipped_iana_export_is_clean() {
    let csv = workspace_file("tests/fixtures/iana-status-codes.csv");
    let out = statusreg(&["diff", "--iana", &csv]);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).ends_with("no differences: 64 assigned codes and 11 unassigned ranges agree with the registry\n")
    );
}

#[test]
fn diff_reports_each_kind_of_difference_and_exits_1() {
    let original = std::fs::read_to_string(workspace_file("tests/fixtures/iana-status-codes.csv")).unwrap();
    let edit = |from: &str, to: &str| {
        assert!(original.contains(from), "the export has no `{from}`");
        original.replace(from, to)
    };
    let cases = [
        // IANA assigns a code the registry lacks; the unassigned range around it shrinks.
        (
            edit("427,Unassigned,\n", "427,Quantum Entanglement,[RFC9999]\n"),
            vec![
                "missing   427: IANA assigns `Quantum Entanglement`",
                "range     427: a gap in the registry, not an unassigned range at IANA",
            ],
        ),
        // The registry has a code IANA no longer lists.
        (
            edit("226,IM Used,[RFC3229]\n", ""),
            vec!["extra     226: the registry has `IM Used`, which IANA does not assign"],
        ),
        (edit("410,Gone,", "410,Went Away,"), vec!["phrase    410: registry `Gone`, IANA `Went Away`"]),
        (
            edit("423,Locked,[RFC4918]", "423,Locked,[RFC4918bis]"),
            vec!["reference 423: registry `RFC 4918`, IANA `RFC 4918bis`"],
        ),
        (
            edit("expires 2026-11-13)", "expires 2027-11-13)"),
            vec!["lifecycle 104: registry temporary (expires 2026-11-13), IANA temporary (expires 2027-11-13)"],
        ),
        (
            edit("508,Loop Detected,[RFC5842]", "508,Loop Detected (OBSOLETED),[RFC5842]"),
            vec!["lifecycle 508: registry registered, IANA obsolete"],
        ),
        (
            edit("105-199,Unassigned,", "105-198,Unassigned,"),
            vec![
                "range     105-198: unassigned at IANA, not a gap in the registry",
                "range     105-199: a gap in the registry, not an unassigned range at IANA",
            ],
        ),
        // Dropping a declared deviation's phrase shows the deviation.
        // The unused mark is part of the phrase, so the lifecycle differs too.
        (
            edit("306,(Unused),", "306,Switch Proxy,"),
            vec![
                "phrase    306: registry `(Unused)`, IANA `Switch Proxy`",
                "lifecycle 306: registry unused, IANA registered",
            ],
        ),
    ];
    let dir_guard = temp_dir("diff");
    let dir = dir_guard.path();
    for (i, (csv, expected)) in cases.iter().enumerate() {
        let path = dir.join(format!("edited-{i}.csv"));
        std::fs::write(&path, csv).unwrap();
        let out = statusreg(&["diff", "--iana", &path.display().to_string()]);
        let text = stdout(&out);
        assert_eq!(out.status.code(), Some(1), "case {i}:\n{text}");
        let lines: Vec<&str> = text.lines().collect();
        let (report, summary) = lines.split_at(lines.len() - 1);
        assert_eq!(report, expected.as_slice(), "case {i}");
        let noun = if expected.len() == 1 { "difference" } else { "differences" };
        assert!(summary[0].ends_with(&format!(": {} {noun} from the registry", expected.len())), "{}", summary[0]);
    }
}

#[test]
fn diff_names_the_line_of_a_malformed_export() {
    let dir_guard = temp_dir("diff-bad");
    let dir = dir_guard.path();
    let path = dir.join("bad.csv");
    std::fs::write(&path, "Value,Description,Reference\n200,OK,[RFC9110]\n2x0,Odd,\n").unwrap();
    let shown = path.display().to_string();
    let out = statusreg(&["diff", "--iana", &shown]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), format!("{shown}: line 3: `2x0` is not a code\n"));
}

#[test]
fn check_warns_about_an_expired_temporary_registration_and_still_passes() {
    let registry = workspace_file("registry.yaml");
    let before = statusreg_on(&["check", &registry], &[("STATUSREG_TODAY", "2026-11-13")]);
    assert_eq!(before.status.code(), Some(0));
    assert_eq!(stderr(&before), "", "not expired on its last day");
    let after = statusreg_on(&["check", &registry], &[("STATUSREG_TODAY", "2026-11-14")]);
    assert_eq!(after.status.code(), Some(0), "a warning, not an error");
    let warning = stderr(&after);
    assert!(warning.starts_with(&format!("{registry}:")), "{warning}");
    assert!(
        warning
            .contains(": warning: the temporary registration of 104 Upload Resumption Supported expired on 2026-11-13"),
        "{warning}"
    );
    assert!(stdout(&after).contains("valid registry"));
}

/// With `--strict`, a temporary registration past its date fails the check; on its last day it
/// does not.
#[test]
fn check_strict_fails_on_an_expired_temporary_registration() {
    let registry = workspace_file("registry.yaml");
    let before = statusreg_on(&["check", "--strict", &registry], &[("STATUSREG_TODAY", "2026-11-13")]);
    assert_eq!(before.status.code(), Some(0), "{}", stderr(&before));
    let after = statusreg_on(&["check", "--strict", &registry], &[("STATUSREG_TODAY", "2026-11-14")]);
    assert_eq!(after.status.code(), Some(1));
    let errors = stderr(&after);
    assert!(errors.contains("warning: the temporary registration of 104 Upload Resumption Supported"), "{errors}");
    assert!(errors.ends_with(&format!("{registry}: 1 expired temporary registration (--strict)\n")), "{errors}");
    assert_eq!(stdout(&after), "");
}

/// README's first command, as written under "Try it": `cargo run -p PACKAGE -- ARGS`.
fn readme_first_command() -> (String, Vec<String>) {
    let readme = std::fs::read_to_string(workspace_file("README.md")).unwrap();
    let try_it = &readme[readme.find("## Try it").expect("README has a `Try it` section")..];
    let block = &try_it[try_it.find("```sh\n").expect("a sh block under `Try it`") + 6..];
    let line = block.lines().next().unwrap();
    let command = line.split(" #").next().unwrap().trim();
    let words: Vec<&str> = command.split_whitespace().collect();
    assert_eq!(words[..3], ["cargo", "run", "-p"], "README's first command is `{command}`");
    assert_eq!(words[4], "--", "README's first command is `{command}`");
    (words[3].to_owned(), words[5..].iter().map(|w| (*w).to_owned()).collect())
}

#[test]
fn readmes_first_command_builds_no_web_stack_and_shows_the_registry() {
    let (package, args) = readme_first_command();
    assert_eq!(package, "statusreg");
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--offline", "-p", &package, "-e", "normal,build", "--prefix", "none"])
        .current_dir(workspace_file(""))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let tree = stdout(&out);
    let crates: Vec<&str> = tree.lines().filter_map(|l| l.split_whitespace().next()).collect();
    assert!(crates.contains(&"status-registry"), "{tree}");
    for heavy in crates {
        let web = ["axum", "hyper", "tokio", "reqwest", "utoipa", "actix", "tower", "h2"];
        assert!(!web.iter().any(|w| heavy == *w || heavy.starts_with(&format!("{w}-"))), "{heavy} in:\n{tree}");
    }
    // What it prints is the main job: every meaning of the code across all vendors.
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = statusreg(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("499 Client Closed Request  [nginx]"), "{}", stdout(&out));
    assert!(stdout(&out).contains("499 Token Required  [ArcGIS Server]"), "{}", stdout(&out));
}

#[test]
fn explain_and_list_read_an_extension_file_beside_the_registry() {
    let ext = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/extension/app-codes.yaml");
    let ext = ext.display().to_string();
    let out = statusreg(&["explain", "790", "Tenant Suspended", "404", "--extend", &ext]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(&format!("790 Quota Exhausted  [extension {ext}]")), "{text}");
    assert!(text.contains("791 Tenant Suspended  [extension"), "{text}");
    assert!(text.contains("404 Not Found  [IANA]"), "the registry's entries stay: {text}");

    let list = stdout(&statusreg(&["list", "--extend", &ext, "--vendor", "extension"]));
    assert!(list.contains("790   Quota Exhausted") && list.contains("extension"), "{list}");
    assert!(list.trim_end().ends_with("3 statuses"), "{list}");
    let all = stdout(&statusreg(&["list", "--extend", &ext]));
    let rows = all.lines().filter(|l| l.get(3..6) == Some("   "));
    let codes: Vec<u16> = rows.filter_map(|l| l.get(..3)?.parse().ok()).collect();
    assert!(codes.windows(2).all(|w| w[0] <= w[1]), "listed by code");
    assert!(codes.contains(&790) && codes.contains(&404));
    let json = stdout(&statusreg(&["list", "--extend", &ext, "--vendor", "extension", "--format", "json"]));
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rows[0]["code"], 790);
    assert_eq!(rows[0]["name"], "QuotaExhausted");

    // The derive's errors, located in the file, exit 1.
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/bad/extension-three-mistakes.yaml");
    let out = statusreg(&["explain", "299", "--extend", &bad.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for message in ["two spaces in a row", "unknown retry `sometimes`", "unknown key `colour`", ": 3 errors"] {
        assert!(err.contains(message), "missing `{message}`:\n{err}");
    }
}

#[test]
fn bash_completes_vendor_ids() {
    let script = stdout(&statusreg(&["completions", "bash"]));
    let vendor_line = script.lines().find(|l| l.contains("--vendor)")).map(|_| ()).is_some();
    assert!(vendor_line, "{script}");
    for id in ["iana", "extension", "nginx", "cloudflare", "aws-elb"] {
        assert!(script.contains(id), "completion lacks `{id}`");
    }
    // A vendor of a `--registry` file is still accepted, and an unknown one is a usage error.
    let out = statusreg(&["list", "--vendor", "no-such-vendor"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown vendor `no-such-vendor`"), "{}", stderr(&out));
}

#[test]
fn explain_and_list_show_the_problem_types_and_the_proxy_errors() {
    let out = statusreg(&[
        "explain",
        "quota-exceeded",
        "https://iana.org/assignments/http-problem-types#digest-mismatched-values",
    ]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("Quota Exceeded  [problem type, RFC 9457]"), "{text}");
    assert!(text.contains("  status       429\n"), "{text}");
    assert!(text.contains("  member       violated-policies: array of string\n"), "{text}");
    assert!(text.contains("  lifecycle    draft (draft-ietf-httpapi-ratelimit-headers-10)\n"), "{text}");
    assert!(text.contains("  member       mismatched_digests: array of object\n"), "{text}");
    let text = stdout(&statusreg(&["explain", "connection_refused", "http_response_timeout", "--lang", "ja"]));
    assert!(text.contains("ProxyError::ConnectionRefused"), "{text}");
    assert!(text.contains("never forwarded"), "{text}");
    assert!(text.contains("may have reached the next hop"), "{text}");
    assert!(text.contains("次のホップが中継者からの接続を拒否しました。"), "{text}");
    let text = stdout(&statusreg(&["explain", "521"]));
    assert!(text.contains("  proxy error  connection_refused"), "{text}");

    let json: serde_json::Value =
        serde_json::from_str(&stdout(&statusreg(&["list", "--problem-types", "--format", "json"]))).unwrap();
    let names: Vec<&str> = json.as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(names[..2], ["about-blank", "quota-exceeded"]);
    assert_eq!(json[1]["status"], 429);
    let text = stdout(&statusreg(&["list", "--proxy-errors"]));
    assert_eq!(text.lines().count(), 33, "a header and RFC 9209's 32 types");
    assert!(text.contains("http_response_timeout"), "{text}");
    let out = statusreg(&["list", "--proxy-errors", "--vendor", "nginx"]);
    assert_eq!(out.status.code(), Some(2), "the filters are for statuses");
}
