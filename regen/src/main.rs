//! Rewrites every checked-in file that is generated from `registry.yaml`, or with `--check` says
//! which ones are out of date.
//!
//! ```sh
//! cargo run -p status-registry-regen              # after editing registry.yaml
//! cargo run -p status-registry-regen -- --check   # exit 1 if any file is stale
//! cargo run -p status-registry-regen -- colliding # the vendor features CI combines
//! cargo run -p status-registry-regen -- attribute-forms # what the derive's page must show
//! ```
//!
//! Besides the files made from the registry, it writes the files crates share: the model crate's
//! copy of `registry.yaml` (which it embeds and packages) and the runtime files that the model
//! crate and codegen carry (`copies`). It reads the registry at the root, not the copy it was built
//! with, and depends on codegen only, never on the crates it writes into, so it runs whatever state
//! their files are in. Each file is written whole to a temporary file beside it and renamed over it, and
//! only when its text changes; nothing is written unless every file was generated.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use status_registry_codegen::model::Checked;
use status_registry_codegen::{render, standalone};

mod copies;

/// The vendors of the standalone module whose snapshot `statusreg`'s tests compile.
const SNAPSHOT_VENDORS: [&str; 2] = ["nginx", "cloudflare"];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (text, checked) = match registry(&root) {
        Ok(read) => read,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let checked = &checked;
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => match files(&root, &text, checked).and_then(|files| write_all(&files)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("regen: {message}");
                ExitCode::FAILURE
            }
        },
        ["--check"] => match files(&root, &text, checked) {
            Ok(files) => {
                let stale: Vec<&File> = files.iter().filter(|f| !f.is_current()).collect();
                for file in &stale {
                    eprintln!("{} is out of date with registry.yaml", file.shown);
                }
                if stale.is_empty() {
                    ExitCode::SUCCESS
                } else {
                    eprintln!("regenerate with `cargo run -p status-registry-regen`");
                    ExitCode::FAILURE
                }
            }
            Err(message) => {
                eprintln!("regen: {message}");
                ExitCode::FAILURE
            }
        },
        ["attribute-forms"] => {
            for form in status_registry_codegen::derive::attribute_forms() {
                println!("{form}");
            }
            ExitCode::SUCCESS
        }
        ["colliding"] => {
            let features: Vec<String> = render::colliding_vendors(checked).iter().map(|v| v.feature()).collect();
            println!("{}", features.join(","));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: status-registry-regen [--check | colliding | attribute-forms]");
            ExitCode::from(2)
        }
    }
}

/// The registry at the root of the repository: its text, which the model crate's copy takes, and
/// what it says, checked.
fn registry(root: &Path) -> Result<(String, Checked), String> {
    let text =
        std::fs::read_to_string(root.join("registry.yaml")).map_err(|e| format!("cannot read registry.yaml: {e}"))?;
    let checked = status_registry_codegen::load(&text, "registry.yaml").map_err(|diags| diags.to_string())?;
    Ok((text, checked))
}

/// A checked-in file and the text it should have.
struct File {
    path: PathBuf,
    shown: &'static str,
    text: String,
}

impl File {
    fn is_current(&self) -> bool {
        std::fs::read_to_string(&self.path).is_ok_and(|text| text == self.text)
    }
}

