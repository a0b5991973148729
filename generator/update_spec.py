"""`python -m generator.update_spec [SOURCE]`: take Altegio's new description and report.

SOURCE is a path or a URL (default: the upstream bundle). The new description replaces
openapi.yaml (byte for byte), the client is rebuilt, and the report says what a reviewer
needs: the API changelog, the health of every override (stale: upstream moved its target;
no longer needed: upstream fixed the quirk) and what changed in generated/.

A download or parse failure touches nothing. A build failure (a stale override, a new
quirk) leaves generated/ as it was, with openapi.yaml updated so the fix can follow.
Exit status: 0 when the client was rebuilt, 1 when it could not be, 2 when nothing changed
because the description could not be had.
"""

from __future__ import annotations

import argparse
import copy
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from generator.build import Layout, TreeChanges, build, compare_trees, install, staging
from generator.errors import BuildError
from generator.overlay import Action, ActionResult, load_overlays, override_health
from generator.spec import hoist_webhook_payloads
from generator.spec_diff import Change, diff_specs, render_markdown
from generator.yaml_io import parse_yaml

UPSTREAM = "https://developer.alteg.io/_bundle/en/developers/openapi.yaml"
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Report:
    source: str
    changes: list[Change]
    health: list[ActionResult]
    generated: TreeChanges | None
    build_error: str | None

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
    old: dict[str, Any] = parse_yaml(layout.spec.read_text(encoding="utf-8"), layout.spec.name)
    actions = load_overlays(layout.overrides / "overlays")
    health = override_health(copy.deepcopy(new), actions)
    # The changelog compares what the client implements: a quirk upstream fixed the same
    # way the overlay did is no change (override health reports the action instead).
    changes = diff_specs(effective(old, actions), effective(new, actions))
    layout.spec.write_bytes(content)
    generated, build_error = None, None
    try:
        with staging(layout) as staged:
            build(layout, staged)
            generated = compare_trees(staged, layout.output)
            install(staged, layout)
    except BuildError as error:
        build_error = str(error)
    return Report(source, changes, health, generated, build_error)


def render_report(report: Report) -> str:
    lines = [f"# Spec update from {report.source}", "", "## API changes (overlays applied)", ""]
    lines += [render_markdown(report.changes).rstrip(), "", "## Override health", ""]
    if not report.stale and not report.unneeded:
        lines.append(
            f"All {len(report.health)} overlay actions still apply and still change the spec."
        )
    for result in report.stale:
        lines.append(
            f"- **stale** {result.action.label}: matches nothing. {result.action.description}"
        )
    for result in report.unneeded:
        lines.append(
            f"- **no longer needed** {result.action.label}: changes nothing (upstream fixed it; "
            f"delete the action). {result.action.description}"
        )
    lines += ["", "## Generated code", ""]
    if report.build_error is not None:
        lines += [
            "The build failed; generated/ is unchanged:",
            "",
            "```",
            report.build_error,
            "```",
        ]
    elif report.generated is not None:
        changes = report.generated
        lines.append(
            f"{len(changes.added)} added, {len(changes.removed)} removed, "
            f"{len(changes.changed)} changed."
        )
        for label, names in (("added", changes.added), ("removed", changes.removed),
                             ("changed", changes.changed)):  # fmt: skip
            lines += [f"- {label}: `generated/{name}`" for name in names]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.update_spec", description=__doc__)
    parser.add_argument("source", nargs="?", default=UPSTREAM, help="a path or URL")
    args = parser.parse_args(argv)
    try:
        report = update_spec(Layout.of(root), args.source)
    except BuildError as error:
        print(f"error: {error}; openapi.yaml and generated/ are unchanged", file=sys.stderr)
        return 2
    print(render_report(report))
    return 1 if report.build_error else 0


if __name__ == "__main__":
    sys.exit(main())
