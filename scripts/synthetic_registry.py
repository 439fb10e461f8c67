#!/usr/bin/env python3
"""Writes a larger registry for scale tests and growth measurements: the real registry.yaml with
synthetic vendor statuses added at codes it does not use, spread round-robin over its vendors.

    python3 scripts/synthetic_registry.py --statuses 900 > big.yaml
    python3 scripts/synthetic_registry.py --statuses all  # every free code 100..=999

--statuses is the total wanted (real entries included); `all` fills every free code. The output
is valid for `statusreg check` and builds like the real file; the real file is never changed.
"""

import argparse
import pathlib
import re
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statuses", default="all", help="total number of statuses, or `all`")
    parser.add_argument("--registry", default=str(pathlib.Path(__file__).resolve().parent.parent / "registry.yaml"))
    args = parser.parse_args()

    text = pathlib.Path(args.registry).read_text(encoding="utf-8")
    entries = re.findall(r"^  - code: (\d+)$", text, flags=re.M)
    used = {int(c) for c in entries}
    # The statuses section ends where the next top-level key (`problem_types:`, ...) starts; the
    # generated statuses go there, and the vendors are read from the section before it.
    start = text.index("\nstatuses:")
    later = re.search(r"^[a-z_]+:", text[start + 1 + len("statuses:") :], flags=re.M)
    end = start + 1 + len("statuses:") + later.start() if later else len(text)
    head, tail = text[:end].rstrip("\n"), text[end:]
    vendors = re.findall(r"^  - id: ([a-z0-9-]+)$", text[:start], flags=re.M)
    if not entries or not vendors:
        sys.exit("synthetic_registry: no statuses or vendors found in the registry")
    free = [c for c in range(100, 1000) if c not in used]
    wanted = len(free) if args.statuses == "all" else int(args.statuses) - len(entries)
    if wanted < 0 or wanted > len(free):
        sys.exit(f"synthetic_registry: --statuses must be between {len(entries)} and {len(entries) + len(free)}")

    out = [head]
    for i, code in enumerate(free[:wanted]):
        vendor = vendors[i % len(vendors)]
        out.append(
            f"""  - code: {code}
    reason: Synthetic Status {code}
    reason_ja: 合成ステータス {code}
    aliases: [Generated {code}]
    vendor: {vendor}
    spec: synthetic scale test
    lifecycle: in-use
    retry: never
    description:
      en: A generated status that fills code {code} for scale tests.
      ja: 規模の試験のためにコード {code} を埋める生成されたステータスです。"""
        )
    sys.stdout.write("\n".join(out) + "\n")
    if tail:
        sys.stdout.write("\n" + tail)


if __name__ == "__main__":
    main()
