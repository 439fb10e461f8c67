#!/usr/bin/env bash
# Mutation testing of the retry code: cargo-mutants over runtime/src/client/ and the header readers
# (ratelimit.rs: RateLimit and the older rate-limit fields; retry.rs and date.rs: Retry-After).
#
#   bash scripts/mutants.sh            # both passes; results in target/mutants/{unit,wire}/
#
# Pass 1 tries every mutant against the runtime's unit tests, which rebuild in seconds. Pass 2
# tries the mutants pass 1 left alive against those unit tests and the tests package's retry tests
# (the wire tests of tests/tests/it/client.rs and the property tests of Retry-After and the retry
# rule), which take about 20 s a mutant, mostly waiting on timers, so it runs two at a time.
# ARCHITECTURE.md ("Mutation testing of the retry code") lists the mutants that survive both and
# why each is equivalent. Needs cargo-mutants (`cargo install --locked cargo-mutants`) and about
# 45 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-mutants >/dev/null 2>&1; then
    cargo install --locked cargo-mutants
fi

out=target/mutants
features=reqwest-middleware,tower-retry,tracing,vendor-cloudflare
files=(-f 'runtime/src/client/*.rs' -f runtime/src/ratelimit.rs -f runtime/src/retry.rs -f runtime/src/date.rs)
mkdir -p "$out/unit" "$out/wire"

# cargo-mutants exits 2 when mutants were missed and 3 when some timed out: both are results here.
status=0
cargo mutants -p status-registry --features "$features" "${files[@]}" --timeout 60 -o "$out/unit" \
    --cargo-test-arg=--lib || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 2 ] && [ "$status" -ne 3 ]; then
    exit "$status"
fi

# The survivors of pass 1, as one regular expression of their names (any line and column, so the
# expression still finds them after an edit elsewhere in the file).
survivors=$(python3 - "$out/unit/mutants.out/missed.txt" <<'EOF'
import re, sys
names = set()
for line in open(sys.argv[1]):
    found = re.match(r'^(\S+?):\d+:\d+: (.*)$', line.strip())
    if found:
        names.add(re.escape(found.group(1)) + r':\d+:\d+: ' + re.escape(found.group(2)) + '$')
print('|'.join(sorted(names)))
EOF
)
if [ -z "$survivors" ]; then
    echo "mutants: the unit tests catch every mutant"
    exit 0
fi

status=0
cargo mutants -p status-registry --features "$features" "${files[@]}" --re "$survivors" -j 2 --timeout 180 \
    -o "$out/wire" -- -p status-registry-tests --lib --test it -- \
    client:: ratelimit:: date:: retry_after:: protocol_rules:: no_alloc:: || status=$?
echo
echo "mutants still alive (each must be listed in ARCHITECTURE.md as equivalent):"
cat "$out/wire/mutants.out/missed.txt"
if [ "$status" -ne 0 ] && [ "$status" -ne 2 ] && [ "$status" -ne 3 ]; then
    exit "$status"
fi
