"""Our Whoosh analyzer: jieba words numbered by word (not by character), so phrase search works."""

from __future__ import annotations

from whoosh.analysis import Token, Tokenizer

from kb.chinese import Tok, tokens


class Tokenized(str):
    """A text that carries the index tokens already made for it (by the ingest worker, for
    tagging), so that the analyzer uses them instead of segmenting the text a second time."""

    def __new__(cls, text: str, toks: tuple[Tok, ...]):
        self = super().__new__(cls, text)
        self.tokens = toks
        return self


class KBTokenizer(Tokenizer):
    """Emits the project's index tokens; shorter words inside a long one share its position."""

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        toks = value.tokens if isinstance(value, Tokenized) else tokens(value)
        for tok in toks:
            if mode == "query" and tok.sub:
                continue
            t.text = tok.text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = tok.text
            if positions:
                t.pos = start_pos + tok.pos
            if chars:
                t.startchar = start_char + tok.start
                t.endchar = start_char + tok.end
            yield t


def analyzer() -> KBTokenizer:
    return KBTokenizer()