/// Every generated file with its new text (`registry` is the text `checked` was read from); nothing
/// is written yet.
fn files(root: &Path, registry: &str, checked: &Checked) -> Result<Vec<File>, String> {
    let mut copies = Vec::new();
    for (from, to, reader) in copies::COPIES {
        let source = std::fs::read_to_string(root.join(from)).map_err(|e| format!("cannot read {from}: {e}"))?;
        copies.push((to, reader, copies::copy(from, &source, reader)?));
    }
    // The snapshot carries the copies written in this run, not those codegen was built with.
    let modules: Vec<(&str, &str)> = copies
        .iter()
        .filter(|(_, reader, _)| *reader == copies::Reader::Standalone)
        .map(|(to, _, text)| (module_name(to), text.as_str()))
        .collect();
    let vendors: Vec<String> = SNAPSHOT_VENDORS.iter().map(|v| (*v).to_owned()).collect();
    let snapshot = standalone::file_with(checked, &vendors, "the embedded registry.yaml", &modules)
        .map_err(|e| format!("the standalone module does not parse: {e}"))?;
    let manifest = std::fs::read_to_string(root.join("runtime/Cargo.toml"))
        .map_err(|e| format!("cannot read runtime/Cargo.toml: {e}"))?;
    let table = render::feature_table(checked, &features(&manifest)?);
    let doc_table = lines(table.lines(), |l| format!("//! {l}"));
    let runtime_features = lines(checked.vendors.iter(), |v| format!("{} = []", v.feature()));
    let tests_features = lines(checked.vendors.iter(), |v| format!("{0} = [\"status-registry/{0}\"]", v.feature()));
    let all: Vec<String> = checked.vendors.iter().map(|v| format!("\"{}\"", v.feature())).collect();
    let all = all.join(", ");
    let mut files = vec![
        File { path: root.join("model/registry.yaml"), shown: "model/registry.yaml", text: registry.to_owned() },
        File {
            path: root.join("runtime/src/builtin_rows.rs"),
            shown: "runtime/src/builtin_rows.rs",
            text: render::builtin_file(checked),
        },
        File {
            path: root.join("cli/tests/snapshots/generated.rs"),
            shown: "cli/tests/snapshots/generated.rs",
            text: snapshot,
        },
        spliced(root, "README.md", "<!-- features: begin -->\n", "<!-- features: end -->", &table)?,
        spliced(
            root,
            "runtime/src/lib.rs",
            "//! <!-- features: begin -->\n",
            "//! <!-- features: end -->",
            &doc_table,
        )?,
        spliced(
            root,
            "runtime/Cargo.toml",
            "# vendors: begin\n",
            "# vendors: end",
            &format!("all-vendors = [{all}]\n{runtime_features}"),
        )?,
        spliced(
            root,
            "tests/Cargo.toml",
            "# vendors: begin\n",
            "# vendors: end",
            &format!("all-vendors = [\"status-registry/all-vendors\", {all}]\n{tests_features}"),
        )?,
    ];
    files.extend(copies.into_iter().map(|(to, _, text)| File { path: root.join(to), shown: to, text }));
    Ok(files)
}

