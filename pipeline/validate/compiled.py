"""The content schema compiled (jsonschema-rs), for the yes-or-no question every written file asks.

`validate_content` walks the schema in Python with jsonschema: about 9 ms of CPU for the content
file of a 450-word article, a seventh of `translate`'s own CPU time (40 articles, da→nb,
measured). The same schema compiled answers in a fraction of a millisecond. Only "valid" is
taken from it: data it rejects goes through `validate_content`, so every message a user sees is
still jsonschema's, and the two are compared on many broken files in
tests/validate/test_compiled.py.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Protocol

from pipeline.validate.schema import _is_datetime, content_schema, validate_content


class _Compiled(Protocol):
    def is_valid(self, instance: Any) -> bool: ...


@cache
def _compiled() -> _Compiled:
    import jsonschema_rs

    validator: _Compiled = jsonschema_rs.validator_for(
        content_schema(), formats={"date-time": _is_datetime}, validate_formats=True
    )
    return validator


def is_valid_content(data: Any) -> bool:
    """Whether `data` (parsed JSON) is a valid content file, by the compiled schema."""
    return _compiled().is_valid(data)


def content_problems(data: Any) -> list[str]:
    """What `validate_content` says about `data`, asked only when the compiled schema
    rejects it (valid data, the usual case, costs no walk in Python)."""
    return [] if is_valid_content(data) else validate_content(data)
