"""`python -m generator.tooling.spec_pr plan|commit`: turn a `make update-spec` report into a pull
request (what `.github/workflows/spec-update.yml` runs; it works the same by hand).

`plan PREFIX` reads PREFIX.json and PREFIX.md (written by `make update-spec REPORT=PREFIX`)
and decides:

- step outputs (to $GITHUB_OUTPUT, or --github-output): `status`, `open-pr`, `breaking`,
  `labels` (`breaking` when the changelog or the public Python API has breaking entries, and
  the suggested release, e.g. `release:minor`), `release-bump`, `title`, `body-path`;
- the pull request body, PREFIX.body.md: the report, cut to fit GitHub's limit, and what a
  reviewer does with it;
- the job summary (appended to $GITHUB_STEP_SUMMARY, or --summary): the report, so a failed
  run says why, with each stale override named;
- GitHub annotations on standard output for a stale override or a failure.

Exit status of `plan`: 0 when there is a pull request to open or nothing to do, 1 when the
client could not be rebuilt (a stale override, a new quirk), 2 when the description could
not be had or there is no usable report.

`commit [--report PREFIX] [--adapted]` commits, in the repository of the working directory,
openapi.yaml with any change under overrides/, then generated/ as "Regenerate client". It
refuses when anything else changed, so that nothing unreviewed rides along. After a breaking
update, tests/, examples/, bench/ and README.md may encode the old surface: with --adapted,
their changes join the first commit (hand-written, with the description that needs them),
and "Regenerate client" stays generated/ alone.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.pipeline.errors import BuildError
from generator.tooling.update_spec import FORMAT
from generator.tooling.versioning import BUMPS, label

LABEL = "breaking"
MAX_BODY = 65_536  # GitHub's limit for a pull request body, in characters
REGENERATE = "Regenerate client"
SPEC_PATHS = ("openapi.yaml", "overrides")
GENERATED = "generated"
#: What uses the client's surface, adapted by hand after a breaking update (--adapted).
ADAPTABLE = ("tests", "examples", "bench", "README.md")
REVIEWER_NOTE = """\
---