/// The runtime's documented features, from its manifest: each `name = [...]` line of
/// `[features]` after its `##` comment lines (as `document-features` reads them), the vendors'
/// aside (the registry describes those). A feature without a comment is an error: the table must
/// describe every one.
fn features(manifest: &str) -> Result<Vec<render::Feature>, String> {
    let section = manifest.split("\n[features]\n").nth(1).ok_or("runtime/Cargo.toml has no [features]")?;
    let section = section.split("\n[").next().unwrap_or(section);
    let list = |value: &str| -> Vec<String> {
        value
            .trim()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .split(',')
            .map(|item| item.trim().trim_matches('"').to_owned())
            .filter(|item| !item.is_empty())
            .collect()
    };
    let mut defaults = Vec::new();
    let mut doc: Vec<&str> = Vec::new();
    let mut found = Vec::new();
    for line in section.lines() {
        if let Some(text) = line.strip_prefix("##") {
            doc.push(text.trim());
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((name, value)) = line.split_once(" = ") else { continue };
        let name = name.trim();
        let paragraph = std::mem::take(&mut doc).join(" ");
        if name == "default" {
            defaults = list(value);
        } else if !name.starts_with("vendor-") {
            if paragraph.is_empty() {
                return Err(format!("feature `{name}` of runtime/Cargo.toml has no `##` comment to describe it"));
            }
            let implies = list(value).into_iter().filter(|f| !f.starts_with("dep:") && !f.contains('/')).collect();
            let implies = if name == "all-vendors" { Vec::new() } else { implies };
            found.push(render::Feature { name: name.to_owned(), implies, doc: paragraph, default: false });
        }
    }
    for feature in &mut found {
        feature.default = defaults.contains(&feature.name);
    }
    Ok(found)
}

/// The module a copied file becomes: its name without the extension.
fn module_name(path: &str) -> &str {
    path.rsplit('/').next().and_then(|name| name.strip_suffix(".rs")).unwrap_or(path)
}

/// One line per item.
fn lines<T>(items: impl Iterator<Item = T>, line: impl Fn(T) -> String) -> String {
    items.map(|item| line(item) + "\n").collect()
}

/// `shown` with the text between its `begin` and `end` markers replaced by `block`.
fn spliced(root: &Path, shown: &'static str, begin: &str, end: &str, block: &str) -> Result<File, String> {
    let path = root.join(shown);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let start = text.find(begin).ok_or_else(|| format!("{shown} has no `{}` marker", begin.trim_end()))? + begin.len();
    let stop = text[start..].find(end).ok_or_else(|| format!("{shown} has no `{end}` marker"))? + start;
    Ok(File { path, shown, text: format!("{}{block}{}", &text[..start], &text[stop..]) })
}

/// Writes each file that changed: whole, to a temporary file beside it, renamed over it.
fn write_all(files: &[File]) -> Result<(), String> {
    for file in files.iter().filter(|f| !f.is_current()) {
        let temporary = file.path.with_extension("regen-tmp");
        std::fs::write(&temporary, &file.text).map_err(|e| format!("cannot write {}: {e}", temporary.display()))?;
        std::fs::rename(&temporary, &file.path).map_err(|e| format!("cannot replace {}: {e}", file.shown))?;
        println!("wrote {}", file.shown);
    }
    Ok(())
}

/// Repository paths cited in the docs and comments that do not exist: `(file, cited path)`.
///
/// A citation is a word of path characters with a `/` that ends in a file extension the
/// repository uses and starts at one of its directories (`runtime/src/info.rs`); one that starts
/// at `tests/` may also be a crate's (`examples/tests/it/wire.rs`). Paths inside a crate (`src/..`)
/// are not checked: they also name the files of the projects the docs tell users to make.
#[cfg(test)]
fn missing_citations(root: &std::path::Path) -> Vec<(String, String)> {
    const TOP: [&str; 10] =
        ["runtime", "codegen", "macros", "cli", "tests", "examples", "bench", "regen", "scripts", "docs"];
    const IN_CRATE: [&str; 1] = ["tests"];
    const EXTENSIONS: [&str; 9] = [".rs", ".md", ".toml", ".sh", ".py", ".yaml", ".json", ".tsv", ".csv"];
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            // CHANGELOG.md is history: it names files as they were.
            if name.starts_with('.') || ["target", "fixtures", "snapshots", "CHANGELOG.md"].contains(&name.as_str()) {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if [".rs", ".md", ".toml", ".sh", ".py"].iter().any(|e| name.ends_with(e)) {
                files.push(path);
            }
        }
    }
    let mut missing = Vec::new();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        let shown = file.strip_prefix(root).unwrap_or(&file).display().to_string();
        // The crate a file belongs to: the first directory of its path, when that is one.
        let crate_dir = shown.split('/').next().filter(|d| TOP.contains(d)).map(|d| root.join(d));
        let words = text.split(|c: char| !(c.is_ascii_alphanumeric() || "_./-".contains(c)));
        for word in words {
            let word = word.trim_end_matches('.');
            let Some(first) = word.split('/').next() else { continue };
            if !word.contains('/') || !EXTENSIONS.iter().any(|e| word.ends_with(e)) || word.contains("..") {
                continue;
            }
            if !TOP.contains(&first) {
                continue;
            }
            // `tests/` is a crate and a folder of every crate: a table row of ARCHITECTURE.md
            // names the crate beside `tests/it/wire.rs`, so any crate's will do.
            let in_a_crate = |word: &str| {
                crate_dir.as_ref().is_some_and(|d| d.join(word).exists())
                    || TOP.iter().any(|d| root.join(d).join(word).exists())
            };
            let exists = root.join(word).exists() || (IN_CRATE.contains(&first) && in_a_crate(word));
            if !exists {
                missing.push((shown.clone(), word.to_owned()));
            }
        }
    }
    missing.sort();
    missing.dedup();
    missing
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Every repository path the docs and comments cite exists, so a moved or renamed file
    /// cannot leave its readers pointing at nothing.
    #[test]
    fn every_cited_path_exists() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let missing = super::missing_citations(&root);
        assert!(missing.is_empty(), "cited but missing: {missing:#?}");
    }

    /// README is the job in a few screens: at most 200 lines; the guides are in the crate docs,
    /// cli/README.md, TESTING.md and CONTRIBUTING.md.
    #[test]
    fn readme_is_short() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let lines = std::fs::read_to_string(root.join("README.md")).unwrap().lines().count();
        assert!(lines <= 200, "README.md has {lines} lines");
    }

    /// TESTING.md's count of the runtime's features is the manifest's.
    #[test]
    fn testing_counts_the_features() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let manifest = std::fs::read_to_string(root.join("runtime/Cargo.toml")).unwrap();
        let section = manifest.split("[features]").nth(1).unwrap().split("\n[").next().unwrap();
        let count =
            section.lines().filter(|l| l.contains(" = [") && !l.starts_with('#') && !l.starts_with("default ")).count();
        let testing = std::fs::read_to_string(root.join("TESTING.md")).unwrap();
        let said = format!("with each of its {count} features");
        assert!(testing.contains(&said), "TESTING.md should say `{said}`");
    }

    /// The counts TESTING.md gives of the test corpus are the corpus's: hostile registry files,
    /// trybuild cases, and the vendors whose codes collide with the combinations CI checks.
    #[test]
    fn testing_counts_the_test_corpus() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let readme = std::fs::read_to_string(root.join("TESTING.md")).unwrap();
        let count = |dir: &str, ext: &str| {
            std::fs::read_dir(root.join(dir))
                .unwrap()
                .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == ext))
                .count()
        };
        let bad = count("tests/fixtures/bad", "yaml");
        let cases = count("tests/compile-fail/cases", "rs") + count("macros/tests/ui", "rs");
        let checked = status_registry_codegen::embedded().expect("the embedded registry is valid");
        let vendors = status_registry_codegen::render::colliding_vendors(checked).len();
        let combinations = vendors + vendors * (vendors - 1) / 2;
        for said in [
            format!("{bad} hostile files in `tests/fixtures/bad/`"),
            format!("{cases} trybuild cases"),
            format!("all {combinations} combinations of up to two of the {vendors} vendors whose codes collide"),
        ] {
            assert!(readme.contains(&said), "TESTING.md should say `{said}`");
        }
    }

    /// The checked-in copies are what the generator makes of `registry.yaml` today (the runtime's
    /// rows for builds without the proc-macro, the feature lists, the vendor tables, the standalone
    /// snapshot) and the files crates share are the files they copy (the model crate's registry,
    /// the runtime files the model crate and codegen carry).
    #[test]
    fn every_generated_file_is_current() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let (text, checked) = super::registry(&root).expect("the registry is valid");
        let files = super::files(&root, &text, &checked).expect("every file generates");
        assert_eq!(files.len(), 7 + super::copies::COPIES.len());
        let stale: Vec<&str> = files.iter().filter(|f| !f.is_current()).map(|f| f.shown).collect();
        assert!(
            stale.is_empty(),
            "out of date with registry.yaml: {stale:?}; run `cargo run -p status-registry-regen`"
        );
    }

    #[test]
    fn the_vendors_whose_codes_collide() {
        let checked = status_registry_codegen::embedded().expect("the embedded registry is valid");
        let ids: Vec<&str> =
            status_registry_codegen::render::colliding_vendors(checked).iter().map(|v| v.id.value.as_str()).collect();
        // 499 (nginx, ArcGIS, unofficial), 419 (Laravel, Smoothwall), 420 (Twitter, Spring), 530
        // (Cloudflare, Shopify, Pantheon). Apache and cPanel share one 509 meaning: no collision.
        assert_eq!(
            ids,
            [
                "nginx",
                "cloudflare",
                "laravel",
                "twitter",
                "spring",
                "shopify",
                "arcgis",
                "pantheon",
                "smoothwall",
                "unofficial"
            ]
        );
    }
}
