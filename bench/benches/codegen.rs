//! Cost of the macro's own work: loading the registry and generating tokens, without rustc.
//!
//! `cargo bench -p status-registry-bench --bench codegen`. `scripts/measure.sh` measures what the
//! compiler then spends on the output.

use divan::black_box;
use quote::quote;
use status_registry_codegen::derive::{Context, derive};
use status_registry_codegen::{EMBEDDED, builtin, load};

fn main() {
    divan::main();
}

#[divan::bench]
fn load_registry() -> usize {
    load(black_box(EMBEDDED), "registry.yaml").map_or(0, |c| c.statuses.len())
}

/// What `__builtin!()` does when the runtime compiles: the rows as text, then as tokens.
#[divan::bench]
fn builtin_rows() -> proc_macro2::TokenStream {
    let checked = status_registry_codegen::embedded().expect("the embedded registry is valid");
    builtin::rows(black_box(checked)).parse().unwrap_or_default()
}

#[divan::bench]
fn derive_sixty_variants(bencher: divan::Bencher) {
    let checked = status_registry_codegen::embedded().expect("the embedded registry is valid");
    let variants: Vec<proc_macro2::Ident> = checked
        .statuses
        .iter()
        .filter(|s| s.vendor.is_none())
        .take(60)
        .map(|s| proc_macro2::Ident::new(&s.name, proc_macro2::Span::call_site()))
        .collect();
    let input = quote!(enum Api { #( #variants, )* });
    let context = Context::default();
    bencher.bench_local(|| derive(black_box(input.clone()), &context));
}
