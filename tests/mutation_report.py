"""`make mutate`: mutation testing of the hand-written runtime with mutmut.

The runtime modules are overrides/runtime/*.py as the build places them in
generated/altegio_devtools; pyproject.toml [tool.mutmut] lists them and the tests that judge
them. mutmut names a mutant after the file's path below its source directory, and the tests
import `altegio_devtools`; so it runs in .mutate/, a copy of what the tests read, with the
package staged at src/altegio_devtools (mutmut's src/ layout).

    python -m tests.mutation_report                  # every runtime module, from scratch
    python -m tests.mutation_report _coerce webhooks # these modules again (others kept)
    python -m tests.mutation_report --survivors      # survivors, and changed functions
    python -m tests.mutation_report --resume client  # the mutants not run yet (interrupted)
    python -m tests.mutation_report --report         # print the last results
    python -m tests.mutation_report --limit 3 _logs --tests tests/test_runtime.py
                                                     # a smoke run: 3 mutants, no floor

Prints the score of each module (killed / mutants) and every surviving mutant as a diff;
exits 1 when a module scores below its floor (FLOORS).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".mutate"
PACKAGE = "src/altegio_devtools"
#: Copied into WORK: what mutmut reads (config, tests) and what the tests read.
STAGED = (
    "pyproject.toml", "tests", "overrides", "examples", "generator", "README.md",
    "generated/openapi.effective.yaml",
)  # fmt: skip
FLOOR = 92.0
FLOORS = {"_coerce": 85.0}
#: mutmut's exit codes (mutmut.stats.status_by_exit_code) by what they mean here.
KILLED = {1, 3, 24, -24, 152, 255, 36}  # a test failed, or the mutant hung (timeout)
SURVIVED = {0}
NO_TESTS = {5, 33}
SKIPPED = 34


@dataclass
class Score:
    killed: int = 0
    total: int = 0
    unchecked: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.killed / self.total if self.total else 100.0


def runtime_modules() -> list[str]:
    return sorted(path.stem for path in (ROOT / "overrides" / "runtime").glob("*.py"))


def check_config() -> None:
    """Refuse to run when [tool.mutmut] does not list exactly the runtime modules."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        listed = tomllib.load(handle)["tool"]["mutmut"]["only_mutate"]
    expected = [f"{PACKAGE}/{name}.py" for name in runtime_modules()]
    if sorted(listed) != expected:
        sys.exit(
            "pyproject.toml [tool.mutmut] only_mutate must list every runtime module "
            f"(overrides/runtime/*.py):\n  missing {sorted(set(expected) - set(listed))}\n"
            f"  not runtime {sorted(set(listed) - set(expected))}"
        )