**Reviewing this pull request** (README: "Keeping up with Altegio"). Read the breaking changes
first: each names the operation and the field, and the diff of `generated/README.md` shows the
Python calls that change. If upstream got something new wrong, fix it on a branch of your own
from main (`make update-spec`, an overlay action with a QUIRKS.md entry, `make generate`,
`make commit-update`) and close this pull request: the next run rebuilds its branch. A
breaking change fails the checks wherever tests/, examples/ or the README still use the old
surface: adapt them the same way, on a branch from main (`make update-spec` with this
description, edit, `make commit-update ADAPTED=1`: they join the first commit). Merge
without squashing, so that the description and the regenerated client stay two commits. The
`release:` label is the suggested version bump (docs/releasing.md); set a bigger one if the
change is bigger than the report says: it stays, and the next release takes the biggest."""


@dataclass(frozen=True)
class Plan:
    status: str
    open_pr: bool
    breaking: int
    other: int
    title: str
    stale: list[str]
    error: str | None
    surface_breaking: int = 0  # breaking changes of the public Python API
    release: str | None = None  # the suggested bump: major, minor or patch
    names: list[str] = field(default_factory=list)  # stale or missing names.yaml entries

    @property
    def labels(self) -> list[str]:
        """`breaking` when the API or the Python surface breaks, and the suggested release."""
        breaking = [LABEL] if self.breaking or self.surface_breaking else []
        return breaking + ([label(self.release)] if self.release in BUMPS else [])

    @property
    def exit_code(self) -> int:
        return {"rebuilt": 0, "unchanged": 0, "build-failed": 1}.get(self.status, 2)


def plan(report: dict[str, Any]) -> Plan:
    if report.get("format") != FORMAT:
        raise BuildError(f"not a spec-update report (format {report.get('format')!r})")
    status = str(report.get("status"))
    changelog = report.get("changelog") or {}
    breaking, other = int(changelog.get("breaking", 0)), int(changelog.get("other", 0))
    health = report.get("override_health") or {}
    surface = report.get("surface") or {}
    release = report.get("release") or {}
    return Plan(
        status=status,
        open_pr=status == "rebuilt",
        breaking=breaking,
        other=other,
        title=_title(breaking, other),
        stale=[str(action.get("label")) for action in health.get("stale", [])],
        error=report.get("error"),
        surface_breaking=int(surface.get("breaking", 0)),
        release=release.get("bump"),
        names=[str(problem) for problem in report.get("names") or []],
    )


def _title(breaking: int, other: int) -> str:
    def count(number: int, noun: str) -> str:
        return f"{number} {noun}{'' if number == 1 else 's'}"

    if not breaking and not other:
        return "Update openapi.yaml from Altegio (no API changes)"
    parts = [count(breaking, "breaking change")] if breaking else []
    parts += [count(other, "other change")] if other else []
    return f"Update openapi.yaml from Altegio: {', '.join(parts)}"


def pr_body(report_markdown: str) -> str:
    """The report and the reviewer's note, the report cut (at a line) to fit GitHub's limit."""
    note = f"\n\n{REVIEWER_NOTE}\n"
    cut_note = "\n_(cut to fit; the job summary of the workflow run has the whole report)_"
    report = report_markdown.rstrip()
    budget = MAX_BODY - len(note)
    if len(report) > budget:
        report = report[: budget - len(cut_note)]
        report = report[: report.rfind("\n")] + cut_note
    return report + note


def error_annotations(decided: Plan) -> list[str]:
    """Workflow commands that put the failure on the run's page."""
    lines = [f"::error title=Stale override::{label} matches nothing" for label in decided.stale]
    if decided.status == "build-failed":  # what fails the build; an unnamed model does not
        failing = [name for name in decided.names if not name.startswith("unnamed model")]
        lines += [f"::error title=Name needed::{problem}" for problem in failing]
    if decided.status == "build-failed" and not decided.stale and not decided.names:
        lines.append("::error title=Build failed::the client could not be rebuilt; see summary")
    elif decided.status not in ("rebuilt", "unchanged", "build-failed"):
        first = (decided.error or "no report").splitlines()[0]
        lines.append(f"::error title=Spec update failed::{first}")
    return [_escape_command(line) for line in lines]


def _escape_command(line: str) -> str:
    head, _, message = line.partition("::")[2].partition("::")
    escaped = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::{head}::{escaped}"


def outputs(decided: Plan, body_path: Path) -> dict[str, str]:
    return {
        "status": decided.status,
        "open-pr": str(decided.open_pr).lower(),
        "breaking": str(LABEL in decided.labels).lower(),
        "labels": ",".join(decided.labels),
        "release-bump": decided.release or "",
        "title": decided.title,
        "body-path": str(body_path),
    }


def run_plan(prefix: Path, github_output: Path | None, summary: Path | None) -> int:
    markdown_path, json_path = prefix.with_name(f"{prefix.name}.md"), _json_path(prefix)
    body_path = prefix.with_name(f"{prefix.name}.body.md")
    try:
        report = json.loads(json_path.read_text(encoding="utf-8"))
        markdown = markdown_path.read_text(encoding="utf-8")
        decided = plan(report)
    except (OSError, ValueError, BuildError) as error:
        print(f"::error title=Spec update failed::no usable report: {error}")
        _append(summary, f"# Spec update\n\nNo usable report at {json_path}: {error}\n")
        return 2
    body_path.write_text(pr_body(markdown), encoding="utf-8")
    _append(summary, markdown)
    _append(github_output, "".join(f"{k}={v}\n" for k, v in outputs(decided, body_path).items()))
    for line in error_annotations(decided):
        print(line)
    print(f"{decided.status}: {decided.title}")
    return decided.exit_code


def _json_path(prefix: Path) -> Path:
    return prefix.with_name(f"{prefix.name}.json")


def _append(path: Path | None, text: str) -> None:
    if path is not None:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text if text.endswith("\n") else text + "\n")


# --- the two commits -----------------------------------------------------------------------


