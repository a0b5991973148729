"""Where a call's time goes: its own time under cProfile, by package and by function."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: (path fragment, label) in the order they are tried; the first match wins.
_GROUPS = (
    ("altegio_devtools/models/", "generated models (from_dict)"),
    ("altegio_devtools/_coerce", "altegio_devtools._coerce"),
    ("altegio_devtools/", "altegio_devtools runtime"),
    ("dateutil/", "dateutil"),
    ("/json/", "json"),
    ("httpx/", "httpx"),
    ("attr/", "attrs"),
)


@dataclass(frozen=True)
class Profile:
    by_group: list[str]
    by_function: list[str]


def profile(call: Callable[[], object], *, calls: int = 3, limit: int = 6) -> Profile:
    """Shares of own time over `calls` calls: by package, and the `limit` top functions."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        call()
    profiler.disable()
    # pstats keeps (calls, primitive calls, own time, cumulative time, callers) per function.
    rows = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    own = {key: float(row[2]) for key, row in rows.items()}
    total = sum(own.values()) or 1.0
    groups: dict[str, float] = {}
    for (file, _, _), seconds in own.items():
        groups[_group(file)] = groups.get(_group(file), 0.0) + seconds
    heaviest = sorted(own.items(), key=lambda item: item[1], reverse=True)[:limit]
    return Profile(
        by_group=[
            f"{name} {seconds / total:.0%}"
            for name, seconds in sorted(groups.items(), key=lambda item: -item[1])
        ],
        by_function=[f"`{_name(*key)}` {seconds / total:.0%}" for key, seconds in heaviest],
    )


def _group(file: str) -> str:
    if file == "~":
        return "built-ins (isinstance, dict.pop, …)"
    path = file.replace("\\", "/")
    return next((label for fragment, label in _GROUPS if fragment in path), "other")


def _name(file: str, line: int, function: str) -> str:
    if file == "~":  # a built-in
        return function.strip("<>")
    parts = Path(file).parts
    if "altegio_devtools" in parts:
        where = "/".join(parts[parts.index("altegio_devtools") :])
    else:
        where = Path(file).name
    return f"{where}:{line}({function})"
