"""The built package read as Python source (ast), never imported: the resource methods'
signatures as a user writes them, the models they reach, and module constants.

The build renders the operations page (docs.py) from these and from its own operation
table; reading the source instead of importing the package costs no third Python process
and cannot mix the package being built with an installed one.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.pipeline.errors import BuildError

#: A resource method's own options, left out of the parameters shown.
PER_CALL_OPTIONS = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")


@dataclass(frozen=True)
class Method:
    """One resource method: its parameters, the forms of its overloads, what it returns and
    the model classes its annotations reach (nested ones too)."""

    parameters: str
    overloads: list[str]
    returns: str
    models: list[str]


class PackageSource:
    def __init__(self, package: Path) -> None:
        self.package = package
        self._trees: dict[str, ast.Module] = {}
        self._constant_cache: dict[str, dict[str, tuple[Any]]] = {}
        self._model_modules: dict[str, str] | None = None
        self._field_cache: dict[str, list[str]] = {}

    def tree(self, module: str) -> ast.Module:
        """The parsed module, by its dotted name inside the package ("" is the package)."""
        if module not in self._trees:
            parts = [part for part in module.split(".") if part]
            base = self.package.joinpath(*parts)
            path = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
            try:
                self._trees[module] = ast.parse(path.read_text(encoding="utf-8"), str(path))
            except (OSError, SyntaxError) as exc:
                raise BuildError(f"cannot read the built module {path}: {exc}") from exc
        return self._trees[module]

    def constant(self, module: str, name: str) -> Any:
        """A module-level constant (a literal, or one imported from another module)."""
        found = self._constants(module).get(name)
        if found is None:
            raise BuildError(f"the built package has no constant {module}.{name}")
        return found[0]

    def tags(self) -> dict[str, tuple[str, str]]:
        """The resources of `Resources` (client.<tag>), in order: tag → (module, class)."""
        resources = _class(self.tree("api"), "Resources")
        tags = {}
        for node in resources.body:
            if isinstance(node, ast.FunctionDef) and _decorated(node, "cached_property"):
                imports = [n for n in ast.walk(node) if isinstance(n, ast.ImportFrom)]
                if len(imports) != 1 or imports[0].level != 1 or imports[0].module is None:
                    raise BuildError(f"Resources.{node.name} does not import its resource")
                tags[node.name] = (f"api.{imports[0].module}", imports[0].names[0].name)
        return tags

    def methods(self, module: str, class_name: str) -> dict[str, Method]:
        """The public methods of a resource class, by name."""
        overloads: dict[str, list[str]] = {}
        methods = {}
        for node in _class(self.tree(module), class_name).body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            if _decorated(node, "overload"):
                overloads.setdefault(node.name, []).append(self._parameters(module, node))
                continue
            methods[node.name] = Method(
                parameters=self._parameters(module, node),
                overloads=overloads.get(node.name, []),
                returns=short(_text(node.returns)),
                models=self._reachable_models(node),
            )
        return methods

    def _parameters(self, module: str, function: ast.FunctionDef) -> str:
        """A method's own parameters, as a user writes them."""
        arguments = function.args
        positional = [*arguments.posonlyargs, *arguments.args]
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults))
        pairs = [
            *zip(positional, [*defaults, *arguments.defaults], strict=True),
            *zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True),
        ]
        parameters = []
        for index, (argument, default) in enumerate(pairs):
            if argument.arg == "self" or argument.arg in PER_CALL_OPTIONS:
                continue
            if index >= len(positional) and "*" not in parameters:
                parameters.append("*")
            text = f"{argument.arg}: {short(_text(argument.annotation))}"
            if default is not None:
                text += f" = {self._default(module, default)}"
            parameters.append(text)
        if arguments.kwarg is not None:
            parameters.append(
                f"**{arguments.kwarg.arg}: {short(_text(arguments.kwarg.annotation))}"
            )
        return ", ".join(parameters)

    def _default(self, module: str, node: ast.expr) -> str:
        """The repr of a default value: a literal, or a constant of the package; UNSET (the
        one default that is neither) shows as its repr does."""
        if isinstance(node, ast.Name):
            found = self._constants(module).get(node.id)
            return repr(found[0]) if found is not None else node.id
        try:
            return repr(ast.literal_eval(node))
        except ValueError as exc:
            raise BuildError(f"cannot show the default {ast.unparse(node)} ({module})") from exc

    def _reachable_models(self, function: ast.FunctionDef) -> list[str]:
        """The model classes named in a method's annotations and, recursively, in those
        models' fields."""
        arguments = function.args
        annotated = [
            *arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
            *filter(None, [arguments.vararg, arguments.kwarg]),
        ]  # fmt: skip
        texts = [_text(argument.annotation) for argument in annotated]
        texts.append(_text(function.returns))
        models = self._models()
        seen: list[str] = []
        while texts:
            for name in re.findall(r"\b[A-Z]\w*", texts.pop()):
                if name not in models or name in seen:
                    continue
                seen.append(name)
                texts.extend(self._fields(models[name], name))
        return sorted(seen)

    def _models(self) -> dict[str, str]:
        """The classes `altegio_devtools.models` offers, by name: their modules."""
        if self._model_modules is None:
            self._model_modules = {
                alias.asname or alias.name: f"models.{node.module}"
                for node in ast.walk(self.tree("models"))
                if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
                for alias in node.names
            }
        return self._model_modules

    def _fields(self, module: str, class_name: str) -> list[str]:
        """The annotations of an attrs class's fields (none for an enum). Only the class's
        head (decorators, docstring, fields: what comes before its first method) is
        parsed: a model's module is mostly its from_dict."""
        if class_name not in self._field_cache:
            self._field_cache[class_name] = self._read_fields(module, class_name)
        return self._field_cache[class_name]

    def _read_fields(self, module: str, class_name: str) -> list[str]:
        path = self.package.joinpath(*module.split(".")).with_suffix(".py")
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise BuildError(f"cannot read the built module {path}: {exc}") from exc
        head = re.search(
            rf"^(?:@.*\n)*class {class_name}\b.*?(?=^    (?:def |@)|\Z)", text, re.M | re.S
        )
        if head is None:
            raise BuildError(f"the built package has no class {class_name} in {path}")
        cls = _class(ast.parse(head.group()), class_name)
        if not any(_decorator_name(d).endswith("define") for d in cls.decorator_list):
            return []
        return [_text(node.annotation) for node in cls.body if isinstance(node, ast.AnnAssign)]

    def _constants(self, module: str) -> dict[str, tuple[Any]]:
        """Module-level literal constants (each in a 1-tuple), and those it imports from
        the package."""
        if module in self._constant_cache:
            return self._constant_cache[module]
        constants: dict[str, tuple[Any]] = {}
        self._constant_cache[module] = constants  # an import cycle finds it (still empty)
        is_package = self.package.joinpath(*module.split(".")).is_dir()
        package = module if is_package else module.rpartition(".")[0]
        for node in self.tree(module).body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                try:
                    value = ast.literal_eval(node.value)
                except ValueError:
                    continue
                constants.update({t.id: (value,) for t in targets if isinstance(t, ast.Name)})
            elif isinstance(node, ast.ImportFrom) and node.level > 0:
                origin = _relative(package, node.level, node.module or "")
                try:
                    imported = self._constants(origin)
                except BuildError:  # a module of no constants we could read
                    continue
                for alias in node.names:
                    if alias.name in imported:
                        constants[alias.asname or alias.name] = imported[alias.name]
        return constants


def _relative(package: str, level: int, module: str) -> str:
    """The dotted name (inside the package) that `from <level dots><module>` names from
    within `package`."""
    parts = [part for part in package.split(".") if part]
    base = parts[: len(parts) - (level - 1)] if level > 1 else parts
    return ".".join([*base, *filter(None, module.split("."))])


def short(annotation: str) -> str:
    """`int | altegio_devtools.types.Unset` → `int | Unset`."""
    return re.sub(r"\b(?:[a-z_][\w]*\.)+([A-Za-z_]\w*)", r"\1", annotation)


def _text(node: ast.expr | None) -> str:
    return "" if node is None else ast.unparse(node)


def _class(tree: ast.Module, name: str) -> ast.ClassDef:
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return node
    raise BuildError(f"the built package has no class {name}")


def _decorator_name(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    return ast.unparse(target)


def _decorated(function: ast.FunctionDef, name: str) -> bool:
    return any(_decorator_name(d).split(".")[-1] == name for d in function.decorator_list)
