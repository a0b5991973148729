"""openapi-python-client's command line, recording which `class_overrides` it applied.

`python -m generator.opc HITS_FILE <openapi-python-client arguments>`: the build runs the
generator through this, so that a model entry of overrides/names.yaml whose generated class
no longer exists is found exactly (generator/names.py), not guessed from the output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from openapi_python_client.cli import app
from openapi_python_client.parser.properties import schemas
from openapi_python_client.schema.ref import Ref
from openapi_python_client.strings import ClassName


def main() -> None:
    hits_file = Path(sys.argv.pop(1))
    hits: set[str] = set()
    original = schemas.Class.from_string

    def from_string(*, string: Any, config: Any) -> schemas.Class:
        name = ClassName(schemas.get_reference_simple_name(Ref(string)), config.field_prefix)
        if name in config.class_overrides:
            hits.add(str(name))
        return original(string=string, config=config)

    schemas.Class.from_string = staticmethod(from_string)  # type: ignore[method-assign]
    try:
        app(prog_name="openapi-python-client")
    finally:
        hits_file.write_text(json.dumps(sorted(hits)), encoding="utf-8")


if __name__ == "__main__":
    main()
