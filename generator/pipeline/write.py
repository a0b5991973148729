"""The write step: a build goes into a staging directory next to generated/ and replaces
generated/ only when every step succeeded, so a failed build leaves it exactly as it was;
and the comparison of a staged build with generated/."""

from __future__ import annotations

import difflib
import filecmp
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.pipeline.layout import Layout


@contextmanager
def staging(layout: Layout) -> Iterator[Path]:
    # Next to generated/ so that the final rename stays on one file system.
    parent = Path(tempfile.mkdtemp(prefix=".generate-", dir=layout.root))
    try:
        yield parent / "generated"
    finally:
        shutil.rmtree(parent, ignore_errors=True)


def install(staged: Path, layout: Layout) -> None:
    """Put a finished build in the place of generated/."""
    backup = layout.output.with_name(".generated-old")
    shutil.rmtree(backup, ignore_errors=True)
    if layout.output.exists():
        layout.output.rename(backup)
    staged.rename(layout.output)
    shutil.rmtree(backup, ignore_errors=True)


@dataclass(frozen=True)
class TreeChanges:
    added: list[str]
    removed: list[str]
    changed: list[str]


def compare_trees(new: Path, old: Path) -> TreeChanges:
    new_files = _files(new)
    old_files = _files(old) if old.exists() else set()
    both = sorted(new_files & old_files)
    return TreeChanges(
        added=sorted(new_files - old_files),
        removed=sorted(old_files - new_files),
        changed=[name for name in both if not filecmp.cmp(new / name, old / name, shallow=False)],
    )


def diff_trees(new: Path, old: Path) -> Iterator[str]:
    """One line or unified diff per file of generated/ (`old`) that the build (`new`) would
    add, delete or change."""
    changes = compare_trees(new, old)
    yield from (f"new file generated/{name}" for name in changes.added)
    yield from (f"generated/{name} would be deleted" for name in changes.removed)
    for name in changes.changed:
        yield "".join(
            difflib.unified_diff(
                (old / name).read_text(encoding="utf-8").splitlines(keepends=True),
                (new / name).read_text(encoding="utf-8").splitlines(keepends=True),
                f"generated/{name}",
                f"generated/{name} (regenerated)",
            )
        )


def _files(root: Path) -> set[str]:
    return {
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file()
        and not any(part == "__pycache__" or part.endswith(".egg-info") for part in path.parts)
    }
