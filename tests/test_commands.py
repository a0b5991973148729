"""Every command the README and the workflows name, run the way users run it: as a subprocess
in a scratch clone of this checkout (tests/scratch.py), checking its exit status and output.
A module that cannot start, a make target that calls a renamed module, or a README command
that no longer works fails here, not on a maintainer's machine or in a workflow.

`make test` itself is not run (it is this suite; CI runs it as a command). The spec-update and
review workflows' steps are run end to end in test_workflow_runs.py.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests import scratch
from tests.test_update_spec import upstream
from tests.valkey import free_port

ROOT = scratch.ROOT
WORKFLOWS = ROOT / ".github" / "workflows"
DOCUMENTS = (ROOT / "README.md", ROOT / "examples" / "partner_flow.py", ROOT / "Makefile")

#: make targets named in the README, examples and workflows, and where each is run here.
MAKE_TARGETS = {
    "generate", "check", "lint", "spec-diff", "pr-review", "update-spec", "commit-update",
    "drift", "bench", "mutate", "demo",
}  # fmt: skip
NOT_RUN_HERE = {
    "test": "this suite itself; ci.yml runs it as a command",
    "setup": ".ci/run: every CI run starts with it, in a fresh --depth 1 clone",
}
#: Commands run as a subprocess by the tests of their own feature: (test file, what it runs).
RUN_ELSEWHERE = {
    "surface-diff": ("test_surface_diff.py", '"surface-diff"'),
    "release": ("test_release.py", '"release", "BUMP=auto"'),
    "generator.tooling.release": ("test_release.py", '"generator.tooling.release"'),
    "generator.tooling.surface_diff": ("test_surface_diff.py", '"generator.tooling.surface_diff"'),
    "build": ("test_release.py", '"build"'),
    "altegio_devtools.inbox": ("test_inbox.py", '"altegio_devtools.inbox"'),
    "tests.inbox_acceptance": ("test_inbox_faults.py", '"tests.inbox_acceptance"'),
    "tests.limit_soak": ("test_shared_limits_soak.py", '"tests.limit_soak"'),
    "altegio-devtools sandbox": ("test_sandbox.py", '[COMMAND, "sandbox", "--port", "0"'),
    "altegio-devtools trigger": ("test_devtools_cli.py", 'run("trigger", *ENTITY_EVENTS'),
    "altegio-devtools replay": ("test_devtools_cli.py", 'run("replay", str(captured)'),
    "altegio-devtools sign": ("test_devtools_cli.py", 'run("sign", "--partner-token", TOKEN'),
}
#: `python -m` modules named there (each also started with --help below).
MODULES = {
    "generator", "generator.tooling.update_spec", "generator.tooling.spec_pr",
    "generator.tooling.review", "generator.tooling.spec_diff", "generator.tooling.drift_report",
    "generator.tooling.client_diff", "generator.tooling.pr_comment", "bench",
    "tests.mutation_report", "tests.prism",
}  # fmt: skip


def documented_commands() -> tuple[set[str], set[str], set[str]]:
    """The make targets, `python -m` modules and console commands (`altegio-devtools
    sandbox`) the README, the example, the Makefile's recipes and the workflows' `run:`
    steps name."""
    texts = [path.read_text(encoding="utf-8") for path in DOCUMENTS]
    texts += [path.read_text(encoding="utf-8") for path in WORKFLOWS.glob("*.yml")]
    text = "\n".join(texts)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    defined = set(re.findall(r"^([a-z][\w-]*):", makefile, re.M))
    targets = set(re.findall(r"\bmake ([a-z][\w-]*)", text)) & defined  # not "make the fix"
    modules = set(re.findall(r"python -m ([a-z_][\w.]*[a-z_])", text))
    scripts = re.findall(r"(?:^\s*|[`/])(altegio-devtools [a-z][a-z-]*)", text, re.M)
    return targets, modules, set(scripts)


def test_every_documented_command_is_run_here() -> None:
    targets, modules, scripts = documented_commands()
    elsewhere = RUN_ELSEWHERE.keys()
    assert targets - NOT_RUN_HERE.keys() - elsewhere <= MAKE_TARGETS, "a make target is not run"
    assert modules - {"generator.tooling", "pip"} - elsewhere <= MODULES, "a module is not run"
    assert scripts - elsewhere == set(), "a console command is not run"
    assert {"altegio-devtools sandbox", "altegio-devtools sign"} <= scripts
    for name, (test_file, invocation) in RUN_ELSEWHERE.items():
        assert name in targets | modules | scripts, f"{name} is no longer documented"
        assert invocation in (ROOT / "tests" / test_file).read_text(encoding="utf-8"), name
    # What this file claims to run is really documented (no stale entries either).
    assert MAKE_TARGETS <= targets
    assert MODULES <= modules


# --- a scratch clone -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One clone for the commands that leave it as they found it."""
    return scratch.clone(tmp_path_factory.mktemp("commands") / "clone")


