"""`gh` for the workflow run-through (tests/workflow_runner.py): the three commands the
workflows run, against the fake GitHub at $GITHUB_API_URL and the runner's artifact store.
Standard library only: it runs under the bare interpreter, like the runner's own `gh` would
run without anything installed. Every call is logged to $FAKE_GH_LOG."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import urllib.request
from pathlib import Path
from typing import Any


def api(method: str, path: str) -> Any:
    token = os.environ["GH_TOKEN"]  # gh reads the token from GH_TOKEN; the step must set it
    request = urllib.request.Request(
        f"{os.environ['GITHUB_API_URL']}{path}",
        method=method,
        headers={"Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def main(argv: list[str]) -> int:
    with Path(os.environ["FAKE_GH_LOG"]).open("a", encoding="utf-8") as log:
        log.write(json.dumps(argv) + "\n")
    parser = argparse.ArgumentParser(prog="gh")
    parser.add_argument("group", choices=["run", "pr"])
    parser.add_argument("command", choices=["download", "view", "edit"])
    parser.add_argument("target")
    parser.add_argument("--repo", required=True)
    parser.add_argument("--name")
    parser.add_argument("--dir")
    parser.add_argument("--json")
    parser.add_argument("--jq")
    parser.add_argument("--remove-label")
    args = parser.parse_args(argv)
    if (args.group, args.command) == ("run", "download"):
        source = Path(os.environ["FAKE_GH_ARTIFACTS"]) / args.target / args.name
        if not source.is_dir():
            print(f"no artifact {args.name} in run {args.target}", file=sys.stderr)
            return 1
        shutil.copytree(source, args.dir, dirs_exist_ok=True)
        return 0
    if (args.group, args.command) == ("pr", "view"):
        assert (args.json, args.jq) == ("labels", ".labels[].name"), "not emulated"
        pull = api("GET", f"/repos/{args.repo}/pulls/{args.target}")
        print("".join(f"{label['name']}\n" for label in pull["labels"]), end="")
        return 0
    if (args.group, args.command) == ("pr", "edit") and args.remove_label:
        api("DELETE", f"/repos/{args.repo}/issues/{args.target}/labels/{args.remove_label}")
        return 0
    print(f"gh {' '.join(argv)}: not emulated", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
