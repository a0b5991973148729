"""Running the commands some cases time, from the repository root."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The virtualenv's bin directory, first on PATH so that tools find its ruff.
VENV_BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Run:
    seconds: float
    returncode: int
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def tail(self, lines: int = 3) -> str:
        """The last non-blank lines of its output, on one line."""
        text = [line.strip() for line in (self.stdout + self.stderr).splitlines() if line.strip()]
        return " / ".join(text[-lines:])


def env() -> dict[str, str]:
    environment = dict(os.environ)
    environment["PATH"] = f"{VENV_BIN}{os.pathsep}{environment.get('PATH', '')}"
    return environment


def timed(command: list[str], *, cwd: Path = ROOT, timeout: float = 240) -> Run:
    """Run a command to completion; its wall time, exit status and output."""
    started = time.perf_counter()
    completed = subprocess.run(
        command, cwd=cwd, env=env(), capture_output=True, text=True, timeout=timeout, check=False
    )
    seconds = time.perf_counter() - started
    return Run(seconds, completed.returncode, completed.stdout, completed.stderr)