def make(clone: Path, *args: str, timeout: float = 300) -> scratch.Result:
    return scratch.run(["make", "--no-print-directory", *args], clone, timeout=timeout)


def printed(result: scratch.Result) -> str:
    """What the command printed, without make's echo of the recipe line (the first line)."""
    echo, _, rest = result.stdout.partition("\n")
    assert echo.startswith(".venv/bin/"), result
    return rest


def python(clone: Path, *args: str) -> scratch.Result:
    return scratch.run([str(clone / ".venv" / "bin" / "python"), *args], clone)


def unchanged(clone: Path) -> bool:
    return scratch.git(clone, "status", "--porcelain") == ""


# --- every entry point starts --------------------------------------------------------------


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_entry_point_starts_and_explains_itself(clone: Path, module: str) -> None:
    result = python(clone, "-m", module, "--help")
    assert result.returncode == 0, result
    assert result.stdout.startswith("usage: "), result
    assert result.stderr == "", result


# --- the build -----------------------------------------------------------------------------


def test_make_generate_rewrites_generated_byte_for_byte(clone: Path) -> None:
    result = make(clone, "generate")
    assert result.returncode == 0, result
    assert re.search(r"^generated/ rebuilt from openapi\.yaml in \d+\.\d+s$", result.stdout, re.M)
    assert unchanged(clone)


def test_make_check_passes_on_a_clean_clone(clone: Path) -> None:
    result = make(clone, "check", timeout=600)
    assert result.returncode == 0, result
    assert "generated/ is up to date" in result.stdout
    assert "All checks passed!" in result.stdout  # ruff, run by `make lint`
    assert "Success: no issues found" in result.stdout  # mypy --strict
    assert "actionlint" in result.stdout


def test_make_check_fails_on_a_stale_generated(tmp_path: Path) -> None:
    stale = scratch.clone(tmp_path / "clone")
    page = stale / "generated" / "README.md"
    page.write_text(page.read_text(encoding="utf-8") + "edited by hand\n", encoding="utf-8")
    result = make(stale, "check")
    assert result.returncode != 0
    assert "generated/ is stale (1 file(s) differ): run `make generate`" in result.stderr


# --- review and update ---------------------------------------------------------------------


def test_make_pr_review_of_an_unchanged_tree_exits_0_and_prints_the_review(clone: Path) -> None:
    result = make(clone, "pr-review", "BASE=HEAD")
    assert result.returncode == 0, result
    assert result.stdout.startswith('.venv/bin/python -m generator.tooling.review "HEAD"'), result
    assert printed(result).startswith("## Spec review against `HEAD`\n"), result
    assert "### generated/ is current\n\nIt is what `make generate` writes." in result.stdout
    assert unchanged(clone)


def test_make_spec_diff_without_and_with_a_breaking_change(clone: Path, tmp_path: Path) -> None:
    result = make(clone, "spec-diff")
    assert (result.returncode, printed(result)) == (0, "No changes.\n"), result
    breaking = upstream("breaking", tmp_path)
    result = make(clone, "spec-diff", "OLD=base", f"NEW={breaking}", f"REPORT={tmp_path}/diff")
    assert result.returncode == 2, result  # make's status for a failed recipe ...
    assert "spec-diff] Error 1" in result.stderr  # ... whose own status was 1: breaking
    assert printed(result).startswith("**2 breaking changes**, 0 other changes\n"), result
    assert (tmp_path / "diff.md").read_text(encoding="utf-8") == printed(result)
    assert '"breaking": 2' in (tmp_path / "diff.json").read_text(encoding="utf-8")
    result = make(clone, "spec-diff", "OLD=base", f"NEW={breaking}", "REPORT_ONLY=1")
    assert result.returncode == 0, result


