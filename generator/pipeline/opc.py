"""openapi-python-client's command line, recording which `class_overrides` it applied and
handing the templates what it does not read from the spec.

`python -m generator.pipeline.opc HITS_FILE GLOBALS_FILE <openapi-python-client arguments>`:
the build runs the generator through this, so that
- a model entry of overrides/names.yaml whose generated class no longer exists is found
  exactly (generator/pipeline/names.py), not guessed from the output;
- the templates see GLOBALS_FILE's JSON object as Jinja globals: `operations` (host, auth
  and retry rule of each operation, generator/pipeline/operations.py) and `tags` (the tags'
  descriptions), for the docstrings;
- compiled templates are cached between builds.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import openapi_python_client
from jinja2 import FileSystemBytecodeCache
from openapi_python_client.cli import app
from openapi_python_client.parser.properties import schemas
from openapi_python_client.schema.ref import Ref
from openapi_python_client.strings import ClassName


def main() -> None:
    hits_file = Path(sys.argv.pop(1))
    template_globals = json.loads(Path(sys.argv.pop(1)).read_text(encoding="utf-8"))
    hits: set[str] = set()
    original = schemas.Class.from_string

    def from_string(*, string: Any, config: Any) -> schemas.Class:
        name = ClassName(schemas.get_reference_simple_name(Ref(string)), config.field_prefix)
        if name in config.class_overrides:
            hits.add(str(name))
        return original(string=string, config=config)

    schemas.Class.from_string = staticmethod(from_string)  # type: ignore[method-assign]
    project_init = openapi_python_client.Project.__init__

    def init(self: openapi_python_client.Project, *args: Any, **kwargs: Any) -> None:
        project_init(self, *args, **kwargs)
        self.env.globals.update(template_globals)
        # Compiling the templates is a third of a build. Jinja keys compiled templates by
        # their source's checksum (and its own and Python's versions), so the output is the
        # same with or without the cache (a per-user directory in the system's temp dir).
        self.env.bytecode_cache = FileSystemBytecodeCache()

    openapi_python_client.Project.__init__ = init  # type: ignore[method-assign]
    try:
        app(prog_name="openapi-python-client")
    finally:
        hits_file.write_text(json.dumps(sorted(hits)), encoding="utf-8")


if __name__ == "__main__":
    main()
