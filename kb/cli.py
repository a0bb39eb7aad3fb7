"""The `kb` command: ingest, measures, docs, search, serve, eval. Errors are one line on stderr."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kb import settings
from kb.errors import BadQuery, IndexMissing, KBError
from kb.facets import FACETS, SORTS
from kb.files import shown

EXIT_BAD_FILES = 3


def _defaults():
    return settings.get("CORPUS"), settings.get("INDEX")


def _parser() -> argparse.ArgumentParser:
    corpus, idx = _defaults()
    p = argparse.ArgumentParser(prog="kb", description="Bay Policy KB: bilingual policy search")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("ingest", help="read the corpus and build or update the index")
    a.add_argument("--corpus", default=corpus)
    a.add_argument("--index", default=idx)
    a.add_argument("--rebuild", action="store_true")
    a.add_argument(
        "--workers",
        type=int,
        default=None,
        help="worker processes (default: one per core, at most 4)",
    )
    a.add_argument(
        "--wait", type=float, default=30.0, help="seconds to wait for another ingest to finish"
    )
    a.add_argument(
        "--max-file-mb",
        type=float,
        default=None,
        help="skip larger files with a message (default 20)",
    )
    a.add_argument(
        "--file-seconds",
        type=float,
        default=None,
        help="stop reading a file after this many seconds and report it (default 60)",
    )
    a = sub.add_parser("measures", help="every measure as one JSON object a line")
    a.add_argument("--index", default=idx)
    a.add_argument("--doc", default=None)
    a = sub.add_parser("docs", help="every document with its metadata")
    a.add_argument("--index", default=idx)
    a.add_argument("--json", action="store_true", help="one document object a line")
    a = sub.add_parser("search", help="search the index")
    a.add_argument("query", nargs="?", default="")
    for facet in FACETS:
        a.add_argument(
            f"--{facet.name}",
            action="append",
            default=[],
            metavar=facet.name.upper(),
            help="repeatable: OR within a filter, AND across filters",
        )
    a.add_argument("--from", dest="date_from", default=None, help="YYYY or YYYY-MM")
    a.add_argument("--to", dest="date_to", default=None, help="YYYY or YYYY-MM")
    a.add_argument("--limit", type=int, default=10)
    a.add_argument("--offset", type=int, default=0)
    a.add_argument("--sort", default="relevance", choices=list(SORTS))
    a.add_argument("--json", action="store_true")
    a.add_argument("--index", default=idx)
    a = sub.add_parser("serve", help="serve the web UI and JSON API")
    a.add_argument("--host", default="127.0.0.1")
    a.add_argument("--port", type=int, default=5000)
    a.add_argument("--index", default=idx)
    a.add_argument("--corpus", default=corpus)
    a.add_argument("--threads", type=int, default=8)
    a = sub.add_parser("eval", help="score tagging and search against gold files")
    a.add_argument("files", nargs="+")
    a.add_argument("--index", default=idx)
    a.add_argument("--json", action="store_true")
    a.add_argument("--misses", type=int, default=20, help="theme misses to list, worst first")
    return p


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.cmd](args)
    except (KBError, BadQuery, IndexMissing) as e:
        print(f"kb {args.cmd}: {shown(e)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kb {args.cmd}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def cmd_ingest(args) -> int:
    from kb.ingest import ingest

    limit = {"max_file_mb": args.max_file_mb} if args.max_file_mb else {}
    if args.file_seconds:
        limit["file_seconds"] = args.file_seconds
    s = ingest(
        Path(args.corpus),
        Path(args.index),
        rebuild=args.rebuild,
        workers=args.workers,
        wait=args.wait,
        **limit,
    )
    report(s)
    if s.notice:
        print(s.notice, file=sys.stderr)
    print(
        f"{s.documents} documents, {s.measures} measures "
        f"({s.added} added, {s.updated} updated, {s.unchanged} unchanged, {s.removed} removed), "
        f"{len(s.errors)} errors, {s.seconds:.1f} s",
        file=sys.stderr,
    )
    return EXIT_BAD_FILES if s.errors else 0


def report(summary) -> None:
    """One line per problem file, whatever its name holds (newlines, bytes that are not UTF-8)."""
    for kind, items in (("warning", summary.warnings), ("error", summary.errors)):
        for path, reason in items:
            print(f"{kind}: {shown(path)}: {shown(reason)}", file=sys.stderr)


def cmd_measures(args) -> int:
    from kb.search import KB

    out = sys.stdout
    for m in KB(args.index).measures(args.doc):
        out.write(json.dumps(m, ensure_ascii=False) + "\n")
    return 0


DOCS_COLUMNS = (
    ("doc_id", 28),
    ("title", 40),
    ("issuer", 28),
    ("date", 10),
    ("genre", 10),
    ("city", 10),
    ("measures", 8),
)


def cmd_docs(args) -> int:
    from kb.repair import width
    from kb.search import KB

    def cell(value, room: int) -> str:
        # every character is at least one column wide: only the first room + 1 can show, and
        # cutting those is quick however long the value (a 1 MB title took hours, cut a
        # character at a time); control characters escaped, so a value stays one line
        text = shown(("" if value is None else str(value))[: room + 1])[: room + 1]
        while width(text) > room:
            text = text[:-2] + "…"
        return text + " " * (room - width(text))

    docs = KB(args.index).document_list()
    out = sys.stdout
    if args.json:
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
        return 0
    out.write("  ".join(cell(name, room) for name, room in DOCS_COLUMNS).rstrip() + "\n")
    for d in docs:
        out.write("  ".join(cell(d.get(name), room) for name, room in DOCS_COLUMNS).rstrip() + "\n")
    out.write(f"{len(docs)} documents, {sum(d['measures'] for d in docs)} measures\n")
    return 0


def search_result(args) -> dict:
    """The search result object through the web layer's own code (kb/web/search_view.py), each
    hit's url and citation made as in a request to `$KB_BASE_URL`."""
    from kb.web import create_app
    from kb.web.present import site_root
    from kb.web.search_view import search_result

    app = create_app({"INDEX": args.index})
    with app.test_request_context(base_url=site_root(app)):
        chosen = {f.name: getattr(args, f.name) for f in FACETS}
        return search_result(
            args.query,
            args.limit,
            args.offset,
            args.sort,
            chosen,
            date_from=args.date_from,
            date_to=args.date_to,
        )


