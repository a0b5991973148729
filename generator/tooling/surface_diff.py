"""`python -m generator.tooling.surface_diff [BASE] [HEAD] [--markdown F] [--json F]`: the
public-API diff of the built package between two versions, each change marked breaking or not
for a Python caller (docs/releasing.md says what counts as breaking).

BASE and HEAD are git refs (their committed generated/) or directories holding the package
(default: HEAD against the working tree's generated/). With --user-code, BASE's examples/ and
the Python blocks of its README.md and docs/pypi.md are type-checked (mypy --strict) against
HEAD's package: the user code the change breaks.

Exit status: 1 when something is breaking (0 with --report-only), 2 when a side cannot be read.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Literal

from generator.pipeline.errors import BuildError
from generator.pipeline.layout import PACKAGE, ROOT
from generator.tooling.git import extract_archive
from generator.tooling.surface import Entry, Parameter, Surface, load_surface
from generator.tooling.user_code import UserCode, check_user_code, render_code_errors

FORMAT = "altegio-devtools/surface-diff/1"

ChangeKind = Literal["added", "removed", "renamed", "changed"]


@dataclass(frozen=True)
class SurfaceChange:
    path: str  # the dotted path a caller writes, e.g. altegio_devtools.models.Call.id
    kind: str  # what the object is (was, when removed): class, function, attribute, ...
    change: ChangeKind
    message: str
    breaking: bool
    #: The other paths where the same change is (the async client, `with_raw_response`, the
    #: operation's module functions...): one line for what is one change to a reader.
    also: tuple[str, ...] = ()


# --- comparing two surfaces ----------------------------------------------------------------


def diff_surfaces(old: Surface, new: Surface) -> list[SurfaceChange]:
    """Every change from `old` to `new`: a removed or added object once, at its top (a removed
    class, not each of its methods), a removed object paired with an added one of the same
    shape as a rename, and the changes of each object both have."""
    removed = _tops(old.keys() - new.keys())
    added = _tops(new.keys() - old.keys())
    changes: list[SurfaceChange] = []
    for before, after in _renames(removed, added, old, new):
        removed.discard(before)
        added.discard(after)
        name = after.rpartition(".")[2]
        changes.append(
            SurfaceChange(before, old[before].kind, "renamed", f"renamed to `{name}`", True)
        )
    changes += [SurfaceChange(p, old[p].kind, "removed", "removed", True) for p in removed]
    changes += [SurfaceChange(p, new[p].kind, "added", "added", False) for p in added]
    for path in sorted(old.keys() & new.keys()):
        changes += _changed(path, _deref(old, path), _deref(new, path))
    return _grouped(changes, {**old, **new})


def _grouped(changes: list[SurfaceChange], surface: Surface) -> list[SurfaceChange]:
    """One change per group of equal changes to objects of one name; the shortest path stands
    for the group. A module-level function is named by its module (`api.x.list_cities.sync`
    is `list_cities`, like `client.x.list_cities`)."""

    def name(path: str) -> str:
        parent, _, last = path.rpartition(".")
        owner = surface.get(parent)
        if owner is not None and owner.kind == "module" and "." in parent:
            return parent.rpartition(".")[2]
        return last

    groups: dict[tuple[str, str, str, bool, str], list[SurfaceChange]] = {}
    for change in changes:
        key = (change.kind, change.change, change.message, change.breaking, name(change.path))
        groups.setdefault(key, []).append(change)
    found = []
    for members in groups.values():
        first, *rest = sorted(members, key=lambda c: (c.path.count("."), c.path))
        found.append(replace(first, also=tuple(sorted(c.path for c in rest))))
    return sorted(found, key=lambda c: (not c.breaking, c.path, c.message))


def _tops(paths: set[str]) -> set[str]:
    """The paths whose parent is not itself in `paths`."""
    return {path for path in paths if path.rpartition(".")[0] not in paths}


def _parent(path: str) -> str:
    return path.rpartition(".")[0]


def _renames(
    removed: set[str], added: set[str], old: Surface, new: Surface
) -> Iterator[tuple[str, str]]:
    """A removed and an added object under one parent, of one kind and shape, each the only
    candidate of the other."""
    for before in sorted(removed):
        candidates = [
            after
            for after in added
            if _parent(after) == _parent(before)
            and old[before].kind != "module"
            and old[before].signature == new[after].signature
        ]
        if len(candidates) != 1:
            continue
        (after,) = candidates
        rivals = [
            other
            for other in removed
            if _parent(other) == _parent(after) and old[other].signature == new[after].signature
        ]
        if rivals == [before]:
            yield before, after


def _deref(surface: Surface, path: str) -> Entry:
    """The entry that describes what `path` names (a re-export names another path's object)."""
    entry = surface[path]
    seen = {path}
    while entry.kind == "alias" and entry.target in surface and entry.target not in seen:
        seen.add(entry.target)
        entry = surface[entry.target]
    return entry


def _changed(path: str, old: Entry, new: Entry) -> list[SurfaceChange]:
    def change(message: str, breaking: bool, kind: str = new.kind) -> SurfaceChange:
        return SurfaceChange(path, kind, "changed", message, breaking)

    if old.kind != new.kind:
        if "alias" in (old.kind, new.kind):
            return []  # now found at another path: that path's entry has the changes
        return [change(f"was a {old.kind}, now a {new.kind}", True)]
    found: list[SurfaceChange] = []
    if old.kind == "class":
        for base in sorted(set(old.bases) - set(new.bases)):
            found.append(change(f"no longer derives from `{base}`", True))
        for base in sorted(set(new.bases) - set(old.bases)):
            found.append(change(f"now also derives from `{base}`", False))
    elif old.kind == "function":
        if old.annotation != new.annotation:
            narrowed = _types(new.annotation) <= _types(old.annotation)
            found.append(
                change(f"return type {_was_now(old.annotation, new.annotation)}", not narrowed)
            )
        found += [
            change(message, breaking, "parameter")
            for message, breaking in _parameter_changes(old.parameters, new.parameters)
        ]
    elif old.kind in ("attribute", "property"):
        if old.annotation != new.annotation:
            # A property is only read: a narrower type breaks nobody. An attribute (a model
            # field) is also written and passed to the constructor: any change can break.
            safe = old.kind == "property" and _types(new.annotation) <= _types(old.annotation)
            found.append(change(f"type {_was_now(old.annotation, new.annotation)}", not safe))
        if old.default is not None and new.default is None:
            found.append(change("lost its default: the constructor now requires it", True))
        elif old.default is None and new.default is not None:
            found.append(change(f"got a default (`{new.default}`)", False))
    return found


def _parameter_changes(
    old: tuple[Parameter, ...], new: tuple[Parameter, ...]
) -> Iterator[tuple[str, bool]]:
    before = {p.name: p for p in old}
    after = {p.name: p for p in new}
    gone = [p for name, p in before.items() if name not in after]
    came = [p for name, p in after.items() if name not in before]
    for lost in list(gone):
        same = [
            p
            for p in came
            if (p.kind, p.annotation, p.default) == (lost.kind, lost.annotation, lost.default)
        ]
        if len(same) == 1:
            gone.remove(lost)
            came.remove(same[0])
            yield f"parameter `{lost.name}` renamed to `{same[0].name}`", True
    for lost in gone:
        yield f"parameter `{lost.name}` removed", True
    for new_parameter in came:
        required = new_parameter.default is None and not new_parameter.kind.startswith("variadic")
        what = "required" if required else "optional"
        yield f"parameter `{new_parameter.name}` added ({what})", required
    for name in before.keys() & after.keys():
        yield from _parameter_change(before[name], after[name])


def _parameter_change(old: Parameter, new: Parameter) -> Iterator[tuple[str, bool]]:
    label = f"parameter `{old.name}`"
    if old.kind != new.kind:
        # Keyword-only → positional-or-keyword (or positional-only → either) breaks no call.
        widened = new.kind == "positional or keyword"
        yield f"{label} {_was_now(old.kind, new.kind, 'kind')}", not widened
    elif old.position != new.position:
        yield f"{label} moved from position {old.position} to {new.position}", True
    if old.annotation != new.annotation:
        widened = _types(old.annotation) <= _types(new.annotation)
        yield f"{label} type {_was_now(old.annotation, new.annotation)}", not widened
    if old.default is not None and new.default is None:
        yield f"{label} is now required", True
    elif old.default is None and new.default is not None:
        yield f"{label} is now optional (default `{new.default}`)", False
    elif old.default != new.default:
        yield f"{label} default {_was_now(old.default, new.default)}", False


def _was_now(old: str | None, new: str | None, what: str = "") -> str:
    lead = f"{what} " if what else ""
    return f"{lead}changed: `{old}` → `{new}`"


def _types(annotation: str | None) -> frozenset[str]:
    """The members of a top-level union (`int | Unset` → {int, Unset}), spaces dropped."""
    if annotation is None:
        return frozenset({"None"})
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in annotation:
        depth += (char in "[(") - (char in "])")
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return frozenset(part.replace(" ", "") for part in parts)


# --- reading a side ------------------------------------------------------------------------


@contextmanager
def package_at(side: str, root: Path = ROOT) -> Iterator[Path]:
    """A directory holding the package: `side` itself when it is one (a generated/ tree),
    else the generated/ committed at the git ref `side`, extracted into a temporary one."""
    directory = Path(side)
    if directory.is_dir():
        if not (directory / PACKAGE).is_dir():
            raise BuildError(f"{side} holds no {PACKAGE} package")
        yield directory
        return
    with tempfile.TemporaryDirectory(prefix="surface-") as temporary:
        target = Path(temporary)
        _extract(_git_archive(side, "generated", root), target)
        if not (target / "generated" / PACKAGE).is_dir():
            raise BuildError(f"{side} has no generated/{PACKAGE}")
        yield target / "generated"


def _git_archive(ref: str, path: str, root: Path) -> bytes:
    git = shutil.which("git")
    if git is None:
        raise BuildError("git is not installed")
    result = subprocess.run(
        [git, "archive", "--format=tar", ref, "--", path],
        cwd=root,
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines() or ["?"]
        raise BuildError(f"cannot read {path} at {ref!r}: {reason[-1]}")
    return result.stdout


def _extract(archive: bytes, target: Path) -> None:
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        extract_archive(tar, target)


# --- reports -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SurfaceReport:
    base: str
    head: str
    changes: list[SurfaceChange]
    user_code: UserCode | None  # None: not checked

    @property
    def breaking(self) -> int:
        return sum(change.breaking for change in self.changes)


def compare_packages(
    base_package: Path,
    head_package: Path,
    *,
    base: str,
    head: str,
    root: Path = ROOT,
    user_code_at: str | None = None,
) -> SurfaceReport:
    """The diff between two directories holding the package (`base` and `head` name them in
    the report); with `user_code_at` (a git ref, or a directory for the working tree), that
    version's examples/ and README code type-checked against the head package."""
    old = load_surface(base_package, PACKAGE)
    new = load_surface(head_package, PACKAGE)
    errors = None
    if user_code_at is not None:
        errors = check_user_code(base_package, head_package, user_code_at, root)
    return SurfaceReport(base, head, diff_surfaces(old, new), errors)


def surface_report(
    base: str, head: str | None = None, root: Path = ROOT, user_code: bool = False
) -> SurfaceReport:
    """The diff between `base` and `head` (default: the working tree's generated/)."""
    head_side = head or str(root / "generated")
    with package_at(base, root) as base_package, package_at(head_side, root) as head_package:
        return compare_packages(
            base_package,
            head_package,
            base=base,
            head=head or "the working tree",
            root=root,
            user_code_at=base if user_code else None,
        )


def summary_line(changes: list[SurfaceChange]) -> str:
    breaking = sum(change.breaking for change in changes)
    other = len(changes) - breaking

    def count(number: int, noun: str) -> str:
        return f"{number} {noun}{'' if number == 1 else 's'}"

    head = f"**{count(breaking, 'breaking change')}**" if breaking else "No breaking changes"
    return f"{head}, {count(other, 'other change')}"


def describe(change: SurfaceChange) -> str:
    """`path` (kind): message, and where else the same change is."""
    text = f"`{change.path}` ({change.kind}): {change.message}"
    if change.also:
        shown = ", ".join(f"`{path}`" for path in change.also[:3])
        more = f" and {len(change.also) - 3} more" if len(change.also) > 3 else ""
        text += f" (also {shown}{more})"
    return text


def render_markdown(report: SurfaceReport, level: int = 3) -> str:
    heading = "#" * level
    lines = [f"{heading} Public Python API: `{report.base}` → {report.head}", ""]
    if not report.changes:
        lines.append("No changes to the public API.")
    else:
        lines.append(summary_line(report.changes))
        for title, breaking in (("Breaking", True), ("Not breaking", False)):
            group = [change for change in report.changes if change.breaking is breaking]
            if group:
                lines += ["", f"{heading}# {title}", ""]
                lines += [f"- {describe(change)}" for change in group]
    if report.user_code is not None:
        lines += ["", render_code_errors(report.user_code, level + 1).rstrip()]
    return "\n".join(lines) + "\n"


def report_json(report: SurfaceReport) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "base": report.base,
        "head": report.head,
        "breaking": report.breaking,
        "other": len(report.changes) - report.breaking,
        "changes": [asdict(change) for change in report.changes],
        "user_code": None if report.user_code is None else asdict(report.user_code),
    }


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.tooling.surface_diff",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("base", nargs="?", default="HEAD", help="git ref or directory")
    parser.add_argument("head", nargs="?", help="git ref or directory (default: generated/)")
    parser.add_argument(
        "--user-code",
        action="store_true",
        help="type-check BASE's examples/ and README code against HEAD",
    )
    parser.add_argument("--report-only", action="store_true", help="exit 0 even when breaking")
    parser.add_argument("--markdown", type=Path, help="also write the Markdown to this file")
    parser.add_argument("--json", type=Path, help="also write the diff as JSON to this file")
    args = parser.parse_args(argv)
    try:
        report = surface_report(args.base, args.head, root, user_code=args.user_code)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    markdown = render_markdown(report)
    print(markdown, end="")
    if args.markdown is not None:
        args.markdown.write_text(markdown, encoding="utf-8")
    if args.json is not None:
        text = json.dumps(report_json(report), indent=2, ensure_ascii=False)
        args.json.write_text(text + "\n", encoding="utf-8")
    broken = report.breaking or (report.user_code and report.user_code.errors)
    return 1 if broken and not args.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
