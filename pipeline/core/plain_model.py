"""Dataclass models that behave as the pydantic models they replace, without importing pydantic.

A check builds hundreds of segments and findings and a catalog tens of thousands of units:
importing pydantic and building its validators cost a check process about 0.06 s, more than
most checks. The models in `pipeline.core.models` and `pipeline.emit.profile` are therefore
plain dataclasses on `PlainModel`, which gives them what their users call of pydantic's API:
`model_copy(update=)`, `model_dump(mode=, include=, exclude=)`, `model_dump_json`,
`model_validate`, `model_validate_json` and `model_json_schema`.

Construction validates as pydantic did. Each class gets a test, compiled once, that every
field has exactly its declared type and meets its constraints (`ge` in the field's metadata),
which is what our own code passes. Anything else (a dict for a nested model, "3" for an int, a
bad value) is handed to pydantic, imported then: it converts what it accepts, or raises its
`ValidationError` with the same messages as before (only a nested model of the wrong type is
now "a dictionary or an instance of Span", type `dataclass_type`). Lists are copied, as
pydantic copies them. Keywords are checked by the dataclass's own `__init__`: a missing or
unknown one is a `TypeError` (pydantic said "Field required" and ignored unknown ones); data
from outside (a dict, JSON) goes through `model_validate`/`model_validate_json`, which are
pydantic's own.
pydantic reads the same dataclasses for the content file's model, its schema and the findings
cache: field descriptions and constraints are the pydantic `Field` arguments kept in each
field's metadata.
"""

from __future__ import annotations

import copy
import dataclasses
import threading
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any, ClassVar, Literal, Self

_validators: dict[type, Callable[[Any], None]] = {}
_loaders: dict[type, list[tuple[str, Callable[[Any], Any]]]] = {}
# per class: every field with its default (None for a required one), and the fields a
# factory makes; what `model_construct` starts an instance from
_defaults: dict[type, tuple[dict[str, Any], list[tuple[str, Callable[[], Any]]]]] = {}
_adapters: dict[type, Any] = {}  # pydantic TypeAdapters, made when first needed
_in_pydantic = threading.local()  # set while pydantic builds an instance (its own validation)


class PlainModel:
    """The base of a `@dataclass(kw_only=True)` model (see the module's docstring)."""

    # pydantic's own defaults, not those of a pydantic model holding this one as a field
    __pydantic_config__: ClassVar[dict[str, Any]] = {}

    def __post_init__(self) -> None:
        cls = type(self)
        (_validators.get(cls) or _compile_validator(cls))(self)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with the fields in `update` replaced, not validated (as pydantic's)."""
        copied = copy.deepcopy(self) if deep else copy.copy(self)
        if update:
            copied.__dict__.update(update)
        return copied

    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        include: Iterable[str] | None = None,
        exclude: Iterable[str] | None = None,
    ) -> dict[str, Any]:
        """The fields as a dict, nested models as dicts; with mode "json", enums as their
        values and tuples as lists, as pydantic's `model_dump`."""
        names = _field_names(type(self))
        if include is not None:
            chosen = set(include)
            names = tuple(n for n in names if n in chosen)
        if exclude is not None:
            left_out = set(exclude)
            names = tuple(n for n in names if n not in left_out)
        values = self.__dict__
        return {name: _dumped(values[name], mode == "json") for name in names}

    def model_dump_json(self) -> str:
        """Compact JSON of `model_dump(mode="json")`, non-ASCII characters as they are (as
        pydantic's `model_dump_json` writes it)."""
        import json

        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dump(cls, data: Mapping[str, Any]) -> Self:
        """An instance from what `model_dump(mode="json")` gave, read back from JSON, without
        pydantic: enums from their values, tuples from lists, nested models likewise; then
        validated as any construction is (a missing or unknown key is a TypeError, a value no
        enum has a ValueError, anything else pydantic's ValidationError, a ValueError too)."""
        values = dict(data)
        loader = _loaders.get(cls)
        for name, convert in _make_loader(cls) if loader is None else loader:
            if name in values:
                values[name] = convert(values[name])
        return cls(**values)

    @classmethod
    def model_construct(cls, **values: Any) -> Self:
        """An instance of trusted `values` without the test of each field's type (pydantic's
        `model_construct`): for values our own code made of the declared types, such as a
        catalog's 106,000 units (the test cost a tenth of reading them). Every other field
        gets its default or its factory's value, in the dataclass's order, as the constructor
        gives them."""
        defaults, factories = _defaults.get(cls) or _make_defaults(cls)
        made = object.__new__(cls)
        fields = made.__dict__
        fields.update(defaults)
        for name, factory in factories:
            fields[name] = factory()
        fields.update(values)
        return made

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """An instance from untrusted data (a dict, an instance), validated by pydantic."""
        return _adapter(cls).validate_python(data)  # type: ignore[no-any-return]

    @classmethod
    def model_validate_json(cls, data: str | bytes) -> Self:
        """An instance from JSON text, validated by pydantic."""
        return _adapter(cls).validate_json(data)  # type: ignore[no-any-return]

    @classmethod
    def model_json_schema(cls, mode: Literal["validation", "serialization"] = "validation") -> Any:
        """The JSON Schema pydantic generates for the model."""
        return _adapter(cls).json_schema(mode=mode)


def _adapter(cls: type) -> Any:
    adapter = _adapters.get(cls)
    if adapter is None:
        from pydantic import TypeAdapter

        adapter = _adapters[cls] = TypeAdapter(cls)
    return adapter


