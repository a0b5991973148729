"""The spec-update flow the scheduled workflow runs (`make update-spec`, then
`python -m generator.tooling.spec_pr plan` and `commit`), on the fixture upstream descriptions of
tests/fixtures/upstream/ and a loopback server that fails, in a scratch clone: the real
openapi.yaml and generated/ are never touched. Also the per-operation summary it reports."""

from __future__ import annotations

import http.server
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.pipeline.build import generate
from generator.pipeline.errors import BuildError
from generator.pipeline.layout import Layout
from generator.pipeline.load import load_spec
from generator.pipeline.overlay import apply_actions, load_overlays
from generator.pipeline.yaml_io import dump_yaml
from generator.tooling import client_diff, spec_pr
from generator.tooling.spec_diff import main as spec_diff_main
from generator.tooling.update_spec import main
from tests.conftest import ROOT
from tests.test_build_failures import tree_fingerprint

UPSTREAM = Path(__file__).resolve().parent / "fixtures" / "upstream"
VOIP_STALE = (
    "40-voip.yaml action #1 ($.paths['/voip/integration'].post.requestBody.content"
    "['application/json'].schema.oneOf[?@.title == 'Disable integration'])"
)


# --- a scratch clone and the fixture upstreams ---------------------------------------------


@pytest.fixture(autouse=True)
def git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commits made here have an author, and no user or system git config applies."""
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Spec Bot")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "spec-bot@example.com")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


def git(root: Path, *args: str) -> str:
    executable = shutil.which("git")
    assert executable is not None
    result = subprocess.run(
        [executable, *args], cwd=root, check=True, capture_output=True, encoding="utf-8"
    )
    return result.stdout


def make_clone(root: Path) -> Path:
    """What the workflow's checkout holds of what the build reads and writes, committed."""
    shutil.copytree(ROOT / "overrides", root / "overrides", ignore=_ignored)
    shutil.copytree(ROOT / "generated", root / "generated", ignore=_ignored)
    shutil.copyfile(ROOT / "openapi.yaml", root / "openapi.yaml")
    shutil.copyfile(ROOT / ".gitignore", root / ".gitignore")
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "-m", "Base")
    git(root, "tag", "base")
    return root


_ignored = shutil.ignore_patterns("__pycache__", "*.egg-info")


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    return make_clone(tmp_path / "clone")


