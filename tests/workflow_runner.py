"""A local stand-in for a GitHub Actions runner, enough for this repository's workflows.

`Runner.run_job` executes a workflow job's steps in order, the way the runner does: each `run:`
script under `bash --noprofile --norc -eo pipefail`, with the step's `env:` (its `${{ }}`
expressions evaluated), the GITHUB_* and RUNNER_* variables, a fresh $GITHUB_OUTPUT whose
values become `steps.<id>.outputs`, $GITHUB_STEP_SUMMARY collected, `if:` conditions evaluated
(a failed step skips the rest unless their `if:` says `always()`). The `uses:` steps are
emulated: checkout (a clone of a local bare remote at the event's commit, GitHub's merge
commit for a pull request), setup-python/-node (nothing: the checkout shares the set-up
.venv; `python` on PATH is a bare interpreter, as setup-python's is), upload-artifact (into a
local store), and peter-evans/create-pull-request (push the branch, open or update the pull
request on the fake GitHub). `gh` on PATH is tests/fake_gh.py, and GITHUB_API_URL points to
FakeGitHub on loopback, which keeps the pull requests, labels and comments.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import yaml

from tests import scratch
from tests.fault_server import send_json

WORKFLOWS = scratch.ROOT / ".github" / "workflows"
REPOSITORY = "altegio/devtools"
BOT = "github-actions[bot]"
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
CONTEXT_PATH = re.compile(r"\b(?:github|steps|inputs|secrets|runner|env)(?:\.[\w-]+)+")


def load_workflow(name: str) -> dict[str, Any]:
    document = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return {("on" if key is True else key): value for key, value in document.items()}


# --- the fake GitHub --------------------------------------------------------------------------


@dataclass
class PullRequest:
    number: int
    branch: str
    head: str
    title: str
    body: str
    labels: list[str] = field(default_factory=list)


@dataclass
class FakeGitHub:
    """The pull requests of REPOSITORY and the REST calls the workflows' tools make."""

    pulls: dict[int, PullRequest] = field(default_factory=dict)
    comments: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)

    def open_or_update(self, branch: str, head: str, title: str, body: str) -> tuple[int, str]:
        for pull in self.pulls.values():
            if pull.branch == branch:
                pull.head, pull.title, pull.body = head, title, body
                return pull.number, "updated"
        number = len(self.pulls) + 1
        self.pulls[number] = PullRequest(number, branch, head, title, body)
        self.comments[number] = []
        return number, "created"

    def bot_comments(self, number: int) -> list[str]:
        return [c["body"] for c in self.comments[number] if c["user"]["login"] == BOT]

    def handle(self, method: str, url: str, body: Any) -> tuple[int, Any]:
        self.requests.append((method, urlsplit(url).path))
        path, query = urlsplit(url).path, parse_qs(urlsplit(url).query)
        prefix = f"/repos/{REPOSITORY}"
        if not path.startswith(prefix):
            return 404, {"message": "Not Found"}
        path = path.removeprefix(prefix)
        if match := re.fullmatch(r"/pulls/(\d+)", path):
            pull = self.pulls.get(int(match[1]))
            if pull is None:
                return 404, {"message": "Not Found"}
            labels = [{"name": name} for name in pull.labels]
            return 200, {"number": pull.number, "head": {"sha": pull.head}, "labels": labels}
        if match := re.fullmatch(r"/issues/(\d+)/labels/(.+)", path):
            pull = self.pulls[int(match[1])]
            pull.labels = [name for name in pull.labels if name != unquote(match[2])]
            return 200, [{"name": name} for name in pull.labels]
        if match := re.fullmatch(r"/issues/(\d+)/comments", path):
            comments = self.comments[int(match[1])]
            if method == "POST":
                comment = {
                    "id": 5000 + sum(len(c) for c in self.comments.values()),
                    "body": body["body"],
                    "user": {"login": BOT},
                    "html_url": f"https://github.test/{REPOSITORY}/pull/{match[1]}",
                }
                comments.append(comment)
                return 201, comment
            size, page = int(query["per_page"][0]), int(query["page"][0])
            return 200, comments[(page - 1) * size : page * size]
        if (match := re.fullmatch(r"/issues/comments/(\d+)", path)) and method == "PATCH":
            every = [c for comments in self.comments.values() for c in comments]
            comment = next(c for c in every if c["id"] == int(match[1]))
            comment["body"] = body["body"]
            return 200, comment
        return 404, {"message": "Not Found"}


@contextmanager
def serving(fake: FakeGitHub) -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            send_json(self, *fake.handle(self.command, self.path, body))

        do_GET = do_POST = do_PATCH = do_DELETE = answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        thread.join()


# --- expressions ----------------------------------------------------------------------------


def lookup(context: dict[str, Any], path: str) -> Any:
    node: Any = context
    for part in path.split("."):
        node = node.get(part, "") if isinstance(node, dict) else ""
    return node


