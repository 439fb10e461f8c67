#!/usr/bin/env bash
# Runs every test of the workspace, once per feature configuration that behaves differently.
#
# Cargo unifies features across the packages it builds together, so the configurations are run
# package by package: a `cargo test --workspace` would switch every vendor on for every test.
set -euo pipefail
cd "$(dirname "$0")/.."

step() {
    printf '\n==> %s\n' "$*"
    local start=$SECONDS
    "$@"
    printf '<== %ss: %s\n' "$((SECONDS - start))" "$*"
}

# The real servers of tests/tests/it/servers.rs (nginx, apache2, haproxy) are used when installed and
# replayed from their recordings when not; this script installs nothing from the distribution.
# `.ci/run` installs them (`scripts/install-servers.sh`) and sets
# STATUS_REGISTRY_LIVE_SERVERS=require, which makes a missing one fail.
# openapi-spec-validator in a virtual environment, for the example service's document.
printf '\n==> bash scripts/install-openapi-validator.sh\n'
STATUS_REGISTRY_OPENAPI_VALIDATOR=$(bash scripts/install-openapi-validator.sh)
export STATUS_REGISTRY_OPENAPI_VALIDATOR

# Every checked-in file generated from registry.yaml is current (the rows of the lean build, the
# feature lists, the vendor tables, the standalone snapshot).
step cargo test -p status-registry-regen
step cargo test -p status-registry-codegen
step cargo test -p status-registry-macros
step cargo test -p statusreg
step cargo test -p status-registry-compile-fail
# Without `macros`, what a program that only uses `StatusCode` builds: no proc-macro at all (the
# doctests show the derive, so they run in the configurations below).
step cargo test -p status-registry --no-default-features --lib
step cargo test -p status-registry --no-default-features --features macros
step cargo test -p status-registry --no-default-features --features macros,serde
step cargo test -p status-registry
step env STATUS_REGISTRY_EXPECT_VENDORS=none cargo test -p status-registry-tests
step env STATUS_REGISTRY_EXPECT_VENDORS=all cargo test -p status-registry-tests --features all-vendors

# Each vendor alone: the behaviour that depends on which vendors are on (every u16, precedence,
# presence of each vendor's codes, the API contract, the IANA oracle, the agreements of derived
# enums, whose vendor shapes compile only with their vendor), the test binary `vendor`, which
# links only what those subjects need. The compile-fail snapshots are written for the no-vendor
# build and run above.
vendors=$(sed -n 's/^vendor-\([a-z0-9-]*\) = .*/\1/p' runtime/Cargo.toml)
for vendor in $vendors; do
    step env STATUS_REGISTRY_EXPECT_VENDORS="$vendor" cargo test -q -p status-registry-tests \
        --features "vendor-$vendor" --test vendor
done

# The runtime with every feature (its unit and doc tests), and the examples, run as binaries by
# examples/tests/it/run_examples.rs (api_enum, a server and client on 127.0.0.1 for each framework,
# the access-log report) and tested on the wire: in one build, so that the frameworks both need
# are compiled once.
step cargo test -p status-registry -p status-registry-examples --all-features
