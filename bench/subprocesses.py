"""Running the commands some cases time, from the repository root."""

from __future__ import annotations

import os
import resource
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
    #: CPU time (user + system) of the command and every process it waited for
    cpu_seconds: float = 0.0

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


def timed(
    command: list[str],
    *,
    cwd: Path = ROOT,
    timeout: float = 240,
    extra_env: dict[str, str] | None = None,
) -> Run:
    """Run a command to completion; its wall and CPU time, exit status and output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(
        command,
        cwd=cwd,
        env={**env(), **(extra_env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(seconds, completed.returncode, completed.stdout, completed.stderr, cpu)
