#!/usr/bin/env python3
"""Checks that no dependency of the library crates needs a newer Rust than their rust-version.

Walks the resolved graph from `cargo metadata --all-features` through normal and build
dependencies (what a user compiles) starting at status-registry, status-registry-macros and
status-registry-codegen, and compares each package's own `rust-version` with the workspace's.
Dev-dependencies are left out: users do not build them. Exits 1 and names every package that
needs more, 0 otherwise. `--assume VERSION` checks against VERSION instead, to see what a lower
rust-version would need.

A feature of status-registry whose documentation in runtime/Cargo.toml says it "needs Rust X.Y,
newer than this crate's" (an integration whose framework asks for more) is checked apart: the
dependencies only it brings are left out of the walk above, and what they need must be exactly
the X.Y it states, so the sentence stays true.
"""

import json
import pathlib
import re
import subprocess
import sys

NEWER = re.compile(r"needs Rust (\d+\.\d+), newer than this crate's")


def newer_features(manifest):
    """{feature: the Rust version its documentation says it needs beyond the crate's}."""
    found, doc = {}, []
    for line in manifest.read_text().splitlines():
        if line.startswith("##"):
            doc.append(line.lstrip("#").strip())
            continue
        match = re.match(r"^([a-z0-9-]+) = \[", line)
        if match:
            stated = NEWER.search(" ".join(doc))
            if stated:
                found[match.group(1)] = stated.group(1)
        doc = []
    return found

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

    runtime = next(pid for pid in roots if packages[pid]["name"] == "status-registry")
    features = packages[runtime]["features"]
    newer = newer_features(pathlib.Path(packages[runtime]["manifest_path"]))

    def deps_of(names):
        """The dependencies (by their key in the manifest) that `names` turn on, directly."""
        return {item[4:] for name in names for item in features.get(name, []) if item.startswith("dep:")}

    # The dependencies only the newer features bring, as packages.
    apart = deps_of(newer) - deps_of(set(features) - set(newer))
    by_key = {(d.get("rename") or d["name"]).replace("-", "_"): d["name"] for d in packages[runtime]["dependencies"]}
    apart_names = {by_key[key.replace("-", "_")] for key in apart}

    def walk(starts, skip_from_runtime=frozenset()):
        seen, stack = set(), list(starts)
        while stack:
            pid = stack.pop()
            if pid in seen:
                continue
            seen.add(pid)
            for dep in nodes[pid]["deps"]:
                kinds = {k["kind"] for k in dep["dep_kinds"]}
                if pid == runtime and packages[dep["pkg"]]["name"] in skip_from_runtime:
                    continue
                if kinds & {None, "build"}:
                    stack.append(dep["pkg"])
        return seen

    seen = walk(roots, apart_names)

    # Each newer feature needs exactly what it says.
    wrong = []
    for feature, stated in sorted(newer.items()):
        names = {by_key[key.replace("-", "_")] for key in deps_of([feature]) & apart}
        starts = [dep["pkg"] for dep in nodes[runtime]["deps"] if packages[dep["pkg"]]["name"] in names]
        needed = max((packages[p].get("rust_version") or "0" for p in walk(starts)), key=version)
        if version(needed) != version(stated):
            wrong.append(f"feature `{feature}` says it needs Rust {stated}; its dependencies need {needed}")
        else:
            print(f"check-msrv: feature `{feature}` needs Rust {stated}, as its documentation says")
    if wrong:
        print("check-msrv: " + "\n  ".join(wrong), file=sys.stderr)
        sys.exit(1)

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
