"""Issue 22: no function of the metadata extractors or the readers over 40 lines (a long function
that decides many fields at once was what made `describe` hard to change)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "kb"
LIMIT = 40


def long_functions(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > LIMIT:
                    out.append(f"{path.name}:{node.name} {lines}")
    return out


@pytest.mark.parametrize("folder", ["metadata", "readers"])
def test_no_function_over_40_lines(folder):
    assert long_functions(ROOT / folder) == []


def test_the_check_sees_a_long_function(tmp_path):
    body = "\n".join(f"    x{k} = {k}" for k in range(LIMIT))
    (tmp_path / "m.py").write_text(f"def f():\n{body}\n", encoding="utf-8")
    assert long_functions(tmp_path) == [f"m.py:f {LIMIT + 1}"]
