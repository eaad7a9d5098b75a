"""Writing fixed files so that nothing is ever lost.

The new bytes go to a temporary file in the same folder (same filesystem, so the rename is
atomic), are flushed to disk, get the original's permission bits, and replace the original
in one ``os.replace``. An interrupt (Ctrl-C) at any point leaves either the old file or the
new one, never half of either, and the temporary file is removed.
"""
from __future__ import annotations

import os
import stat


def atomic_write(path: str, data: bytes) -> None:
    """Replace ``path``'s content with ``data`` atomically, keeping its permissions."""
    import tempfile  # only runs that write pay its imports (shutil, random, compressors)

    directory = os.path.dirname(os.path.abspath(path))
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    fd, tmp = tempfile.mkstemp(prefix=".doclint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
