#!/usr/bin/env python3
"""Writes examples/data/access.log: a deterministic nginx "combined" log for the access_log example.

The mix imitates a busy site behind Cloudflare: mostly 200/304/404, some redirects and errors,
nginx's own 444 and 499, Cloudflare's 52x, a few unregistered codes, and about one malformed
line in a hundred (truncated lines, garbage, a status that is not a number).
Run it again to regenerate the same file: the random generator is seeded.
"""
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

random.seed(20261121)
LINES = 3000
STATUSES = [
    (200, 560), (304, 120), (404, 80), (301, 40), (302, 25), (206, 10), (204, 12), (201, 8),
    (400, 10), (401, 12), (403, 14), (405, 3), (408, 2), (410, 2), (413, 2), (418, 1), (429, 15),
    (444, 6), (499, 22), (500, 8), (502, 7), (503, 9), (504, 5), (520, 3), (521, 2), (522, 4),
    (523, 1), (524, 3), (525, 1), (526, 1), (530, 1), (799, 1), (0, 1),
]
PATHS = ["/", "/index.html", "/api/v1/items", "/api/v1/items/42", "/login", "/static/app.js",
         "/static/site.css", "/images/logo.png", "/wp-login.php", "/.env", "/search?q=status+codes",
         "/api/v1/upload", "/feed.xml", "/robots.txt", "/favicon.ico"]
METHODS = ["GET"] * 12 + ["POST", "HEAD", "PUT", "DELETE"]
AGENTS = ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
          "curl/8.5.0", "Go-http-client/1.1", "python-requests/2.32.3", "Googlebot/2.1 (+http://www.google.com/bot.html)"]
REFERERS = ["-", "-", "-", "https://example.com/", "https://www.google.com/"]


def status_line():
    codes, weights = zip(*STATUSES)
    return random.choices(codes, weights)[0]


def main():
    start = datetime(2026, 11, 20, 0, 0, 0, tzinfo=timezone.utc)
    out = []
    for i in range(LINES):
        when = (start + timedelta(seconds=i * 7 + random.randint(0, 6))).strftime("%d/%b/%Y:%H:%M:%S +0000")
        ip = f"{random.randint(1, 223)}.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}"
        status = status_line()
        size = 0 if status in (204, 304, 444, 499, 0) else random.randint(120, 48000)
        line = (f'{ip} - - [{when}] "{random.choice(METHODS)} {random.choice(PATHS)} HTTP/1.1" '
                f'{status:03d} {size} "{random.choice(REFERERS)}" "{random.choice(AGENTS)}"')
        roll = random.random()
        if roll < 0.004:
            line = line[: random.randint(10, 40)]
        elif roll < 0.007:
            line = "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03 garbage from a TLS client"
        elif roll < 0.010:
            line = line.replace(f'" {status:03d} ', '" abc ')
        out.append(line)
    Path(__file__).with_name("access.log").write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