def test_client_diff_of_the_operations_page_against_itself(clone: Path) -> None:
    page = "generated/README.md"
    result = python(clone, "-m", "generator.tooling.client_diff", page, page)
    assert result.returncode == 0, result
    assert "0 added, 0 removed, 0 changed" in result.stdout, result


def test_make_update_spec_with_the_same_description_changes_nothing(
    clone: Path, tmp_path: Path
) -> None:
    result = make(clone, "update-spec", "SPEC=openapi.yaml", f"REPORT={tmp_path}/update")
    assert result.returncode == 0, result
    assert "openapi.yaml is already this description" in result.stdout
    plan = ["plan", f"{tmp_path}/update", "--github-output", f"{tmp_path}/out"]
    result = python(clone, "-m", "generator.tooling.spec_pr", *plan, "--summary", "/dev/null")
    assert result.returncode == 0, result
    assert "open-pr=false" in (tmp_path / "out").read_text(encoding="utf-8")
    result = make(clone, "commit-update", f"REPORT={tmp_path}/update")
    assert result.returncode == 2, result
    assert "nothing to commit" in result.stderr
    assert "commit-update] Error 1" in result.stderr
    assert unchanged(clone)


def test_make_update_spec_then_commit_update_make_the_two_commits(tmp_path: Path) -> None:
    clone = scratch.clone(tmp_path / "clone")
    # Upstream removes an operation: its overrides/names.yaml entry goes first.
    names = clone / "overrides" / "names.yaml"
    entry = "  marketplace_payment_refund_callback: refund_payment\n"
    names.write_text(names.read_text(encoding="utf-8").replace(entry, ""), encoding="utf-8")
    scratch.git(clone, "commit", "--quiet", "--all", "-m", "Drop the name of a removed operation")
    scratch.git(clone, "tag", "--force", "base")
    new = upstream("breaking", tmp_path)
    result = make(clone, "update-spec", f"SPEC={new}", f"REPORT={tmp_path}/update")
    assert result.returncode == 0, result
    assert "**2 breaking changes**" in result.stdout
    result = make(clone, "commit-update", f"REPORT={tmp_path}/update")
    assert result.returncode == 0, result
    log = scratch.git(clone, "log", "--format=%s", "base..HEAD").splitlines()
    assert log == ["Regenerate client", "Update openapi.yaml from Altegio: 2 breaking changes"]
    assert unchanged(clone)


def test_a_breaking_update_goes_through_the_loop_with_its_tests_adapted(tmp_path: Path) -> None:
    """README "After a breaking update": upstream makes GET /cities' country_id required;
    tests that call list_cities() without it fail the checks until they are adapted, and
    the adaptations go in with the description, the client alone in "Regenerate client"."""
    clone = scratch.clone(tmp_path / "clone")
    new = upstream("required-parameter", tmp_path)
    result = make(clone, "update-spec", f"SPEC={new}", f"REPORT={tmp_path}/update")
    assert result.returncode == 0, result
    assert "**1 breaking change**" in result.stdout
    result = make(clone, "check")
    assert result.returncode != 0, result
    old_calls = re.findall(r'^(tests/\S+):\d+: error: Missing named argument "country_id"',
                           result.stdout, re.M)  # fmt: skip
    assert old_calls and set(old_calls) == {"tests/test_hardening.py"}, result

    # The maintainer adapts the old calls ...
    hardening = clone / "tests" / "test_hardening.py"
    text = hardening.read_text(encoding="utf-8")
    assert text.count("dictionaries.list_cities()") == len(old_calls)
    hardening.write_text(
        text.replace("dictionaries.list_cities()", "dictionaries.list_cities(country_id=1)"),
        encoding="utf-8",
    )
    # ... which commit-update takes only when told.
    result = make(clone, "commit-update", f"REPORT={tmp_path}/update")
    assert result.returncode != 0
    assert "`make commit-update ADAPTED=1` commits them with the spec" in result.stderr
    result = make(clone, "commit-update", f"REPORT={tmp_path}/update", "ADAPTED=1")
    assert result.returncode == 0, result
    log = scratch.git(clone, "log", "--reverse", "--format=%x00%s", "--name-only", "base..HEAD")
    (spec, *spec_files), (regenerate, *generated_files) = [
        [line for line in chunk.splitlines() if line] for chunk in log.split("\0")[1:]
    ]
    assert spec == "Update openapi.yaml from Altegio: 1 breaking change"
    assert spec_files == ["openapi.yaml", "tests/test_hardening.py"]
    assert regenerate == "Regenerate client"
    assert all(name.startswith("generated/") for name in generated_files)
    assert unchanged(clone)
    # Green again: lint and types, and the tests of the changed call and of the output.
    result = make(clone, "check")
    assert result.returncode == 0, result
    selection = ["tests/test_golden.py", "tests/test_wire.py", "tests/test_conventions.py",
                 "tests/test_hardening.py", "-k", "not timeout and not window"]  # fmt: skip
    result = python(clone, "-m", "pytest", "-q", "-p", "no:cacheprovider", *selection)
    assert result.returncode == 0, result


