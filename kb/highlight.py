"""Highlights for Chinese text: whole words marked, fragments cut at sentence boundaries.

Everything but the <mark> tags is escaped.
"""

from __future__ import annotations

import re

from markupsafe import escape

from kb.chinese import tokens

SENTENCE = re.compile(r"[^。！？；!?;]*[。！？；!?;]?")


def spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Character spans of the words of `text` that are among the matched terms (longest wins)."""
    found = []
    for t in tokens(text):
        if t.text in terms:
            found.append((t.start, t.end))
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    merged: list[tuple[int, int]] = []
    for s, e in found:
        if merged and s < merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
            continue
        merged.append((s, e))
    return merged


def _render(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> str:
    out, pos = [], start
    for s, e in marks:
        if s < start or e > end:
            continue
        out.append(str(escape(text[pos:s])))
        out.append("<mark>" + str(escape(text[s:e])) + "</mark>")
        pos = e
    out.append(str(escape(text[pos:end])))
    return "".join(out)


def highlight(text: str, terms: set[str], max_chars: int = 180) -> str:
    """The one or two sentences with most matches, with matches marked; '…' where text is cut."""
    marks = spans(text, terms)
    if not marks:
        cut = text[:max_chars]
        return str(escape(cut)) + ("…" if len(text) > max_chars else "")
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(text) if m.end() > m.start()]
    scored = []
    for i, (s, e) in enumerate(sentences):
        n = sum(1 for ms, me in marks if ms >= s and me <= e)
        if n:
            scored.append((n, -i, s, e))
    scored.sort(reverse=True)
    chosen, total = [], 0
    for _n, _, s, e in scored:
        if total and total + (e - s) > max_chars:
            continue
        chosen.append((s, e))
        total += e - s
        if total >= max_chars:
            break
    chosen.sort()
    parts = []
    for s, e in chosen:
        if e - s > max_chars * 1.5:  # a very long sentence: a window around its first match
            first = next(ms for ms, me in marks if ms >= s)
            s = max(s, first - max_chars // 3)
            e = min(e, s + max_chars)
        parts.append((s, e, _render(text, s, e, marks)))
    out = []
    for k, (s, _e, html) in enumerate(parts):
        if k == 0 and s > 0:
            out.append("…")
        elif k > 0 and s > parts[k - 1][1]:
            out.append("…")
        out.append(html)
    if parts and parts[-1][1] < len(text.rstrip()):
        out.append("…")
    return "".join(out)


def mark_all(text: str, terms: set[str]) -> str:
    """The whole text, escaped, with every match marked (a document page showing a query)."""
    return _render(text, 0, len(text), spans(text, terms))
