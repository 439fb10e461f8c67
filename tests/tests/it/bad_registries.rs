//! The corpus of bad registry files in `fixtures/bad/`: each fails with the messages in its
//! `.expected` file when read as a registry, and with those in its `.extension.expected` file when
//! the derive reads it as an extension file. Every message is located (`file:line:col`) unless the
//! problem is the file as a whole. `statusreg check` runs the same corpus in `cli/tests/it/cli.rs`.
//!
//! `UPDATE_SNAPSHOTS=1` rewrites the expectations; review the diff.

use std::path::{Path, PathBuf};

use quote::quote;
use status_registry_codegen::derive::{Context, derive};

fn corpus() -> (PathBuf, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/bad");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| Path::new(n).extension().is_some_and(|e| e == "yaml"))
        .collect();
    names.sort();
    (dir, names)
}

/// Every message the registry loader gives for `name`.
fn as_registry(dir: &Path, name: &str) -> Vec<String> {
    let bytes = std::fs::read(dir.join(name)).unwrap();
    let result = status_registry_codegen::decode(&bytes, name)
        .and_then(|source| status_registry_codegen::load(source, name).map(|_| ()));
    match result {
        Ok(()) => Vec::new(),
        Err(diags) => diags.items().iter().map(ToString::to_string).collect(),
    }
}

/// Every `compile_error!` message the derive gives when the enum extends itself with `name`.
fn as_extension(dir: &Path, name: &str) -> Vec<String> {
    let context = Context { manifest_dir: Some(dir.to_path_buf()) };
    let tokens = derive(
        quote! {
            #[status_registry(extend = #name)]
            enum Api { Ok }
        },
        &context,
    );
    let file: syn::File = syn::parse2(tokens).unwrap();
    let mut messages = Vec::new();
    for item in file.items {
        let syn::Item::Macro(m) = item else { continue };
        if m.mac.path.segments.last().is_some_and(|s| s.ident == "compile_error") {
            let lit: syn::LitStr = m.mac.parse_body().unwrap();
            messages.push(lit.value());
        }
    }
    messages
}

fn check(dir: &Path, expected_name: &str, actual: &[String]) {
    let path = dir.join(expected_name);
    let text: String = actual.iter().flat_map(|m| [m.as_str(), "\n"]).collect();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{expected_name} is missing"));
    assert_eq!(text, expected, "{expected_name} differs");
}

fn is_located(message: &str, name: &str) -> bool {
    let Some(rest) = message.strip_prefix(&format!("{name}:")) else { return false };
    let mut parts = rest.splitn(3, ':');
    let line = parts.next().is_some_and(|l| l.parse::<usize>().is_ok_and(|n| n > 0));
    let col = parts.next().is_some_and(|c| c.parse::<usize>().is_ok_and(|n| n > 0));
    (line && col) || rest.starts_with(' ')
}

#[test]
fn every_bad_file_fails_with_its_located_messages() {
    let (dir, names) = corpus();
    assert!(names.len() >= 25, "the corpus has {} files", names.len());
    for name in &names {
        let messages = as_registry(&dir, name);
        assert!(!messages.is_empty(), "{name} loaded without an error");
        for message in &messages {
            assert!(is_located(message, name), "{name}: `{message}` does not start with the file and position");
        }
        check(&dir, &name.replace(".yaml", ".expected"), &messages);
    }
}

#[test]
fn the_derive_reports_the_same_problems_for_extension_files() {
    let (dir, names) = corpus();
    for name in &names {
        let messages = as_extension(&dir, name);
        assert!(!messages.is_empty(), "{name} was accepted as an extension");
        for message in &messages {
            assert!(is_located(message, name), "{name}: `{message}` does not start with the file and position");
        }
        check(&dir, &name.replace(".yaml", ".extension.expected"), &messages);
        // An extension adds statuses only: it refuses `problem_types` and `proxy_errors` whole, so
        // the messages about their entries are the registry's alone.
        if messages
            .iter()
            .any(|m| m.contains("unknown key `problem_types`") || m.contains("unknown key `proxy_errors`"))
        {
            continue;
        }
        // Problems of the file's own syntax and shape read the same either way, but for the keys an
        // extension may leave out.
        let registry = as_registry(&dir, name);
        let optional = ["`reason_ja`", "`lifecycle`", "`retry`", "`description`", "`ja`"];
        let shared: Vec<&String> = registry
            .iter()
            .filter(|m| !m.contains("vendor") && !m.contains("`spec`") && !m.contains("registry ("))
            .filter(|m| !(m.contains(" is missing ") && optional.iter().any(|key| m.contains(key))))
            .collect();
        for message in shared {
            assert!(messages.contains(message), "{name}: the extension path lost `{message}`");
        }
    }
}

/// `contents` in a file named `name`, in a directory removed when the guard drops.
fn temp_file(name: &str, contents: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::Builder::new().prefix("status-registry-hostile-").tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    (dir, path)
}

const ENTRY: &str = "statuses:\n  - code: 790\n    reason: Big\n    reason_ja: 大\n    spec: RFC 0\n    \
                     lifecycle: registered\n    retry: never\n    description:\n      en: ";

#[test]
fn a_ten_megabyte_file_is_read_and_judged() {
    // A valid entry behind 10 MB of comments loads; one with a 10 MB description is refused with
    // its size. `scripts/measure.sh` reports how long each takes.
    let comments = "# padding\n".repeat(1_000_000);
    let valid = format!("{comments}{ENTRY}Small.\n      ja: 小。\n");
    assert!(valid.len() >= 10_000_000);
    let (_dir, path) = temp_file("padded.yaml", &valid);
    let loaded = status_registry_codegen::load(&std::fs::read_to_string(&path).unwrap(), "padded.yaml").unwrap();
    assert_eq!(loaded.statuses.len(), 1);

    let huge = format!("{ENTRY}{}\n      ja: 小。\n", "x".repeat(10_000_000));
    let errors = status_registry_codegen::load(&huge, "huge.yaml").unwrap_err();
    assert_eq!(
        errors.to_string(),
        "huge.yaml:9:11: the description is 10000000 bytes long; keep it to one or two sentences (at most 1000 bytes)"
    );
}