def echo(text: str = "") -> None:
    """Print each line of text escaped (kb.files.shown): a title or a paragraph holding a terminal
    escape or a control character prints it as \\x1b, never acts on the terminal."""
    print("\n".join(shown(line) for line in text.split("\n")))


def cmd_search(args) -> int:
    res = search_result(args)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    partial = res.get("partial_total", 0)
    echo(
        f"{res['total']} measures ({res['took_ms']} ms)"
        + (
            f" — no measure has every word; {partial} with some follow"
            if res["relaxed"]
            else f" with every word, then {partial} with some"
            if partial
            else ""
        )
    )
    if res.get("alternatives"):
        echo("try: " + " | ".join(f"{a['query']} ({a['total']})" for a in res["alternatives"]))
    if res.get("suggestions"):
        echo("did you mean: " + " | ".join(s["query"] for s in res["suggestions"]))
    import re

    for i, h in enumerate(res["hits"], res["offset"] + 1):
        plain = re.sub(r"</?mark>", "", h["highlight"])
        echo(
            f"\n{i}. [{h['id']}] {h['doc_title']} › {h['section'] or '—'}  ({h['kind']}, "
            f"{','.join(h['themes']) or '-'}; {','.join(h['cities']) or '-'})"
            + ("  [partial]" if h.get("partial") and not res["relaxed"] else "")
        )
        echo("   " + plain)
    return 0


def cmd_serve(args) -> int:
    from kb import index
    from kb.web.serve import serve

    if index.current_generation(Path(args.index)) is None:
        from kb.ingest import ingest

        report(ingest(Path(args.corpus), Path(args.index)))
    serve(args.host, args.port, args.index, args.corpus, threads=args.threads)
    return 0


def cmd_eval(args) -> int:
    from kb.evaluate import evaluate, render

    report = evaluate([Path(f) for f in args.files], Path(args.index))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(render(report, misses=args.misses))
    return 0


COMMANDS = {
    "ingest": cmd_ingest,
    "measures": cmd_measures,
    "docs": cmd_docs,
    "search": cmd_search,
    "serve": cmd_serve,
    "eval": cmd_eval,
}
