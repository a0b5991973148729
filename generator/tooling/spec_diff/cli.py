"""`python -m generator.tooling.spec_diff [OLD] [NEW] [--report-only] [--markdown F] [--json F]`:
what changed in the API.

Compares two OpenAPI descriptions and prints a Markdown changelog for a pull request, one
section per operation, each entry marked **breaking** when code written against the generated
client may stop working. OLD and NEW are each a file path or a git ref (whose openapi.yaml is
read); the defaults are openapi.yaml at HEAD and in the working tree. The Markdown goes to
standard output and, with --markdown, to a file; --json writes the same changelog as data
(`breaking`, `other`, and `changes`: operation, operation_id, location, message, breaking).

Exit status: 1 when something is breaking, 0 otherwise (always 0 with --report-only), 2 when a
description cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.pipeline.errors import BuildError
from generator.pipeline.layout import ROOT
from generator.pipeline.yaml_io import load_yaml
from generator.tooling.spec_diff.compare import diff_specs
from generator.tooling.spec_diff.load import SPEC_NAME, as_description, load_description
from generator.tooling.spec_diff.render import changelog_json, render_markdown, write_json


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.tooling.spec_diff",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", nargs="?", default="HEAD", help="file or git ref (default: HEAD)")
    parser.add_argument(
        "new", nargs="?", help=f"file or git ref (default: the working-tree {SPEC_NAME})"
    )
    parser.add_argument(
        "--report-only", action="store_true", help="exit 0 even when something is breaking"
    )
    parser.add_argument("--markdown", type=Path, help="also write the Markdown to this file")
    parser.add_argument("--json", type=Path, help="also write the changelog as JSON to this file")
    args = parser.parse_args(argv)
    try:
        old = load_description(args.old, root)
        if args.new is None:
            new = as_description(load_yaml(root / SPEC_NAME), str(root / SPEC_NAME))
        else:
            new = load_description(args.new, root)
        changes = diff_specs(old, new)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    markdown = render_markdown(changes)
    print(markdown, end="")
    if args.markdown is not None:
        args.markdown.write_text(markdown, encoding="utf-8")
    if args.json is not None:
        write_json(args.json, changelog_json(changes))
    return 1 if any(change.breaking for change in changes) and not args.report_only else 0
