"""`python -m generator.tooling.review BASE [--markdown F] [--json F]`: review a pull request that
changes openapi.yaml or overrides/.

BASE is the git ref the pull request goes into. The review builds the client from the working
tree (into a staging directory: generated/ is never written) and reports

- the API changes the client sees, breaking entries first: BASE's committed
  generated/openapi.effective.yaml against the one the build writes (overlays applied, so a
  change of overrides/ shows, and an upstream fix of a quirk already overridden does not);
- `make spec-diff` of openapi.yaml alone against BASE, folded away below it;
- the generated change against BASE's generated/: operations added, removed and changed
  (call signature, return type, HTTP, host, auth), and the files;
- the public Python API of BASE's package against the build's (surface_diff), each change
  marked breaking, and BASE's examples/ and README code type-checked against the build: the
  user code the pull request breaks; and the release it asks for (a suggested bump);
- whether the committed generated/ is what `make generate` writes.

Exit status: 0 when generated/ is current, 1 when it is stale or the build fails, 2 when BASE
or the working tree's description cannot be read.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from generator.pipeline.build import build
from generator.pipeline.errors import BuildError
from generator.pipeline.generate import PYPROJECT  # the version the build writes
from generator.pipeline.layout import EFFECTIVE_SPEC, PACKAGE, ROOT, Layout
from generator.pipeline.write import TreeChanges, compare_trees, staging
from generator.pipeline.yaml_io import load_yaml
from generator.tooling.client_diff import CallChanges, changes_json, diff_pages
from generator.tooling.client_diff import render_markdown as render_calls
from generator.tooling.git import extract_archive
from generator.tooling.spec_diff import (
    Change,
    changelog_json,
    diff_specs,
    load_description,
    render_markdown,
    summary_line,
    write_json,
)
from generator.tooling.surface_diff import SurfaceChange, SurfaceReport, compare_packages
from generator.tooling.surface_diff import render_markdown as render_surface
from generator.tooling.surface_diff import report_json as surface_json
from generator.tooling.versioning import Suggestion, suggest

FORMAT = "altegio-devtools/pr-review/1"
STALE_LISTED = 50  # file names shown in the comment; the job log has the rest

Status = Literal["current", "stale", "build-failed"]


@dataclass(frozen=True)
class Review:
    base: str
    changes: list[Change]  # openapi.yaml alone: `make spec-diff`
    contract: list[Change] | None  # what the client implements; None when the build failed
    operations: CallChanges | None  # None when the build failed
    files: TreeChanges | None  # against BASE's generated/
    stale: TreeChanges | None  # the committed generated/ against what the build writes
    build_error: str | None
    surface: SurfaceReport | None = None  # BASE's public Python API against the build's
    release: Suggestion | None = None

    @property
    def status(self) -> Status:
        if self.build_error is not None:
            return "build-failed"
        return "stale" if self.stale and _count(self.stale) else "current"


def review(root: Path, base: str) -> Review:
    layout = Layout.of(root)
    old = load_description(base, root)
    new = load_yaml(layout.spec)
    if not isinstance(new, dict) or "openapi" not in new:
        raise BuildError(f"{layout.spec} is not an OpenAPI description (no `openapi` field)")
    changes = diff_specs(old, new)
    try:
        with staging(layout) as staged, _generated_at(base, root) as base_generated:
            build(layout, staged)
            contract = diff_specs(_effective(base_generated, old), _effective(staged, new))
            operations = diff_pages(
                _read(base_generated / "README.md"), (staged / "README.md").read_text("utf-8")
            )
            files = compare_trees(staged, base_generated)
            stale = compare_trees(staged, layout.output)
            surface = None
            if (base_generated / PACKAGE).is_dir():
                surface = compare_packages(
                    base_generated,
                    staged,
                    base=base,
                    head="this pull request",
                    root=root,
                    user_code_at=base,
                )
    except BuildError as error:
        return Review(base, changes, None, None, None, None, str(error))
    found: list[Change | SurfaceChange] = [*contract, *(surface.changes if surface else [])]
    release = suggest(PYPROJECT, found)
    return Review(
        base, changes, contract, operations, files, stale, None, surface=surface, release=release
    )


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _effective(generated: Path, fallback: dict[str, Any]) -> dict[str, Any]:
    """The contract a generated/ tree implements (the description itself when it has none)."""
    path = generated / EFFECTIVE_SPEC
    document = load_yaml(path) if path.is_file() else fallback
    return document if isinstance(document, dict) else fallback


@contextmanager
def _generated_at(ref: str, root: Path) -> Iterator[Path]:
    """generated/ as committed at `ref`, extracted into a temporary directory (an empty one
    when `ref` has no generated/)."""
    git = shutil.which("git")
    if git is None:
        raise BuildError("git is not installed to read generated/ at the base")
    with tempfile.TemporaryDirectory(prefix="review-base-") as temporary:
        target = Path(temporary)
        result = subprocess.run(
            [git, "archive", "--format=tar", ref, "--", "generated"],
            cwd=root,
            capture_output=True,
            check=False,
        )
        if result.returncode == 0:
            with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
                extract_archive(archive, target)
        elif b"did not match any files" not in result.stderr:
            reason = result.stderr.decode("utf-8", "replace").strip().splitlines() or ["?"]
            raise BuildError(f"cannot read generated/ at {ref!r}: {reason[-1]}")
        (target / "generated").mkdir(exist_ok=True)
        yield target / "generated"


def _count(changes: TreeChanges) -> int:
    return len(changes.added) + len(changes.removed) + len(changes.changed)


# --- reports -------------------------------------------------------------------------------


def render_review(report: Review) -> str:
    lines = [f"## Spec review against `{report.base}`", "", "### API changes the client sees", ""]
    if report.contract is None:
        lines.append("Not known: the build fails (below).")
    else:
        lines.append(render_markdown(report.contract, breaking_first=True, level=4).rstrip())
    lines += [
        "",
        f"<details><summary><code>make spec-diff OLD={report.base}</code>: openapi.yaml "
        f"alone, before overrides ({summary_line(report.changes).replace('**', '')})"
        "</summary>",
        "",
        render_markdown(report.changes, level=4).rstrip(),
        "",
        "</details>",
        "",
        "### Generated client: what `make generate` writes",
        "",
    ]
    if report.build_error is not None:
        lines += ["**The build fails:**", "", "```", report.build_error, "```"]
        return "\n".join(lines) + "\n"
    assert report.operations is not None and report.files is not None
    lines += ["Operations: " + render_calls(report.operations).rstrip(), ""]
    if report.surface is not None:
        lines += [render_surface(report.surface).rstrip(), ""]
    if report.release is not None:
        lines += [report.release.markdown(level=3)]
    lines += [f"Files: {_files_line(report.files)}", "", *_freshness(report)]
    return "\n".join(lines).rstrip() + "\n"


def _files_line(changes: TreeChanges) -> str:
    return (
        f"{len(changes.added)} added, {len(changes.removed)} removed, "
        f"{len(changes.changed)} changed in generated/."
    )


def _freshness(report: Review) -> list[str]:
    stale = report.stale
    assert stale is not None
    if not _count(stale):
        return ["### generated/ is current", "", "It is what `make generate` writes."]
    names = [
        *(f"- `generated/{name}` is missing" for name in stale.added),
        *(f"- `generated/{name}` should be deleted" for name in stale.removed),
        *(f"- `generated/{name}` differs" for name in stale.changed),
    ]
    shown = names[:STALE_LISTED]
    if len(names) > len(shown):
        shown.append(f"- ... and {len(names) - len(shown)} more (see the job log)")
    return [
        "### generated/ is stale",
        "",
        f"{_count(stale)} file(s) are not what `make generate` writes from this pull "
        "request's openapi.yaml and overrides/. Run `make generate` and commit generated/ in "
        'its own "Regenerate client" commit.',
        "",
        *shown,
    ]


def review_json(report: Review) -> dict[str, Any]:
    def files(changes: TreeChanges | None) -> dict[str, list[str]] | None:
        if changes is None:
            return None
        return {"added": changes.added, "removed": changes.removed, "changed": changes.changed}

    return {
        "format": FORMAT,
        "base": report.base,
        "status": report.status,
        "error": report.build_error,
        "changelog": changelog_json(report.changes),
        "contract_changelog": (
            None if report.contract is None else changelog_json(report.contract)
        ),
        "operations": changes_json(report.operations) if report.operations else None,
        "files": files(report.files),
        "stale_files": files(report.stale),
        "surface": surface_json(report.surface) if report.surface else None,
        "release": report.release.json() if report.release else None,
    }


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.tooling.review",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("base", help="the git ref the pull request goes into")
    parser.add_argument("--markdown", type=Path, help="also write the review to this file")
    parser.add_argument("--json", type=Path, help="also write the review as JSON to this file")
    args = parser.parse_args(argv)
    try:
        report = review(root, args.base)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    markdown = render_review(report)
    print(markdown, end="")
    if args.markdown is not None:
        args.markdown.write_text(markdown, encoding="utf-8")
    if args.json is not None:
        write_json(args.json, review_json(report))
    changes = report.contract if report.contract is not None else report.changes
    print(f"\n{summary_line(changes)}; generated/ is {report.status}", file=sys.stderr)
    return 0 if report.status == "current" else 1


if __name__ == "__main__":
    sys.exit(main())
