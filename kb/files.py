"""Corpus files as an attacker or a careless user leaves them: links, pipes, devices, odd names.

Only regular files whose real location lies inside the corpus folder are read, never more than a
stated number of bytes, and never by an `open` that can block (a FIFO would hold the ingest lock
forever, a link to /dev/zero would be hashed forever). File names are bytes on Linux: a name that
is not UTF-8 gets an ASCII doc_id with a short hash, and every name is shown on one line.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

KINDS = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


def shown(text: object) -> str:
    """Text safe to print on one line: bytes that are not UTF-8 as \\xNN, control characters (C0,
    C1) and bidirectional overrides escaped."""
    s = str(text)
    try:
        s = os.fsencode(s).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that did not come from a file name
        s = s.encode("utf-8", "backslashreplace").decode("ascii")
    return re.sub(
        r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]",
        lambda m: m.group().encode("unicode_escape").decode("ascii"),
        s,
    )


def name_is_utf8(path: Path) -> bool:
    try:
        path.name.encode("utf-8")
        return True
    except UnicodeEncodeError:  # os.walk hands undecodable bytes on as lone surrogates
        return False


def safe_stem_id(stem: str) -> str:
    """A doc_id for a stem that is not UTF-8: its ASCII letters and digits plus a hash of its
    bytes."""
    raw = os.fsencode(stem)
    slug = re.sub(r"[^A-Za-z0-9_\-]+", "-", raw.decode("ascii", "replace")).strip("-")
    return f"{slug or 'doc'}-{hashlib.sha256(raw).hexdigest()[:8]}"


def inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


OUTSIDE = "lies outside the corpus (a folder on its way is a link leading out); skipped"


def real_path(fd: int, path) -> str:
    """Where an open file really is: the kernel's name for the descriptor (no race with a folder
    swapped for a link after the check), else the path resolved."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return os.path.realpath(path)


def problem(path: Path, root: Path) -> str | None:
    """Why this corpus entry must not be read, or None. `root` is the corpus folder, resolved."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return "the file disappeared while being read"
    except OSError as e:
        return f"cannot be read ({e.strerror or e})"
    if stat.S_ISLNK(info.st_mode):
        real = os.path.realpath(path)
        if not inside(real, str(root)):
            return "is a link that points outside the corpus; skipped"
        try:
            info = os.stat(path)
        except FileNotFoundError:
            return "is a broken link (its target does not exist)"
        except OSError as e:
            return f"is a link that cannot be followed ({e.strerror or e})"
    elif not inside(os.path.realpath(path), str(root)):
        return OUTSIDE
    if not stat.S_ISREG(info.st_mode):
        kind = KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
        return f"is {kind}, not a regular file; skipped"
    return None


class NotRegular(OSError):
    """The entry changed into something that is not a regular file inside the corpus."""


def read_bytes(path: Path, root: Path | None = None, limit: int | None = None) -> bytes:
    """The file's bytes, opened without blocking and checked again after opening (the entry, or a
    folder above it, may have been swapped for a link since discovery): what was opened must be a
    regular file whose real path lies in `root`. More than `limit` bytes raise NotRegular."""
    if root is not None and (reason := problem(Path(path), root)):
        raise NotRegular(reason)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(
                f"is {KINDS.get(stat.S_IFMT(info.st_mode), 'not a regular file')}, "
                "not a regular file; skipped"
            )
        if root is not None and not inside(real_path(fd, path), str(root)):
            raise NotRegular(OUTSIDE)
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read() if limit is None else f.read(limit + 1)
    finally:
        os.close(fd)
    if limit is not None and len(data) > limit:
        raise NotRegular(f"grew past {limit / 2**20:g} MB while being read")
    return data