def upstream(name: str, directory: Path) -> Path:
    """The vendored description with the fixture's changes: what upstream now serves."""
    spec = load_spec(ROOT / "openapi.yaml")
    apply_actions(spec, load_overlays(UPSTREAM / name))
    path = directory / f"{name}.yaml"
    path.write_text(dump_yaml(spec), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def failing_server() -> Iterator[str]:
    """A loopback server that answers every request 503: Altegio's bundle being down."""

    class Down(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(503)
            self.end_headers()
            self.wfile.write(b"maintenance")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Down)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/openapi.yaml"
    finally:
        server.shutdown()
        thread.join()


# --- running the flow ----------------------------------------------------------------------


class Run:
    """One `make update-spec REPORT=...` and `spec_pr plan` in a clone."""

    def __init__(self, clone: Path, source: str, work: Path) -> None:
        self.clone = clone
        self.prefix = work / "spec-update"
        self.github_output, self.summary = work / "github-output", work / "summary.md"
        self.github_output.write_text("", encoding="utf-8")
        self.summary.write_text("", encoding="utf-8")
        self.update_exit = main(
            [source, "--markdown", f"{self.prefix}.md", "--json", f"{self.prefix}.json"],
            root=clone,
        )
        self.report = json.loads(Path(f"{self.prefix}.json").read_text(encoding="utf-8"))
        self.plan_exit = spec_pr.main(
            [
                "plan",
                str(self.prefix),
                "--github-output",
                str(self.github_output),
                "--summary",
                str(self.summary),
            ]
        )

    @property
    def outputs(self) -> dict[str, str]:
        lines = self.github_output.read_text(encoding="utf-8").splitlines()
        return dict(line.split("=", 1) for line in lines)

    @property
    def body(self) -> str:
        return Path(self.outputs["body-path"]).read_text(encoding="utf-8")

    def commit(self) -> int:
        return spec_pr.main(["commit", "--report", str(self.prefix)], root=self.clone)


def run(clone: Path, source: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    result = Run(clone, str(source), work)
    capsys.readouterr()
    return result


def commits_since_base(clone: Path) -> list[tuple[str, list[str]]]:
    """(subject, files) of each commit after "Base", oldest first."""
    log = git(clone, "log", "--reverse", "--format=%x00%s", "--name-only", "base..HEAD")
    commits = []
    for chunk in log.split("\0")[1:]:
        subject, *files = [line for line in chunk.splitlines() if line]
        commits.append((subject, files))
    return commits


# --- the four fixture upstreams ------------------------------------------------------------


def test_a_non_breaking_update_becomes_a_two_commit_pull_request(
    clone: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = upstream("non-breaking", tmp_path)
    flow = run(clone, new, tmp_path, capsys)
    assert (flow.update_exit, flow.plan_exit) == (0, 0)
    assert flow.outputs == {
        "status": "rebuilt",
        "open-pr": "true",
        "breaking": "false",
        "labels": "release:minor",  # an addition: a parameter
        "release-bump": "minor",
        "title": "Update openapi.yaml from Altegio: 1 other change",
        "body-path": f"{flow.prefix}.body.md",
    }
    body = flow.body
    assert body.startswith(f"# Spec update from {new}\n\n## API changes (overlays applied)\n\n")
    assert "No breaking changes, 1 other change\n\n### Other changes\n\n" in body
    assert "### Breaking changes" not in body
    assert "- `query parameter title`: added (optional)" in body
    assert "api_key" not in body.split("## Override health")[0]  # no change for the client
    assert (
        "- **no longer needed** 20-types.yaml action #1 "
        "($.components.schemas.marketplace_partner_settings.properties.api_key): changes nothing"
    ) in body
    assert "Every operation and every new public model has a chosen name." in body
    operations = body.split("### Operations\n\n")[1].split("### Files")[0]
    assert operations.startswith("0 added, 0 removed, 1 changed (19 operations).\n")
    assert (
        "- changed `client.dictionaries.list_cities`:\n  - call: "
        "`client.dictionaries.list_cities(*, country_id: int | Unset = UNSET, "
        "company_id: int | Unset = UNSET)` → `client.dictionaries.list_cities(*, "
        "country_id: int | Unset = UNSET, company_id: int | Unset = UNSET, "
        "title: str | Unset = UNSET)`"
    ) in operations
    assert "- changed: `generated/altegio_devtools/api/dictionaries/list_cities.py`" in body
    surface = body.split("### Public Python API: `the committed client` → the new build\n\n")[1]
    assert surface.startswith("No breaking changes, ")
    assert (
        "- `altegio_devtools.AltegioClient.dictionaries.list_cities` (parameter): parameter "
        "`title` added (optional)"
    ) in surface
    assert "## Suggested release\n\n`release:minor`: 0.1.0 → 0.2.0" in body
    assert flow.report["release"] == {
        "current": "0.1.0", "bump": "minor", "label": "release:minor", "next": "0.2.0"
    }  # fmt: skip
    assert body.rstrip().endswith("and the next release takes the biggest.")
    assert flow.summary.read_text(encoding="utf-8") == Path(f"{flow.prefix}.md").read_text()
    assert flow.report["names"] == []
    # The workflow commits the spec, then "Regenerate client".
    assert flow.commit() == 0
    (spec_commit, spec_files), (generated_commit, generated_files) = commits_since_base(clone)
    assert spec_commit == "Update openapi.yaml from Altegio: 1 other change"
    assert spec_files == ["openapi.yaml"]
    assert generated_commit == "Regenerate client"
    assert generated_files and all(name.startswith("generated/") for name in generated_files)
    assert "generated/altegio_devtools/api/dictionaries/list_cities.py" in generated_files
    assert git(clone, "status", "--porcelain") == ""
    message = git(clone, "log", "-1", "--format=%B", "HEAD~1")
    assert f"From {new} (make update-spec)." in message


UNNAMED_TIMEZONES = (
    "unnamed operation: get_timezone_list has no entry in overrides/names.yaml operations "
    "(suggested: `get_timezone_list: list_timezones`; the operationId itself keeps it)"
)


def test_a_new_operation_without_a_name_fails_with_a_suggestion_until_it_is_named(
    clone: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = upstream("new-operation", tmp_path)
    flow = run(clone, new, tmp_path, capsys)
    assert (flow.update_exit, flow.plan_exit) == (1, 1)
    assert flow.outputs["open-pr"] == "false"
    print("NAMES", flow.report["names"])
    assert flow.report["names"] == [UNNAMED_TIMEZONES]
    assert flow.report["error"] == UNNAMED_TIMEZONES
    assert f"## Names (overrides/names.yaml)\n\n- {UNNAMED_TIMEZONES}\n" in (
        flow.summary.read_text(encoding="utf-8")
    )
    assert "get_timezone_list" not in (clone / "generated" / "README.md").read_text()
    # The maintainer takes the suggestion (on a branch of their own), rebuilds and commits.
    names = clone / "overrides" / "names.yaml"
    text = names.read_text(encoding="utf-8")
    names.write_text(
        text.replace("  get_city_list: list_cities\n", "  get_city_list: list_cities\n"
                     "  get_timezone_list: list_timezones\n"),
        encoding="utf-8",
    )  # fmt: skip
    generate(Layout.of(clone))
    page = (clone / "generated" / "README.md").read_text(encoding="utf-8")
    assert "`client.dictionaries.list_timezones()`" in page
    assert "get_timezone_list()" not in page
    assert flow.commit() == 0
    (_, spec_files), (generated_commit, generated_files) = commits_since_base(clone)
    assert spec_files == ["openapi.yaml", "overrides/names.yaml"]
    assert generated_commit == "Regenerate client"
    assert "generated/altegio_devtools/api/dictionaries/list_timezones.py" in generated_files


def test_an_operation_kept_under_its_operation_id_is_an_explicit_choice(
    clone: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = clone / "overrides" / "names.yaml"
    text = names.read_text(encoding="utf-8")
    # Stale until upstream has the operation: the opt-out goes in with the description.
    flow = run(clone, upstream("new-operation", tmp_path), tmp_path, capsys)
    assert flow.update_exit == 1
    names.write_text(
        text.replace("operations:\n", "operations:\n  get_timezone_list: get_timezone_list\n"),
        encoding="utf-8",
    )
    generate(Layout.of(clone))
    page = (clone / "generated" / "README.md").read_text(encoding="utf-8")
    assert "`client.dictionaries.get_timezone_list()`" in page


def test_one_update_names_every_stale_override_name_and_unnamed_operation(
    clone: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Upstream removes the payment notice (its method and model names go stale), moves what
    an override targets, and adds an operation: one run reports all of it."""
    removed = tmp_path / "removed"
    removed.mkdir()
    (removed / "changes.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: removed path, version: 1.0.0}\nactions:\n"
        "  - target: \"$.paths['/marketplace/partner/payment']\"\n    remove: true\n"
        "    description: Upstream removes the payment notice.\n",
        encoding="utf-8",
    )
    spec = load_spec(ROOT / "openapi.yaml")
    for overlays in (UPSTREAM / "stale-override", UPSTREAM / "new-operation", removed):
        apply_actions(spec, load_overlays(overlays))
    new = tmp_path / "upstream.yaml"
    new.write_text(dump_yaml(spec), encoding="utf-8")
    flow = run(clone, new, tmp_path, capsys)
    assert flow.update_exit == 1
    stale = [action["label"] for action in flow.report["override_health"]["stale"]]
    assert stale[0] == VOIP_STALE
    assert len(stale) == 3  # and the two of the removed path's dates
    assert all("$.paths['/marketplace/partner/payment']" in label for label in stale[1:])
    print("NAMES", flow.report["names"])
    assert flow.report["names"] == [
        "stale name: overrides/names.yaml operations.marketplace_notification_payment_callback "
        "(notify_payment): no operation has the operationId "
        "marketplace_notification_payment_callback",
        UNNAMED_TIMEZONES,
        "stale name: overrides/names.yaml models.NotifyPaymentResultData (PaymentReceipt): "
        "the generator no longer produces a class NotifyPaymentResultData",
        "stale name: overrides/names.yaml models.NotifyPaymentResponse200 (NotifyPaymentResult): "
        "the generator no longer produces a class NotifyPaymentResponse200",
        # Upstream retitled the VoIP branch the stale override targets: a new class.
        "unnamed model: DisableIntegration has no entry in overrides/names.yaml models "
        "(suggested: `DisableIntegration: DisableIntegration`)",
    ]
    body = Path(f"{flow.prefix}.md").read_text(encoding="utf-8")
    for problem in flow.report["names"]:
        assert f"- {problem}\n" in body
    assert git(clone, "status", "--porcelain") == " M openapi.yaml\n"  # generated/ untouched


def test_a_breaking_update_is_labelled_and_lists_breaking_changes_first(
    clone: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Upstream removes the refund operation: its overrides/names.yaml entry would be stale
    # (a build failure naming it), so the maintainer has dropped it beforehand.
    names = clone / "overrides" / "names.yaml"
    entry = "  marketplace_payment_refund_callback: refund_payment\n"
    names.write_text(names.read_text(encoding="utf-8").replace(entry, ""), encoding="utf-8")
    git(clone, "commit", "--quiet", "--all", "--amend", "--no-edit")
    git(clone, "tag", "--force", "base")
    flow = run(clone, upstream("breaking", tmp_path), tmp_path, capsys)
    assert (flow.update_exit, flow.plan_exit) == (0, 0)
    assert flow.outputs["labels"] == "breaking,release:minor"  # breaking, while 0.x
    assert flow.outputs["breaking"] == "true"
    assert flow.outputs["title"] == "Update openapi.yaml from Altegio: 2 breaking changes"
    body = flow.body
    changelog = body.split("## API changes (overlays applied)\n\n")[1].split("## Override")[0]
    assert changelog == (
        "**2 breaking changes**, 0 other changes\n\n"
        "### Breaking changes\n\n"
        "#### `GET /cities` (`get_city_list`)\n\n"
        "- **breaking** `query parameter country_id`: made required\n\n"
        "#### `POST /marketplace/partner/payment/refund/{payment_id}` "
        "(`marketplace_payment_refund_callback`)\n\n"
        "- **breaking** operation removed\n\n"
    )
    assert ("- **removed** `client.marketplace.refund_payment(payment_id: int)`") in body
    assert "`client.dictionaries.list_cities(*, country_id: int, company_id:" in body
    assert flow.report["changelog"]["breaking"] == 2
    assert (
        "- `altegio_devtools.AltegioClient.marketplace.refund_payment` (function): removed"
    ) in body
    assert flow.report["surface"]["breaking"] == 4
    assert flow.report["release"]["bump"] == "minor"
    assert flow.commit() == 0
    assert [subject for subject, _ in commits_since_base(clone)] == [
        "Update openapi.yaml from Altegio: 2 breaking changes",
        "Regenerate client",
    ]


def test_a_stale_override_fails_naming_it_and_opens_no_pull_request(
    clone: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree_fingerprint(clone / "generated")
    work = tmp_path / "work"
    work.mkdir()
    flow = Run(clone, str(upstream("stale-override", tmp_path)), work)
    printed = capsys.readouterr().out
    assert (flow.update_exit, flow.plan_exit) == (1, 1)
    assert flow.outputs["status"] == "build-failed"
    assert flow.outputs["open-pr"] == "false"
    summary = flow.summary.read_text(encoding="utf-8")
    assert f"- **stale** {VOIP_STALE}: matches nothing." in summary
    assert f"stale override: {VOIP_STALE} matches nothing" in summary.split("## Generated")[1]
    assert f"::error title=Stale override::{VOIP_STALE} matches nothing\n" in printed
    assert flow.report["override_health"]["stale"][0]["label"] == VOIP_STALE
    assert tree_fingerprint(clone / "generated") == before
    assert git(clone, "status", "--porcelain") == " M openapi.yaml\n"  # for the fix to follow


def test_a_download_failure_fails_and_touches_nothing(
    clone: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], failing_server: str
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    flow = Run(clone, failing_server, work)
    captured = capsys.readouterr()
    assert (flow.update_exit, flow.plan_exit) == (2, 2)
    assert captured.err.startswith(f"error: cannot download {failing_server}: ")
    assert flow.report == {
        "format": "altegio-devtools/spec-update/1",
        "source": failing_server,
        "status": "unavailable",
        "error": flow.report["error"],
    }
    assert "503 Service Unavailable" in flow.report["error"]
    assert flow.outputs["open-pr"] == "false"
    summary = flow.summary.read_text(encoding="utf-8")
    assert "The description could not be had; openapi.yaml and generated/ are unchanged" in summary
    assert "::error title=Spec update failed::cannot download" in captured.out
    assert git(clone, "status", "--porcelain") == ""


# --- the other outcomes and guards ---------------------------------------------------------


def test_an_unchanged_description_changes_nothing_and_opens_no_pull_request(
    clone: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flow = run(clone, clone / "openapi.yaml", tmp_path, capsys)
    assert (flow.update_exit, flow.plan_exit) == (0, 0)
    assert flow.outputs["status"] == "unchanged"
    assert flow.outputs["open-pr"] == "false"
    assert "openapi.yaml is already this description" in flow.summary.read_text()
    assert flow.report["generated"] is None
    assert git(clone, "status", "--porcelain") == ""
    assert flow.commit() == 1  # nothing to commit
    assert "nothing to commit: openapi.yaml and overrides/ are unchanged" in capsys.readouterr().err


def test_commit_refuses_changes_outside_the_spec_overrides_and_generated(clone: Path) -> None:
    (clone / "openapi.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    (clone / "stray.txt").write_text("not reviewed\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"changes outside .*: stray\.txt"):
        spec_pr.commit_update(clone, "Update")
    assert git(clone, "log", "--format=%s") == "Base\n"


def test_commit_takes_adapted_tests_and_examples_only_when_told(clone: Path) -> None:
    (clone / "openapi.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    (clone / "tests").mkdir()
    (clone / "tests" / "test_calls.py").write_text("# the new call\n", encoding="utf-8")
    (clone / "README.md").write_text("the new call\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"README\.md, tests/test_calls\.py \(tests or exam"):
        spec_pr.commit_update(clone, "Update")
    (clone / "stray.txt").write_text("not reviewed\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"changes outside .*: stray\.txt$"):
        spec_pr.commit_update(clone, "Update", adapted=True)  # never anything else
    (clone / "stray.txt").unlink()
    assert len(spec_pr.commit_update(clone, "Update", adapted=True)) == 1
    assert git(clone, "show", "--name-only", "--format=%B", "HEAD").split() == [
        "Update", "Adapts", "to", "the", "new", "surface:", "README.md,", "tests/test_calls.py.",
        "README.md", "openapi.yaml", "tests/test_calls.py",
    ]  # fmt: skip


def test_commit_without_generated_changes_makes_one_commit(clone: Path) -> None:
    (clone / "overrides" / "QUIRKS.md").write_text("edited\n", encoding="utf-8")
    (clone / "openapi.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    assert len(spec_pr.commit_update(clone, "Update openapi.yaml")) == 1
    assert commits_since_base(clone)[-1] == (
        "Update openapi.yaml",
        ["openapi.yaml", "overrides/QUIRKS.md"],
    )


def test_plan_without_a_report_fails_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = tmp_path / "summary.md"
    assert spec_pr.main(["plan", str(tmp_path / "missing"), "--summary", str(summary)]) == 2
    assert capsys.readouterr().out.startswith("::error title=Spec update failed::no usable report")
    assert "No usable report" in summary.read_text(encoding="utf-8")


def test_a_pull_request_body_is_cut_to_github_s_limit() -> None:
    report = "# Spec update\n" + "".join(
        f"- changed: `generated/file{i}.py`\n" for i in range(5000)
    )
    body = spec_pr.pr_body(report)
    assert len(body) <= spec_pr.MAX_BODY
    assert "the job summary of the workflow run has the whole report" in body
    assert body.rstrip().endswith("and the next release takes the biggest.")
    assert spec_pr.pr_body("# Short\n") == f"# Short\n\n{spec_pr.REVIEWER_NOTE}\n"


def test_annotations_escape_what_would_end_a_workflow_command() -> None:
    decided = spec_pr.Plan("unavailable", False, 0, 0, "t", [], "100% down\nsecond line")
    assert spec_pr.error_annotations(decided) == ["::error title=Spec update failed::100%25 down"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("http://127.0.0.1:9/openapi.yaml", "cannot download {path}"),
        ("missing.yaml", "cannot read {path}"),
        ("broken.yaml", "{path} is not valid YAML"),
        ("list.yaml", "{path} is not an OpenAPI description"),
    ],
)
def test_a_download_or_parse_failure_touches_nothing(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str, message: str
) -> None:
    (tmp_path / "broken.yaml").write_text("openapi: [3.1\n", encoding="utf-8")
    (tmp_path / "list.yaml").write_text("- 1\n", encoding="utf-8")
    before = (tree_fingerprint(repo / "generated"), (repo / "openapi.yaml").read_bytes())
    path = source if source.startswith("http") else str(tmp_path / source)
    assert main([path], root=repo) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"error: {message.format(path=path)}")
    assert error.rstrip().endswith("openapi.yaml and generated/ are unchanged")
    assert (tree_fingerprint(repo / "generated"), (repo / "openapi.yaml").read_bytes()) == before


def test_spec_diff_of_the_vendored_description_against_itself(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert spec_diff_main([str(ROOT / "openapi.yaml"), str(ROOT / "openapi.yaml")]) == 0
    assert capsys.readouterr().out.strip() == "No changes."


# --- the per-operation summary -------------------------------------------------------------

PAGE = """\
# altegio_devtools operations

## voip

| Python call | Returns | HTTP | Host | Auth | Summary |
|---|---|---|---|---|---|
| `client.voip.{event}(*, body: A \\| B)` | `Event202` | `POST /voip` | api | partner | A \\| B |
| `client.voip.list_voip_calls(*, body: Body)` | `Calls200` | `GET /calls` | api | {auth} | Calls |
| `client.{tag}.get_city_list()` | `Cities200` | `GET /cities` | api | partner | Cities |
"""


def page(event: str = "handle_event", auth: str = "partner + user", tag: str = "voip") -> str:
    return PAGE.format(event=event, auth=auth, tag=tag)


def test_the_operations_page_is_read_with_escaped_pipes() -> None:
    calls = client_diff.parse_operations_page(page())
    assert list(calls) == ["handle_event", "list_voip_calls", "get_city_list"]
    event = calls["handle_event"]
    assert (event.tag, event.parameters, event.returns) == ("voip", "*, body: A | B", "Event202")
    assert (event.http, event.host, event.auth) == ("POST /voip", "api", "partner")
    assert event.python == "client.voip.handle_event(*, body: A | B)"


def test_operations_added_removed_and_changed_with_what_changed() -> None:
    changes = client_diff.diff_pages(
        page(), page(event="handle_voip_event", auth="partner", tag="dictionaries")
    )
    assert [call.operation_id for call in changes.added] == ["handle_voip_event"]
    assert [call.operation_id for call in changes.removed] == ["handle_event"]
    assert [(c.new.operation_id, c.aspects) for c in changes.changed] == [
        ("get_city_list", ["namespace"]),
        ("list_voip_calls", ["auth"]),
    ]
    assert client_diff.render_markdown(changes) == (
        "1 added, 1 removed, 2 changed (3 operations).\n\n"
        "- added `client.voip.handle_voip_event(*, body: A | B)` → `Event202` "
        "(`POST /voip`, api host, partner auth)\n"
        "- **removed** `client.voip.handle_event(*, body: A | B)` "
        "(`POST /voip`, api host, partner auth)\n"
        "- changed `client.dictionaries.get_city_list`:\n"
        "  - namespace: `client.voip` → `client.dictionaries`\n"
        "- changed `client.voip.list_voip_calls`:\n"
        "  - auth: `partner + user` → `partner`\n"
    )
    data = client_diff.changes_json(changes)
    assert data["changed"][1]["old"]["auth"] == "partner + user"
    assert data["added"][0]["python"] == "client.voip.handle_voip_event(*, body: A | B)"


def test_no_old_page_means_every_operation_is_new_and_the_same_page_no_change() -> None:
    assert len(client_diff.diff_pages(None, page()).added) == 3
    same = client_diff.diff_pages(page(), page())
    assert not same
    assert client_diff.render_markdown(same) == "0 added, 0 removed, 0 changed (3 operations).\n"


def test_client_diff_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new, data = tmp_path / "old.md", tmp_path / "new.md", tmp_path / "calls.json"
    old.write_text(page(), encoding="utf-8")
    new.write_text(page(auth="partner"), encoding="utf-8")
    assert client_diff.main([str(old), str(new), "--json", str(data)]) == 0
    assert "- changed `client.voip.list_voip_calls`:" in capsys.readouterr().out
    assert json.loads(data.read_text())["changed"][0]["aspects"] == ["auth"]
    # The default new side is the working tree's generated/README.md.
    assert client_diff.main([str(ROOT / "generated" / "README.md")], root=ROOT) == 0
    assert "0 removed" in capsys.readouterr().out
    assert client_diff.main(["no-such-ref"], root=ROOT) == 2
    assert "is neither a file nor a git ref" in capsys.readouterr().err


def test_a_row_that_is_not_a_call_is_an_error() -> None:
    with pytest.raises(BuildError, match="is not a `client"):
        client_diff.parse_operations_page("| `client.voip` | `X` | `GET /` | api | none | s |\n")