def evaluate(expression: str, context: dict[str, Any]) -> Any:
    """The subset of GitHub's expression language these workflows use: context paths,
    'strings', ==, !=, &&, ||, parentheses and always()/success()/failure()."""
    names: dict[str, Any] = {}

    def name(match: re.Match[str]) -> str:
        names[f"_{len(names)}"] = lookup(context, match[0])
        return f"_{len(names) - 1}"

    text = CONTEXT_PATH.sub(name, expression)
    text = text.replace("&&", " and ").replace("||", " or ")
    text = text.replace("always()", "True").replace("success()", "_ok")
    text = text.replace("failure()", "(not _ok)")
    names["_ok"] = not context["failed"]
    return eval(text, {"__builtins__": {}}, names)


def substitute(text: str, context: dict[str, Any]) -> str:
    return EXPRESSION.sub(lambda match: str(evaluate(match[1], context)), text)


def should_run(step: dict[str, Any], context: dict[str, Any]) -> bool:
    condition = step.get("if")
    if condition is None:
        return not context["failed"]
    text = str(condition).strip()
    wrapped = EXPRESSION.fullmatch(text)  # `if:` may or may not wrap it in ${{ }}
    text = wrapped[1] if wrapped else text
    uses_status = any(word in text for word in ("always()", "failure()", "success()"))
    return bool(evaluate(text, context)) and (uses_status or not context["failed"])


