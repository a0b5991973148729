"""The one error type of the build: anything that must stop `make generate`."""


class BuildError(Exception):
    """A build step failed; the message says which input was wrong and how."""
