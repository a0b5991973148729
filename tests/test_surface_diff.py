"""The public-surface diff (generator/tooling/surface_diff.py): small packages written here, two
versions each, and the real package against an edited copy, through the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from textwrap import dedent

import pytest

from generator.tooling.surface import load_surface
from generator.tooling.surface_diff import SurfaceChange, diff_surfaces
from generator.tooling.user_code import Snippet, type_check
from tests.conftest import ROOT

BASE = """\
    from ._impl import Client as Client
    from . import models

    __all__ = ("Client", "models", "helper", "OLD_NAME")

    OLD_NAME = 1

    def helper(x: int, *, mode: str = "a") -> int | None:
        return x
"""
IMPL = """\
    from __future__ import annotations

    from functools import cached_property


    class Resource:
        def get(self, *, item_id: int, page: int = 1) -> str:
            return ""

        def drop(self, *, item_id: int) -> None:
            return None


    class Client:
        def __init__(self, *, token: str) -> None:
            self.token = token

        @cached_property
        def resource(self) -> Resource:
            return Resource()
"""
MODELS = """\
    import attrs

    __all__ = ("Item", "Gone")


    @attrs.define
    class Item:
        name: str
        size: int | None = None

        @property
        def label(self) -> str | int:
            return self.name


    class Gone:
        pass
"""


def _package(where: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = where / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dedent(text), encoding="utf-8")
    return where


def _diff(tmp_path: Path, edits: dict[str, tuple[str, str]] | None = None) -> list[SurfaceChange]:
    """The diff between the base package and one with each file's `before` made `after`."""
    files = {"__init__.py": BASE, "_impl.py": IMPL, "models.py": MODELS}
    old = _package(tmp_path / "old", files)
    changed = dict(files)
    for name, (before, after) in (edits or {}).items():
        assert before in changed[name], before
        changed[name] = changed[name].replace(before, after)
    new = _package(tmp_path / "new", changed)
    return diff_surfaces(load_surface(old, "pkg"), load_surface(new, "pkg"))


def _found(changes: list[SurfaceChange]) -> set[tuple[str, str, bool]]:
    return {(c.path, c.message, c.breaking) for c in changes}


def test_an_unchanged_package_has_no_changes(tmp_path: Path) -> None:
    assert _diff(tmp_path) == []


def test_methods_reached_through_a_property_are_diffed_where_the_caller_writes_them(
    tmp_path: Path,
) -> None:
    changes = _diff(tmp_path, {"_impl.py": ("page: int = 1", "page: int")})
    assert _found(changes) == {
        ("pkg.Client.resource.get", "parameter `page` is now required", True)
    }


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "page: int = 1)",
            "page: int = 1, size: int = 10)",
            ("parameter `size` added (optional)", False),
        ),
        (
            "page: int = 1)",
            "page: int = 1, size: int)",
            ("parameter `size` added (required)", True),
        ),
        ("item_id: int, page", "page", ("parameter `item_id` removed", True)),
        (
            "item_id: int, page",
            "location_id: int, page",
            ("parameter `item_id` renamed to `location_id`", True),
        ),
        (
            "item_id: int, page",
            "item_id: int | str, page",
            ("parameter `item_id` type changed: `int` → `int | str`", False),
        ),
        (
            "item_id: int, page",
            "item_id: str, page",
            ("parameter `item_id` type changed: `int` → `str`", True),
        ),
        (
            "page: int = 1)",
            "page: int = 2)",
            ("parameter `page` default changed: `1` → `2`", False),
        ),
        ("-> str:", "-> str | None:", ("return type changed: `str` → `str | None`", True)),
    ],
)
def test_a_method_change_is_breaking_when_a_caller_can_break(
    tmp_path: Path, before: str, after: str, expected: tuple[str, bool]
) -> None:
    changes = _diff(tmp_path, {"_impl.py": (before, after)})
    assert _found(changes) == {("pkg.Client.resource.get", *expected)}


def test_a_narrower_return_type_breaks_nobody(tmp_path: Path) -> None:
    changes = _diff(tmp_path, {"__init__.py": ("-> int | None:", "-> int:")})
    assert _found(changes) == {("pkg.helper", "return type changed: `int | None` → `int`", False)}


def test_removed_renamed_and_added_names(tmp_path: Path) -> None:
    changes = _diff(
        tmp_path,
        {
            "_impl.py": ("def drop(self", "def delete(self"),
            "models.py": ('"Item", "Gone")', '"Item", "New")'),
        },
    )
    models = MODELS.replace('"Item", "Gone")', '"Item", "New")')
    assert "class Gone" in models
    assert _found(changes) == {
        ("pkg.Client.resource.drop", "renamed to `delete`", True),
        ("pkg.models.Gone", "removed", True),
    }  # `New` is in __all__ but defined nowhere: no object, nothing added


