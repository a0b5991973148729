"""`python -m generator.tooling.update_spec [SOURCE] [--markdown F] [--json F]`: take Altegio's new
description and report.

SOURCE is a path or a URL (default: the upstream bundle). The new description replaces
openapi.yaml (byte for byte), the client is rebuilt, and the report says what a reviewer
needs: the API changelog (breaking entries first), the health of every override (stale:
upstream moved its target; no longer needed: upstream fixed the quirk), what changed in the
generated client, per operation and per file, its public Python API (each change marked
breaking, and the examples/ and README code that no longer type-checks) and the suggested
release (docs/releasing.md). The report goes to standard output and, with
--markdown, to a file; --json writes it as data (see `report_json`), in every outcome.

A description identical to openapi.yaml changes nothing. A download or parse failure touches
nothing. A build failure (a stale override, a new quirk) leaves generated/ as it was, with
openapi.yaml updated so the fix can follow.
Exit status: 0 when the client was rebuilt (or the description is unchanged), 1 when it could
not be rebuilt, 2 when nothing changed because the description could not be had.
"""

from __future__ import annotations

import argparse
import copy
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import httpx

from generator.pipeline.build import Survey, build
from generator.pipeline.errors import BuildError
from generator.pipeline.generate import PYPROJECT  # the version the build writes
from generator.pipeline.layout import PACKAGE, ROOT, Layout
from generator.pipeline.names import load_names
from generator.pipeline.naming import unnamed_models
from generator.pipeline.overlay import Action, ActionResult, load_overlays, override_health
from generator.pipeline.prepare import hoist_webhook_payloads
from generator.pipeline.write import TreeChanges, compare_trees, install, staging
from generator.pipeline.yaml_io import parse_yaml
from generator.tooling.client_diff import CallChanges, changes_json, diff_pages
from generator.tooling.client_diff import render_markdown as render_calls
from generator.tooling.spec_diff import (
    Change,
    changelog_json,
    diff_specs,
    render_markdown,
    write_json,
)
from generator.tooling.surface_diff import SurfaceChange, SurfaceReport, compare_packages
from generator.tooling.surface_diff import render_markdown as render_surface
from generator.tooling.surface_diff import report_json as surface_json
from generator.tooling.versioning import Suggestion, suggest

UPSTREAM = "https://developer.alteg.io/_bundle/en/developers/openapi.yaml"
FORMAT = "altegio-devtools/spec-update/1"
OPERATIONS_PAGE = "README.md"  # in generated/: every operation's Python call

Status = Literal["rebuilt", "unchanged", "build-failed", "unavailable"]


@dataclass(frozen=True)
class Report:
    source: str
    changes: list[Change]
    health: list[ActionResult]
    generated: TreeChanges | None
    build_error: str | None
    operations: CallChanges | None = None
    spec_changed: bool = True
    surface: SurfaceReport | None = None  # the public Python API, old client → new build
    release: Suggestion | None = None  # from the API changelog and the surface diff
    naming: tuple[str, ...] = ()
    """Stale or missing names (overrides/names.yaml), each with a suggestion where one is
    missing: all of them, also when the build stopped at the first problem."""

    @property
    def status(self) -> Status:
        if not self.spec_changed:
            return "unchanged"
        return "build-failed" if self.build_error is not None else "rebuilt"

    @property
    def stale(self) -> list[ActionResult]:
        return [result for result in self.health if result.matched == 0]

    @property
    def unneeded(self) -> list[ActionResult]:
        return [result for result in self.health if result.matched and not result.changed]


def fetch(source: str) -> bytes:
    """The description at a URL or path, byte for byte."""
    if source.startswith(("http://", "https://")):
        try:
            response = httpx.get(source, timeout=30, follow_redirects=True)
            response.raise_for_status()
        except httpx.HTTPError as error:
            raise BuildError(f"cannot download {source}: {error}") from error
        return response.content
    try:
        return Path(source).read_bytes()
    except OSError as error:
        raise BuildError(f"cannot read {source}: {error.strerror}") from error