def _validate_with_pydantic(model: PlainModel) -> None:
    """Validate `model`'s fields as pydantic does: it raises its ValidationError, or gives the
    converted values, which replace the given ones. Nothing while pydantic itself builds an
    instance (it has validated the values)."""
    if getattr(_in_pydantic, "active", False):
        return
    names = _field_names(type(model))
    given = {name: model.__dict__[name] for name in names}
    _in_pydantic.active = True
    try:
        valid = _adapter(type(model)).validate_python(given)
    finally:
        _in_pydantic.active = False
    model.__dict__.update((name, valid.__dict__[name]) for name in names)


_names: dict[type, tuple[str, ...]] = {}


def _make_defaults(
    cls: type,
) -> tuple[dict[str, Any], list[tuple[str, Callable[[], Any]]]]:
    fields = dataclasses.fields(cls)
    made = (
        {f.name: None if f.default is dataclasses.MISSING else f.default for f in fields},
        [
            (f.name, f.default_factory)
            for f in fields
            if f.default_factory is not dataclasses.MISSING
        ],
    )
    _defaults[cls] = made
    return made


def _field_names(cls: type) -> tuple[str, ...]:
    names = _names.get(cls)
    if names is None:
        names = _names[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _dumped(value: Any, json: bool) -> Any:
    if isinstance(value, PlainModel):
        return value.model_dump(mode="json" if json else "python")
    if isinstance(value, list):
        return [_dumped(item, json) for item in value]
    if isinstance(value, tuple):
        items = [_dumped(item, json) for item in value]
        return items if json else tuple(items)
    if json and isinstance(value, Enum):
        return value.value
    return value


def _compile_validator(cls: type) -> Callable[[Any], None]:
    """The validation of a `cls` instance: when every field has exactly its declared type and
    meets its constraints, it copies the list fields (as pydantic does); otherwise it hands the
    instance to pydantic."""
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {"by_pydantic": _validate_with_pydantic}
    reads, tests, copies = [], [], []
    for number, field in enumerate(dataclasses.fields(cls)):
        value, hint = f"v{number}", hints[field.name]
        reads.append(f"    {value} = d[{field.name!r}]")
        tests.append(_test(hint, value, namespace))
        minimum = field.metadata.get("ge")
        if minimum is not None:
            tests.append(f"{value} >= {minimum!r}")
        if typing.get_origin(hint) is list:
            copies.append(f"    d[{field.name!r}] = list({value})")
    source = "\n".join(
        [
            "def validate(self):",
            "    d = self.__dict__",
            *reads,
            "    if not (" + "\n        and ".join(f"({t})" for t in tests or ["True"]) + "):",
            "        return by_pydantic(self)",
            *copies,
        ]
    )
    exec(compile(source, f"<validation of {cls.__qualname__}>", "exec"), namespace)
    validate: Callable[[Any], None] = namespace["validate"]
    _validators[cls] = validate
    return validate


def _test(hint: Any, value: str, namespace: dict[str, Any]) -> str:
    """A Python expression true when `value` has exactly the type `hint` (as pydantic would
    keep it unconverted)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        others = [arg for arg in args if arg is not type(None)]
        inner = " or ".join(f"({_test(arg, value, namespace)})" for arg in others)
        return f"{value} is None or {inner}" if len(others) < len(args) else inner
    if origin is list:
        item = _item_name(namespace)
        each = _test(args[0], item, namespace)
        return f"type({value}) is list and all({each} for {item} in {value})"
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _item_name(namespace)
            each = _test(args[0], item, namespace)
            return f"type({value}) is tuple and all({each} for {item} in {value})"
        parts = [_test(arg, f"{value}[{i}]", namespace) for i, arg in enumerate(args)]
        return f"type({value}) is tuple and len({value}) == {len(args)} and " + " and ".join(
            f"({part})" for part in parts
        )
    if isinstance(hint, type) and (
        hint in (str, int, bool) or issubclass(hint, Enum) or issubclass(hint, PlainModel)
    ):
        name = f"T_{hint.__name__}"
        namespace[name] = hint
        return f"type({value}) is {name}"
    raise TypeError(f"PlainModel cannot check fields of type {hint!r}")


def _item_name(namespace: dict[str, Any]) -> str:
    """A new name for a generator's item (counted in `namespace`)."""
    count = namespace["items"] = namespace.get("items", 0) + 1
    return f"i{count}"


def _make_loader(cls: type) -> list[tuple[str, Callable[[Any], Any]]]:
    """The fields of `cls` whose JSON form needs converting, each with its conversion."""
    hints = typing.get_type_hints(cls)
    loader = []
    for field in dataclasses.fields(cls):
        convert = _conversion(hints[field.name])
        if convert is not None:
            loader.append((field.name, convert))
    _loaders[cls] = loader
    return loader


def _conversion(hint: Any) -> Callable[[Any], Any] | None:
    """What turns the JSON form of a `hint` value back into it (None: nothing to do)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        others = [arg for arg in args if arg is not type(None)]
        inner = _conversion(others[0]) if len(others) == 1 else None
        if len(others) > 1 and any(_conversion(arg) is not None for arg in others):
            raise TypeError(f"PlainModel cannot load fields of type {hint!r}")
        return None if inner is None else (lambda value: None if value is None else inner(value))
    if origin is list:
        each = _conversion(args[0])
        return None if each is None else (lambda value: [each(item) for item in _listed(value)])
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            one = _conversion(args[0]) or _same
            return lambda value: tuple(one(item) for item in _listed(value))
        parts = [_conversion(arg) or _same for arg in args]
        return lambda value: tuple(
            part(item) for part, item in zip(parts, _listed(value), strict=True)
        )
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    if isinstance(hint, type) and issubclass(hint, PlainModel):
        return hint.from_dump
    return None


def _listed(value: Any) -> list[Any]:
    if type(value) is not list:
        raise TypeError(f"expected a JSON array, not {type(value).__name__}")
    return value


def _same(value: Any) -> Any:
    return value
