"""`python -m generator.tooling.client_diff OLD NEW [--json F]`: what changed in the generated
client, per operation.

Reads the operations page the build writes (generated/README.md: every operation's Python
call, return type, HTTP method and path, host and auth, taken from the built package itself)
on both sides and lists the operations added, removed, and changed (call signature, return
type, namespace, HTTP, host or auth). OLD and NEW are each a file or a git ref (whose
generated/README.md is read).

Exit status: 0, or 2 when a page cannot be read.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from generator.pipeline.errors import BuildError
from generator.pipeline.layout import ROOT
from generator.tooling.git import show_file
from generator.tooling.spec_diff import write_json

PAGE = "generated/README.md"
_CALL = re.compile(r"client\.(?P<tag>\w+)\.(?P<operation_id>\w+)\((?P<parameters>.*)\)\Z", re.S)
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Call:
    """One row of the operations page."""

    operation_id: str
    tag: str
    parameters: str
    returns: str
    http: str
    host: str
    auth: str

    @property
    def python(self) -> str:
        return f"client.{self.tag}.{self.operation_id}({self.parameters})"


#: What a change of each field means to a caller, in the order they are reported.
ASPECTS = {
    "tag": "namespace",
    "parameters": "call",
    "returns": "returns",
    "http": "HTTP",
    "host": "host",
    "auth": "auth",
}


@dataclass(frozen=True)
class CallChange:
    old: Call
    new: Call

    @property
    def aspects(self) -> list[str]:
        a, b = self.old, self.new
        return [shown for name, shown in ASPECTS.items() if getattr(a, name) != getattr(b, name)]


@dataclass(frozen=True)
class CallChanges:
    added: list[Call]
    removed: list[Call]
    changed: list[CallChange]
    total: int  # operations on the new side

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def parse_operations_page(text: str) -> dict[str, Call]:
    """Every operation row of the page, by operationId."""
    calls = {}
    for line in text.splitlines():
        if not line.startswith("| `client."):
            continue
        cells = [_unescape(cell.strip()) for cell in _CELL_SPLIT.split(line.strip())[1:-1]]
        if len(cells) < 5:
            raise BuildError(f"{PAGE}: cannot read the operation row {line!r}")
        python, returns, http, host, auth = cells[:5]
        match = _CALL.match(_code(python))
        if match is None:
            raise BuildError(f"{PAGE}: {python!r} is not a `client.<tag>.<operation>(...)` call")
        call = Call(
            operation_id=match["operation_id"],
            tag=match["tag"],
            parameters=match["parameters"],
            returns=_code(returns),
            http=_code(http),
            host=host,
            auth=auth,
        )
        calls[call.operation_id] = call
    return calls


def _unescape(cell: str) -> str:
    return cell.replace("\\|", "|")


def _code(cell: str) -> str:
    return cell[1:-1] if len(cell) >= 2 and cell[0] == cell[-1] == "`" else cell


def diff_calls(old: dict[str, Call], new: dict[str, Call]) -> CallChanges:
    both = sorted(old.keys() & new.keys())
    return CallChanges(
        added=[new[name] for name in sorted(new.keys() - old.keys())],
        removed=[old[name] for name in sorted(old.keys() - new.keys())],
        changed=[CallChange(old[name], new[name]) for name in both if old[name] != new[name]],
        total=len(new),
    )


def diff_pages(old: str | None, new: str) -> CallChanges:
    """The change between two operations pages (no old page: every operation is new)."""
    return diff_calls(parse_operations_page(old or ""), parse_operations_page(new))


# --- reports -------------------------------------------------------------------------------


def render_markdown(changes: CallChanges) -> str:
    """A count line, then one entry per operation added, removed or changed."""
    lines = [
        f"{len(changes.added)} added, {len(changes.removed)} removed, "
        f"{len(changes.changed)} changed ({changes.total} operations)."
    ]
    if changes:
        lines.append("")
    for call in changes.added:
        lines.append(f"- added `{call.python}` → `{call.returns}` ({_where(call)})")
    for call in changes.removed:
        lines.append(f"- **removed** `{call.python}` ({_where(call)})")
    for change in changes.changed:
        lines.append(f"- changed `client.{change.new.tag}.{change.new.operation_id}`:")
        lines += [f"  - {line}" for line in _differences(change)]
    return "\n".join(lines) + "\n"


def _where(call: Call) -> str:
    return f"`{call.http}`, {call.host} host, {call.auth} auth"


def _differences(change: CallChange) -> list[str]:
    old, new = change.old, change.new
    shown = []
    for aspect in change.aspects:
        if aspect == "call":
            shown.append(f"call: `{old.python}` → `{new.python}`")
        elif aspect == "namespace":
            shown.append(f"namespace: `client.{old.tag}` → `client.{new.tag}`")
        else:
            name = next(key for key, value in ASPECTS.items() if value == aspect)
            shown.append(f"{aspect}: `{getattr(old, name)}` → `{getattr(new, name)}`")
    return shown


def changes_json(changes: CallChanges) -> dict[str, Any]:
    return {
        "total": changes.total,
        "added": [_call_json(call) for call in changes.added],
        "removed": [_call_json(call) for call in changes.removed],
        "changed": [
            {
                "operation_id": change.new.operation_id,
                "aspects": change.aspects,
                "old": _call_json(change.old),
                "new": _call_json(change.new),
            }
            for change in changes.changed
        ],
    }


def _call_json(call: Call) -> dict[str, str]:
    return {**asdict(call), "python": call.python}


# --- reading pages -------------------------------------------------------------------------


def load_page(source: str, root: Path = ROOT) -> str:
    """An existing file at `source`, or else generated/README.md at git ref `source`."""
    path = Path(source)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    return show_file(source, PAGE, root)


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.tooling.client_diff",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", help=f"a file or git ref (its {PAGE})")
    parser.add_argument("new", nargs="?", help=f"a file or git ref (default: working-tree {PAGE})")
    parser.add_argument("--json", type=Path, help="also write the summary as JSON to this file")
    args = parser.parse_args(argv)
    try:
        new = str(root / PAGE) if args.new is None else args.new
        changes = diff_pages(load_page(args.old, root), load_page(new, root))
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(render_markdown(changes), end="")
    if args.json is not None:
        write_json(args.json, changes_json(changes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
