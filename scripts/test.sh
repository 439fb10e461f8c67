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

# The examples, run as binaries by examples/tests/run_examples.rs: explain (README's first
# command), api_enum, a server and client on 127.0.0.1, and the access-log report.
step cargo test -p status-registry-examples
