"""`python -m generator.tooling.pr_comment --repo OWNER/NAME --pr-file F --head-sha SHA --body F`:
post the review as one pull-request comment, or update the one posted before.

Runs in the privileged half of the review (`.github/workflows/pr-review-comment.yml`), on the
default branch's code, with a token that may write pull requests; everything it reads from
the review artifact is untrusted data. So it uses the standard library only (nothing is
installed for it), accepts only a decimal pull-request number, posts only when that pull
request's head is still the commit the review ran on, and never edits a comment it did not
write. The comment is found by a hidden marker, so a pull request has at most one.

Environment: GITHUB_TOKEN; GITHUB_API_URL (default https://api.github.com).
Exit status: 0 when the comment was posted or updated, or skipped because the pull request
moved on; 1 on anything else.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

MARKER = "<!-- altegio-devtools:pr-review -->"
BOT = "github-actions[bot]"
MAX_BODY = 65_536  # GitHub's limit for a comment body, in characters
TRUNCATED = "\n\n_(cut to fit a comment; the workflow run's summary has all of it)_\n"
PER_PAGE = 100


class GitHubError(Exception):
    """A GitHub API call failed, or answered something unexpected."""


class GitHub:
    """The few REST calls this needs, with a bearer token."""

    def __init__(self, api_url: str, token: str, repo: str) -> None:
        if urlsplit(api_url).scheme not in ("http", "https"):
            raise GitHubError(f"GITHUB_API_URL must be an http(s) URL, not {api_url!r}")
        self._base = f"{api_url.rstrip('/')}/repos/{repo}"
        self._token = token

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(  # noqa: S310 - the scheme is checked in __init__
            f"{self._base}{path}",
            data=data,
            method=method,
            headers={
                "Accept": "application/vnd.github+json",
                "Authorization": f"Bearer {self._token}",
                "Content-Type": "application/json",
                "X-GitHub-Api-Version": "2022-11-28",
                "User-Agent": "altegio-devtools-pr-review",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            raise GitHubError(f"{method} {path}: HTTP {error.code} {error.reason}") from error
        except (urllib.error.URLError, TimeoutError, ValueError) as error:
            raise GitHubError(f"{method} {path}: {error}") from error

    def comments(self, number: int) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        page = 1
        while True:
            batch = self.call("GET", f"/issues/{number}/comments?per_page={PER_PAGE}&page={page}")
            if not isinstance(batch, list):
                raise GitHubError(f"comments of #{number}: expected a list")
            found += batch
            if len(batch) < PER_PAGE:
                return found
            page += 1


def comment_body(review: str) -> str:
    """The marker, then the review, cut (at a line) to fit GitHub's limit."""
    budget = MAX_BODY - len(MARKER) - 1
    if len(review) > budget:
        cut = review[: budget - len(TRUNCATED)]
        review = cut[: cut.rfind("\n") + 1 or len(cut)] + TRUNCATED
    return f"{MARKER}\n{review}"


def find_own_comment(comments: list[dict[str, Any]], author: str) -> dict[str, Any] | None:
    for comment in comments:
        user = comment.get("user") or {}
        if user.get("login") == author and MARKER in str(comment.get("body", "")):
            return comment
    return None


def post_review(github: GitHub, number: int, head_sha: str, review: str, author: str = BOT) -> str:
    """Post or update the comment; say what was done."""
    pull = github.call("GET", f"/pulls/{number}")
    current = (pull.get("head") or {}).get("sha") if isinstance(pull, dict) else None
    if current != head_sha:
        return f"skipped: #{number} is at {current}, not {head_sha} (a newer review will post)"
    body = comment_body(review)
    existing = find_own_comment(github.comments(number), author)
    if existing is None:
        created = github.call("POST", f"/issues/{number}/comments", {"body": body})
        return f"posted {created.get('html_url', '')}".rstrip()
    github.call("PATCH", f"/issues/comments/{existing['id']}", {"body": body})
    return f"updated {existing.get('html_url', '')}".rstrip()


def read_pr_number(path: Path) -> int:
    text = path.read_text(encoding="utf-8").strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 10:
        raise ValueError(f"{path} does not hold a pull-request number: {text[:40]!r}")
    return int(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.tooling.pr_comment",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--repo", required=True, help="owner/name")
    parser.add_argument("--pr-file", type=Path, required=True, help="holds the PR number")
    parser.add_argument("--head-sha", required=True, help="the commit the review ran on")
    parser.add_argument("--body", type=Path, required=True, help="the review (Markdown)")
    parser.add_argument("--author", default=BOT, help=f"whose comment to update ({BOT})")
    args = parser.parse_args(argv)
    token = os.environ.get("GITHUB_TOKEN", "")
    if not token:
        print("error: GITHUB_TOKEN is not set", file=sys.stderr)
        return 1
    try:
        number = read_pr_number(args.pr_file)
        review = args.body.read_text(encoding="utf-8", errors="replace")
        github = GitHub(
            os.environ.get("GITHUB_API_URL", "https://api.github.com"), token, args.repo
        )
        print(post_review(github, number, args.head_sha, review, args.author))
    except (OSError, ValueError, GitHubError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
