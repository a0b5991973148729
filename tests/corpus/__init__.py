"""A typed user corpus: partner scripts written as a partner engineer would, against the
public surface only. `make lint` checks them with mypy --strict and pyright (strict); nothing
runs them. tests/test_typed_corpus.py checks that the type checkers report the misuses of
NEGATIVE_CASES there. All values are invented."""
