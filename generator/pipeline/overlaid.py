"""The description with the overlays applied, remembered between builds.

Loading the spec and applying the overlays (JSONPath over the whole document) is most of what
the build's own process spends before generating, and most builds (`make check`, a template
change) apply the very same overlays to the very same spec. The result is remembered in the
build's state directory (.build-state/overlaid/, memory.py), keyed by a digest of what
decides it: the spec's and the overlay files' bytes, the code that reads and applies them
and the versions of the libraries it uses. A build that fails (a stale action, a malformed
overlay) is never remembered. Pickle keeps the document exactly as loaded (types, key order,
shared nodes).
"""

from __future__ import annotations

import pickle
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from generator.pipeline import load
from generator.pipeline.memory import code_digest, recall, remember

#: The libraries that parse the files and evaluate the targets (their versions are keyed).
PACKAGES = ("pyyaml", "python-jsonpath")
#: The code that turns the files into the document (its source is keyed). The overlay
#: module is imported only when the overlays are applied: python-jsonpath takes ~40 ms.
CODE = (
    "generator.pipeline.load",
    "generator.pipeline.overlay",
    "generator.pipeline.yaml_io",
    __name__,
)


def overlaid_spec(spec: Path, overlays: Path, state: Path) -> dict[str, Any]:
    """`spec` loaded with every overlay in `overlays` applied, from `state` when the same
    inputs were applied before."""
    try:
        entry: Path | None = state / "overlaid" / f"{_digest(spec, overlays)}.pickle"
    except OSError:  # an input is unreadable: load_spec or load_overlays says which
        entry = None
    content = None if entry is None else recall(entry)
    if content is not None:
        try:
            document: dict[str, Any] = pickle.loads(content)  # noqa: S301 - our own state
        except (pickle.UnpicklingError, EOFError):
            pass  # a damaged entry: apply again
        else:
            return document
    from generator.pipeline import overlay  # noqa: PLC0415 - see CODE

    document = load.load_spec(spec)
    overlay.apply_actions(document, overlay.load_overlays(overlays))
    if entry is not None:
        remember(entry, pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
    return document


def _digest(spec: Path, overlays: Path) -> str:
    digest = code_digest(*CODE)
    for package in PACKAGES:
        digest.update(f"{package}=={_version(package)}\n".encode())
    inputs = [spec, *sorted(overlays.glob("*.yaml"))]  # the files load_overlays reads
    for path in inputs:
        content = path.read_bytes()
        digest.update(f"\n{path.name} {len(content)}\n".encode())
        digest.update(content)
    return digest.hexdigest()


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "missing"
