"""What the build remembers between runs, in its state directory (.build-state/, not
committed): a result keyed by a digest of everything that decides it, one entry per kind
(the latest), written atomically so that a concurrent build reads a whole entry or none.
A failed step is never remembered: only results are.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import tempfile
from pathlib import Path


def code_digest(*modules: str) -> hashlib._Hash:
    """A SHA-256 started with the Python version and the source of `modules` (dotted names,
    not imported): the code that computes a result is part of its key."""
    digest = hashlib.sha256(f"python {sys.version}\n".encode())
    for module in modules:
        found = importlib.util.find_spec(module)
        if found is None or found.origin is None:
            raise OSError(f"no source for {module}")
        digest.update(Path(found.origin).read_bytes())
    return digest


def recall(entry: Path) -> bytes | None:
    """The remembered content of `entry` (a file named by its key), if any."""
    try:
        return entry.read_bytes()
    except OSError:
        return None


def remember(entry: Path, content: bytes) -> None:
    """Remember `content` as `entry`, forgetting the other entries of its directory (older
    keys of the same kind)."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    for older in entry.parent.iterdir():
        if older.name != entry.name and not older.name.startswith(".tmp-"):
            older.unlink(missing_ok=True)
    handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as file:
        file.write(content)
    os.replace(temporary, entry)
