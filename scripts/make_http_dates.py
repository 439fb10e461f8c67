"""Writes tests/fixtures/http-dates.tsv: instants with the three HTTP-date forms that CPython's
standard library writes for them (email.utils for IMF-fixdate, time.asctime for asctime, and
strftime for the RFC 850 form), so the Rust parser is checked against another implementation.

Run from the repository root: python3 scripts/make_http_dates.py
"""

import calendar
import email.utils
import random
import time

EDGES = [
    (1970, 1, 1, 0, 0, 0),
    (1994, 11, 6, 8, 49, 37),  # the example of RFC 9110, Section 5.6.7
    (1999, 12, 31, 23, 59, 59),
    (2000, 2, 29, 12, 0, 0),
    (2000, 3, 1, 0, 0, 0),
    (2024, 2, 29, 23, 59, 59),
    (2038, 1, 19, 3, 14, 8),
    (2100, 2, 28, 23, 59, 59),
    (2100, 3, 1, 0, 0, 0),
    (9999, 12, 31, 23, 59, 59),
]


def row(seconds):
    tm = time.gmtime(seconds)
    imf = email.utils.formatdate(seconds, usegmt=True)
    asctime = time.asctime(tm)
    rfc850 = time.strftime("%A, %d-%b-%y %H:%M:%S GMT", tm)
    return f"{seconds}\t{imf}\t{rfc850}\t{asctime}"


def main():
    rng = random.Random(9110)
    instants = [calendar.timegm(edge) for edge in EDGES]
    limit = calendar.timegm((9999, 12, 31, 23, 59, 59))
    instants += [rng.randrange(0, limit) for _ in range(2000)]
    lines = ["# seconds since 1970\tIMF-fixdate\tRFC 850\tasctime (written by CPython)"]
    lines += [row(s) for s in instants]
    with open("tests/fixtures/http-dates.tsv", "w", encoding="ascii") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
