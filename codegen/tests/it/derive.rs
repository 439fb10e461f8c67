//! The derive and `status!` at the token level: errors that depend on the file system, and the
//! generated code, pinned as formatted snapshots.

use std::path::Path;

use quote::quote;
use status_registry_codegen::derive::{Context, derive, try_derive};
use status_registry_codegen::load;
use status_registry_codegen::status;

fn context(dir: &Path) -> Context {
    Context { manifest_dir: Some(dir.to_path_buf()) }
}

/// `tokens` as `status!` emits a vendor's code: the runtime's gate for the vendor, the variant when
/// the runtime has it, and the error naming the feature when it does not.
fn gated(gate: &str, variant: &str, message: &str) -> String {
    let gate = proc_macro2::Ident::new(gate, proc_macro2::Span::call_site());
    let variant = proc_macro2::Ident::new(variant, proc_macro2::Span::call_site());
    quote!(::status_registry::#gate! { { ::status_registry::StatusCode::#variant } else { ::core::compile_error!(#message) } })
        .to_string()
}

/// The messages of every `compile_error!` in `tokens`, in order, wherever they are nested.
fn errors(tokens: &proc_macro2::TokenStream) -> Vec<String> {
    use proc_macro2::TokenTree;
    let mut found = Vec::new();
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                if let Some(TokenTree::Group(group)) = trees.get(i + 2) {
                    let message: syn::LitStr = syn::parse2(group.stream()).unwrap();
                    found.push(message.value());
                }
            }
            TokenTree::Group(group) => found.extend(errors(&group.stream())),
            _ => {}
        }
    }
    found
}

/// A directory of the test's own, removed when the guard drops.
fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("status-registry-codegen-{name}-")).tempdir().unwrap()
}

#[test]
fn a_missing_extension_file_names_the_resolved_path() {
    let dir_guard = temp_dir("missing");
    let dir = dir_guard.path();
    let out = derive(
        quote! {
            #[status_registry(extend = "nowhere/codes.yaml")]
            enum Api { Ok }
        },
        &context(dir),
    );
    let errs = errors(&out);
    assert_eq!(errs.len(), 1, "{errs:?}");
    let resolved = dir.join("nowhere/codes.yaml");
    assert!(errs[0].starts_with(&format!("cannot read the extension file `{}`", resolved.display())), "{errs:?}");
}

#[test]
fn a_non_utf8_extension_file_is_refused_with_its_position() {
    let dir_guard = temp_dir("latin1");
    let dir = dir_guard.path();
    std::fs::write(dir.join("codes.yaml"), b"statuses:\n  - code: 790\n    reason: Caf\xe9\n").unwrap();
    let out = derive(
        quote! {
            #[status_registry(extend = "codes.yaml")]
            enum Api { Ok }
        },
        &context(dir),
    );
    assert_eq!(errors(&out), ["codes.yaml:3:16: the file is not UTF-8; save it as UTF-8"]);
}

#[test]
fn extension_file_errors_carry_the_file_name_and_position() {
    let dir_guard = temp_dir("bad");
    let dir = dir_guard.path();
    std::fs::write(dir.join("codes.yaml"), "vendors:\n  - id: mine\n    name: Mine\nstatuses: []\n").unwrap();
    let out = derive(
        quote! {
            #[status_registry(extend = "codes.yaml")]
            enum Api { Ok }
        },
        &context(dir),
    );
    assert_eq!(
        errors(&out),
        ["codes.yaml:2:5: an extension file cannot declare vendors; its codes are your own, so drop `vendors:`"]
    );
}

