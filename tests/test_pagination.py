"""Pages that page (issue 23): every paginated operation returns a page object, sync and
async, made by the build from the description (`x-altegio-pages`), against a server on
127.0.0.1. (iter_locations, its alias, keeps its own tests in test_faults.py,
test_hardening.py and test_runtime_gaps.py.)"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from altegio_devtools import AltegioClient, AsyncAltegioClient, errors, models
from altegio_devtools._operations import BY_PYTHON_NAME
from altegio_devtools.pagination import DEFAULT_MAX_PAGES, AsyncPage, Page
from generator.pipeline.operations import paged_operations
from tests.contract_calls import SPEC
from tests.fault_server import FaultServer, ok

CALLS = "/api/v1/voip/integration/calls"
SALONS = "/app/marketplace/application/2/salons"
FILTER: dict[str, Any] = {"salon_id": 1, "date_from": "2026-01-01", "date_to": "2026-01-31"}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer().running() as running:
        yield running


def options(server: FaultServer) -> dict[str, Any]:
    return {
        "partner_token": "p",
        "user_token": "u",
        "rate_limits": None,
        "timeout": 2.0,
        "api_base_url": f"{server.url}/api/v1",
        "app_base_url": f"{server.url}/app",
    }


def calls(*ids: int) -> list[dict[str, Any]]:
    return [{"id": n, "type": "incoming", "status": "success"} for n in ids]


def sent_pages(server: FaultServer) -> list[tuple[int, int]]:
    bodies = [json.loads(body) for _, path, _, body in server.requests if path == CALLS]
    return [(body["page"], body["limit"]) for body in bodies]


def test_the_description_marks_which_operations_page_and_the_methods_follow() -> None:
    paged = paged_operations(SPEC)
    assert {BY_PYTHON_NAME[name].operation_id for name in ("list_calls", "list_locations")} == set(
        paged
    )
    from altegio_devtools.api.marketplace import MarketplaceResource  # noqa: PLC0415
    from altegio_devtools.api.voip import AsyncVoipResource, VoipResource  # noqa: PLC0415

    methods: dict[str, Callable[..., object]] = {
        "iter_locations": AltegioClient.iter_locations,
        "list_calls": VoipResource.list_calls,
        "async list_calls": AsyncVoipResource.list_calls,
        "list_locations": MarketplaceResource.list_locations,
    }
    returns = {name: inspect.signature(m).return_annotation for name, m in methods.items()}
    assert returns == {
        "iter_locations": "Iterator[Location]",
        "list_calls": "Page[Call, CallList]",
        "async list_calls": "AsyncPage[Call, CallList]",
        "list_locations": "Page[Location, LocationList]",
    }


def test_a_page_holds_the_first_page_and_iterates_every_item_lazily(server: FaultServer) -> None:
    server.script(CALLS, ok(calls(1, 2), meta={"at": 1}), ok(calls(3, 4)), ok(calls(5)))
    with AltegioClient(**options(server)) as client:
        page = client.voip.list_calls(**FILTER, limit=2)
        assert server.hits[CALLS] == 1  # the first page only, fetched by the call
        assert isinstance(page, Page) and isinstance(page.body, models.CallList)
        assert [call.id for call in page.data] == [1, 2] and page.has_next_page()
        assert isinstance(page.body.meta, models.EmptyMeta)  # the first page's meta
        assert page.body.meta.additional_properties == {"at": 1}
        assert (page.number, page.size) == (1, 2)
        items = iter(page)
        assert [next(items).id, next(items).id] == [1, 2] and server.hits[CALLS] == 1
        assert [call.id for call in items] == [3, 4, 5]
    assert sent_pages(server) == [(1, 2), (2, 2), (3, 2)]
    assert repr(page) == "<Page of the calls: page 1, 2 items, size 2>"


def test_the_page_size_not_given_is_the_largest_and_a_start_page_is_kept(
    server: FaultServer,
) -> None:
    server.script(CALLS, ok(calls(1)), ok(calls(7, 8)), ok([]))
    with AltegioClient(**options(server)) as client:
        only = client.voip.list_calls(**FILTER)
        assert [call.id for call in only] == [1] and not only.has_next_page()
        later = client.voip.list_calls(**FILTER, page=4, limit=2)
        assert [body.data for body in later.iter_pages()] == [later.data, []]
    assert sent_pages(server) == [(1, 1000), (4, 2), (5, 2)]


def test_the_same_page_twice_is_a_pagination_error_before_its_items(server: FaultServer) -> None:
    server.script(CALLS, ok(calls(1, 2)), ok(calls(1, 2)))
    seen: list[int] = []
    with AltegioClient(**options(server)) as client:
        page = client.voip.list_calls(**FILTER, limit=2)
        with pytest.raises(errors.PaginationError) as error:
            seen.extend(call.id for call in page if isinstance(call.id, int))
    assert seen == [1, 2] and error.value.page == 2
    assert str(error.value).startswith("page 2 of the calls repeats page 1")


def test_full_pages_of_unreadable_items_repeat_by_their_bodies(server: FaultServer) -> None:
    server.script(CALLS, ok(["a", "b"]), ok(["c", "d"]), ok(["a", "b"]), ok(["a", "b"]))
    with AltegioClient(**options(server)) as client:
        page = client.voip.list_calls(**FILTER, limit=2)
        assert page.data == [] and page.has_next_page()  # short only by what did not fit
        with pytest.raises(errors.PaginationError, match="page 3 of the calls repeats page 1"):
            list(page)
    assert server.hits[CALLS] == 3


def test_max_pages_caps_the_walk(server: FaultServer) -> None:
    server.script(CALLS, *(ok(calls(2 * n, 2 * n + 1)) for n in range(5)))
    with AltegioClient(**options(server)) as client:
        page = client.voip.list_calls(**FILTER, page=3, limit=2, max_pages=2)
        with pytest.raises(errors.PaginationError, match="max_pages=2 full pages of the calls"):
            list(page)
    assert sent_pages(server) == [(3, 2), (4, 2)]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"limit": 0}, "page size must be a whole number >= 1"),
        ({"limit": 1001}, "page size must be at most 1000"),
        ({"page": 0}, "page must be a whole number >= 1"),
        ({"max_pages": 0}, "max_pages must be"),
    ],
)
def test_bounds_are_checked_before_anything_is_sent(
    server: FaultServer, arguments: dict[str, Any], message: str
) -> None:
    with AltegioClient(**options(server)) as client, pytest.raises(ValueError, match=message):
        client.voip.list_calls(**FILTER, **arguments)
    assert server.hits[CALLS] == 0


def test_a_page_number_that_is_no_integer_is_refused_before_anything_is_sent(
    server: FaultServer,
) -> None:
    with AltegioClient(**options(server)) as client:
        with pytest.raises(TypeError, match=r"^page: expected an integer .*got bool$"):
            client.voip.list_calls(**FILTER, page=True)
    assert server.hits[CALLS] == 0


def test_list_locations_pages_by_query_from_page_one_at_the_largest_size(
    server: FaultServer,
) -> None:
    server.script(SALONS, ok([{"id": 1}]))
    with AltegioClient(**options(server)) as client:
        page = client.marketplace.list_locations(2)
        assert [location.id for location in page] == [1]
        assert isinstance(page.body, models.LocationList)
    assert [path for _, path, _, _ in server.requests] == [f"{SALONS}?page=1&count=1000"]


def test_the_async_page_is_the_same(server: FaultServer) -> None:
    server.script(CALLS, ok(calls(1, 2)), ok(calls(3)))

    async def walk() -> tuple[list[int | None], list[int | None], int]:
        async with AsyncAltegioClient(**options(server)) as client:
            page = await client.voip.list_calls(**FILTER, limit=2)
            assert isinstance(page, AsyncPage) and page.has_next_page()
            first = [call.id if isinstance(call.id, int) else None for call in page.data]
            hits = server.hits[CALLS]
            every = [call.id if isinstance(call.id, int) else None async for call in page]
            return first, every, hits

    assert asyncio.run(walk()) == ([1, 2], [1, 2, 3], 1)
    assert sent_pages(server) == [(1, 2), (2, 2)]


def test_the_async_page_catches_a_repeat_and_the_cap(server: FaultServer) -> None:
    server.script(CALLS, ok(calls(1)), ok(calls(1)), ok(calls(5)), ok(["x"]))

    async def walk(limit: int = 1, **arguments: Any) -> list[object]:
        async with AsyncAltegioClient(**options(server)) as client:
            page = await client.voip.list_calls(**FILTER, limit=limit, **arguments)
            assert repr(page).startswith("<AsyncPage of the calls: page ")
            return [body.data async for body in page.iter_pages()]

    with pytest.raises(errors.PaginationError, match="page 2 of the calls repeats page 1"):
        asyncio.run(walk())
    with pytest.raises(errors.PaginationError, match="max_pages=1 full pages of the calls"):
        asyncio.run(walk(max_pages=1))
    with pytest.raises(errors.PaginationError, match="page 7 of the calls repeats page 6"):
        asyncio.run(walk(page=6))  # full pages of one unreadable item, told apart by body
    with pytest.raises(ValueError, match="page size must be at most 1000"):
        asyncio.run(walk(limit=1001))
    assert server.hits[CALLS] == 5
    assert DEFAULT_MAX_PAGES == 10_000


def test_the_raw_response_view_still_returns_one_page(server: FaultServer) -> None:
    server.script(CALLS, ok(calls(1, 2)))
    with AltegioClient(**options(server)) as client:
        raw = client.with_raw_response.voip.list_calls(**FILTER, page=1, limit=2)
    assert isinstance(raw.parsed, models.CallList) and len(raw.parsed.data) == 2
