#!/usr/bin/env bash
# Measures compile-time cost and sizes of status-registry beside the http crate, on this machine,
# in one run. Prints a report; BENCHMARKS.md explains the method and records a run.
#
#   bash scripts/measure.sh            # 3 runs per timing, medians
#   RUNS=5 bash scripts/measure.sh
#   SECTIONS="growth service" bash scripts/measure.sh   # only some sections
#   BASE=901ba17 SECTIONS=builds bash scripts/measure.sh  # also the same builds of an older commit
#
# Sections: builds, expansion, rebuilds, tree, sizes, growth (the same measures at 109, ~450 and
# ~900 statuses, from synthetic registries), service (what a small axum service pays to add the
# crate). The clean builds (builds, service) compile status-registry as crates.io serves it: the
# workspace is packaged and given to the user crates from a directory source (see `published`).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=${RUNS:-3}
work=$(mktemp -d)
base=${BASE:-}
cleanup() {
    [ -n "$base" ] && git -C "$root" worktree remove --force "$work/base-tree" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

calc() { python3 -c "print($1)"; }
# median of the arguments
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Runs a command quietly and prints its wall time and the CPU time (user + system) of all the
# processes it waited for, rustc's among them, in seconds: "wall cpu". On a 2-core machine a
# clean build is CPU-bound, and the CPU time says how much compiling was added where the wall time
# also says where cargo's scheduler put it.
wall_and_cpu() {
    python3 -c 'import resource, subprocess, sys, time
t0 = time.monotonic()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.monotonic() - t0
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{wall:.3f} {usage.ru_utime + usage.ru_stime:.3f}")' "$@"
}

# seconds taken by a command, as the median of $runs runs; $1 is a command run before each timing
timed() {
    local prep=$1; shift
    local times=() out
    for _ in $(seq "$runs"); do
        eval "$prep"
        out=$(wall_and_cpu "$@")
        times+=("${out%% *}")
    done
    printf '%.2f' "$(median "${times[@]}")"
}

# A user crate that depends on the workspace's status-registry (or on http), outside the workspace.
new_crate() {
    local dir=$1 deps=$2
    mkdir -p "$dir/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\n%s\n\n[workspace]\n' \
        "$(basename "$dir")" "$deps" > "$dir/Cargo.toml"
}
# The crates a user of status-registry compiles, as crates.io serves them. A path dependency would
# not do for a clean build: cargo compiles path dependencies incrementally and with the workspace's
# lints, and registry dependencies never, so the measured crates are packaged (`cargo package`) and
# given to each user crate from a directory source instead.
version=$(cd "$root" && cargo metadata -q --no-deps --format-version 1 \
    | python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "status-registry"))')
published_crates="status-registry status-registry-macros status-registry-codegen status-registry-model"
# Packages the workspace at $1 into $2 (once).
package_workspace() {
    local tree=$1 into=$2
    [ -d "$into/package" ] && return
    (cd "$tree" && cargo package -q --workspace --no-verify --allow-dirty --target-dir "$into" >/dev/null)
}
# Turns a crate's path dependencies on the workspace at $2 (default: this one) into dependencies
# on its packaged crates.
published() {
    local dir=$1 tree=${2:-$root} into=${3:-$work/package}
    package_workspace "$tree" "$into"
    (cd "$dir" && cargo vendor -q vendor >/dev/null)
    for c in $published_crates; do
        tar -xzf "$into/package/$c-$version.crate" -C "$dir/vendor"
        printf '{"files":{},"package":"%s"}' "$(sha256sum "$into/package/$c-$version.crate" | cut -d' ' -f1)" \
            > "$dir/vendor/$c-$version/.cargo-checksum.json"
    done
    sed -i "s|path = \"$tree/runtime\"|version = \"=$version\"|" "$dir/Cargo.toml"
    mkdir -p "$dir/.cargo"
    printf '[source.crates-io]\nreplace-with = "vendored"\n\n[source.vendored]\ndirectory = "vendor"\n' > "$dir/.cargo/config.toml"
    rm -f "$dir/Cargo.lock"
}
ours="status-registry = { path = \"$root/runtime\" }"
ours_all="status-registry = { path = \"$root/runtime\", features = [\"all-vendors\"] }"
theirs='http = "1"'

sections=${SECTIONS:-builds expansion rebuilds tree sizes growth service}
want() { [[ " $sections " == *" $1 "* ]]; }

