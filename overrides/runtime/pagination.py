"""Pages that page: what every paginated operation returns (issue 23).

    page = client.voip.list_calls(salon_id=1, date_from=..., date_to=...)
    page.data            # the first page's items (models.Call), fetched by the call
    page.body.meta       # the first page's envelope: success, data, meta, drift
    for call in page:    # every item of every page, the next page fetched when reached
        ...

`AsyncPage` is the same for the async client: `page = await client.voip.list_calls(...)`,
then `async for call in page`. Which operations page, and by which parameters, the build
reads from the description (its `x-altegio-pages` extension); the generated
method hands the page a `fetch(number)` that sends the same call for another page.

A page shorter than the size asked for is the last. A full page that repeats an earlier one
(a server ignoring `page` would loop forever) raises errors.PaginationError before any of
its items is yielded, and so does a full page past `max_pages`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, Protocol, TypeVar

from .drift import Drift
from .errors import PaginationError
from .types import Response

__all__ = ["DEFAULT_MAX_PAGES", "AsyncPage", "Page"]

#: Full pages read before a page gives up (10 million items at 1000 a page).
DEFAULT_MAX_PAGES = 10_000
#: The drift path of a list item left out because it did not fit (see drift.py).
_DROPPED_ITEM = re.compile(r"data\[\d+\]")

ItemT = TypeVar("ItemT")


class _Item(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class Listing(Protocol[ItemT]):
    """What a paginated operation's success body has: its items as `data`, and `drift`."""

    @property
    def data(self) -> list[ItemT]: ...

    @property
    def drift(self) -> tuple[Drift, ...]: ...


BodyT = TypeVar("BodyT", bound=Listing[Any])


class _Walk:
    """One walk over the pages: the size asked for, the cap, and a digest of each full page
    seen (to catch a repeat)."""

    def __init__(self, what: str, size: int, max_pages: int) -> None:
        self._what = what
        self._size = size
        self._max_pages = max_pages
        self._seen: dict[str, int] = {}

    def full(self, number: int, body: Listing[Any], digest: str) -> bool:
        """Whether this page is full (more may follow); PaginationError when it repeats an
        earlier page."""
        if _received(body) < self._size:
            return False
        earlier = self._seen.setdefault(_page_key(body, digest), number)
        if earlier != number:
            raise PaginationError(
                f"page {number} of {self._what} repeats page {earlier} (the server seems to "
                "ignore `page`); stopped",
                request=None,
                page=number,
            )
        return True

    def check_limit(self, number: int, first: int) -> None:
        """PaginationError when another page would be one more than max_pages."""
        if number - first + 1 >= self._max_pages:
            raise PaginationError(
                f"stopped after max_pages={self._max_pages} full pages of {self._what}",
                request=None,
                page=number,
            )


class _PageBase(Generic[ItemT, BodyT]):
    def __init__(
        self,
        first: Response[BodyT],
        *,
        number: int,
        size: int,
        max_pages: int,
        what: str,
    ) -> None:
        # The body and a digest of the raw one (what tells apart full pages of unreadable
        # items), not the response: a page held for its items keeps no raw bytes.
        self._body = first.parsed
        self._digest = _digest(first.parsed, first.content)
        self._number = number
        self._size = size
        self._max_pages = max_pages
        self._what = what

    @property
    def body(self) -> BodyT:
        """The first page's success body (its `meta`, `success`, `drift`)."""
        return self._body

    @property
    def data(self) -> list[ItemT]:
        """The first page's items."""
        items: list[ItemT] = self._body.data
        return items

    @property
    def number(self) -> int:
        """The number of the first page (the `page` asked for, 1 unless given)."""
        return self._number

    @property
    def size(self) -> int:
        """The page size asked for; a shorter page is the last."""
        return self._size

    def has_next_page(self) -> bool:
        """Whether the first page was full, so that another may follow."""
        return _received(self._body) >= self._size

    def _walk(self) -> _Walk:
        return _Walk(self._what, self._size, self._max_pages)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} of {self._what}: page {self._number}, "
            f"{len(self.data)} items, size {self._size}>"
        )


