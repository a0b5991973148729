"""Scratch clones of this checkout, for running the documented commands as users run them.

A template is made once per test process: the checkout's files as they are on disk (tracked
and new, not ignored), committed as "Base" and tagged `base`. Each test that changes a clone
takes its own `git clone` of the template. A clone shares this checkout's `.venv` and
`node_modules` through symlinks (`make setup` in a fresh clone takes minutes); the lock files
keep their modification times, so make sees the setup as done, exactly as in this checkout.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = (".venv", "node_modules")
#: What make compares with the setup stamps: their times must be the checkout's.
STAMPED = ("requirements.lock", "pyproject.toml", "package-lock.json")
#: Who commits in a clone; no user or system git configuration applies.
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Scratch Bot",
    "GIT_AUTHOR_EMAIL": "scratch-bot@example.com",
    "GIT_COMMITTER_NAME": "Scratch Bot",
    "GIT_COMMITTER_EMAIL": "scratch-bot@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


@dataclass(frozen=True)
class Result:
    command: Sequence[str]
    returncode: int
    stdout: str
    stderr: str

    def __str__(self) -> str:
        return (
            f"$ {' '.join(self.command)}\nexit {self.returncode}\n"
            f"--- stdout\n{self.stdout[-6000:]}\n--- stderr\n{self.stderr[-6000:]}"
        )


def environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without an enclosing make's or pytest's settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "PYTHONPATH"}
        and not key.startswith(("PYTEST_", "GITHUB_", "RUNNER_"))
    }
    return {**env, **GIT_IDENTITY, "NO_COLOR": "1", **(extra or {})}


def run(
    command: Sequence[str],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = 300,
) -> Result:
    """Run a command as a user would in `cwd`; its exit status and output, never raising.
    In a clone, its own generated/ comes first on sys.path (what its own `make setup`, an
    editable install, would give it; the shared .venv's points to this checkout's)."""
    own = {"PYTHONPATH": str(cwd / "generated")} if (cwd / ".venv").is_symlink() else {}
    result = subprocess.run(
        list(command),
        cwd=cwd,
        env=environment({**own, **(env or {})}),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Result(command, result.returncode, result.stdout, result.stderr)


def git(root: Path, *args: str) -> str:
    result = run(["git", *args], root)
    assert result.returncode == 0, result
    return result.stdout


@functools.cache
def template() -> Path:
    """The checkout as it is on disk, committed once per process (see the module doc)."""
    parent = Path(tempfile.mkdtemp(prefix="altegio-scratch-"))
    atexit.register(shutil.rmtree, parent, ignore_errors=True)
    root = parent / "template"
    listed = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, root / name)
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "-m", "Base")
    git(root, "tag", "base")
    return root


def clone(destination: Path, source: Path | None = None) -> Path:
    """A fresh clone of the template (or of `source`) at `destination`, ready for make."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    git(destination.parent, "clone", "--quiet", str(source or template()), destination.name)
    return share_setup(destination)


def share_setup(destination: Path) -> Path:
    """Give a checkout this checkout's installed tools (see the module doc)."""
    stamp = ROOT / ".venv" / ".setup-done"
    stale = [name for name in STAMPED[:2] if (ROOT / name).stat().st_mtime > stamp.stat().st_mtime]
    # make would set up the shared .venv again from the clone (an editable install of it).
    assert not stale, f"{', '.join(stale)} changed since the last `make setup`: run it first"
    for name in SHARED:
        if (ROOT / name).exists():
            (destination / name).symlink_to(ROOT / name, target_is_directory=True)
    # .gitignore's `.venv/` matches a directory, not a symlink to one.
    with (destination / ".git" / "info" / "exclude").open("a", encoding="utf-8") as exclude:
        exclude.write("".join(f"/{name}\n" for name in SHARED))
    # A copy of mypy's cache, as CI would restore one: `make check` in ~5 s instead of ~70 s.
    # Another test may be running mypy here: its SQLite journals come and go, so they are not
    # copied, and a copy that races a vanishing file is dropped (mypy then builds its own).
    cache = ROOT / ".mypy_cache"
    if cache.is_dir():
        journals = shutil.ignore_patterns("*-wal", "*-shm", "*-journal")
        try:
            shutil.copytree(cache, destination / ".mypy_cache", symlinks=True, ignore=journals)
        except shutil.Error:
            shutil.rmtree(destination / ".mypy_cache", ignore_errors=True)
    for name in STAMPED:
        if (ROOT / name).exists():
            stat = (ROOT / name).stat()
            os.utime(destination / name, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    return destination
