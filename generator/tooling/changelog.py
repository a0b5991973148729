"""CHANGELOG.md, for users, in the form of Keep a Changelog 1.1.0: `## [Unreleased]` at the
top for hand-written notes, one `## [X.Y.Z] - date` section per release, newest first, and
the compare links at the bottom.

A release's section is written from the API changelog between the previous release and now
(the report's per-operation lines, overlays applied) and the public-surface diff (the Python
names), each line under Added, Changed or Removed, breaking ones first and marked; the notes
written under Unreleased move into it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from generator.tooling.spec_diff import Change
from generator.tooling.surface_diff import SurfaceChange
from generator.tooling.versioning import Version

UNRELEASED = "## [Unreleased]"
SECTIONS = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")
BREAKING = "**Breaking:** "
HEADER = f"""\
# Changelog

What changed for users of `altegio-devtools`, one section per release, newest first. The
format is [Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions follow
[Semantic Versioning](https://semver.org/spec/v2.0.0.html) as docs/releasing.md applies it
(what is breaking for a Python caller, and the 0.x rules). Lines marked {BREAKING.strip()} need a
change in code written against the previous release.

{UNRELEASED}
"""
LINK = re.compile(r"^\[[^\]]+\]: \S+$")


def _section_of(message: str, change: str = "") -> str:
    if change in ("removed", "renamed") or message.endswith("removed") or " removed" in message:
        return "Removed"
    if change == "added" or "added" in message:
        return "Added"
    return "Changed"


def release_lines(api: Iterable[Change], surface: Iterable[SurfaceChange]) -> dict[str, list[str]]:
    """The generated lines of a release, by section, breaking ones first in each."""
    found: dict[str, list[tuple[bool, str]]] = {}
    for item in surface:
        text = f"`{item.path}` ({item.kind}): {item.message}"
        if item.also:
            text += (
                f" (and the same at {len(item.also)} other path{'s' if len(item.also) > 1 else ''})"
            )
        found.setdefault(_section_of(item.message, item.change), []).append((item.breaking, text))
    for change in api:
        where = f"`{change.operation}`" if change.operation else "The API as a whole"
        location = f" `{change.location}`" if change.location else ""
        text = f"API {where}{location}: {change.message}"
        found.setdefault(_section_of(change.message), []).append((change.breaking, text))
    return {
        name: [
            f"- {BREAKING if breaking else ''}{text}"
            for breaking, text in sorted(found[name], key=lambda pair: not pair[0])
        ]
        for name in SECTIONS
        if name in found
    }


def _parse_sections(body: str) -> dict[str, list[str]]:
    """`### Name` headings and their lines (hand-written notes under Unreleased)."""
    sections: dict[str, list[str]] = {}
    current = "Changed"
    for line in body.splitlines():
        heading = re.fullmatch(r"### (\w+)", line.strip())
        if heading:
            current = heading.group(1)
        elif line.strip():
            sections.setdefault(current, []).append(line.rstrip())
    return sections


def render_release(
    version: Version, day: date, notes: dict[str, list[str]], lines: dict[str, list[str]]
) -> str:
    """A release's section: the hand-written notes first, then the generated lines."""
    merged: dict[str, list[str]] = {}
    for source in (notes, lines):
        for name, entries in source.items():
            merged.setdefault(name, []).extend(entries)
    out = [f"## [{version}] - {day.isoformat()}", ""]
    if not merged:
        out += ["No change for users: the package was rebuilt.", ""]
    for name in [*SECTIONS, *sorted(merged.keys() - set(SECTIONS))]:
        if name in merged:
            out += [f"### {name}", "", *merged[name], ""]
    return "\n".join(out)


def add_release(
    text: str | None,
    version: Version,
    day: date,
    lines: dict[str, list[str]],
    *,
    previous: Version | None,
    repository: str,
) -> tuple[str, str]:
    """The changelog with the release added (and Unreleased emptied), and the new section."""
    text = text if text and UNRELEASED in text else HEADER
    head, _, rest = text.partition(UNRELEASED)
    # Unreleased's notes end at the first release section or at the links.
    ends = [re.search(r"^## \[", rest, re.M), re.search(r"^\[[^\]]+\]: ", rest, re.M)]
    cut = min((match.start() for match in ends if match), default=len(rest))
    unreleased, older = rest[:cut], rest[cut:]
    section = render_release(version, day, _parse_sections(unreleased), lines)
    older_lines = [line for line in older.splitlines() if not LINK.match(line)]
    links = [line for line in older.splitlines() if LINK.match(line)]
    links = [line for line in links if not line.startswith("[Unreleased]: ")]
    compare = f"{repository}/compare"
    new_links = [f"[Unreleased]: {compare}/{version.tag}...HEAD"]
    if previous is None:
        new_links.append(f"[{version}]: {repository}/releases/tag/{version.tag}")
    else:
        new_links.append(f"[{version}]: {compare}/{previous.tag}...{version.tag}")
    older_text = "\n".join(older_lines).strip()
    parts = [head.rstrip() + "\n\n" + UNRELEASED + "\n", section.rstrip() + "\n"]
    if older_text:
        parts.append(older_text + "\n")
    parts.append("\n".join([*new_links, *links]) + "\n")
    return "\n".join(parts), section