def _git(root: Path, *args: str) -> str:
    git = shutil.which("git")
    if git is None:
        raise BuildError("git is not installed")
    result = subprocess.run(
        [git, *args], cwd=root, capture_output=True, encoding="utf-8", check=False
    )
    if result.returncode != 0:
        raise BuildError(f"git {args[0]} failed: {result.stderr.strip()}")
    return result.stdout


def changed_paths(root: Path) -> list[str]:
    """Every path git sees as changed or new (not ignored), relative to the root."""
    output = _git(root, "status", "--porcelain=v1", "-z", "--untracked-files=all")
    entries = output.split("\0")
    paths, index = [], 0
    while index < len(entries):
        entry = entries[index]
        if entry:
            paths.append(entry[3:])
            if entry[0] in "RC":  # a rename or copy is followed by its source path
                index += 1
        index += 1
    return sorted(paths)


def _under(path: str, roots: tuple[str, ...]) -> bool:
    return any(path == root or path.startswith(f"{root}/") for root in roots)


def commit_update(root: Path, message: str, adapted: bool = False) -> list[str]:
    """Commit the spec (+ overrides, + with `adapted` the code adapted to it), then
    generated/; return the new commits' hashes."""
    changed = changed_paths(root)
    first = (*SPEC_PATHS, *ADAPTABLE) if adapted else SPEC_PATHS
    stray = [path for path in changed if not _under(path, (*first, GENERATED))]
    if stray:
        hint = ""
        if not adapted and all(_under(path, ADAPTABLE) for path in stray):
            hint = (" (tests or examples adapted to a breaking update? `make commit-update "
                    "ADAPTED=1` commits them with the spec)")  # fmt: skip
        raise BuildError("refusing to commit: changes outside openapi.yaml, overrides/ and "
                         f"generated/: {', '.join(stray)}{hint}")  # fmt: skip
    if not any(_under(path, SPEC_PATHS) for path in changed):
        raise BuildError("nothing to commit: openapi.yaml and overrides/ are unchanged")
    adaptations = [path for path in changed if _under(path, ADAPTABLE)]
    if adaptations:
        message += "\n\nAdapts to the new surface: " + ", ".join(adaptations) + "."
    _git(root, "add", "--all", "--", *SPEC_PATHS, *adaptations)
    _git(root, "commit", "--quiet", "--no-verify", "-m", message)
    commits = [_git(root, "rev-parse", "HEAD").strip()]
    if any(_under(path, (GENERATED,)) for path in changed):
        _git(root, "add", "--all", "--", GENERATED)
        _git(root, "commit", "--quiet", "--no-verify", "-m", REGENERATE)
        commits.append(_git(root, "rev-parse", "HEAD").strip())
    return commits


def commit_message(prefix: Path | None) -> str:
    """The first commit's message: the PR title's summary, and where the spec came from."""
    if prefix is None:
        return "Update openapi.yaml"
    report = json.loads(_json_path(prefix).read_text(encoding="utf-8"))
    decided = plan(report)
    return f"{decided.title}\n\nFrom {report.get('source')} (make update-spec)."


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.tooling.spec_pr",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    plan_parser = commands.add_parser("plan", help="outputs, PR body and summary of a report")
    plan_parser.add_argument("prefix", type=Path, help="the REPORT given to make update-spec")
    plan_parser.add_argument("--github-output", type=Path, default=_env_path("GITHUB_OUTPUT"))
    plan_parser.add_argument("--summary", type=Path, default=_env_path("GITHUB_STEP_SUMMARY"))
    commit_parser = commands.add_parser("commit", help="the spec, then generated/, committed")
    commit_parser.add_argument("--report", type=Path, help="the report's prefix (for the message)")
    commit_parser.add_argument(
        "--adapted",
        action="store_true",
        help=f"also commit changes under {', '.join(ADAPTABLE)} with the spec",
    )
    args = parser.parse_args(argv)
    if args.command == "plan":
        return run_plan(args.prefix, args.github_output, args.summary)
    try:
        commits = commit_update(root or Path.cwd(), commit_message(args.report), args.adapted)
    except (OSError, ValueError, BuildError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print("\n".join(commits))
    return 0


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None


if __name__ == "__main__":
    sys.exit(main())
