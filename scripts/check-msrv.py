#!/usr/bin/env python3
"""Checks that no dependency of the library crates needs a newer Rust than their rust-version.

Walks the resolved graph from `cargo metadata --all-features` through normal and build
dependencies (what a user compiles) starting at status-registry, status-registry-macros and
status-registry-codegen, and compares each package's own `rust-version` with the workspace's.
Dev-dependencies are left out: users do not build them. Exits 1 and names every package that
needs more, 0 otherwise. `--assume VERSION` checks against VERSION instead, to see what a lower
rust-version would need.
"""

import json
import subprocess
import sys

ROOTS = ["status-registry", "status-registry-macros", "status-registry-codegen"]


def version(text):
    """'1.85' or '1.85.0' as a comparable tuple."""
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def main():
    done = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--all-features", "--locked"],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"check-msrv: cargo metadata failed:\n{done.stderr}")
    meta = json.loads(done.stdout)
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    roots = [pid for pid, p in packages.items() if p["name"] in ROOTS and pid in meta["workspace_members"]]
    if len(roots) != len(ROOTS):
        sys.exit(f"check-msrv: expected the packages {ROOTS} in the workspace")
    msrv = {packages[r]["rust_version"] for r in roots}
    if len(msrv) != 1 or None in msrv:
        sys.exit(f"check-msrv: the library crates must share one rust-version, found {sorted(map(str, msrv))}")
    msrv = msrv.pop()
    if len(sys.argv) == 3 and sys.argv[1] == "--assume":
        msrv = sys.argv[2]

    seen, stack = set(), list(roots)
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        for dep in nodes[pid]["deps"]:
            kinds = {k["kind"] for k in dep["dep_kinds"]}
            if kinds & {None, "build"}:
                stack.append(dep["pkg"])

    too_new = []
    for pid in sorted(seen, key=lambda i: packages[i]["name"]):
        package = packages[pid]
        needed = package.get("rust_version")
        if needed and version(needed) > version(msrv):
            too_new.append(f"{package['name']} {package['version']} needs Rust {needed}")
    if too_new:
        print(f"check-msrv: rust-version is {msrv}, but:", file=sys.stderr)
        for line in too_new:
            print(f"  {line}", file=sys.stderr)
        sys.exit(1)
    highest = max((packages[p].get("rust_version") or "0" for p in seen - set(roots)), key=version)
    print(f"check-msrv: {len(seen)} packages build on Rust {msrv}; the highest a dependency asks for is {highest}")


if __name__ == "__main__":
    main()