#[test]
fn a_bare_code_means_the_same_whatever_the_vendors() {
    // No vendor is known to the macro: the answer is the same in every build.
    let ambiguous = "status code 499 has no IANA meaning and several vendor meanings: `nginx` Client Closed Request \
                     (nginx), `arcgis` Token Required (ArcGIS Server), `unofficial` Request has been forbidden by \
                     antivirus (Unofficial conventions); name the vendor, as in `status!(nginx 499)`";
    assert_eq!(errors(&status(quote!(499))), [ambiguous]);
    assert_eq!(
        status(quote!(451)).to_string(),
        quote!(::status_registry::StatusCode::UnavailableForLegalReasons).to_string()
    );
    assert_eq!(
        status(quote!(arcgis 499)).to_string(),
        gated(
            "__vendor_arcgis",
            "ArcGisTokenRequired",
            "499 is an ArcGIS Server code; enable feature `vendor-arcgis` of status-registry"
        )
    );
    assert_eq!(
        status(quote!(nginx 499)).to_string(),
        gated(
            "__vendor_nginx",
            "NginxClientClosedRequest",
            "499 is an nginx code; enable feature `vendor-nginx` of status-registry"
        )
    );
    assert_eq!(
        status(quote!(522)).to_string(),
        gated(
            "__vendor_cloudflare",
            "CloudflareConnectionTimedOut",
            "522 is a Cloudflare code; enable feature `vendor-cloudflare` of status-registry"
        )
    );
}

#[test]
fn status_takes_the_crate_path_it_is_given() {
    assert_eq!(
        status(quote!(crate::reexport::sr; 404)).to_string(),
        quote!(crate::reexport::sr::StatusCode::NotFound).to_string()
    );
    assert!(
        status(quote!(crate::reexport::sr; 522))
            .to_string()
            .starts_with("crate :: reexport :: sr :: __vendor_cloudflare !")
    );
}

#[test]
fn status_literals_are_plain_decimal_codes() {
    let cases = [
        (quote!(404u8), "a status code takes no suffix but `u16`; write `404` instead of `404u8`"),
        (quote!(0x194), "write the status code as a plain decimal number: `404` instead of `0x194`"),
        (quote!(4_04), "write the status code as a plain decimal number: `404` instead of `4_04`"),
        (
            quote!(x),
            "`x` is not a status code; write the code as a plain number, as in `status!(404)`, or a vendor id and \
             a code, as in `status!(nginx 499)`",
        ),
        (quote!(-1), "a status code is not negative; write a number from 000 to 999"),
        (quote!("404"), "write the code as a number, not a string: `status!(404)`"),
        (quote!(1000), "status code 1000 is outside 0..=999; HTTP status codes have three digits"),
    ];
    for (input, message) in cases {
        assert_eq!(errors(&status(input.clone())), [message], "{input}");
    }
    assert_eq!(status(quote!(404u16)).to_string(), quote!(::status_registry::StatusCode::NotFound).to_string());
    assert_eq!(
        status(quote!(000)).to_string(),
        gated(
            "__vendor_aws_elb",
            "AwsElbNoResponseStatus",
            "000 is an AWS Elastic Load Balancing code; enable feature `vendor-aws-elb` of status-registry"
        )
    );
}