def read_outputs(path: Path) -> dict[str, str]:
    """$GITHUB_OUTPUT: `name=value` lines and `name<<DELIMITER` blocks."""
    outputs: dict[str, str] = {}
    lines = iter(path.read_text(encoding="utf-8").splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            key, delimiter = line.split("<<", 1)
            value: list[str] = []
            for inner in lines:
                if inner == delimiter:
                    break
                value.append(inner)
            outputs[key] = "\n".join(value)
        elif "=" in line:
            key, value_text = line.split("=", 1)
            outputs[key] = value_text
    return outputs


# --- the runner -----------------------------------------------------------------------------


@dataclass
class StepResult:
    name: str
    ran: bool
    exit_code: int = 0
    output: str = ""


@dataclass
class JobResult:
    run_id: str
    steps: list[StepResult]
    summary: str
    outputs: dict[str, dict[str, str]]

    @property
    def failed(self) -> bool:
        return any(step.exit_code != 0 for step in self.steps)

    def step(self, name: str) -> StepResult:
        return next(step for step in self.steps if step.name == name)

    def __str__(self) -> str:
        return "\n".join(
            f"--- {s.name}: {'ran, exit ' + str(s.exit_code) if s.ran else 'skipped'}\n{s.output}"
            for s in self.steps
        )


@dataclass
class Event:
    """What triggered the run: its name, the commit checked out, and its payload."""

    name: str
    payload: dict[str, Any]
    inputs: dict[str, str] = field(default_factory=dict)
    pull_branch: str | None = None  # a pull_request event: the head branch merged into main


class Runner:
    def __init__(self, work: Path, remote: Path, github: FakeGitHub, api_url: str) -> None:
        self.work, self.remote, self.github, self.api_url = work, remote, github, api_url
        self.artifacts = work / "artifacts"
        self.runs = 0
        self.bin = work / "bin"
        self.bin.mkdir(parents=True, exist_ok=True)
        # setup-python's `python` has nothing installed: the bare interpreter of the venv.
        bare = Path(sys.base_prefix) / "bin" / "python3"
        for name in ("python", "python3"):
            (self.bin / name).unlink(missing_ok=True)
            (self.bin / name).symlink_to(bare)
        gh = self.bin / "gh"
        fake_gh = str(Path(__file__).with_name("fake_gh.py"))
        gh.write_text(
            f"#!{bare}\nimport runpy\nrunpy.run_path({fake_gh!r}, run_name='__main__')\n",
            encoding="utf-8",
        )
        gh.chmod(0o755)

    def run_job(self, workflow_name: str, event: Event) -> JobResult:
        self.runs += 1
        run_id = str(1000 + self.runs)
        workflow = load_workflow(workflow_name)
        (job,) = workflow["jobs"].values()
        temp = self.work / f"run-{run_id}" / "temp"
        temp.mkdir(parents=True)
        workspace = self.work / f"run-{run_id}" / "workspace"
        context: dict[str, Any] = {
            "github": {
                "token": "ghs_runner_token",
                "event": event.payload,
                "event_name": event.name,
                "repository": REPOSITORY,
            },
            "inputs": event.inputs,
            "secrets": {},
            "runner": {"temp": str(temp)},
            "steps": {},
            "failed": False,
        }
        if "if" in job and not evaluate(str(job["if"]), context):
            return JobResult(run_id, [], "", {})
        results: list[StepResult] = []
        summary = ""
        for index, step in enumerate(job["steps"]):
            name = step.get("name") or step.get("uses") or f"step {index}"
            if not should_run(step, context):
                results.append(StepResult(name, ran=False))
                continue
            output_file = temp / f"output-{index}"
            summary_file = temp / f"summary-{index}"
            output_file.write_text("", encoding="utf-8")
            summary_file.write_text("", encoding="utf-8")
            if "uses" in step:
                code, printed, outputs = self.uses(step, context, event, workspace, run_id)
            else:
                env = {
                    key: substitute(str(value), context)
                    for key, value in step.get("env", {}).items()
                }
                env |= {
                    "CI": "true",
                    "GITHUB_ACTIONS": "true",
                    "GITHUB_REPOSITORY": REPOSITORY,
                    "GITHUB_EVENT_NAME": event.name,
                    "GITHUB_RUN_ID": run_id,
                    "GITHUB_WORKSPACE": str(workspace),
                    "GITHUB_SHA": scratch.git(workspace, "rev-parse", "HEAD").strip(),
                    "GITHUB_API_URL": self.api_url,
                    "GITHUB_OUTPUT": str(output_file),
                    "GITHUB_STEP_SUMMARY": str(summary_file),
                    "RUNNER_TEMP": str(temp),
                    "FAKE_GH_ARTIFACTS": str(self.artifacts),
                    "FAKE_GH_LOG": str(self.work / "gh.log"),
                    "PATH": os.pathsep.join(
                        [str(self.bin)]
                        + [p for p in os.environ["PATH"].split(os.pathsep) if ".venv" not in p]
                    ),
                }
                script = substitute(str(step["run"]), context)
                result = scratch.run(
                    ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                    workspace,
                    env=env,
                    timeout=600,
                )
                code, printed = result.returncode, result.stdout + result.stderr
                outputs = read_outputs(output_file)
            summary += summary_file.read_text(encoding="utf-8")
            if "id" in step:
                context["steps"][step["id"]] = {"outputs": outputs}
            results.append(StepResult(name, True, code, printed))
            if code != 0:
                context["failed"] = True
        by_step = {key: value["outputs"] for key, value in context["steps"].items()}
        return JobResult(run_id, results, summary, by_step)

    # --- the `uses:` steps ---------------------------------------------------------------------

    def uses(
        self,
        step: dict[str, Any],
        context: dict[str, Any],
        event: Event,
        workspace: Path,
        run_id: str,
    ) -> tuple[int, str, dict[str, str]]:
        action = str(step["uses"]).split("@")[0]
        inputs = {
            key: substitute(str(value), context) for key, value in step.get("with", {}).items()
        }
        if action == "actions/checkout":
            self.checkout(workspace, event)
            return 0, "checked out", {}
        if action in ("actions/setup-python", "actions/setup-node"):
            return 0, "set up (shared .venv and node_modules)", {}
        if action == "actions/upload-artifact":
            store = self.artifacts / run_id / inputs["name"]
            store.mkdir(parents=True, exist_ok=True)
            files = [Path(line.strip()) for line in inputs["path"].splitlines() if line.strip()]
            found = [path for path in files if path.is_file()]
            for path in found:
                shutil.copyfile(path, store / path.name)
            if not found and inputs.get("if-no-files-found") == "error":
                return 1, "no files found", {}
            return 0, f"uploaded {len(found)} file(s)", {}
        if action == "peter-evans/create-pull-request":
            return self.create_pull_request(workspace, inputs)
        raise AssertionError(f"no emulation of {action}")

    def checkout(self, workspace: Path, event: Event) -> None:
        scratch.clone(workspace, source=self.remote)
        if event.pull_branch is not None:  # GitHub's merge commit: base, then the head merged
            scratch.git(workspace, "fetch", "--quiet", "origin", event.pull_branch)
            scratch.git(workspace, "merge", "--quiet", "--no-ff", "--no-edit", "FETCH_HEAD")

    def create_pull_request(
        self, workspace: Path, inputs: dict[str, str]
    ) -> tuple[int, str, dict[str, str]]:
        branch = inputs["branch"]
        ahead = scratch.git(workspace, "rev-list", "--count", "origin/main..HEAD").strip()
        if ahead == "0":
            return 0, "no changes: no pull request", {"pull-request-number": ""}
        scratch.git(workspace, "push", "--quiet", "--force", "origin", f"HEAD:refs/heads/{branch}")
        head = scratch.git(workspace, "rev-parse", "HEAD").strip()
        body = Path(inputs["body-path"]).read_text(encoding="utf-8")
        number, operation = self.github.open_or_update(branch, head, inputs["title"], body)
        pull = self.github.pulls[number]
        for label in re.split(r"[,\n]", inputs.get("labels", "")):
            if label.strip() and label.strip() not in pull.labels:
                pull.labels.append(label.strip())
        outputs = {"pull-request-number": str(number), "pull-request-operation": operation}
        return 0, f"{operation} pull request #{number}", outputs
