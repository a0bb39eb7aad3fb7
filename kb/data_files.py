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
