"""The public surface of a built package, read with griffe (static analysis, nothing imported):
every name a user can reach, keyed by the dotted path the user writes.

A module's public names are its `__all__`, or, without one, what it defines whose name has no
leading underscore, plus its public submodules. A class's are its public methods and
attributes (inherited ones included) and `__init__`. A property or attribute whose type is a
class of the package is followed, so that `AltegioClient.marketplace.install` is a path of its
own. Each object is described once, at the first path that reaches it (shortest first); the
other paths that reach it are recorded as re-exports of that path.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import griffe

#: Dunder methods that are part of how a caller uses a class.
PUBLIC_DUNDERS = frozenset({"__init__", "__call__", "__enter__", "__aenter__", "__iter__"})
POSITIONAL = frozenset(
    {griffe.ParameterKind.positional_only, griffe.ParameterKind.positional_or_keyword}
)


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str  # griffe's ParameterKind value, e.g. "keyword-only"
    annotation: str | None
    default: str | None  # None: required
    position: int


@dataclass(frozen=True)
class Entry:
    """One public object: what a caller relies on, in comparable form."""

    kind: str  # module, class, function, attribute, property, alias
    annotation: str | None = None  # an attribute's or property's type; a function's return
    default: str | None = None  # an attribute's default (attrs fields: None is required)
    parameters: tuple[Parameter, ...] = ()
    bases: tuple[str, ...] = ()
    target: str | None = None  # kind "alias": the path where the object is described
    members: frozenset[str] = field(default=frozenset())  # a class's public member names

    @property
    def signature(self) -> str:
        """A comparable summary: equal for objects a rename moved without changing them."""
        params = ", ".join(f"{p.name}: {p.annotation}" for p in self.parameters)
        return f"{self.kind}({params}) -> {self.annotation} {sorted(self.members)}"


Surface = dict[str, Entry]


def load_surface(search_path: Path, package: str) -> Surface:
    """The public surface of `package` as found under `search_path` (e.g. generated/)."""
    loader = griffe.GriffeLoader(search_paths=[str(search_path)], allow_inspection=False)
    root = loader.load(package)
    assert isinstance(root, griffe.Module)
    loader.resolve_aliases(implicit=False, external=False)
    return _Walker(package, loader.modules_collection).walk(root)


def _resolve(obj: griffe.Object | griffe.Alias) -> griffe.Object | None:
    if not isinstance(obj, griffe.Alias):
        return obj
    try:
        target = obj.final_target
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    assert isinstance(target, griffe.Object)
    return target


def _text(value: object) -> str | None:
    return None if value is None else str(value)


class _Walker:
    def __init__(self, package: str, modules: griffe.ModulesCollection) -> None:
        self.package = package
        self.modules = modules
        self.surface: Surface = {}
        self.described: dict[str, str] = {}  # griffe path -> the public path describing it
        self.queue: deque[tuple[str, griffe.Object]] = deque()

    def walk(self, root: griffe.Module) -> Surface:
        self.queue.append((self.package, root))
        while self.queue:  # breadth first: an object is described at its shortest path
            path, obj = self.queue.popleft()
            self._visit(path, obj)
        return dict(sorted(self.surface.items()))

    def _inside(self, obj: griffe.Object) -> bool:
        return obj.path == self.package or obj.path.startswith(self.package + ".")

    def _visit(self, path: str, obj: griffe.Object) -> None:
        if path in self.surface:
            return
        if isinstance(obj, griffe.Class | griffe.Module) and obj.path in self.described:
            self.surface[path] = Entry("alias", target=self.described[obj.path])
            return
        if isinstance(obj, griffe.Module):
            self.described[obj.path] = path
            self.surface[path] = Entry("module")
            self._children(path, self._module_names(obj), obj)
        elif isinstance(obj, griffe.Class):
            self.described[obj.path] = path
            names = self._class_names(obj)
            bases = tuple(sorted(str(base) for base in obj.bases))
            self.surface[path] = Entry("class", bases=bases, members=frozenset(names))
            self._children(path, names, obj)
        elif isinstance(obj, griffe.Function):
            self.surface[path] = _function(obj)
        elif isinstance(obj, griffe.Attribute):
            self._attribute(path, obj)

    def _children(self, path: str, names: list[str], obj: griffe.Object) -> None:
        members = obj.all_members if isinstance(obj, griffe.Class) else obj.members
        for name in names:
            member = members[name]
            target = _resolve(member)
            if target is None:  # a name imported from elsewhere that griffe cannot follow
                assert isinstance(member, griffe.Alias)
                self.surface[f"{path}.{name}"] = Entry("alias", target=member.target_path)
            elif isinstance(target, griffe.Module) and not self._inside(target):
                continue  # e.g. `from . import errors` is followed; `import httpx` is not
            else:
                self.queue.append((f"{path}.{name}", target))

    def _module_names(self, module: griffe.Module) -> list[str]:
        names: set[str] = set()
        if module.exports is not None:
            names |= {str(name) for name in module.exports if str(name) in module.members}
        else:
            names |= {
                name
                for name, member in module.members.items()
                if not name.startswith("_") and not member.is_alias
            }
        names |= {
            name
            for name, member in module.members.items()
            if not name.startswith("_") and not member.is_alias and member.is_module
        }
        return sorted(names)

    def _class_names(self, cls: griffe.Class) -> list[str]:
        return sorted(
            name for name in cls.all_members if not name.startswith("_") or name in PUBLIC_DUNDERS
        )

    def _attribute(self, path: str, obj: griffe.Attribute) -> None:
        kind = "property" if "property" in obj.labels else "attribute"
        # A class-level value is a default (an attrs field without one is a required argument);
        # an instance attribute's value is whatever __init__ assigned.
        value = _text(obj.value) if "class-attribute" in obj.labels else None
        self.surface[path] = Entry(kind, annotation=_text(obj.annotation), default=value)
        annotation = obj.annotation
        if isinstance(annotation, griffe.ExprName):  # e.g. `marketplace: MarketplaceResource`
            canonical = annotation.canonical_path
            if not canonical.startswith(self.package + "."):
                return
            try:
                target = _resolve(self.modules[canonical])
            except KeyError:
                return
            if isinstance(target, griffe.Class):
                self._expand(path, target)

    def _expand(self, path: str, cls: griffe.Class) -> None:
        """A class reached through an attribute's type: its members under the attribute."""
        if cls.path in self.described:
            return  # described where it is exported; the attribute's type names it
        self.described[cls.path] = path
        names = [name for name in self._class_names(cls) if name != "__init__"]
        self._children(path, names, cls)


def _function(obj: griffe.Function) -> Entry:
    parameters = tuple(
        Parameter(
            p.name,
            p.kind.value if p.kind else "",
            _text(p.annotation),
            _text(p.default),
            i if p.kind in POSITIONAL else -1,  # a keyword-only parameter has no position
        )
        for i, p in enumerate(obj.parameters)
        if not (i == 0 and p.name in {"self", "cls"})
    )
    return Entry("function", annotation=_text(obj.returns), parameters=parameters)
