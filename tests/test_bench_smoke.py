"""Smoke test of `python -m bench`: every case runs once with tiny sizes and reports figures."""

from __future__ import annotations

import math
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from altegio_devtools import _json, _typed
from bench import case_large, case_memory, case_pages, clients, speedups, yclients_peer
from bench.config import Sizes
from bench.data import envelope, locations
from bench.report import figures_table, spread_cell, summary_table
from bench.results import CaseResult, Figure, ratio_goal
from bench.routes import Routes
from bench.run import CASES, benchmark

REAL_REPORT = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"
#: The first test sets up quick_run: every case of the benchmark, each subprocess limited to
#: 240 s (bench/subprocesses.py); 5 minutes on a loaded machine.
pytestmark = pytest.mark.timeout(1800)


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[CaseResult], Path]:
    output = tmp_path_factory.mktemp("bench") / "BENCHMARKS.md"
    real_before = REAL_REPORT.read_bytes() if REAL_REPORT.exists() else None
    decoder_before = _json.speedups_enabled()
    results, _ = benchmark(Sizes.quick(), output, quick=True)
    assert _json.speedups_enabled() == decoder_before, "the run left speedups switched"
    real_after = REAL_REPORT.read_bytes() if REAL_REPORT.exists() else None
    assert real_after == real_before, "the smoke run rewrote the real BENCHMARKS.md"
    return results, output


def _case(results: list[CaseResult], number: int) -> CaseResult:
    return next(result for result in results if result.number == number)


def test_every_case_reports_positive_figures(quick_run: tuple[list[CaseResult], Path]) -> None:
    results, _ = quick_run
    assert [result.number for result in results] == sorted(CASES)
    for result in results:
        assert result.figures, f"case {result.number} reported no figures"
        assert result.goals, f"case {result.number} reported no comparison"
        for figure in result.figures:
            assert figure.samples >= 1
            assert math.isfinite(figure.median)
            assert figure.low is not None and figure.high is not None, figure
            assert figure.low <= figure.median <= figure.high, figure
            # ru_maxrss deltas of a tiny page may round to zero; everything else is positive.
            assert figure.median > 0 or ("Δ" in figure.variant and figure.median == 0), figure
        for goal in result.goals:
            assert math.isfinite(goal.value) and goal.value > 0, goal


def test_the_report_is_a_markdown_table(quick_run: tuple[list[CaseResult], Path]) -> None:
    results, output = quick_run
    markdown = output.read_text(encoding="utf-8")
    summary = summary_table(results)
    assert summary[0].startswith("| Case |") and set(summary[1]) <= {"|", "-"}
    assert len(summary) == 2 + sum(len(result.goals) for result in results)
    assert all(line in markdown for line in summary + figures_table(results))
    for heading in ("## Summary", "## Figures", "## Machine", "## Reproduce"):
        assert heading in markdown
    assert "python -m bench" in markdown
    assert "CPU:" in markdown and "httpx:" in markdown


def test_the_real_report_is_left_alone(quick_run: tuple[list[CaseResult], Path]) -> None:
    _, output = quick_run  # the fixture compares the real report before and after the run
    assert output.exists() and output.resolve() != REAL_REPORT


def test_the_large_page_runs_with_and_without_speedups(
    quick_run: tuple[list[CaseResult], Path],
) -> None:
    result = _case(quick_run[0], 2)
    variants = [figure.variant for figure in result.figures]
    goals = {goal.what: goal for goal in result.goals}
    assert case_large.OURS_PLAIN in variants and case_large.RAW in variants
    assert goals["no speedups: ours / raw"].limit == 1.7
    assert speedups.available(), "msgspec is in requirements.lock"
    assert case_large.OURS_FAST in variants and case_large.OURS_TODAY in variants
    assert goals["speedups: ours / raw"].limit == 0.75
    assert goals["speedups: ours / raw (stretch)"].limit == 0.65
    assert goals["speedups: ours / pydantic"].limit == 0.6
    assert "speedups: typed path / today's path (no goal set)" in goals
    profiled = [note for note in result.notes if note.startswith("Under cProfile")]
    # Each profile names its path; a quick run's tiny page may leave json's own frames out of
    # the top of the no-speedups profile, so its label is what shows the path.
    assert len(profiled) == 2 and "(msgspec" in profiled[0] and "(json.loads)" in profiled[1]


def test_the_pages_compare_the_typed_path_with_raw_and_todays_path(
    quick_run: tuple[list[CaseResult], Path],
) -> None:
    goals = {goal.what: goal for goal in _case(quick_run[0], 8).goals}
    huge = f"{Sizes.quick().huge_locations:,} locations"
    assert (goals[f"{huge}: ours / raw"].op, goals[f"{huge}: ours / raw"].limit) == ("<=", 0.9)
    assert goals["one drifting item: ours / today's path"].limit == 0.8
    assert goals["every item PHP-typed: ours / today's path"].limit == 1.05


def test_the_typed_path_switches_off_for_the_bench_only() -> None:
    routes = Routes(locations=3)
    with speedups.kept(), httpx.Client(transport=routes.mock_transport()) as http:
        client = clients.ours(case_large.ORIGIN, http)

        def call() -> object:
            return client.marketplace.list_locations(456, page=1, count=3).body

        speedups.set_speedups(True)
        speedups.set_typed_path(False)
        assert speedups.typed_models(call) == 0 and speedups.decoded_by_msgspec(call) == 1
        today = call()
        speedups.set_typed_path(True)
        assert speedups.typed_models(call) == 1 and call() == today
        speedups.set_typed_path(False)
    assert getattr(_typed, speedups.TYPED_SWITCH) is _json.speedups_enabled, (
        "kept() restores the switch"
    )