def effective(spec: dict[str, Any], actions: list[Action]) -> dict[str, Any]:
    """The spec as the client sees it: overlays applied (what applies) and webhooks hoisted."""
    patched = copy.deepcopy(spec)
    override_health(patched, actions)
    hoist_webhook_payloads(patched)
    return patched


def update_spec(layout: Layout, source: str) -> Report:
    content = fetch(source)
    try:
        new = parse_yaml(content.decode("utf-8"), source)
    except UnicodeDecodeError as error:
        raise BuildError(f"{source} is not UTF-8 text: {error}") from error
    if not isinstance(new, dict) or "openapi" not in new:
        raise BuildError(f"{source} is not an OpenAPI description (no `openapi` field)")
    old_content = layout.spec.read_bytes()
    old: dict[str, Any] = parse_yaml(old_content.decode("utf-8"), layout.spec.name)
    actions = load_overlays(layout.overrides / "overlays")
    health = override_health(copy.deepcopy(new), actions)
    if content == old_content:
        return Report(source, [], health, None, None, spec_changed=False)
    # The changelog compares what the client implements: a quirk upstream fixed the same
    # way the overlay did is no change (override health reports the action instead).
    changes = diff_specs(effective(old, actions), effective(new, actions))
    layout.spec.write_bytes(content)
    generated, operations, build_error, surface, naming = None, None, None, None, []
    try:
        with staging(layout) as staged:
            build(layout, staged)
            generated = compare_trees(staged, layout.output)
            operations = diff_pages(
                _read_if_exists(layout.output / OPERATIONS_PAGE),
                (staged / OPERATIONS_PAGE).read_text(encoding="utf-8"),
            )
            surface = _surface(layout, staged)
            names = load_names(layout.overrides / "names.yaml")
            models = unnamed_models(staged / PACKAGE, layout.output / PACKAGE, names)
            naming = [model.message() for model in models]
            install(staged, layout)
    except BuildError as error:
        build_error = str(error)
        naming = survey(layout)
    release = None
    if build_error is None:
        found: list[Change | SurfaceChange] = [*changes, *(surface.changes if surface else [])]
        release = suggest(PYPROJECT, found)
    return Report(
        source,
        changes,
        health,
        generated,
        build_error,
        operations,
        surface=surface,
        release=release,
        naming=tuple(naming),
    )


def survey(layout: Layout) -> list[str]:
    """After a failed build: every name problem at once, found by a build that goes on past
    stale overrides and names (generated/ is not touched). Empty when that build fails too
    (the build error says why)."""
    found = Survey()
    try:
        with staging(layout) as staged:
            build(layout, staged, found)
            models = unnamed_models(staged / PACKAGE, layout.output / PACKAGE, found.names)
    except BuildError:
        return found.problems
    return found.problems + [model.message() for model in models]


def _surface(layout: Layout, staged: Path) -> SurfaceReport | None:
    """The committed client's public API against the new build's, and the working tree's
    examples/ and README code type-checked against the new build (None without a client)."""
    if not (layout.output / PACKAGE).is_dir():
        return None
    return compare_packages(
        layout.output,
        staged,
        base="the committed client",
        head="the new build",
        root=layout.root,
        user_code_at=str(layout.output),
    )


