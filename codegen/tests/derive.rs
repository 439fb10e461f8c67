//! The derive and `status!` at the token level: errors that depend on the file system, and the
//! generated code, pinned as formatted snapshots.

use std::path::{Path, PathBuf};

use quote::quote;
use status_registry_codegen::derive::{Context, derive};
use status_registry_codegen::expand::expand_builtin;
use status_registry_codegen::literal::status;
use status_registry_codegen::load;

fn context(dir: &Path) -> Context {
    Context {
        enabled_vendors: vec!["nginx".to_owned()],
        manifest_dir: Some(dir.to_path_buf()),
        http: false,
        serde: false,
    }
}

/// The messages of every `compile_error!` in `tokens`.
fn errors(tokens: &proc_macro2::TokenStream) -> Vec<String> {
    let text = tokens.to_string();
    text.split("compile_error !")
        .skip(1)
        .map(|part| {
            let start = part.find('"').unwrap() + 1;
            let end = part[start..].find("\" }").or_else(|| part[start..].find("\")")).unwrap() + start;
            part[start..end].to_owned()
        })
        .collect()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("status-registry-codegen-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_missing_extension_file_names_the_resolved_path() {
    let dir = temp_dir("missing");
    let out = derive(
        quote! {
            #[status_registry(extend = "nowhere/codes.yaml")]
            enum Api { Ok }
        },
        &context(&dir),
    );
    let errs = errors(&out);
    assert_eq!(errs.len(), 1, "{errs:?}");
    let resolved = dir.join("nowhere/codes.yaml");
    assert!(errs[0].starts_with(&format!("cannot read the extension file `{}`", resolved.display())), "{errs:?}");
}

#[test]
fn a_non_utf8_extension_file_is_refused_with_its_position() {
    let dir = temp_dir("latin1");
    std::fs::write(dir.join("codes.yaml"), b"statuses:\n  - code: 790\n    reason: Caf\xe9\n").unwrap();
    let out = derive(
        quote! {
            #[status_registry(extend = "codes.yaml")]
            enum Api { Ok }
        },
        &context(&dir),
    );
    assert_eq!(errors(&out), ["codes.yaml:3:16: the file is not UTF-8; save it as UTF-8"]);
}

#[test]
fn extension_file_errors_carry_the_file_name_and_position() {
    let dir = temp_dir("bad");
    std::fs::write(dir.join("codes.yaml"), "vendors:\n  - id: mine\n    name: Mine\nstatuses: []\n").unwrap();
    let out = derive(
        quote! {
            #[status_registry(extend = "codes.yaml")]
            enum Api { Ok }
        },
        &context(&dir),
    );
    assert_eq!(
        errors(&out),
        ["codes.yaml:2:5: an extension file cannot declare vendors; its codes are your own, so drop `vendors:`"]
    );
}

#[test]
fn enabled_vendors_decide_what_a_shared_code_means() {
    let dir = temp_dir("vendors");
    assert_eq!(
        status(quote!(499), &context(&dir).enabled_vendors).to_string(),
        quote!(::status_registry::StatusCode::NginxClientClosedRequest).to_string()
    );
    let arcgis = vec!["arcgis".to_owned()];
    assert_eq!(
        status(quote!(499), &arcgis).to_string(),
        quote!(::status_registry::StatusCode::ArcGisTokenRequired).to_string()
    );
    let none: Vec<String> = Vec::new();
    assert_eq!(
        errors(&status(quote!(499), &none)),
        [
            "499 is a code of nginx, ArcGIS Server, Unofficial conventions; enable one of the features `vendor-nginx`, `vendor-arcgis`, `vendor-unofficial` of status-registry"
        ]
    );
    assert_eq!(
        status(quote!(451), &none).to_string(),
        quote!(::status_registry::StatusCode::UnavailableForLegalReasons).to_string()
    );
}

/// Compares `actual` with the snapshot file, or rewrites it when `UPDATE_SNAPSHOTS` is set.
fn snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(expected == actual, "{name} changed; rerun with UPDATE_SNAPSHOTS=1 and review the diff\n{actual}");
}

fn pretty(tokens: proc_macro2::TokenStream) -> String {
    prettyplease::unparse(&syn::parse2::<syn::File>(tokens).unwrap())
}

#[test]
fn derived_code_snapshot() {
    let dir = temp_dir("snapshot");
    let out = derive(
        quote! {
            enum Api {
                Ok,
                #[status(503, reason = "Down for maintenance")]
                Maintenance,
                #[status(other)]
                Other(u16),
            }
        },
        &context(&dir),
    );
    snapshot("derive.rs", &pretty(out));
}

#[test]
fn builtin_code_snapshot() {
    let source = "
vendors:
  - id: acme
    name: Acme
statuses:
  - code: 404
    reason: Not Found
    reason_ja: 未検出
    spec: RFC 9110, Section 15.5.5
    lifecycle: registered
    cacheable: true
    retry: never
    description:
      en: Nothing is here.
      ja: 何もありません。
  - code: 404
    reason: Lost It
    reason_ja: 紛失
    vendor: acme
    lifecycle: deprecated
    retry: idempotent
    description:
      en: Acme lost it.
      ja: Acme が紛失しました。
";
    let checked = load(source, "snapshot.yaml").unwrap();
    snapshot("builtin.rs", &pretty(expand_builtin(&checked)));
}
