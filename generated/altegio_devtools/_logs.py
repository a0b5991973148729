"""ALTEGIO_LOG=debug|info: the `altegio_devtools` loggers at that level, to stderr.

Like openai's OPENAI_LOG, for a quick look without configuring logging. Nothing else is
touched: no root logger, no basicConfig. Once the application has configured logging (the
root logger has a handler), the records go there only, so they are not printed twice.
The client never logs a token (see client.py).
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from typing import TextIO

LOG_ENV = "ALTEGIO_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"


class _StderrUnlessConfigured(logging.StreamHandler[TextIO]):
    """Writes to stderr while the root logger has no handler of its own."""

    def emit(self, record: logging.LogRecord) -> None:
        if not logging.getLogger().handlers:
            super().emit(record)


def configure_from_env() -> None:
    """Apply ALTEGIO_LOG, if set; an unknown value is ignored with a warning."""
    value = os.environ.get(LOG_ENV, "").strip().lower()
    if not value:
        return
    level = _LEVELS.get(value)
    if level is None:
        warnings.warn(f"{LOG_ENV}={value!r} is ignored: use one of {sorted(_LEVELS)}", stacklevel=2)
        return
    logger = logging.getLogger("altegio_devtools")
    logger.setLevel(level)
    if not any(isinstance(handler, _StderrUnlessConfigured) for handler in logger.handlers):
        handler = _StderrUnlessConfigured(sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