#[test]
fn try_derive_returns_every_problem_as_a_value() {
    let dir_guard = temp_dir("try");
    let dir = dir_guard.path();
    let error = try_derive(
        quote! {
            enum Api {
                NotFund,
                #[status(499)]
                Closed,
                #[status(503, reason = " Padded ")]
                Padded,
                #[status(502, reason = "Not Found")]
                Hijack,
            }
        },
        &context(dir),
    )
    .unwrap_err();
    let messages: Vec<String> = error.into_iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert_eq!(messages[0], "no status named `NotFund`; did you mean `NotFound` (404)?");
    assert!(messages[1].starts_with("status code 499 has no IANA meaning"), "{messages:?}");
    assert!(messages[1].ends_with("as in `#[status(499, vendor = \"nginx\")]`"), "{messages:?}");
    assert_eq!(messages[2], "the reason of `Padded` has a space at its start or end; write \"Padded\"");
    assert_eq!(
        messages[3],
        "the reason \"Not Found\" of `Hijack` is the registry's phrase for 404; `502 Not Found` would not parse \
         back to it, so choose other words"
    );
    assert!(
        try_derive(
            quote!(
                enum Fine {
                    Ok,
                    NotFound,
                }
            ),
            &context(dir)
        )
        .is_ok()
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
    status_registry_codegen::render::pretty(tokens).unwrap()
}

#[test]
fn derived_code_snapshot() {
    let dir_guard = temp_dir("snapshot");
    let dir = dir_guard.path();
    let out = derive(
        quote! {
            enum Api {
                Ok,
                #[status(503, reason = "Down for maintenance")]
                Maintenance,
                #[status(other)]
                Other(NonMember<Self>),
            }
        },
        &context(dir),
    );
    snapshot("derive.rs", &pretty(out));
}

#[test]
fn derived_error_enum_snapshot() {
    let dir_guard = temp_dir("snapshot-errors");
    let dir = dir_guard.path();
    let out = derive(
        quote! {
            #[status_registry(axum, problem, utoipa)]
            enum AppError {
                NotFound { id: u64 },
                #[status(404, reason = "No Such User")]
                NoUser(String),
                #[status(500)]
                Database(String),
            }
        },
        &context(dir),
    );
    snapshot("derive-error-enum.rs", &pretty(out));
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
    headers:
      - {name: x-nothing, level: should, spec: \"Acme API, Section 2\"}
    description:
      en: Nothing is here.
      ja: 何もありません。
  - code: 404
    reason: Lost It
    reason_ja: 紛失
    vendor: acme
    lifecycle: deprecated
    retry: idempotent
    retry_note: Acme finds it again on a second look.
    description:
      en: Acme lost it.
      ja: Acme が紛失しました。
";
    let checked = load(source, "snapshot.yaml").unwrap();
    snapshot("builtin.rs", &status_registry_codegen::builtin::rows(&checked));
}

#[test]
fn a_renamed_or_missing_dependency_is_explained() {
    let renamed_guard = temp_dir("renamed");
    let renamed = renamed_guard.path();
    std::fs::write(
        renamed.join("Cargo.toml"),
        "[package]\nname = \"api\"\n\n[dependencies]\nsr = { package = \"status-registry\", version = \"0.2\" }\n",
    )
    .unwrap();
    let messages = |dir: &Path, input: proc_macro2::TokenStream| -> Vec<String> {
        match try_derive(input, &context(dir)) {
            Ok(_) => Vec::new(),
            Err(error) => error.into_iter().map(|e| e.to_string()).collect(),
        }
    };
    assert_eq!(
        messages(
            renamed,
            quote!(
                enum Api {
                    Ok,
                }
            )
        ),
        ["this crate depends on status-registry under the name `sr`; tell the derive with \
          `#[status_registry(crate = \"sr\")]`"]
    );
    assert!(
        messages(
            renamed,
            quote!(
                #[status_registry(crate = "sr")]
                enum Api {
                    Ok,
                }
            )
        )
        .is_empty()
    );

    let facade_guard = temp_dir("facade");

    let facade = facade_guard.path();
    std::fs::write(facade.join("Cargo.toml"), "[package]\nname = \"api\"\n\n[dependencies]\nweb-kit = \"1\"\n")
        .unwrap();
    let missing = messages(
        facade,
        quote!(
            enum Api {
                Ok,
            }
        ),
    );
    assert_eq!(missing.len(), 1);
    assert!(missing[0].contains("`#[status_registry(crate = \"path::to::status_registry\")]`"), "{missing:?}");

    let direct_guard = temp_dir("direct");

    let direct = direct_guard.path();
    std::fs::write(direct.join("Cargo.toml"), "[dependencies]\nstatus-registry = \"0.2\"\n").unwrap();
    assert!(
        messages(
            direct,
            quote!(
                enum Api {
                    Ok,
                }
            )
        )
        .is_empty()
    );
}

#[test]
fn interop_is_gated_on_the_runtime_feature() {
    let dir_guard = temp_dir("interop");
    let dir = dir_guard.path();
    let tokens = try_derive(
        quote!(
            #[status_registry(serde, http)]
            enum Api {
                Ok,
            }
        ),
        &context(dir),
    )
    .unwrap();
    // The impls, inside the runtime's gates, with the error naming the feature as the alternative.
    let messages = errors(&tokens);
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0].starts_with("`#[status_registry(http)]` needs feature `http` of status-registry"),
        "{messages:?}"
    );
    assert!(messages[0].ends_with("status-registry = { version = \"0.6\", features = [\"http\"] }"), "{messages:?}");
    assert!(
        messages[1].starts_with("`#[status_registry(serde)]` needs feature `serde` of status-registry"),
        "{messages:?}"
    );
    let tokens = tokens.to_string();
    assert!(
        tokens.contains(":: status_registry :: __if_http ! { {")
            && tokens.contains(":: status_registry :: __if_serde ! { {")
    );
    assert!(tokens.contains("Serialize for Api") && tokens.contains("http :: StatusCode"));
    let plain = try_derive(
        quote!(
            enum Api {
                Ok,
            }
        ),
        &context(dir),
    )
    .unwrap()
    .to_string();
    assert!(!plain.contains("Serialize") && !plain.contains("http ::"), "interop is opt-in per enum");
    assert!(!plain.contains("__if_") && !plain.contains("__vendor_"), "an IANA-only enum needs no gate");
}

