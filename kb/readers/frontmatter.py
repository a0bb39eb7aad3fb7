"""YAML (--- … ---) or TOML (+++ … +++) front matter at the head of a Markdown or text file."""

from __future__ import annotations

import re
import sys

import tomllib

MAX_CHARS = 16_000
FENCE = re.compile(
    r"\A\ufeff?\s*(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)\r?\n(?P=fence)[ \t]*(?:\r?\n|\Z)",
    re.S,
)
PLAIN_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$")
# Keys of front matter and the metadata field each gives.
KEYS = {
    "title": "title",
    "date": "date",
    "published": "date",
    "pubdate": "date",
    "publishdate": "date",
    "author": "authors",
    "authors": "authors",
    "creator": "authors",
    "city": "city",
    "url": "source_url",
    "source_url": "source_url",
    "link": "source_url",
    "canonical": "source_url",
    "source": "source",
    "issuer": "issuer",
    "publisher": "issuer",
    "organization": "issuer",
    "organisation": "issuer",
    "lang": "lang",
    "language": "lang",
    "number": "number",
    "genre": "genre",
    "type": "genre",
    "doc_type": "doc_type",
    "keywords": "keywords",
    "tags": "keywords",
    "description": "description",
    "permalink": "permalink",
}


def split_front_matter(text: str, path) -> tuple[dict, str]:
    """(metadata, the text after the front matter). Malformed front matter is dropped with a
    one-line warning on stderr: it is never read as the title or as a paragraph."""
    m = FENCE.match(text)
    if not m:
        return {}, text
    body, rest = m.group("body"), text[m.end() :]
    if len(body) > MAX_CHARS:
        print(f"{path}: warning: front matter over {MAX_CHARS} characters ignored", file=sys.stderr)
        return {}, rest
    try:
        if m.group("fence") == "+++":
            data = tomllib.loads(body)
        else:
            import yaml

            data = yaml.safe_load(body)
    except Exception as e:  # yaml.YAMLError, tomllib.TOMLDecodeError, odd values
        data = plain_keys(body)  # title: 丰盛控股：… (a colon YAML refuses) read line by line
        if not data:
            reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            print(f"{path}: warning: malformed front matter ignored ({reason})", file=sys.stderr)
            return {}, rest
    if not isinstance(data, dict):
        if data is not None:
            print(f"{path}: warning: front matter is not a set of keys; ignored", file=sys.stderr)
        return {}, rest
    out: dict = {}
    for key, value in data.items():
        field = KEYS.get(str(key).strip().lower())
        if isinstance(value, bool):  # published: true is Jekyll's flag, not a date
            continue
        if isinstance(value, str):
            value = value.strip().strip("\"'").strip()
        if isinstance(value, (list, tuple)):  # plain values only (YAML aliases can nest deep)
            value = [v for v in value[:50] if isinstance(v, (str, int, float)) and str(v).strip()]
        elif not isinstance(value, (str, int, float)) and not hasattr(value, "isoformat"):
            continue
        if field and value not in (None, "", []):
            out.setdefault(field, value)
    return out, rest


def plain_keys(body: str) -> dict:
    """`key: value` lines of front matter that YAML or TOML refuses; {} when a line is not one."""
    out = {}
    for line in body.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = PLAIN_KEY.match(line)
        if not m or m.group(2)[:1] in tuple("[{:&*!|>"):  # YAML syntax gone wrong, not text
            return {}
        out[m.group(1)] = m.group(2).strip().strip("\"'")
    return out
