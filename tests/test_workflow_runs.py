"""The three workflows of the update loop, run end to end the way GitHub runs them
(tests/workflow_runner.py): the scheduled spec update opens or updates the pull request on a
local bare remote, the PR review runs on GitHub's merge commit and uploads its review, and
the comment workflow downloads it with `gh` and posts it on the fake GitHub on loopback.

Five fixture upstreams (tests/fixtures/upstream/): a non-breaking change, a breaking one, a
stale override, a new operation, and a download failure. Every step's command runs for real,
so renaming or breaking one (a make target, a module, an output name) fails these tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.tooling.pr_comment import MARKER
from tests import scratch
from tests.test_update_spec import UNNAMED_TIMEZONES, VOIP_STALE, failing_server, upstream
from tests.workflow_runner import (
    Event,
    FakeGitHub,
    JobResult,
    PullRequest,
    Runner,
    serving,
)

__all__ = ["failing_server"]  # a fixture used here
BRANCH = "altegio/spec-update"


@dataclass
class Loop:
    """A bare remote holding main, the fake GitHub, and a runner of the workflows."""

    remote: Path
    github: FakeGitHub
    runner: Runner
    work: Path

    def spec_update(self, source: str) -> JobResult:
        return self.runner.run_job(
            "spec-update.yml", Event("workflow_dispatch", {}, inputs={"source": source})
        )

    def review(self, number: int) -> JobResult:
        pull = self.github.pulls[number]
        payload = {"pull_request": {"number": number}}
        return self.runner.run_job(
            "pr-review.yml", Event("pull_request", payload, pull_branch=pull.branch)
        )

    def comment(self, review: JobResult, head: str) -> JobResult:
        conclusion = "failure" if review.failed else "success"
        payload = {
            "workflow_run": {
                "id": review.run_id,
                "event": "pull_request",
                "conclusion": conclusion,
                "head_sha": head,
            }
        }
        return self.runner.run_job("pr-review-comment.yml", Event("workflow_run", payload))

    def review_and_comment(self, number: int) -> tuple[JobResult, JobResult]:
        review = self.review(number)
        return review, self.comment(review, self.github.pulls[number].head)

    def branch_commits(self) -> list[tuple[str, list[str]]]:
        """(subject, files) of each commit of the update branch after main, oldest first."""
        log = scratch.git(
            self.remote, "log", "--reverse", "--format=%x00%s", "--name-only", f"main..{BRANCH}"
        )
        commits = []
        for chunk in log.split("\0")[1:]:
            subject, *files = [line for line in chunk.splitlines() if line]
            commits.append((subject, files))
        return commits

    def branches(self) -> list[str]:
        refs = scratch.git(self.remote, "for-each-ref", "--format=%(refname:short)", "refs/heads")
        return refs.split()

    def push_to_main(self, message: str, edit: dict[str, tuple[str, str]]) -> None:
        """A maintainer's commit on main: in each file, replace one text with another."""
        checkout = scratch.clone(self.work / "maintainer", source=self.remote)
        for name, (old, new) in edit.items():
            path = checkout / name
            text = path.read_text(encoding="utf-8")
            assert old in text, (name, old)
            path.write_text(text.replace(old, new), encoding="utf-8")
        scratch.git(checkout, "commit", "--quiet", "--all", "-m", message)
        scratch.git(checkout, "push", "--quiet", "origin", "HEAD:main")


@pytest.fixture
def loop(tmp_path: Path) -> Iterator[Loop]:
    remote = tmp_path / "remote.git"
    scratch.git(tmp_path, "clone", "--quiet", "--bare", str(scratch.template()), remote.name)
    github = FakeGitHub()
    with serving(github) as api_url:
        yield Loop(remote, github, Runner(tmp_path / "runner", remote, github, api_url), tmp_path)


def step_names(job: JobResult) -> list[tuple[str, bool, int]]:
    return [(step.name, step.ran, step.exit_code) for step in job.steps]


