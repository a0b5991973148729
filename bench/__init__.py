"""Benchmarks of altegio_devtools against raw httpx, the stock generator and a pydantic peer.

`python -m bench` (or `make bench`) runs every case and writes BENCHMARKS.md;
`python -m bench --quick` runs each case once with tiny sizes.
"""