echo "# status-registry measurements ($(date -u +%Y-%m-%d), $(nproc) cores, $(rustc --version))"
echo

if want builds; then
echo "## Clean builds (median of $runs alternating runs, seconds)"
new_crate "$work/user-default" "$ours"; echo 'pub use status_registry::StatusCode;' > "$work/user-default/src/lib.rs"
new_crate "$work/user-all" "$ours_all"; echo 'pub use status_registry::StatusCode;' > "$work/user-all/src/lib.rs"
new_crate "$work/user-http" "$theirs"; echo 'pub use http::StatusCode;' > "$work/user-http/src/lib.rs"
# strum with its derive: another crate whose proc-macro generates enums' impls.
new_crate "$work/user-strum" 'strum = { version = "0.28", features = ["derive"] }'
echo '#[derive(strum::EnumString, strum::Display)] pub enum E { A, B }' > "$work/user-strum/src/lib.rs"
crates="default all http strum"
if [ -n "$base" ]; then
    # The same default build of an older commit, alternating with the others.
    git -C "$root" worktree add -q --detach "$work/base-tree" "$base"
    new_crate "$work/user-base" "status-registry = { path = \"$work/base-tree/runtime\" }"
    echo 'pub use status_registry::StatusCode;' > "$work/user-base/src/lib.rs"
    crates="$crates base"
fi
for c in $crates; do (cd "$work/user-$c" && cargo fetch -q); done
published "$work/user-default"; published "$work/user-all"
[ -n "$base" ] && published "$work/user-base" "$work/base-tree" "$work/package-base"
for profile in dev release; do
    flag=""; [ "$profile" = release ] && flag="--release"
    declare -A samples=() cpu=()
    for _ in $(seq "$runs"); do
        for c in $crates; do
            (cd "$work/user-$c" && rm -rf target)
            out=$(cd "$work/user-$c" && wall_and_cpu cargo build -q $flag); read -r w u <<< "$out"
            samples[$c]="${samples[$c]:-} $w"; cpu[$c]="${cpu[$c]:-} $u"
        done
    done
    d=$(median ${samples[default]}); a=$(median ${samples[all]}); h=$(median ${samples[http]}); s=$(median ${samples[strum]})
    dc=$(median ${cpu[default]}); sc=$(median ${cpu[strum]})
    echo "$profile: status-registry (default features) $(printf '%.2f' "$d") s, with all-vendors $(printf '%.2f' "$a") s, http $(printf '%.2f' "$h") s, strum with derive $(printf '%.2f' "$s") s"
    echo "$profile: ratio default/strum $(calc "round($d / $s, 2)"), default/http $(calc "round($d / $h, 2)"), all-vendors/http $(calc "round($a / $h, 2)")"
    echo "$profile: CPU time, status-registry $(printf '%.2f' "$dc") s, strum $(printf '%.2f' "$sc") s, ratio $(calc "round($dc / $sc, 2)")"
    if [ -n "$base" ]; then
        b=$(median ${samples[base]}); bc=$(median ${cpu[base]})
        echo "$profile: $base $(printf '%.2f' "$b") s (CPU $(printf '%.2f' "$bc") s); ratio this/base $(calc "round($d / $b, 3)") (CPU $(calc "round($dc / $bc, 3)"))"
    fi
    unset samples cpu
done
echo
fi

variants=$(cd "$root" && cargo run -q --bin statusreg -- list --vendor iana --format json \
    | python3 -c 'import json,sys; print(" ".join(r["name"] for r in json.load(sys.stdin)[:60]))')