SPEC_UPDATE_STEPS = [
    "actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8",
    "actions/setup-python@e797f83bcb11b83ae66e0230d6156d7c80228e7c",
    "make update-spec",
    "Plan the pull request",
    "Commit the spec, then the regenerated client",
    "Open or update the pull request",
    "Drop a stale breaking label",
    "Keep one release label",
]


def assert_opened(loop: Loop, job: JobResult, title: str, labels: list[str]) -> PullRequest:
    assert not job.failed, job
    ran = [name for name, ran, _ in step_names(job) if ran]
    assert ran[:6] == SPEC_UPDATE_STEPS[:6], job  # the label step: when it is not breaking
    assert loop.branches() == ["altegio/spec-update", "main"]
    (spec, spec_files), (regenerated, generated_files) = loop.branch_commits()
    assert (spec, spec_files) == (title, ["openapi.yaml"])
    assert regenerated == "Regenerate client"
    assert generated_files and all(name.startswith("generated/") for name in generated_files)
    (pull,) = loop.github.pulls.values()
    assert (pull.branch, pull.title, pull.labels) == (BRANCH, title, labels)
    assert pull.head == scratch.git(loop.remote, "rev-parse", BRANCH).strip()
    assert pull.body.startswith("# Spec update from ")
    return pull


def assert_review_posted(loop: Loop, pull: PullRequest, comment: JobResult) -> str:
    assert not comment.failed, comment
    (body,) = loop.github.bot_comments(pull.number)
    assert body.startswith(f"{MARKER}\n## Spec review against `")
    return body


def show(pull: PullRequest, comment: str) -> None:
    """For the record (pytest -s): what a reviewer sees."""
    print(f"\n=== #{pull.number} {pull.title!r} labels={pull.labels}\n--- body\n{pull.body}")
    print(f"--- review comment\n{comment}")


def show_failed(job: JobResult) -> None:
    """For the record (pytest -s): what the failed run's page says."""
    print(f"\n=== annotations\n{job.step('Plan the pull request').output}")
    print(f"--- job summary\n{job.summary}")


# --- the five fixture upstreams --------------------------------------------------------------


def test_a_non_breaking_update_opens_a_pull_request_reviewed_once_then_updated(
    loop: Loop, tmp_path: Path
) -> None:
    source = str(upstream("non-breaking", tmp_path))
    job = loop.spec_update(source)
    title = "Update openapi.yaml from Altegio: 1 other change"
    pull = assert_opened(loop, job, title, ["release:minor"])  # an addition
    assert job.outputs["plan"]["breaking"] == "false"
    assert "- `query parameter title`: added (optional)" in pull.body
    # The label step ran, found no `breaking` label and removed nothing.
    assert job.step("Drop a stale breaking label").ran
    assert job.step("Keep one release label").ran  # one release label: nothing to remove
    assert "--remove-label" not in (loop.runner.work / "gh.log").read_text(encoding="utf-8")

    review, comment = loop.review_and_comment(pull.number)
    assert not review.failed, review
    assert review.outputs["review"]["status"] == "0"
    assert not review.step("Fail when generated/ is stale or the build fails").ran
    assert "### generated/ is current" in review.summary
    body = assert_review_posted(loop, pull, comment)
    assert "No breaking changes, 1 other change" in body
    assert "- `query parameter title`: added (optional)" in body
    assert "### generated/ is current" in body
    assert "posted https://github.test/" in comment.step("Post or update the comment").output
    show(pull, body)

    # The next run (a day later, upstream unchanged since): the same branch and pull request,
    # pushed again; the review comment is updated, not posted twice.
    again = loop.spec_update(source)
    assert not again.failed, again
    assert again.outputs["pr"]["pull-request-operation"] == "updated"
    assert list(loop.github.pulls) == [pull.number]
    assert len(loop.branch_commits()) == 2
    review, comment = loop.review_and_comment(pull.number)
    assert "updated https://github.test/" in comment.step("Post or update the comment").output
    assert len(loop.github.bot_comments(pull.number)) == 1
    methods = [method for method, path in loop.github.requests if path.endswith("/comments")]
    assert methods.count("POST") == 1


