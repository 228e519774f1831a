"""Taking Apertium's stream apart: the units are what the plain per-character reading of the
format finds, on the analyser's real answers and on strings of its reserved characters."""

from __future__ import annotations

import random
import re
import subprocess

from pipeline.ingest import apertium_units
from pipeline.ingest.apertium_units import Reading, escape, parse_reading, parse_stream
from pipeline.ingest.morphology import analysis_stages

# The stream format read one character at a time: an escaped character, a unit `^…$` whose
# text is escaped or plain characters up to its first unescaped `$`, text between units, or
# a `^` that opens no unit.
_PER_CHARACTER = re.compile(r"\\.|\^((?:\\.|[^$\\])*)\$|[^\\^]+|\^")


def _units(stream: str) -> list[str]:
    return [m.group(1) for m in _PER_CHARACTER.finditer(stream) if m.group(1) is not None]


def _expected(stream: str) -> list[tuple[str, tuple[Reading, ...]]]:
    return [apertium_units._unit(unit) for unit in _units(stream)]


_TAG = re.compile(r"<([^<>]+)>")


def _reading(analysis: str) -> Reading | None:
    """An analysis read as the format says: parts at each unescaped +, the lemma up to the
    first <, the tags every <…> of the part."""
    if not analysis or analysis[0] in "*#@":
        return None
    parts = []
    for part in re.split(r"(?<!\\)\+", analysis):
        lemma = re.sub(r"\\(.)", r"\1", part.split("<", 1)[0])
        parts.append(Reading(lemma, tuple(_TAG.findall(part))))
    if len(parts) == 1:
        return parts[0]
    return Reading(parts[-1].lemma, parts[-1].tags, tuple(parts))


def test_analyses_in_any_shape_give_the_same_readings() -> None:
    chance = random.Random(7)
    alphabet = "ab<<>>++\\*#@ "
    analyses = ["".join(chance.choices(alphabet, k=chance.randint(0, 16))) for _ in range(20_000)]
    analyses += ["vinter<n><ut><sg><def>", "hjerte<n><nt>+anfald<n><nt><sg>", "a<>", "a<b><>"]
    analyses += ["a\\+b<n>", "a<b>c<d>", "<n>", "a<b", "a>b<c>", "a<<b>>", "+", "a+<n>"]

    assert [a for a in analyses if parse_reading(a) != _reading(a)] == []


def test_reserved_characters_in_any_order_give_the_same_units() -> None:
    chance = random.Random(14)
    alphabet = "ab^$\\/<>+* \n"
    streams = ["".join(chance.choices(alphabet, k=chance.randint(0, 24))) for _ in range(20_000)]
    streams += ["", "^", "$", "^$", "\\", "^\\$", "^a\\$b$", "^a\\", "^a/b<n>$^c$", "x^^a$$"]

    different = [s for s in streams if parse_stream(s) != _expected(s)]
    single = [s for s in streams if apertium_units.line_units(s) != _expected(s)]

    assert different == [] and single == []


def test_the_analysers_answers_give_the_same_units() -> None:
    analyser, _ = analysis_stages("da")
    text = (
        "Om vinteren er influenza mere udbredt, og 2/3 af patienterne har feber > 38 °C.\n"
        "Ældre mennesker med hjerte-kar-sygdom [se side 4] bør vaccineres $ ^ hvert år.\n"
    )
    words = ["vinteren", "hjerte-kar-sygdom", "[se", "e-mail", "38", "°C", "^", "$", "\\"]
    payload = escape(text) + "".join(escape(w) + "\n" for w in words)
    stream = subprocess.run(
        ["bash", "-c", analyser], input=payload, capture_output=True, text=True, check=True
    ).stdout

    assert len(_units(stream)) > 30
    assert parse_stream(stream) == _expected(stream)
    for line in stream.split("\n"):
        assert apertium_units.line_units(line) == _expected(line)
