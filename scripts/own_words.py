#!/usr/bin/env python3
"""Checks that the registry's descriptions and retry notes are written in our own words.

Compares every English and Japanese description and every retry note in registry.yaml (the
statuses', the problem types' and the proxy error types') with a directory of source texts
and reports each description that shares a run of 8 or more English words, or of 14 or more
Japanese characters, with any of them. Exits 1 when anything is shared.

    python3 scripts/own_words.py ../shared/seeds            # the default registry.yaml
    python3 scripts/own_words.py SOURCES_DIR --registry FILE

English is compared as lowercase words (letters, digits and apostrophes), so punctuation and case
do not hide a copied run. Japanese is compared character by character with white space and
punctuation removed.
"""

import argparse
import pathlib
import re
import sys

EN_WORDS = 8
JA_CHARS = 14

WORD = re.compile(r"[a-z0-9']+")


def words(text):
    return WORD.findall(text.lower().replace("\u2019", "'"))


def squeeze(text):
    """Japanese text without white space and punctuation, so neither hides a copied run."""
    return re.sub(r"[\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u30fb.,;:!?()\[\]\"'\-]+", "", text)


def descriptions(registry_text):
    """(entry, lang, text) for every description, read line by line from the registry layout: the
    statuses by code, the problem types and proxy error types by name."""
    code = None
    for line in registry_text.splitlines():
        m = re.match(r"\s*- code: (\d+)", line)
        if m:
            code = f"{int(m.group(1)):03}"
            continue
        m = re.match(r"  - (?:id|name): (\S+)$", line)
        if m:
            code = m.group(1)
            continue
        m = re.match(r"\s+(en|ja): (.*)$", line)
        if m and code is not None:
            yield code, m.group(1), m.group(2).strip()
        m = re.match(r"\s+retry_note: (.*)$", line)
        if m and code is not None:
            yield code, "en", m.group(1).strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=pathlib.Path, help="directory of texts to compare with")
    parser.add_argument("--registry", type=pathlib.Path, default=pathlib.Path(__file__).parent.parent / "registry.yaml")
    args = parser.parse_args()

    files = sorted(p for p in args.sources.iterdir() if p.is_file())
    if not files:
        sys.exit(f"own_words: no source texts in {args.sources}")
    en_runs, ja_text = set(), []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        ws = words(text)
        en_runs.update(tuple(ws[i : i + EN_WORDS]) for i in range(len(ws) - EN_WORDS + 1))
        ja_text.append(squeeze(text))
    ja_all = "\n".join(ja_text)

    hits = 0
    for code, lang, text in descriptions(args.registry.read_text(encoding="utf-8")):
        if lang == "en":
            ws = words(text)
            shared = [" ".join(ws[i : i + EN_WORDS]) for i in range(len(ws) - EN_WORDS + 1) if tuple(ws[i : i + EN_WORDS]) in en_runs]
        else:
            t = squeeze(text)
            shared = [t[i : i + JA_CHARS] for i in range(len(t) - JA_CHARS + 1) if t[i : i + JA_CHARS] in ja_all]
        if shared:
            hits += 1
            print(f"{code} {lang}: shares \u201c{shared[0]}\u201d ({len(shared)} runs): {text}")
    count = sum(1 for _ in descriptions(args.registry.read_text(encoding="utf-8")))
    print(f"own_words: {count} descriptions checked against {len(files)} texts; {hits} share a run", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
