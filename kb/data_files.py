"""Loads the editable data files under kb/data once and caches them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import tomllib

DATA = Path(__file__).parent / "data"


@cache
def toml(name: str) -> dict:
    with open(DATA / name, "rb") as f:
        return tomllib.load(f)


def path(name: str) -> Path:
    return DATA / name


def words(name: str) -> list[str]:
    """The words of a word-list file, several to a line; `#` starts a comment (whole line or
    after the words) whose words are not part of the list."""
    out: list[str] = []
    for line in path(name).read_text("utf-8").splitlines():
        out.extend(line.split("#", 1)[0].split())
    return out