def test_make_drift_on_clean_and_drifting_captures(clone: Path) -> None:
    result = make(clone, "drift", "SAMPLES=tests/fixtures/drift/clean")
    assert result.returncode == 0, result
    result = make(clone, "drift", "SAMPLES=tests/fixtures/drift/samples")
    assert result.returncode != 0
    assert "python -m generator.tooling.drift_report tests/fixtures/drift/samples" in result.stdout
    assert "| " in result.stdout  # the drift table
    result = make(clone, "drift")
    assert result.returncode != 0
    assert "SAMPLES is not set" in result.stderr


# --- benchmarks, mutation testing, the demo ------------------------------------------------


def test_make_bench_quick_prints_the_report_and_writes_nothing(clone: Path) -> None:
    result = make(clone, "bench", "QUICK=1", "CASES=4")
    assert result.returncode == 0, result
    assert "case 4:" in result.stderr
    assert "|" in result.stdout
    assert unchanged(clone)  # BENCHMARKS.md is only written by a full run


def test_make_mutate_limited_runs_mutmut_end_to_end(clone: Path) -> None:
    # Two mutants judged by one quick test file: the machinery, not a score.
    result = make(clone, "mutate", "MODULES=_json", "LIMIT=2", "TESTS=tests/test_speedups.py")
    assert result.returncode == 0, result
    assert re.search(r"^_json\s+\d+\s+2\s", result.stdout, re.M), result  # 2 judged
    assert "A run of at most 2 mutants: the floors are not applied." in result.stdout
    assert unchanged(clone)


def test_make_demo_runs_the_partner_flow_against_prism(clone: Path) -> None:
    result = make(clone, "demo")
    assert result.returncode == 0, result


# --- the webhook receiver under uvicorn, as the README deploys it --------------------------


def readme_uvicorn_command() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (line,) = [line for line in readme.splitlines() if line.startswith("uvicorn ")]
    return shlex.split(line)


@pytest.fixture
def receiver(clone: Path, valkey_url: str) -> Iterator[str]:
    """The README's uvicorn command, on loopback and a free port instead of 0.0.0.0:8080."""
    command = readme_uvicorn_command()
    assert command[command.index("--host") + 1] == "0.0.0.0"
    command[command.index("--host") + 1] = "127.0.0.1"
    port = free_port()
    command[command.index("--port") + 1] = str(port)
    env = scratch.environment(
        {
            "PATH": f"{clone / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}",  # activated
            "ALTEGIO_PARTNER_TOKEN": "partner-token-invented",
            "ALTEGIO_WEBHOOK_SECRET": "webhook-secret-invented",
            "ALTEGIO_REDIS_URL": valkey_url,
        }
    )
    process = subprocess.Popen(
        command, cwd=clone, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "uvicorn did not start"
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_the_readme_receiver_command_serves_webhooks(receiver: str) -> None:
    body = {
        "company_id": 4564,
        "resource": "client",
        "resource_id": 1001,
        "status": "update",
        "data": {"id": 1001, "name": "Invented Person"},
    }
    auth = {"Authorization": "Bearer webhook-secret-invented"}
    events = f"{receiver}/altegio/events"
    # With ALTEGIO_REDIS_URL the example appends each delivery to the inbox (its workers,
    # `python -m altegio_devtools.inbox work`, de-duplicate and handle: tests/test_inbox.py),
    # whichever of the four workers answers.
    for _ in range(5):
        answer = httpx.post(events, json=body, headers=auth, timeout=10)
        assert (answer.status_code, answer.json()) == (200, {"queued": 1})
    assert httpx.post(events, json=body, timeout=10).status_code == 401
