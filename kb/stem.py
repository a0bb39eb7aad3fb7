"""English stems (Snowball's English stemmer), one function shared by the index, the queries and
the cross-language maps, so that "emissions", "emission" and "emitted" meet wherever they are
compared."""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one lower-case English word; anything not purely alphabetic is left as it is."""
    if not word.isalpha() or not word.isascii():
        return word
    return _STEMMER.stemWord(word)
