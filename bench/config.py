"""How much each case runs: the full benchmark, or once with tiny sizes (--quick)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sizes:
    warmup: int = 1
    overhead_rounds: int = 30
    overhead_mock_calls: int = 300
    overhead_loopback_calls: int = 100
    large_locations: int = 1000
    large_rounds: int = 25
    large_calls: int = 2
    async_calls: int = 1000
    async_concurrency: int = 50
    async_rounds: int = 4
    import_runs: int = 9
    build_runs: int = 3
    check_runs: int = 3
    memory_locations: int = 1000
    memory_runs: int = 3
    forged_body_kib: int = 1024
    forged_calls: int = 20
    forged_rounds: int = 15
    #: install peers that are not installed yet (yclients, into .venv-bench-peers/)
    install_peers: bool = True

    @classmethod
    def quick(cls) -> Sizes:
        """Every case once, tiny: for the smoke test."""
        return cls(
            warmup=0,
            overhead_rounds=1,
            overhead_mock_calls=3,
            overhead_loopback_calls=3,
            large_locations=10,
            large_rounds=1,
            large_calls=1,
            async_calls=10,
            async_concurrency=5,
            async_rounds=1,
            import_runs=1,
            build_runs=1,
            check_runs=1,
            memory_locations=200,
            memory_runs=1,
            forged_body_kib=64,
            forged_calls=1,
            forged_rounds=1,
            install_peers=False,
        )