def stage() -> None:
    """Bring WORK up to date, touching only files that changed (mutmut reuses the results
    of a module whose file is older than its mutants)."""
    _sync(ROOT / "generated" / "altegio_devtools", WORK / PACKAGE)
    for name in STAGED:
        source, target = ROOT / name, WORK / name
        if source.is_dir():
            _sync(source, target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists() or not filecmp.cmp(source, target, shallow=False):
                shutil.copy2(source, target)


def _sync(source: Path, target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", ".hypothesis", ".pytest_cache")
    if target.exists():
        for path in sorted(target.rglob("*"), reverse=True):  # gone from the source
            if not (source / path.relative_to(target)).exists():
                shutil.rmtree(path) if path.is_dir() else path.unlink()
    target.mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        if ignore(str(source), [entry.name]):
            continue
        if entry.is_dir():
            _sync(entry, target / entry.name)
        elif not (target / entry.name).exists() or not filecmp.cmp(
            entry, target / entry.name, shallow=False
        ):
            shutil.copy2(entry, target / entry.name)


def _meta(module: str) -> Path:
    return WORK / "mutants" / PACKAGE / f"{module}.py.meta"


def reset(modules: list[str], *, survivors_only: bool, resume: bool) -> None:
    """Forget results for mutmut to run those mutants again: every mutant of `modules`; or
    only the survivors and those without a result (new, changed, or not reached by an
    interrupted run); or, to `resume`, only those without a result. (Not by naming them to
    mutmut: it would then run a list of test IDs, which breaks on some parametrized ones.)"""
    rerun = {None, SKIPPED} | (SURVIVED | NO_TESTS if survivors_only else set())
    for module in modules:
        meta = _meta(module)
        if not meta.exists():
            continue
        data = json.loads(meta.read_text(encoding="utf-8"))
        codes = data["exit_code_by_key"]
        for key, code in codes.items():
            if not (survivors_only or resume) or code in rerun:
                codes[key] = None
        meta.write_text(json.dumps(data, indent=4), encoding="utf-8")


GENERATE = """
from mutmut.__main__ import copy_also_copy_files, copy_src_dir, create_mutants, makedirs
from mutmut.utils.file_utils import setup_source_paths
makedirs("mutants", exist_ok=True)
copy_src_dir()
copy_also_copy_files()
setup_source_paths()
create_mutants({jobs})
"""


def generate(jobs: int) -> None:
    """mutmut's first step alone (write the mutants of new or changed functions and their
    .meta files), so that a run of some modules can set the others aside before testing."""
    command = [sys.executable, "-c", GENERATE.format(jobs=jobs)]
    subprocess.run(command, cwd=WORK, check=True, stdout=subprocess.DEVNULL)


def skip_others(modules: list[str]) -> None:
    """Mark the mutants of the other modules that have no result as skipped for this run."""
    for module in set(runtime_modules()) - set(modules):
        meta = _meta(module)
        if meta.exists():
            data = json.loads(meta.read_text(encoding="utf-8"))
            codes = data["exit_code_by_key"]
            for key, code in codes.items():
                if code is None:
                    codes[key] = SKIPPED
            meta.write_text(json.dumps(data, indent=4), encoding="utf-8")


def narrow(modules: list[str], tests: list[str] | None) -> None:
    """For a limited run, have mutmut mutate only `modules`, judged by `tests` if given (in
    the staged pyproject.toml; the next stage() puts the configuration back)."""
    config = WORK / "pyproject.toml"
    text = config.read_text(encoding="utf-8")
    chosen = {"only_mutate": [f"{PACKAGE}/{name}.py" for name in modules]}
    if tests:
        chosen["pytest_add_cli_args_test_selection"] = tests
    for key, value in chosen.items():
        start = text.index(f"{key} = [")
        end = text.index("]", start) + 1
        text = text[:start] + f"{key} = {json.dumps(value)}" + text[end:]
    config.write_text(text, encoding="utf-8")


def limit_to(modules: list[str], limit: int) -> None:
    """Keep the first `limit` mutants without a result (by module, then name) for this run;
    mark the rest skipped: a smoke run of the whole machinery in seconds, not a score."""
    left = limit
    for module in modules:
        meta = _meta(module)
        if not meta.exists():
            continue
        data = json.loads(meta.read_text(encoding="utf-8"))
        codes = data["exit_code_by_key"]
        for key in sorted(codes):
            if codes[key] is None:
                if left > 0:
                    left -= 1
                else:
                    codes[key] = SKIPPED
        meta.write_text(json.dumps(data, indent=4), encoding="utf-8")


def run_mutmut(jobs: int) -> float:
    """mutmut run: every mutant without a result."""
    mutmut = Path(sys.executable).parent / "mutmut"
    started = time.monotonic()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [str(mutmut), "run", "--max-children", str(jobs)]
    subprocess.run(command, cwd=WORK, env=env, check=True)
    return time.monotonic() - started


def report() -> bool:
    """Print the table and the survivors; whether every module reaches its floor."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant  # noqa: PLC0415

    scores: dict[str, Score] = {}
    survivors: list[tuple[str, str, str]] = []
    for module in runtime_modules():
        meta = _meta(module)
        if not meta.exists():
            continue
        codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))[
            "exit_code_by_key"
        ]
        score = scores.setdefault(module, Score())
        for key, code in sorted(codes.items()):
            if code is None or code == SKIPPED:
                score.unchecked += 1
                continue
            score.total += 1
            if code in KILLED:
                score.killed += 1
            else:
                status = "no tests" if code in NO_TESTS else "survived" if code == 0 else code
                survivors.append((module, key, str(status)))
    print(f"\n{'module':<16} {'killed':>7} {'total':>6} {'score':>7}  floor")
    ok = True
    for module, score in scores.items():
        floor = FLOORS.get(module, FLOOR)
        below = score.total > 0 and score.percent < floor
        ok &= not below
        percent = f"{score.percent:>6.1f}%" if score.total else "      -"
        line = f"{module:<16} {score.killed:>7} {score.total:>6} {percent}  {floor:.0f}%"
        if score.unchecked:
            line += f" ({score.unchecked} not run)"
        print(line + ("  BELOW" if below else ""))
    killed = sum(score.killed for score in scores.values())
    total = sum(score.total for score in scores.values())
    print(f"{'all':<16} {killed:>7} {total:>6} {100.0 * killed / max(total, 1):>6.1f}%")
    print(f"\nSurviving mutants: {len(survivors)} ({dict(Counter(s for *_, s in survivors))})")
    os.chdir(WORK)  # mutmut reads its files relative to the working directory
    for module, key, status in survivors:
        diff = get_diff_for_mutant(key, path=f"{PACKAGE}/{module}.py").splitlines()
        changed = [line for line in diff[2:] if line[:1] in "+-"]
        print(f"\n{key} ({status})")
        print("\n".join(f"    {line}" for line in changed))
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="runtime modules (default: all, afresh)")
    parser.add_argument("--survivors", action="store_true", help="rerun only the survivors")
    parser.add_argument("--resume", action="store_true", help="run only mutants not run yet")
    parser.add_argument("--report", action="store_true", help="only print the last results")
    parser.add_argument("--jobs", type=int, default=int(os.environ.get("MUTATE_JOBS", "2")))
    parser.add_argument(
        "--limit", type=int, help="run at most this many mutants (a smoke run: no floor applies)"
    )
    parser.add_argument(
        "--tests", action="append", help="only this test file judges the mutants (with --limit)"
    )
    args = parser.parse_args(argv)
    check_config()
    if args.tests and args.limit is None:
        parser.error("--tests judges mutants by fewer tests than configured: only with --limit")
    unknown = sorted(set(args.modules) - set(runtime_modules()))
    if unknown:
        parser.error(f"not runtime modules: {unknown} (choose from {runtime_modules()})")
    if not args.report:
        modules = args.modules or runtime_modules()
        if not args.modules and not args.survivors and not args.resume:
            shutil.rmtree(WORK / "mutants", ignore_errors=True)  # a full run starts afresh
        stage()
        if args.limit is not None:
            narrow(modules, args.tests)
        # Which tests cover which function is measured again each run: tests change (and are
        # renamed) between runs.
        (WORK / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
        generate(args.jobs)
        reset(modules, survivors_only=args.survivors, resume=args.resume)
        skip_others(modules)
        if args.limit is not None:
            limit_to(modules, args.limit)
        seconds = run_mutmut(args.jobs)
        print(f"\nmutmut ran for {seconds / 60:.1f} min with {args.jobs} workers")
    reached_floors = report()
    if args.limit is not None:
        print(f"\nA run of at most {args.limit} mutants: the floors are not applied.")
        return 0
    return 0 if reached_floors else 1


if __name__ == "__main__":
    sys.exit(main())