def test_kept_restores_each_operations_memory_of_misfit_pages() -> None:
    """Pages that keep not fitting make the operation skip the typed path; the next case
    does not inherit that."""
    items = locations(_typed.GIVE_UP_AFTER + 2)  # enough misfits in a row to give up a page
    bodies = {"clean": envelope(items), "php": envelope([case_pages.php_typed(i) for i in items])}
    serve = ["clean"]

    def handle(request: httpx.Request) -> httpx.Response:
        content = bodies[serve[0]]
        return httpx.Response(200, content=content, headers={"Content-Type": "application/json"})

    with httpx.Client(transport=httpx.MockTransport(handle)) as http:
        client = clients.ours(case_large.ORIGIN, http)

        def call() -> object:
            return client.marketplace.list_locations(456, page=1, count=len(items)).body

        with speedups.kept():
            speedups.set_speedups(True)
            assert speedups.typed_models(call) == 1
            with speedups.kept():
                serve[0] = "php"
                for _ in range(_typed.MAX_MISSES):
                    call()
                serve[0] = "clean"
                assert speedups.typed_models(call) == 0, "the operation skips the typed path"
            assert speedups.typed_models(call) == 1, "kept() restored the operation's memory"


def test_the_yclients_peer_is_measured_or_explained(
    quick_run: tuple[list[CaseResult], Path],
) -> None:
    for number in (1, 2):
        result = _case(quick_run[0], number)
        timed = [f for f in result.figures if f.variant.startswith(yclients_peer.LABEL)]
        explained = [note for note in result.notes if note.startswith(yclients_peer.LABEL)]
        assert timed or explained, f"case {number} says nothing about yclients"


def test_memory_reports_retained_against_the_json_loads_dicts(
    quick_run: tuple[list[CaseResult], Path],
) -> None:
    result = _case(quick_run[0], 6)
    retained = [goal for goal in result.goals if "retained ours / json.loads dicts" in goal.what]
    assert len(retained) == len(case_memory.RETAINED) - 1
    assert all(goal.limit == 1.05 and goal.op == "<=" for goal in retained)
    labels = [figure.variant for figure in result.figures]
    assert all(
        f"{label}: retained by the parsed page" in labels for label in case_memory.RETAINED.values()
    )


def test_spread_is_min_to_max_over_rounds() -> None:
    figure = Figure.of("x", [30.0, 10.0, 20.0], "ms")
    assert (figure.low, figure.median, figure.high) == (10.0, 20.0, 30.0)
    assert spread_cell(figure) == "10.00–30.00 ms (100%)"
    assert spread_cell(Figure.of("once", [5.0], "ms")) == "—"
    assert "Spread (min–max)" in figures_table([CaseResult(9, "t", figures=[figure])])[0]


def test_speedups_switch_and_are_seen() -> None:
    if not speedups.available():
        pytest.skip("msgspec is not installed")
    routes = Routes(locations=3)
    with speedups.kept(), httpx.Client(transport=routes.mock_transport()) as http:
        client = clients.ours(case_large.ORIGIN, http)

        def call() -> object:
            return client.marketplace.list_locations(456, page=1, count=3)

        speedups.set_speedups(False)
        assert not _json.speedups_enabled() and speedups.describe() == speedups.OFF
        with pytest.raises(RuntimeError):
            speedups.decoded_by_msgspec(call)
        speedups.set_speedups(True)
        assert _json.speedups_enabled() and speedups.describe().startswith(speedups.ON)
        assert speedups.decoded_by_msgspec(call) == 1


def _installed_yclients() -> ModuleType:
    loaded = yclients_peer.load(install=False)
    if isinstance(loaded, str):
        pytest.skip(loaded)
    return loaded


def test_yclients_refuses_our_locations_and_says_why() -> None:
    yclients = _installed_yclients()
    routes = Routes(locations=5)
    with yclients_peer.peer(yclients, routes.handle, case_large.ORIGIN) as peer:
        call, note = yclients_peer.check(peer, yclients_peer.LOCATIONS, 5, locations(1)[0])
    assert call is None
    assert "cannot parse" in note and "`active` declared `str | None`, sent int" in note


def test_yclients_is_timed_when_it_parses_the_body() -> None:
    """The path the benchmark takes if yclients could parse our page: `active` as text."""
    yclients = _installed_yclients()
    items = [{**item, "active": str(item["active"])} for item in locations(4)]
    body = envelope(items)

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    with yclients_peer.peer(yclients, handle, case_large.ORIGIN) as peer:
        call, note = yclients_peer.check(peer, yclients_peer.LOCATIONS, 4, items[0])
        assert call is not None, note
        assert [item.title for item in call()] == [item["title"] for item in items]


def test_ratios_are_medians_of_per_round_ratios() -> None:
    """Round by round (interleaved), not the ratio of the medians: [min–max] of the rounds."""
    ours = Figure.of("ours", [10.0, 30.0, 12.0], "µs")
    raw = Figure.of("raw", [10.0, 20.0, 6.0], "µs")
    goal = ratio_goal("ours / raw", ours, raw, "<=", 1.1)
    assert (goal.value, goal.low, goal.high) == (1.5, 1.0, 2.0)
    assert goal.shown == "1.50× [1.00–2.00]" and goal.met is False
    once = ratio_goal("once", Figure.of("a", [3.0], "s"), Figure.of("b", [2.0], "s"))
    assert (once.value, once.shown) == (1.5, "1.50×")
    separate = ratio_goal("runs", ours, Figure.of("c", [5.0, 6.0], "µs"))
    assert separate.value == ours.median / 5.5 and separate.low is None
