"""The API changelog between two OpenAPI descriptions (`python -m generator.tooling.spec_diff`).

load (a file or a git ref) → resolve (a schema as the client sees it) → compare
(operations, parameters, bodies, schemas, security) → render (Markdown, JSON). Each entry is
marked breaking when code written against the generated client may stop working.
"""

from generator.tooling.spec_diff.cli import main
from generator.tooling.spec_diff.compare import diff_specs
from generator.tooling.spec_diff.load import load_description
from generator.tooling.spec_diff.model import Change
from generator.tooling.spec_diff.render import (
    changelog_json,
    render_markdown,
    summary_line,
    write_json,
)

__all__ = [
    "Change",
    "changelog_json",
    "diff_specs",
    "load_description",
    "main",
    "render_markdown",
    "summary_line",
    "write_json",
]
