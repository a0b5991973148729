"""The user code a change of the package breaks: examples/ and the Python blocks of README.md
and docs/pypi.md as committed at a base, type-checked (mypy --strict) against another build of
the package. An error names the file and line of the code as the user reads it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.pipeline.errors import BuildError

#: Documents whose ```python blocks are user code.
DOCUMENTS = ("README.md", "docs/pypi.md")
EXAMPLES = "examples"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
MYPY_LINE = re.compile(
    r"^(?P<file>[^:\n]+):(?P<line>\d+): error: (?P<message>.*?)(?:  \[(?P<code>[\w-]+)\])?$", re.M
)
MYPY_CONFIG = "[mypy]\nstrict = True\npython_version = 3.11\n"


@dataclass(frozen=True)
class Snippet:
    name: str  # where the user reads it: examples/partner_flow.py, README.md
    first_line: int  # the line of `name` that is line 1 of `text`
    text: str


@dataclass(frozen=True)
class CodeError:
    file: str
    line: int
    message: str
    code: str


def snippets_at(base: str, root: Path) -> list[Snippet]:
    """examples/*.py and the documents' Python blocks at the git ref `base` (the working tree
    when `base` is a directory rather than a ref)."""
    read = _reader(base, root)
    found: list[Snippet] = []
    for name in _example_names(base, root):
        found.append(Snippet(name, 1, read(name) or ""))
    for document in DOCUMENTS:
        text = read(document)
        for match in BLOCK.finditer(text or ""):
            line = text.count("\n", 0, match.start(1)) + 1 if text else 1
            found.append(Snippet(document, line, match.group(1)))
    return found


def _reader(base: str, root: Path) -> Callable[[str], str | None]:
    """A path relative to the root → its text at `base` (None when it is not there)."""
    if Path(base).is_dir():
        return lambda name: _read_file(root / name)
    return lambda name: _git_show(base, name, root)


def _read_file(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    git = shutil.which("git")
    if git is None:
        raise BuildError("git is not installed")
    return subprocess.run(
        [git, *args], cwd=root, capture_output=True, encoding="utf-8", check=False
    )


def _git_show(ref: str, name: str, root: Path) -> str | None:
    result = _git(root, "show", f"{ref}:{name}")
    return result.stdout if result.returncode == 0 else None


def _example_names(base: str, root: Path) -> list[str]:
    if Path(base).is_dir():
        return sorted(path.relative_to(root).as_posix() for path in (root / EXAMPLES).glob("*.py"))
    result = _git(root, "ls-tree", "--name-only", f"{base}:{EXAMPLES}")
    if result.returncode != 0:
        return []
    return [f"{EXAMPLES}/{name}" for name in result.stdout.split() if name.endswith(".py")]


@dataclass(frozen=True)
class UserCode:
    """The user code checked against a new package, and the errors it has there only."""

    at: str  # a git ref, or a directory (the working tree's code)
    checked: tuple[str, ...]  # the files and documents, each once
    errors: list[CodeError]

    @property
    def where(self) -> str:
        return "the working tree" if Path(self.at).is_dir() else f"`{self.at}`"


def check_user_code(old_package: Path, new_package: Path, base: str, root: Path) -> UserCode:
    """The mypy --strict errors of `base`'s user code against the package in `new_package`
    that it does not have against `old_package` (the package at `base`): what the change
    breaks, not what was never meant to check alone (a README block continuing another)."""
    snippets = snippets_at(base, root)
    before = set(type_check(snippets, old_package))
    errors = [error for error in type_check(snippets, new_package) if error not in before]
    checked = tuple(dict.fromkeys(snippet.name for snippet in snippets))
    return UserCode(base, checked, errors)


def type_check(snippets: list[Snippet], package_dir: Path) -> list[CodeError]:
    with tempfile.TemporaryDirectory(prefix="user-code-") as temporary:
        work = Path(temporary)
        (work / "mypy.ini").write_text(MYPY_CONFIG, encoding="utf-8")
        places: dict[str, Snippet] = {}
        for index, snippet in enumerate(snippets):
            if snippet.name.startswith(f"{EXAMPLES}/"):
                file = Path(snippet.name)  # examples import each other as a package
                (work / EXAMPLES).mkdir(exist_ok=True)
                (work / EXAMPLES / "__init__.py").touch()
            else:
                file = Path(f"snippet_{index}.py")
            (work / file).write_text(snippet.text, encoding="utf-8")
            places[file.as_posix()] = snippet
        if not places:
            return []
        env = {**os.environ, "MYPYPATH": str(package_dir.resolve())}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--config-file",
                "mypy.ini",
                "--show-error-codes",
                "--no-error-summary",
                "--cache-dir",
                str(work / ".cache"),
                *sorted(places),
            ],
            cwd=work,
            env=env,
            capture_output=True,
            encoding="utf-8",
            check=False,
        )
        if result.returncode not in (0, 1):
            raise BuildError(f"mypy could not check the user code: {result.stderr.strip()}")
        errors = []
        for match in MYPY_LINE.finditer(result.stdout):
            place = places.get(match["file"])
            if place is None:  # an error inside the package itself is not the user's
                continue
            line = place.first_line + int(match["line"]) - 1
            errors.append(CodeError(place.name, line, match["message"], match["code"] or ""))
        return sorted(errors, key=lambda e: (e.file, e.line, e.message))


def render_code_errors(code: UserCode, level: int = 4) -> str:
    heading = "#" * level
    lines = [f"{heading} User code at {code.where} against the new package", ""]
    if not code.checked:
        lines.append(f"None found: no `{EXAMPLES}/*.py` and no Python block in {_documents()}.")
        return "\n".join(lines) + "\n"
    names = ", ".join(f"`{name}`" for name in code.checked)
    if not code.errors:
        lines.append(f"{names}: no mypy --strict error they did not have before.")
        return "\n".join(lines) + "\n"
    lines.append(
        f"**{len(code.errors)} mypy error(s)** in {names} that the previous package did not "
        "cause: a caller with such code must change it."
    )
    lines.append("")
    lines += [
        f"- `{e.file}:{e.line}`: {e.message}" + (f" [{e.code}]" if e.code else "")
        for e in code.errors
    ]
    return "\n".join(lines) + "\n"


def _documents() -> str:
    return ", ".join(f"`{document}`" for document in DOCUMENTS)