def _read_if_exists(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def render_report(report: Report) -> str:
    lines = [f"# Spec update from {report.source}", ""]
    if not report.spec_changed:
        lines.append("openapi.yaml is already this description: nothing to update.")
        return "\n".join(lines) + "\n"
    lines += ["## API changes (overlays applied)", ""]
    lines += [render_markdown(report.changes, breaking_first=True).rstrip(), ""]
    lines += ["## Override health", "", *_health_lines(report), ""]
    lines += ["## Names (overrides/names.yaml)", "", *_naming_lines(report), ""]
    lines += ["## Generated client", ""]
    if report.build_error is not None:
        lines += [
            "The build failed; generated/ is unchanged:",
            "",
            "```",
            report.build_error,
            "```",
        ]
    if report.operations is not None:
        lines += ["### Operations", "", render_calls(report.operations).rstrip(), ""]
    if report.surface is not None:
        lines += [render_surface(report.surface).rstrip(), ""]
    if report.generated is not None:
        lines += ["### Files", "", *_file_lines(report.generated), ""]
    if report.release is not None:
        lines += [report.release.markdown()]
    return "\n".join(lines).rstrip() + "\n"


def _health_lines(report: Report) -> list[str]:
    if not report.stale and not report.unneeded:
        return [f"All {len(report.health)} overlay actions still apply and still change the spec."]
    lines = []
    for result in report.stale:
        lines.append(
            f"- **stale** {result.action.label}: matches nothing. {result.action.description}"
        )
    for result in report.unneeded:
        lines.append(
            f"- **no longer needed** {result.action.label}: changes nothing (upstream fixed it; "
            f"delete the action). {result.action.description}"
        )
    return lines


def _naming_lines(report: Report) -> list[str]:
    if not report.naming:
        return ["Every operation and every new public model has a chosen name."]
    return [f"- {problem}" for problem in report.naming]


def _file_lines(changes: TreeChanges) -> list[str]:
    """A count line, and the list folded away: it can be long, and the operations say more."""
    lines = [
        f"{len(changes.added)} added, {len(changes.removed)} removed, "
        f"{len(changes.changed)} changed in generated/."
    ]
    groups = {"added": changes.added, "removed": changes.removed, "changed": changes.changed}
    listed = [f"- {label}: `generated/{name}`" for label, names in groups.items() for name in names]
    if listed:
        lines += ["", "<details><summary>Files</summary>", "", *listed, "", "</details>"]
    return lines


def report_json(report: Report) -> dict[str, Any]:
    """The report as data, for the workflows (and anyone else): see README."""
    generated = None
    if report.generated is not None:
        files = report.generated
        generated = {
            "files": {"added": files.added, "removed": files.removed, "changed": files.changed},
            "operations": changes_json(report.operations) if report.operations else None,
        }
    return {
        "format": FORMAT,
        "source": report.source,
        "status": report.status,
        "error": report.build_error,
        "changelog": changelog_json(report.changes),
        "override_health": {
            "actions": len(report.health),
            "stale": [_action_json(result.action) for result in report.stale],
            "no_longer_needed": [_action_json(result.action) for result in report.unneeded],
        },
        "names": list(report.naming),
        "generated": generated,
        "surface": surface_json(report.surface) if report.surface else None,
        "release": report.release.json() if report.release else None,
    }


def _action_json(action: Action) -> dict[str, Any]:
    return {
        "label": action.label,
        "source": action.source,
        "index": action.index,
        "target": action.target,
        "description": action.description,
    }


def unavailable_json(source: str, error: str) -> dict[str, Any]:
    """The report when the description could not be had: nothing else is known."""
    return {"format": FORMAT, "source": source, "status": "unavailable", "error": error}


def render_unavailable(source: str, error: str) -> str:
    return (
        f"# Spec update from {source}\n\n"
        f"The description could not be had; openapi.yaml and generated/ are unchanged:\n\n"
        f"```\n{error}\n```\n"
    )


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.tooling.update_spec",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("source", nargs="?", default=UPSTREAM, help="a path or URL")
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    parser.add_argument("--json", type=Path, help="also write the report as JSON to this file")
    args = parser.parse_args(argv)
    try:
        report = update_spec(Layout.of(root), args.source)
    except BuildError as error:
        print(f"error: {error}; openapi.yaml and generated/ are unchanged", file=sys.stderr)
        _write(
            args,
            render_unavailable(args.source, str(error)),
            unavailable_json(args.source, str(error)),
        )
        return 2
    markdown = render_report(report)
    print(markdown)
    _write(args, markdown, report_json(report))
    return 1 if report.build_error else 0


def _write(args: argparse.Namespace, markdown: str, document: dict[str, Any]) -> None:
    if args.markdown is not None:
        args.markdown.write_text(markdown, encoding="utf-8")
    if args.json is not None:
        write_json(args.json, document)


if __name__ == "__main__":
    sys.exit(main())