mk_enum() { # $1 = derive line or empty
    echo "$1"; echo "pub enum Api {"; for v in $variants; do echo "    $v,"; done; echo "}"
}
derive_line='#[derive(status_registry::StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]'
if want expansion; then
echo "## Macro expansion (cargo check of one crate, dependencies already built; median of $runs, seconds)"
new_crate "$work/derive60" "$ours"; mk_enum "$derive_line" > "$work/derive60/src/lib.rs"
new_crate "$work/plain60" "$ours"; mk_enum '#[derive(Clone, Copy, Debug, PartialEq, Eq)]' > "$work/plain60/src/lib.rs"
(cd "$work/derive60" && cargo check -q) && (cd "$work/plain60" && cargo check -q)
with=$(cd "$work/derive60" && timed 'touch src/lib.rs' cargo check)
without=$(cd "$work/plain60" && timed 'touch src/lib.rs' cargo check)
echo "60-variant enum with the derive:    $with s"
echo "the same enum without it:           $without s"
echo "cost of the derive:                 $(calc "round(($with - $without) * 1000)") ms"
builtin=$(cd "$root" && cargo check -q -p status-registry && timed 'touch runtime/src/lib.rs' cargo check -p status-registry)
builtin_all=$(cd "$root" && cargo check -q -p status-registry --features all-vendors && timed 'touch runtime/src/lib.rs' cargo check -p status-registry --features all-vendors)
echo "cargo check of status-registry (the proc-macro emits the rows, which expand and fill the tables): $builtin s; with all-vendors: $builtin_all s"
echo
fi

if want rebuilds; then
echo "## Rebuilds (median of $runs, seconds)"
r=$(cd "$root" && cargo build -q -p status-registry && timed 'touch registry.yaml' cargo build -p status-registry)
echo "after touching registry.yaml (codegen, macros, runtime rebuild): $r s"
new_crate "$work/edit" "$ours"; mk_enum "$derive_line" > "$work/edit/src/lib.rs"
(cd "$work/edit" && cargo build -q)
flip=0
edit_enum() { # alternate between two versions of the enum so every run is a real change
    flip=$((1 - flip))
    if [ $flip = 1 ]; then sed -i 's/^    Ok,$/    #[status(200)] Fine,/' src/lib.rs; else sed -i 's/^    #\[status(200)\] Fine,$/    Ok,/' src/lib.rs; fi
}
e=$(cd "$work/edit" && timed 'edit_enum' cargo build)
echo "user crate after editing one variant of a 60-variant derived enum: $e s"
echo
fi

if want tree; then
echo "## The proc-macro's dependency tree"
(cd "$root" && cargo tree -p status-registry-macros -e normal --prefix depth)
echo
fi

bin_crate() { # $1 dir, $2 deps, $3 expression to print
    new_crate "$1" "$2"
    printf '[profile.release]\nstrip = true\n' >> "$1/Cargo.toml"
    printf 'fn main() {\n    let code: u16 = std::env::args().count() as u16 + 402;\n    println!("{}", %s);\n}\n' "$3" > "$1/src/main.rs"
    (cd "$1" && cargo build -q --release)
    stat -c %s "$1/target/release/$(basename "$1")"
}

if want sizes; then
echo "## Sizes"
new_crate "$work/sizes" "status-registry = { path = \"$root/runtime\", features = [\"all-vendors\"] }"
cat > "$work/sizes/src/main.rs" <<'RS'
#[derive(status_registry::StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Api { Ok, NotFound, #[status(other)] Other(u16) }
#[derive(status_registry::StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Closed { Ok, NotFound }
fn main() {
    use std::mem::size_of;
    println!("size_of StatusCode: {}, Option<StatusCode>: {}", size_of::<status_registry::StatusCode>(), size_of::<Option<status_registry::StatusCode>>());
    println!("size_of derived enum with catch-all: {}, without: {}, Option of it: {}", size_of::<Api>(), size_of::<Closed>(), size_of::<Option<Closed>>());
    println!("size_of http::StatusCode: 2 (a NonZeroU16)");
}
RS
(cd "$work/sizes" && cargo run -q --release)
so=$(bin_crate "$work/bin-ours" "$ours" "status_registry::StatusCode::from(code)")
sa=$(bin_crate "$work/bin-ours-all" "$ours_all" "status_registry::StatusCode::from(code)")
sh=$(bin_crate "$work/bin-http" "$theirs" "http::StatusCode::from_u16(code).unwrap()")
echo "stripped release binary printing a status: ours $so bytes, ours with all vendors $sa bytes, http $sh bytes"
fi

