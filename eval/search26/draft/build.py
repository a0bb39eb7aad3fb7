"""Write dev/ and heldout/queries.json from the written queries and the reading judgments
(/work/main/eval/query_build.py, shared by the query sets; this copy lives outside the repository).

Snippets are cut from the middle of each judged paragraph (18 characters of Chinese, 30 of
English) and kept only when exactly one measure of the index contains them (the scorer's rule).
Usage: python draft/build.py MEASURES.jsonl (the output of `kb measures --index /tmp/s26-index`)."""
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), "/work/main/eval"]
from judgments import J  # noqa: E402
from query_build import build  # noqa: E402

build(Path(__file__).parent.parent, J, sys.argv[1])
