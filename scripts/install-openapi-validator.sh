#!/usr/bin/env bash
# Installs openapi-spec-validator (PyPI) in a virtual environment under target/, for the test that
# validates the example service's OpenAPI document, and prints the validator's path.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=target/openapi-venv
validator="$venv/bin/openapi-spec-validator"
if [ ! -x "$validator" ]; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'openapi-spec-validator>=0.7,<0.9' >&2
fi
printf '%s\n' "$(pwd)/$validator"
