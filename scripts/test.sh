#!/usr/bin/env bash
# Runs every test of the workspace, once per feature configuration that behaves differently.
#
# Cargo unifies features across the packages it builds together, so the configurations are run
# package by package: a `cargo test --workspace` would switch every vendor on for every test.
set -euo pipefail
cd "$(dirname "$0")/.."

step() {
    printf '\n==> %s\n' "$*"
    "$@"
}

step cargo test -p status-registry-codegen
step cargo test -p status-registry-macros
step cargo test -p statusreg
step cargo test -p status-registry --no-default-features
step cargo test -p status-registry --no-default-features --features serde
step cargo test -p status-registry
step cargo test -p status-registry --all-features
step env STATUS_REGISTRY_EXPECT_VENDORS=none cargo test -p status-registry-tests
step env STATUS_REGISTRY_EXPECT_VENDORS=all cargo test -p status-registry-tests --features all-vendors

# The example in README's first command must keep working and keep showing every meaning.
printf '\n==> cargo run --example explain -- 499 530\n'
out=$(cargo run -q -p status-registry-examples --example explain -- 499 530)
for expected in NginxClientClosedRequest ArcGisTokenRequired UnofficialForbiddenByAntivirus \
    CloudflareOriginUnavailable ShopifyOriginDnsError PantheonSiteIsFrozen; do
    if ! grep -q "StatusCode::$expected" <<<"$out"; then
        echo "explain example: missing $expected in its output" >&2
        exit 1
    fi
done
if cargo run -q -p status-registry-examples --example explain -- "no such phrase" 2>/dev/null; then
    echo "explain example: an unknown phrase must fail" >&2
    exit 1
fi
printf '\n==> cargo run --example api_enum -- 503 799\n'
out=$(cargo run -q -p status-registry-examples --example api_enum -- 503 799)
for expected in "503 Down for maintenance" "wait as Retry-After says" "799 " "unexpected for this API"; do
    if ! grep -qF "$expected" <<<"$out"; then
        echo "api_enum example: missing \"$expected\" in its output" >&2
        exit 1
    fi
done
echo "examples: 3 passed, 0 failed"