def test_a_breaking_update_is_labelled_and_its_review_lists_the_breaking_changes(
    loop: Loop, tmp_path: Path
) -> None:
    # Upstream removes the refund operation: the maintainer drops its name first.
    entry = "  marketplace_payment_refund_callback: refund_payment\n"
    loop.push_to_main("Drop a removed operation's name", {"overrides/names.yaml": (entry, "")})
    job = loop.spec_update(str(upstream("breaking", tmp_path)))
    title = "Update openapi.yaml from Altegio: 2 breaking changes"
    pull = assert_opened(loop, job, title, ["breaking", "release:minor"])  # 0.x: minor
    assert job.outputs["plan"]["breaking"] == "true"
    assert not job.step("Drop a stale breaking label").ran
    assert job.step("Keep one release label").ran
    assert "### Breaking changes" in pull.body
    assert "- **breaking** `query parameter country_id`: made required" in pull.body

    review, comment = loop.review_and_comment(pull.number)
    assert not review.failed, review
    body = assert_review_posted(loop, pull, comment)
    assert "**2 breaking changes**, 0 other changes" in body
    assert "- **breaking** operation removed" in body
    assert "- **removed** `client.marketplace.refund_payment(payment_id: int)`" in body
    show(pull, body)


def test_a_stale_override_fails_the_job_naming_it_and_opens_nothing(
    loop: Loop, tmp_path: Path
) -> None:
    job = loop.spec_update(str(upstream("stale-override", tmp_path)))
    assert step_names(job)[2:] == [
        ("make update-spec", True, 0),  # `|| true`: the plan judges
        ("Plan the pull request", True, 1),
        ("Commit the spec, then the regenerated client", False, 0),
        ("Open or update the pull request", False, 0),
        ("Drop a stale breaking label", False, 0),
        ("Keep one release label", False, 0),
    ]
    assert f"::error title=Stale override::{VOIP_STALE} matches nothing" in (
        job.step("Plan the pull request").output
    )
    assert f"- **stale** {VOIP_STALE}: matches nothing." in job.summary
    # Upstream's retitled branch is a new model: reported, but it fails nothing by itself.
    assert "- unnamed model: DisableIntegration has no entry" in job.summary
    assert "Name needed" not in job.step("Plan the pull request").output
    assert loop.branches() == ["main"]
    assert loop.github.pulls == {}
    show_failed(job)


def test_a_new_operation_without_a_name_fails_the_job_with_a_suggested_name(
    loop: Loop, tmp_path: Path
) -> None:
    job = loop.spec_update(str(upstream("new-operation", tmp_path)))
    assert step_names(job)[2:4] == [
        ("make update-spec", True, 0),
        ("Plan the pull request", True, 1),
    ]
    assert not job.step("Open or update the pull request").ran
    assert f"::error title=Name needed::{UNNAMED_TIMEZONES}" in (
        job.step("Plan the pull request").output
    )
    assert f"## Names (overrides/names.yaml)\n\n- {UNNAMED_TIMEZONES}\n" in job.summary
    assert loop.branches() == ["main"]
    assert loop.github.pulls == {}
    show_failed(job)


def test_a_download_failure_fails_the_job_and_touches_nothing(
    loop: Loop, failing_server: str
) -> None:
    job = loop.spec_update(failing_server)
    assert [(name, ran, code) for name, ran, code in step_names(job)][2:4] == [
        ("make update-spec", True, 0),
        ("Plan the pull request", True, 2),
    ]
    assert not job.step("Open or update the pull request").ran
    assert "::error title=Spec update failed::cannot download" in (
        job.step("Plan the pull request").output
    )
    assert "could not be had; openapi.yaml and generated/ are unchanged" in job.summary
    assert loop.branches() == ["main"]
    assert loop.github.pulls == {}
    assert loop.github.requests == []  # the fake GitHub saw no call at all
    show_failed(job)
