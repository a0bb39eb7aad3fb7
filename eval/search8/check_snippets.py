"""Checks this query set against an index of ../search2/docs, without searching.

    kb ingest --corpus eval/search2/docs --index /tmp/search8-s2 --rebuild --workers 1
    python eval/search5/check_snippets.py /tmp/search8-s2

The checks are those of ../search3/check_snippets.py (each snippet in exactly one paragraph, a
relevant paragraph for every query, highly relevant among relevant, every third query kept aside),
run on the files next to this one.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "search3_check", HERE.parent / "search3" / "check_snippets.py"
)
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)
check.HERE = HERE

if __name__ == "__main__":
    sys.exit(check.main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/search8-s2"))
