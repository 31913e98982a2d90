"""Writing a document to disk, and the cells of a spreadsheet.

Papers carry names, ID numbers and addresses, so a written file is readable by its owner only
(0600, like the database), whatever the umask. It is written beside its target under a
temporary name and moved into place when complete: a failure midway leaves no half-written
paper, and an existing file is replaced only when the caller says so.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

#: What makes a spreadsheet program read a cell as a formula (OWASP, "CSV Injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def write_private(path: str | Path, write: Callable[[BinaryIO], object], *,
                  replace: bool = True) -> Path:
    """Write a file at ``path`` through ``write(handle)``, owner-only.

    Raises :class:`FileExistsError` when ``path`` exists and ``replace`` is false (before
    anything is drawn), :class:`IsADirectoryError` when it is a folder, and the ``OSError`` of
    a missing or read-only folder."""
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if not replace and os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    # mkstemp makes the file 0600 on POSIX; the move keeps that mode on the target
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return target


def sheet_value(value: object) -> object:
    """``value`` as a spreadsheet cell that cannot run anything: text that would start a
    formula or a DDE call (``=``, ``+``, ``-``, ``@``, tab, carriage return) gets a single quote
    ``'`` in front, as OWASP recommends, so every text cell is plain text (``'=1+1`` shows as
    written, is never evaluated); characters a workbook cannot hold (control characters) are
    dropped. Numbers and dates stay as they are."""
    if not isinstance(value, str):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    return f"'{text}" if text.startswith(FORMULA_TRIGGERS) else text