#[test]
fn vendor_members_are_gated_on_the_runtime_feature() {
    let dir_guard = temp_dir("vendor-gate");
    let dir = dir_guard.path();
    let tokens = try_derive(
        quote!(
            enum Edge {
                Ok,
                #[status(499, vendor = "nginx")]
                Closed,
                #[status(522)]
                Timeout,
                NginxNoResponse,
            }
        ),
        &context(dir),
    )
    .unwrap();
    let messages = errors(&tokens);
    assert!(messages.contains(&"499 is an nginx code; enable feature `vendor-nginx` of status-registry".to_owned()));
    assert!(
        messages
            .contains(&"522 is a Cloudflare code; enable feature `vendor-cloudflare` of status-registry".to_owned())
    );
    assert!(
        messages.contains(
            &"`NginxNoResponse` is an nginx code (444); enable feature `vendor-nginx` of status-registry".to_owned()
        ),
        "{messages:?}"
    );
    let text = tokens.to_string();
    // The impls name the vendors' variants only inside both gates.
    let first_use = text.find("StatusCode :: NginxClientClosedRequest").unwrap();
    assert!(text[..first_use].matches(":: status_registry :: __vendor_nginx !").count() >= 2, "{text}");
    assert!(text[..first_use].contains(":: status_registry :: __vendor_cloudflare !"), "{text}");
}

