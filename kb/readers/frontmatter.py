"""YAML (--- … ---) or TOML (+++ … +++) front matter at the head of a Markdown or text file."""

from __future__ import annotations

import re
import sys
from functools import cache

import tomllib

from kb import data_files
from kb.model import GENRES

MAX_CHARS = 16_000
FENCE = re.compile(
    r"\A\ufeff?\s*(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)\r?\n(?P=fence)[ \t]*(?:\r?\n|\Z)",
    re.S,
)
PLAIN_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$")
# Keys of front matter (lower case, without _ and -) and the metadata field each gives; where two
# keys give one field, the one listed first wins (genre before category before Hugo's type).
KEYS = {
    "title": "title",
    "date": "date",
    "published": "date",
    "pubdate": "date",
    "publishdate": "date",
    "publisheddatetime": "date",
    "datepublished": "date",
    "publishedat": "date",
    "createtime": "date",  # a WeChat export's, after any date of publication
    "created": "date",
    "createdat": "date",
    "author": "authors",
    "authors": "authors",
    "creator": "authors",
    "city": "city",
    "sourceurl": "source_url",
    "originalurl": "source_url",
    "canonicalurl": "source_url",
    "url": "source_url",
    "link": "source_url",
    "canonical": "source_url",
    "source": "source",
    "issuer": "issuer",
    "publisher": "issuer",
    "provider": "issuer",
    "organization": "issuer",
    "organisation": "issuer",
    "lang": "lang",
    "language": "lang",
    "number": "number",
    "genre": "genre",
    "category": "genre",
    "categories": "genre",
    "type": "genre",
    "doctype": "doc_type",
    "keywords": "keywords",
    "tags": "keywords",
    "description": "description",
    "excerpt": "description",
    "summary": "description",
    "abstract": "description",
    "permalink": "permalink",
}
RANK = {key: k for k, key in enumerate(KEYS)}


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
        data = tomllib.loads(body) if m.group("fence") == "+++" else yaml_of(body)
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
    return fields_of(data), rest


def yaml_of(body: str):
    """YAML front matter; where a value cannot be built (a timestamp YAML refuses, such as Hugo's
    `lastmod: 2020-16-08T17:33:09Z`), every timestamp is read as written, so that one bad value
    loses only itself (the date steps check each date)."""
    import yaml

    try:
        return yaml.safe_load(body)
    except yaml.constructor.ConstructorError:  # !!python/unicode 'x' of a Python 2 export
        return yaml.load(body, Loader=tags_as_plain())  # noqa: S506 (a SafeLoader)
    except ValueError:
        return yaml.load(body, Loader=timestamps_as_text())  # noqa: S506 (a SafeLoader)


@cache
def tags_as_plain():
    """A SafeLoader that reads a value under a tag it cannot build (`!!python/unicode 'x'`,
    written by Python 2's yaml.dump) as the plain value it tags; nothing is ever constructed."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def plain(loader, suffix, node):
        if isinstance(node, yaml.ScalarNode):
            return loader.construct_scalar(node)
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node)
        return loader.construct_mapping(node)

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", plain)
    Loader.add_multi_constructor("!", plain)
    return Loader


@cache
def timestamps_as_text():
    """A SafeLoader that leaves timestamps as strings."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def key_of(key) -> str:
    """A front-matter key as KEYS lists it: publishedDateTime, original_url, doc-type."""
    return re.sub(r"[_-]", "", str(key).strip().lower())


def fields_of(data: dict) -> dict:
    """Metadata fields of parsed front matter, each from the first key of KEYS that gives a value
    (published: true is Jekyll's flag, not a date; an empty string or list says nothing)."""
    out: dict = {}
    for key, value in sorted(data.items(), key=lambda kv: RANK.get(key_of(kv[0]), len(RANK))):
        field = KEYS.get(key_of(key))
        value = plain_value(value)
        if field == "genre":
            value = genre_value(value)
        if field and value not in (None, "", []):
            out.setdefault(field, value)
    return out


def plain_value(value):
    """A value as metadata takes it: a string stripped of quotes, a list of plain values, a date;
    a table by its name (provider: {name: South China Morning Post}); None for anything else."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value.strip().strip("\"'").strip()
    if isinstance(value, (list, tuple)):  # plain values only (YAML aliases can nest deep)
        return [v for v in value[:50] if isinstance(v, (str, int, float)) and str(v).strip()]
    return value if isinstance(value, (int, float)) or hasattr(value, "isoformat") else None


def genre_value(value) -> str | None:
    """A genre of CONTRACT among a category or type (news, [news, tech]), or the genre of a
    section a paper or blog files its pieces under (travel, opinion: an article); None for a
    layout's name (post, page)."""
    values = [str(v).lower() for v in (value if isinstance(value, list) else [value])]
    sections = data_files.toml("metadata.toml")["front_matter"]["sections"]
    found = [v for v in values if v in GENRES] + [g for v in values if (g := sections.get(v))]
    return found[0] if found else None


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


def summary_text(front: dict) -> str:
    """The summary front matter gives (excerpt, description, summary, abstract): the text of a post
    whose body is empty, such as a Jekyll news item that keeps its article elsewhere."""
    value = front.get("description")
    return value.strip() if isinstance(value, str) else ""
