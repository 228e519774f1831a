"""The one loader behind every registry of the package: checks, engines, reporters, commands
and file formats are named by "module:attribute" strings and imported only when used, so
`content-pipeline --help` and a lint run never import spaCy or translate-toolkit for a part
they do not run."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar, cast

T = TypeVar("T")


def load(target: str) -> Any:
    """The attribute `target` names ("package.module:attribute"), its module imported now."""
    module_name, sep, attribute = target.partition(":")
    if not sep or not module_name or not attribute:
        raise ValueError(f"registry entry {target!r} is not 'module:attribute'")
    return getattr(importlib.import_module(module_name), attribute)


def load_class(target: str, base: Callable[..., T]) -> type[T]:
    """The class `target` names, which must be the class `base` or a subclass of it (`base`
    may be abstract: a registry names its base class, its entries the concrete ones)."""
    found = load(target)
    if not (isinstance(base, type) and isinstance(found, type) and issubclass(found, base)):
        raise TypeError(f"{target} is not a {getattr(base, '__name__', base)}")
    return cast("type[T]", found)


def load_instance(target: str, kind: type[T]) -> T:
    """The object `target` names (a Click command, a function), checked to be a `kind`."""
    found = load(target)
    if not isinstance(found, kind):
        raise TypeError(f"{target} is not a {kind.__name__}")
    return found