/// The signatures (an `impl` header, a `fn` up to its body) inside each interop gate of `tokens`
/// (`__if_<feature>! { { on } else { off } }`), by feature: what the enum implements when the
/// runtime has the feature.
fn interop_signatures(tokens: &proc_macro2::TokenStream) -> std::collections::BTreeMap<String, Vec<String>> {
    use proc_macro2::{Delimiter, TokenTree};
    fn signatures(stream: proc_macro2::TokenStream, found: &mut Vec<String>) {
        let trees: Vec<TokenTree> = stream.into_iter().collect();
        for (i, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Ident(word) if word == "impl" || word == "fn" => {
                    let head: Vec<String> = trees[i..]
                        .iter()
                        .take_while(|t| !matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace))
                        .map(ToString::to_string)
                        .collect();
                    found.push(head.join(" "));
                }
                TokenTree::Group(group) => signatures(group.stream(), found),
                _ => {}
            }
        }
    }
    fn walk(stream: proc_macro2::TokenStream, by_feature: &mut std::collections::BTreeMap<String, Vec<String>>) {
        let trees: Vec<TokenTree> = stream.into_iter().collect();
        for (i, tree) in trees.iter().enumerate() {
            if let (TokenTree::Ident(gate), Some(TokenTree::Group(call))) = (tree, trees.get(i + 2))
                && let Some(feature) = gate.to_string().strip_prefix("__if_")
            {
                if let Some(TokenTree::Group(on)) = call.stream().into_iter().next() {
                    signatures(on.stream(), by_feature.entry(feature.to_owned()).or_default());
                }
                continue;
            }
            if let TokenTree::Group(group) = tree {
                walk(group.stream(), by_feature);
            }
        }
    }
    let mut by_feature = std::collections::BTreeMap::new();
    walk(tokens.clone(), &mut by_feature);
    by_feature.retain(|_, signatures: &mut Vec<String>| !signatures.is_empty());
    for signatures in by_feature.values_mut() {
        signatures.sort();
    }
    by_feature
}

/// After an error that has nothing to do with them, every interop asked for still has its impls
/// with the signatures they have without the error (`From`, not `TryFrom`, where the members
/// allow it), so code that uses them reports nothing more: the stubs are the generators' impls
/// without their bodies. For a fieldless enum with and without a catch-all, and an error enum.
#[test]
fn an_unrelated_error_leaves_every_interop_impl_with_its_signature() {
    let every = quote!(
        #[status_registry(http, serde, axum, actix, aide, problem, tonic, utoipa, warp, poem, poem_openapi, salvo, rocket)]
    );
    let error_enum =
        quote!(#[status_registry(axum, actix, aide, problem, tonic, utoipa, warp, poem, poem_openapi, salvo, rocket)]);
    let all = [
        "actix",
        "aide",
        "axum",
        "http",
        "poem",
        "poem_openapi",
        "problem",
        "rocket",
        "salvo",
        "serde",
        "tonic",
        "utoipa",
        "utoipa5",
        "warp",
    ];
    let web = [
        "actix",
        "aide",
        "axum",
        "poem",
        "poem_openapi",
        "problem",
        "rocket",
        "salvo",
        "tonic",
        "utoipa",
        "utoipa5",
        "warp",
    ];
    let cases = [
        (
            every.clone(),
            quote!(
                #[status(404)]
                NotFound,
                #[status(503)]
                Unavailable
            ),
            quote!(#[derive(Clone, Copy)]),
            &all[..],
        ),
        (
            every,
            quote!(
                #[status(404)]
                NotFound,
                #[status(other)]
                Other(u16)
            ),
            quote!(#[derive(Clone, Copy)]),
            &all[..],
        ),
        (
            error_enum,
            quote!(
                #[status(404)]
                Missing { id: u64 },
                #[status(500)]
                Broken(String)
            ),
            quote!(),
            &web[..],
        ),
    ];
    for (options, members, derives, features) in cases {
        let good = derive(quote!(#derives #options enum Api { #members }), &Context::default());
        let bad = derive(quote!(#derives #options enum Api { #members, #[status(4040)] Typo }), &Context::default());
        // Beside the errors a runtime without a feature would give, the one error of `Typo`.
        let (good_errors, bad_errors) = (errors(&good), errors(&bad));
        assert!(good_errors.iter().all(|e| e.contains("needs feature")), "{good_errors:?}");
        let more: Vec<&String> = bad_errors.iter().filter(|e| !good_errors.contains(e)).collect();
        assert_eq!(more.len(), 1, "{more:?}");
        assert!(more[0].contains("4040"), "{more:?}");
        let (real, stubs) = (interop_signatures(&good), interop_signatures(&bad));
        assert_eq!(real.keys().map(String::as_str).collect::<Vec<_>>(), features);
        assert_eq!(real, stubs, "the stubs after an error are not the impls");
    }
}
