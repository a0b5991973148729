"""Where the build reads and writes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: The repository root (the directory holding generator/).
ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGE = "altegio_devtools"
#: The description with the overlays applied, written into generated/ beside the package.
EFFECTIVE_SPEC = "openapi.effective.yaml"


@dataclass(frozen=True)
class Layout:
    """Where the build reads and writes, relative to the repository root."""

    root: Path
    spec: Path

    @classmethod
    def of(cls, root: Path, spec: Path | None = None) -> Layout:
        return cls(root, spec or root / "openapi.yaml")

    @property
    def overrides(self) -> Path:
        return self.root / "overrides"

    @property
    def output(self) -> Path:
        return self.root / "generated"

    @property
    def state(self) -> Path:
        """What the build remembers between runs (the specs that validated), not committed."""
        return self.root / ".build-state"