if want growth; then
echo "## Growth with the registry (synthetic vendor statuses at free codes; all vendors on)"
echo
echo "| statuses | cargo check after touching runtime (s) | cargo check after touching registry.yaml (s) | macro's own work, full registry (median) | phrase parse, \"Not Found\" / a miss (median) | stripped binary (bytes) |"
echo "|---|---|---|---|---|---|"
for size in real 450 all; do
    copy="$work/grow-$size"
    mkdir -p "$copy"
    # The tracked files of the working tree.
    (cd "$root" && git ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$copy"
    if [ "$size" != real ]; then
        # The proc-macro reads the copy's registry when the copy's runtime builds.
        python3 "$root/scripts/synthetic_registry.py" --statuses "$size" --registry "$root/registry.yaml" > "$copy/registry.yaml"
        # The crates embed the model crate's copy.
        cp "$copy/registry.yaml" "$copy/model/registry.yaml"
    fi
    count=$(grep -c '^  - code: ' "$copy/registry.yaml")
    (cd "$copy" && cargo check -q -p status-registry --features all-vendors)
    expand=$(cd "$copy" && timed 'touch runtime/src/lib.rs' cargo check -p status-registry --features all-vendors)
    rebuild=$(cd "$copy" && timed 'touch registry.yaml' cargo check -p status-registry --features all-vendors)
    macro=$(cd "$copy" && cargo bench -q -p status-registry-bench --bench codegen -- builtin_rows 2>/dev/null \
        | python3 -c 'import sys
for l in sys.stdin:
    if "builtin_rows" in l: print(l.split("\u2502")[2].strip()); break')
    phrases=$(cd "$copy" && cargo bench -q -p status-registry-bench --bench runtime -- parse::ours_phrase 2>/dev/null \
        | python3 -c 'import sys
found = {}
for l in sys.stdin:
    for arg in ("Not Found", "No Such Phrase"):
        if arg in l: found[arg] = l.split("\u2502")[2].strip()
print(found.get("Not Found", "?"), "/", found.get("No Such Phrase", "?"))')
    size_bytes=$(bin_crate "$copy/bin-size" "status-registry = { path = \"$copy/runtime\", features = [\"all-vendors\"] }" "status_registry::StatusCode::from(code)")
    echo "| $count | $expand | $rebuild | $macro | $phrases | $size_bytes |"
done
echo
fi

if want service; then
echo "## The cost to a small service (clean dev builds, alternating, median of $runs, seconds)"
svc_deps='axum = { version = "0.8", default-features = false, features = ["http1", "tokio", "json"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["rt-multi-thread", "macros", "net"] }'
new_crate "$work/svc-without" "$svc_deps"
new_crate "$work/svc-with" "$svc_deps
status-registry = { path = \"$root/runtime\", features = [\"http\", \"serde\", \"vendor-nginx\", \"vendor-cloudflare\"] }"
# The same service with strum's derive in place of ours: the comparison for a derive-based crate.
new_crate "$work/svc-strum" "$svc_deps
strum = { version = \"0.28\", features = [\"derive\"] }"
# The same features without `macros`: StatusCode only, no proc-macro of ours in the build.
new_crate "$work/svc-plain" "$svc_deps
status-registry = { path = \"$root/runtime\", default-features = false, features = [\"std\", \"http\", \"serde\", \"vendor-nginx\", \"vendor-cloudflare\"] }"
cat > "$work/svc-without/src/main.rs" <<'RS'
use axum::{Json, Router, extract::Path, http::StatusCode, routing::get};
use serde::Serialize;

#[derive(Serialize)]
struct Answer { code: u16, ok: bool }

async fn answer(Path(code): Path<u16>) -> (StatusCode, Json<Answer>) {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
    (status, Json(Answer { code, ok: status.is_success() }))
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/status/{code}", get(answer));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    if std::env::args().count() > 1 { axum::serve(listener, app).await.unwrap(); }
}
RS
cat > "$work/svc-with/src/main.rs" <<'RS'
use axum::{Json, Router, extract::Path, http::StatusCode, routing::get};
use serde::Serialize;
use status_registry::{Status, StatusRegistry};

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(http, serde)]
enum Api { Ok, NotFound, TooManyRequests, NginxClientClosedRequest, CloudflareConnectionTimedOut, #[status(other)] Other(u16) }

#[derive(Serialize)]
struct Answer { code: u16, status: Api, reason: &'static str, ok: bool }

async fn answer(Path(code): Path<u16>) -> (StatusCode, Json<Answer>) {
    let ours = status_registry::StatusCode::from(code);
    let status = StatusCode::try_from(ours).unwrap_or(StatusCode::BAD_REQUEST);
    (status, Json(Answer { code, status: Api::from(code), reason: ours.reason(), ok: ours.is_success() }))
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/status/{code}", get(answer));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    if std::env::args().count() > 1 { axum::serve(listener, app).await.unwrap(); }
}
RS
cat > "$work/svc-strum/src/main.rs" <<'RS'
use axum::{Json, Router, extract::Path, http::StatusCode, routing::get};
use serde::Serialize;

#[derive(Serialize, strum::Display, strum::EnumString, strum::FromRepr, Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
enum Api { Ok = 200, NotFound = 404, TooManyRequests = 429, NginxClientClosedRequest = 499, CloudflareConnectionTimedOut = 522 }

#[derive(Serialize)]
struct Answer { code: u16, status: Option<Api>, reason: &'static str, ok: bool }

async fn answer(Path(code): Path<u16>) -> (StatusCode, Json<Answer>) {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
    let reason = status.canonical_reason().unwrap_or("");
    (status, Json(Answer { code, status: Api::from_repr(code), reason, ok: status.is_success() }))
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/status/{code}", get(answer));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    if std::env::args().count() > 1 { axum::serve(listener, app).await.unwrap(); }
}
RS
cat > "$work/svc-plain/src/main.rs" <<'RS'
use axum::{Json, Router, extract::Path, http::StatusCode, routing::get};
use serde::Serialize;
use status_registry::Status;

#[derive(Serialize)]
struct Answer { code: u16, status: status_registry::StatusCode, reason: &'static str, ok: bool }

async fn answer(Path(code): Path<u16>) -> (StatusCode, Json<Answer>) {
    let ours = status_registry::StatusCode::from(code);
    let status = StatusCode::try_from(ours).unwrap_or(StatusCode::BAD_REQUEST);
    (status, Json(Answer { code, status: ours, reason: ours.reason(), ok: ours.is_success() }))
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/status/{code}", get(answer));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    if std::env::args().count() > 1 { axum::serve(listener, app).await.unwrap(); }
}
RS
published "$work/svc-with"; published "$work/svc-plain"
for variant in without with strum plain; do (cd "$work/svc-$variant" && cargo build -q); done
without_times=(); with_times=(); strum_times=(); plain_times=()
declare -A svc_cpu=()
for _ in $(seq "$runs"); do
    for variant in without with strum plain; do
        (cd "$work/svc-$variant" && rm -rf target)
        out=$(cd "$work/svc-$variant" && wall_and_cpu cargo build -q); read -r t u <<< "$out"
        svc_cpu[$variant]="${svc_cpu[$variant]:-} $u"
        case $variant in
            with) with_times+=("$t") ;;
            plain) plain_times+=("$t") ;;
            strum) strum_times+=("$t") ;;
            *) without_times+=("$t") ;;
        esac
    done
done
sw=$(median "${without_times[@]}"); sh2=$(median "${with_times[@]}"); sp=$(median "${plain_times[@]}")
ss=$(median "${strum_times[@]}")
cw=$(median ${svc_cpu[without]}); cwith=$(median ${svc_cpu[with]}); cs=$(median ${svc_cpu[strum]}); cp=$(median ${svc_cpu[plain]})
echo "axum + serde + tokio service:                    $(printf '%.2f' "$sw") s  (runs: ${without_times[*]})"
echo "with status-registry (http, serde, nginx, cloudflare, a derived enum): $(printf '%.2f' "$sh2") s  (runs: ${with_times[*]})"
echo "  added: $(calc "round($sh2 - $sw, 2)") s, $(calc "round(($sh2 - $sw) * 100 / $sw, 1)") %"
echo "with strum 0.28 (derive: Display, EnumString, FromRepr): $(printf '%.2f' "$ss") s  (runs: ${strum_times[*]})"
echo "  added: $(calc "round($ss - $sw, 2)") s; ours added $(calc "round(($sh2 - $sw) / ($ss - $sw), 2)")x what strum adds"
echo "with status-registry without macros (StatusCode only): $(printf '%.2f' "$sp") s  (runs: ${plain_times[*]})"
echo "  added: $(calc "round($sp - $sw, 2)") s, $(calc "round(($sp - $sw) * 100 / $sw, 1)") %"
echo "CPU time (medians): without $(printf '%.2f' "$cw") s; added by status-registry $(calc "round($cwith - $cw, 2)") s, by strum $(calc "round($cs - $cw, 2)") s ($(calc "round(($cwith - $cw) / ($cs - $cw), 2)")x), by status-registry without macros $(calc "round($cp - $cw, 2)") s"
echo
fi
