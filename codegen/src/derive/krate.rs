//! Where the user's crate finds `status-registry`, for the error a derive gives when the default
//! path `::status_registry` cannot work.
//!
//! The derive cannot ask the compiler how a dependency is named, but it can read the invoking
//! crate's `Cargo.toml`. When that manifest renames the dependency, or does not list it at all (a
//! re-export, or a renamed workspace dependency), the default path would fail with an unresolved
//! path that says nothing of the fix; the derive says it instead.

/// How a manifest names `status-registry`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Dependency {
    /// As `status-registry` (or the manifest is status-registry's own): `::status_registry` works.
    Direct,
    /// Under another name: `sr = { package = "status-registry" }`.
    Renamed(String),
    /// Not at all.
    Absent,
}

const PACKAGE: &str = "status-registry";

fn unquote(key: &str) -> &str {
    key.trim().trim_matches(|c| c == '"' || c == '\'')
}

fn is_package(key: &str) -> bool {
    key == PACKAGE || key == "status_registry"
}

/// Reads `manifest` line by line: enough of TOML for dependency tables and inline tables.
pub(crate) fn dependency(manifest: &str) -> Dependency {
    let mut section = String::new();
    let mut renamed: Option<String> = None;
    for line in manifest.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            header.trim_matches(['[', ']']).trim().clone_into(&mut section);
            // `[dependencies.status-registry]`, `[target.'cfg(unix)'.dev-dependencies.status-registry]`
            if section.rsplit_once("dependencies.").is_some_and(|(_, key)| is_package(unquote(key))) {
                return Dependency::Direct;
            }
            continue;
        }
        let Some((key, value)) = line.split_once('=') else { continue };
        let key = unquote(key);
        let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
        let names_package = compact.contains("package=\"status-registry\"");
        if section == "package" && key == "name" && compact == "\"status-registry\"" {
            return Dependency::Direct;
        }
        if section.ends_with("dependencies") {
            // `status-registry = ...` or `status-registry.workspace = true`
            let dep = key.split('.').next().map_or(key, unquote);
            if is_package(dep) {
                return Dependency::Direct;
            }
            if names_package {
                renamed.get_or_insert_with(|| dep.to_owned());
            }
        } else if key == "package"
            && compact == "\"status-registry\""
            && let Some((_, dep)) = section.rsplit_once("dependencies.")
        {
            renamed.get_or_insert_with(|| unquote(dep).to_owned());
        }
    }
    renamed.map_or(Dependency::Absent, Dependency::Renamed)
}

/// The message for a manifest that does not let `::status_registry` resolve, if it does not.
pub(crate) fn problem(manifest: &str) -> Option<String> {
    match dependency(manifest) {
        Dependency::Direct => None,
        Dependency::Renamed(name) => Some(format!(
            "this crate depends on status-registry under the name `{name}`; tell the derive with \
             `#[status_registry(crate = \"{}\")]`",
            name.replace('-', "_")
        )),
        Dependency::Absent => Some(
            "this crate's Cargo.toml does not list status-registry, so `::status_registry` will not resolve; if it \
             comes through another crate or a renamed workspace dependency, write \
             `#[status_registry(crate = \"path::to::status_registry\")]`"
                .to_owned(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::{Dependency, dependency};

    #[test]
    fn manifests_are_read_for_the_dependency_name() {
        let direct = "[package]\nname = \"api\"\n\n[dependencies]\nstatus-registry = { version = \"0.2\" }\n";
        assert_eq!(dependency(direct), Dependency::Direct);
        assert_eq!(dependency("[dependencies]\nstatus-registry.workspace = true\n"), Dependency::Direct);
        assert_eq!(dependency("[dependencies.status-registry]\nversion = \"0.2\"\n"), Dependency::Direct);
        assert_eq!(dependency("[package]\nname = \"status-registry\"\n"), Dependency::Direct);
        let renamed = "[dependencies]\nsr = { package = \"status-registry\", version = \"0.2\" }\n";
        assert_eq!(dependency(renamed), Dependency::Renamed("sr".to_owned()));
        let table = "[dev-dependencies.codes]\npackage = \"status-registry\"\nversion = \"0.2\"\n";
        assert_eq!(dependency(table), Dependency::Renamed("codes".to_owned()));
        assert_eq!(dependency("[dependencies]\nfacade = \"1\"\n"), Dependency::Absent);
        assert_eq!(dependency("[dependencies]\n# status-registry = \"0.2\"\n"), Dependency::Absent);
    }
}
