"""Checks the runtime's docs as docs.rs builds them (all features, `--cfg docsrs`).

Usage: python3 scripts/check-docs.py DOC_DIR FORMS_FILE

- every feature of runtime/Cargo.toml is in the crate page's feature table;
- every attribute form the derive accepts (FORMS_FILE, one a line, from
  `cargo run -p status-registry-regen -- attribute-forms`) is on the derive's page, in code;
- no line of an example (a code block of any page) is wider than 100 columns.

Exits 1 with every problem listed.
"""

import html
import pathlib
import re
import sys

WIDTH = 100


def text_of(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def features(manifest):
    section = manifest.split("\n[features]\n", 1)[1].split("\n[", 1)[0]
    names = []
    for line in section.splitlines():
        if line.startswith("#") or " = " not in line:
            continue
        name = line.split(" = ", 1)[0].strip()
        if name != "default":
            names.append(name)
    return names


def main():
    doc_dir = pathlib.Path(sys.argv[1]) / "status_registry"
    forms = [f for f in pathlib.Path(sys.argv[2]).read_text().splitlines() if f]
    root = pathlib.Path(__file__).resolve().parent.parent
    problems = []

    index = (doc_dir / "index.html").read_text()
    cells = {text_of(c).strip() for c in re.findall(r"<td>(.*?)</td>", index, re.S)}
    for name in features((root / "runtime" / "Cargo.toml").read_text()):
        if name not in cells and f"{name} (default)" not in cells:
            problems.append(f"feature `{name}` is not in the crate page's feature table")

    derive = (doc_dir / "derive.StatusRegistry.html").read_text()
    codes = [text_of(c) for c in re.findall(r"<code>(.*?)</code>", derive, re.S)]
    for form in forms:
        if "(" in form:
            shown = any(form in code for code in codes)
        else:
            shown = any(re.match(re.escape(form) + r"($|[ =,)])", code) for code in codes)
        if not shown:
            problems.append(f"the derive's page does not show `{form}`")

    pages = 0
    for page in sorted(doc_dir.rglob("*.html")):
        pages += 1
        for block in re.findall(r"<pre[^>]*>(.*?)</pre>", page.read_text(), re.S):
            for line in text_of(block).splitlines():
                if len(line) > WIDTH:
                    shown = page.relative_to(doc_dir)
                    problems.append(f"{shown}: an example line of {len(line)} columns: {line.strip()[:60]}...")

    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"docs: {len(forms)} attribute forms on the derive's page, every feature in the table, "
          f"{pages} pages without an example line over {WIDTH} columns")


main()