def test_a_removed_class_is_one_change_not_one_per_member(tmp_path: Path) -> None:
    changes = _diff(tmp_path, {"models.py": ('"Item", "Gone")', '"Gone",)')})
    assert [(c.path, c.change, c.breaking) for c in changes] == [
        ("pkg.models.Item", "removed", True)
    ]


def test_model_fields_and_properties(tmp_path: Path) -> None:
    changes = _diff(
        tmp_path,
        {"models.py": ("size: int | None = None", "size: int | None\n        extra: bool = False")},
    )
    assert _found(changes) == {
        ("pkg.models.Item.size", "lost its default: the constructor now requires it", True),
        ("pkg.models.Item.extra", "added", False),
    }
    narrowed = _diff(
        tmp_path / "2", {"models.py": ("def label(self) -> str | int", "def label(self) -> str")}
    )
    assert _found(narrowed) == {
        ("pkg.models.Item.label", "type changed: `str | int` → `str`", False)
    }
    field = _diff(tmp_path / "3", {"models.py": ("name: str", "name: str | None")})
    assert _found(field) == {("pkg.models.Item.name", "type changed: `str` → `str | None`", True)}


def test_a_reexport_removed_is_breaking_and_the_object_is_not_described_twice(
    tmp_path: Path,
) -> None:
    exported = BASE.replace('"Client", ', '"Client", "Resource", ').replace(
        "import Client as Client", "import Client as Client, Resource as Resource"
    )
    files = {"__init__.py": exported, "_impl.py": IMPL, "models.py": MODELS}
    surface = load_surface(_package(tmp_path / "old", files), "pkg")
    assert surface["pkg.Resource"].kind == "class"  # described at its shortest path
    assert "pkg.Resource.get" in surface
    assert "pkg.Client.resource.get" not in surface  # the property's type names it
    assert surface["pkg.Client.resource"].annotation == "Resource"
    new = load_surface(_package(tmp_path / "new", {**files, "__init__.py": BASE}), "pkg")
    changes = diff_surfaces(surface, new)
    assert [(c.path, c.message, c.breaking) for c in changes if c.breaking] == [
        ("pkg.Resource", "removed", True)
    ]
    # Its methods are now described under the property: found there, not changed.
    assert {c.path for c in changes if not c.breaking} == {
        "pkg.Client.resource.drop",
        "pkg.Client.resource.get",
    }


def test_user_code_errors_name_the_line_the_user_reads(tmp_path: Path) -> None:
    files = {"__init__.py": BASE, "_impl.py": IMPL, "models.py": MODELS}
    old = _package(tmp_path / "old", files)
    new = _package(tmp_path / "new", {**files, "_impl.py": IMPL.replace("item_id", "key")})
    code = "from pkg import Client\n\nClient(token='t').resource.get(item_id=1)\n"
    snippets = [Snippet("README.md", 40, code)]
    assert type_check(snippets, old) == []
    (error,) = type_check(snippets, new)
    assert (error.file, error.line, error.code) == ("README.md", 42, "call-arg")
    assert '"item_id"' in error.message


def test_the_command_reports_a_breaking_change_of_the_real_package(tmp_path: Path) -> None:
    head = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", head)
    receipt = head / "altegio_devtools" / "models" / "payment_receipt.py"
    text = receipt.read_text(encoding="utf-8")
    receipt.write_text(
        text.replace("    id: int | Unset = UNSET", "    id: str | Unset = UNSET", 1),
        encoding="utf-8",
    )
    out = tmp_path / "surface"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator.tooling.surface_diff",
            str(ROOT / "generated"),
            str(head),
            "--markdown",
            f"{out}.md",
            "--json",
            f"{out}.json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    line = "- `altegio_devtools.models.PaymentReceipt.id` (attribute): type changed: "
    assert line + "`int | Unset` → `str | Unset`" in result.stdout
    assert "**1 breaking change**, 0 other changes" in result.stdout
    assert Path(f"{out}.md").read_text(encoding="utf-8") == result.stdout
    document = json.loads(Path(f"{out}.json").read_text(encoding="utf-8"))
    assert (document["breaking"], document["other"]) == (1, 0)
    unchanged = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator.tooling.surface_diff",
            str(ROOT / "generated"),
            str(ROOT / "generated"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert unchanged.returncode == 0, unchanged.stderr
    assert "No changes to the public API." in unchanged.stdout


def test_make_surface_diff_reports_no_change_of_the_committed_package() -> None:
    """`make surface-diff` as the README names it, against HEAD's committed generated/."""
    setup_done = Path(sys.executable).parent.parent / ".setup-done"
    result = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            str(setup_done),
            "surface-diff",
            "OLD=HEAD",
            f"VENV={setup_done.parent}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "### Public Python API: `HEAD` → the working tree" in result.stdout
    assert "#### User code at `HEAD` against the new package" in result.stdout
    assert "`examples/partner_flow.py`" in result.stdout
