"""The inline codes of an XLIFF 1.2 or 2.x <source> or <target>, in document order.

translate-toolkit gives a unit's text with its inline codes flattened away (`<g>Save</g>` is
"Save", `<x/>` nothing), so a target that drops, adds or misplaces one reads as correct. The
readers keep each side's codes as short tokens beside the text, for the INL001 check:

    <g id="1">…</g>   → "<g id='1'>" … "</g id='1'>"     (a container: opening and closing)
    <x id="2"/>       → "<x id='2'/>"                    (and bx, ex, ph, bpt, ept, it; 2.x ph,
                                                          sc, ec; pc is a container)

A code is named by its element and its id (1.2's `rid`, where given, and 2.x ec's `startRef`
name the pair, so an opening and its closing can be matched).
"""

from __future__ import annotations

from typing import Any

# elements that enclose text, and standalone codes, of XLIFF 1.2 and 2.x
CONTAINERS = frozenset({"g", "pc"})
STANDALONE = frozenset({"x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec"})
# (opening, closing) pairs that mark a span without enclosing it
PAIRS = {"bpt": "ept", "bx": "ex", "sc": "ec"}


def inline_codes(source: Any, target: Any) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The codes of a unit's <source> and <target> elements; None when neither has any (a
    unit of plain text, as most are)."""
    codes = (code_tokens(source), code_tokens(target))
    return codes if any(codes) else None


def code_tokens(element: Any) -> tuple[str, ...]:
    """The inline-code tokens inside `element` (an lxml <source> or <target>), in order."""
    if element is None:
        return ()
    tokens: list[str] = []
    _walk(element, tokens)
    return tuple(tokens)


def _walk(element: Any, tokens: list[str]) -> None:
    for child in element:
        if not isinstance(child.tag, str):
            continue  # comments, processing instructions
        name = child.tag.rpartition("}")[2]
        key = code_key(child, name)
        if name in CONTAINERS:
            tokens.append(f"<{name} {key}>")
            _walk(child, tokens)
            tokens.append(f"</{name} {key}>")
        elif name in STANDALONE:
            tokens.append(f"<{name} {key}/>")
        else:
            _walk(child, tokens)  # <mrk>, <sub>: annotations, whose codes still count


def code_key(element: Any, name: str) -> str:
    """The attribute naming a code: its id, or for a closing code the id it closes."""
    if name in ("bpt", "ept", "bx", "ex") and element.get("rid") is not None:
        return f"id='{element.get('rid')}'"
    if name == "ec" and element.get("startRef") is not None:
        return f"id='{element.get('startRef')}'"
    return f"id='{element.get('id', '')}'"