class Page(_PageBase[ItemT, BodyT]):
    """The first page of a paginated call; iterating it yields every item of every page,
    fetching each next page lazily when the iteration reaches it."""

    def __init__(
        self,
        fetch: Callable[[int], Response[BodyT]],
        first: Response[BodyT],
        *,
        number: int,
        size: int,
        max_pages: int,
        what: str,
    ) -> None:
        super().__init__(first, number=number, size=size, max_pages=max_pages, what=what)
        self._fetch = fetch

    @classmethod
    def first(
        cls,
        fetch: Callable[[int], Response[BodyT]],
        *,
        number: int,
        size: int,
        max_size: int | None,
        max_pages: int,
        what: str,
    ) -> Page[ItemT, BodyT]:
        """Fetch the first page (`fetch(number)`: its errors raise here) and return it;
        ValueError, before anything is sent, for a page, size or cap out of bounds."""
        number, size, max_pages = _checked(number, size, max_size, max_pages)
        first = fetch(number)
        return cls(fetch, first, number=number, size=size, max_pages=max_pages, what=what)

    def iter_pages(self) -> Iterator[BodyT]:
        """Each page's success body, this one first; the next fetched when reached."""
        walk = self._walk()
        number, body, digest = self._number, self._body, self._digest
        while True:
            full = walk.full(number, body, digest)
            yield body
            if not full:
                return
            walk.check_limit(number, self._number)
            number += 1
            response = self._fetch(number)
            body, digest = response.parsed, _digest(response.parsed, response.content)

    def __iter__(self) -> Iterator[ItemT]:
        for body in self.iter_pages():
            items: list[ItemT] = body.data
            yield from items


class AsyncPage(_PageBase[ItemT, BodyT]):
    """Page for the async client: `page = await client.<tag>.<method>(...)` fetched the
    first page; `async for item in page` yields every item of every page."""

    def __init__(
        self,
        fetch: Callable[[int], Awaitable[Response[BodyT]]],
        first: Response[BodyT],
        *,
        number: int,
        size: int,
        max_pages: int,
        what: str,
    ) -> None:
        super().__init__(first, number=number, size=size, max_pages=max_pages, what=what)
        self._fetch = fetch

    @classmethod
    async def first(
        cls,
        fetch: Callable[[int], Awaitable[Response[BodyT]]],
        *,
        number: int,
        size: int,
        max_size: int | None,
        max_pages: int,
        what: str,
    ) -> AsyncPage[ItemT, BodyT]:
        """Fetch the first page (`await fetch(number)`) and return it (see Page.first)."""
        number, size, max_pages = _checked(number, size, max_size, max_pages)
        first = await fetch(number)
        return cls(fetch, first, number=number, size=size, max_pages=max_pages, what=what)

    async def iter_pages(self) -> AsyncIterator[BodyT]:
        """Each page's success body, this one first; the next fetched when reached."""
        walk = self._walk()
        number, body, digest = self._number, self._body, self._digest
        while True:
            full = walk.full(number, body, digest)
            yield body
            if not full:
                return
            walk.check_limit(number, self._number)
            number += 1
            response = await self._fetch(number)
            body, digest = response.parsed, _digest(response.parsed, response.content)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for body in self.iter_pages():
            items: list[ItemT] = body.data
            for item in items:
                yield item


def _checked(number: int, size: int, max_size: int | None, max_pages: int) -> tuple[int, int, int]:
    """The page number, size and cap, each a whole number >= 1, the size at most max_size
    (ValueError naming the one that is not)."""
    for name, value in (("page", number), ("page size", size), ("max_pages", max_pages)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a whole number >= 1, not {value!r}")
    if max_size is not None and size > max_size:
        raise ValueError(f"page size must be at most {max_size}, not {size!r}")
    return number, size, max_pages


def _page_key(body: Listing[Any], digest: str) -> str:
    """A full page by its first and last items (pages of distinct items never share both),
    read from the parsed page rather than by decoding the body again; by the raw body's
    digest when no item could be read."""
    items: list[_Item] = body.data
    if items:
        return repr([items[0].to_dict(), items[-1].to_dict()])
    return digest


def _digest(body: Listing[Any], content: bytes) -> str:
    """The raw body's digest where _page_key needs it (no item could be read): hashing a
    large page costs a tenth of reading it."""
    return "" if body.data else hashlib.sha256(content).hexdigest()


def _received(body: Listing[Any]) -> int:
    """How many items the page held, counting any left out because they did not fit: a
    short page means the last one, a page short by drift does not."""
    return len(body.data) + sum(1 for entry in body.drift if _DROPPED_ITEM.fullmatch(entry.path))
