"""ApertiumEngine against the real `apertium`. No test pins one build's wording: expected
translations are what the installed Apertium itself answers in the same test, or properties."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pipeline.translate import EngineUnavailableError, TranslationError, UnsupportedPairError
from pipeline.translate.apertium import (
    ApertiumEngine,
    marked_words,
    strip_unknown_marks,
    unknown_words,
)

SEEDS = [
    "Hvad er årsagerne til muskeltrækninger i benene?",
    "Det er normalt et meget godartet symptom, der forsvinder af sig selv.",
]


@pytest.fixture(scope="module")
def engine() -> ApertiumEngine:
    return ApertiumEngine()


@pytest.fixture
def processes(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The command lines of the translation processes started (the real ones still run)."""
    started: list[list[str]] = []
    real_popen: Callable[..., Any] = subprocess.Popen

    def counting_popen(args: list[str], *rest: Any, **kwargs: Any) -> Any:
        if "-f" in args:
            started.append(list(args))
        return real_popen(args, *rest, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", counting_popen)
    return started


def fake_apertium(tmp_path: Path, body: str) -> str:
    """A stand-in `apertium` script: `-l` lists what the real one lists unless `body` says else."""
    script = tmp_path / "apertium"
    script.write_text(f'#!/bin/sh\n[ "$1" = -l ] && exec apertium -l\n{body}\n')
    script.chmod(0o755)
    return str(script)


def raw_apertium(texts: list[str], mode: str) -> list[str]:
    """What the installed Apertium itself answers for each text, one plain call per text."""
    return [
        subprocess.run(
            ["apertium", "-f", "txt", mode], input=text, capture_output=True, text=True, check=True
        ).stdout.rstrip("\n")
        for text in texts
    ]


@pytest.mark.parametrize(
    ("target", "mode"), [("nb", "dan-nob"), ("nn", "dan-nno"), ("sv", "dan-swe")]
)
def test_each_pair_gives_what_the_installed_apertium_gives(
    engine: ApertiumEngine, target: str, mode: str
) -> None:
    translated = engine.translate_batch(SEEDS, "da", target)

    assert translated == raw_apertium(SEEDS, mode)
    assert all(out and out != source for out, source in zip(translated, SEEDS, strict=True))


def test_unknown_word_marks_are_kept_for_the_caller_to_report(engine: ApertiumEngine) -> None:
    translated = engine.translate_batch(SEEDS, "da", "nn")

    assert [marked_words(t) for t in translated] == [
        marked_words(t) for t in raw_apertium(SEEDS, "dan-nno")
    ]


def test_a_batch_runs_one_apertium_process(
    engine: ApertiumEngine, processes: list[list[str]]
) -> None:
    engine.translate_batch([*SEEDS, "Muskeltrækninger er et symptom."], "da", "nb")

    assert processes == [["apertium", "-f", "html-noent", "dan-nob"]]


def test_two_hundred_segments_stay_aligned(
    engine: ApertiumEngine, processes: list[list[str]]
) -> None:
    tricky = ["", "   ", "a < b & c", "<p>ikke et tag</p>", "linje et\n\nlinje to", "&amp;"]
    texts = [f"Patient nummer {i} har et symptom." for i in range(200)]
    for i, text in enumerate(tricky):
        texts[i * 31] = text

    translated = engine.translate_batch(texts, "da", "nb")

    assert len(translated) == 200
    assert len(processes) == 1
    for i, (text, out) in enumerate(zip(texts, translated, strict=True)):
        if text not in tricky:
            assert f"nummer {i} " in out  # each target belongs to its own source
    assert (translated[0], translated[31]) == ("", "   ")  # blank texts come back as they were
    lone = [engine.translate_batch([text], "da", "nb")[0] for text in tricky]
    assert [translated[i * 31] for i in range(len(tricky))] == lone


def test_a_batch_translates_each_segment_as_a_lone_call_would(engine: ApertiumEngine) -> None:
    texts = [*SEEDS, "Muskeldystrofi er et udtryk, der dækker en gruppe sygdomme."]

    alone = [engine.translate_batch([text], "da", "nb")[0] for text in texts]

    assert engine.translate_batch(texts, "da", "nb") == alone


def test_leading_and_trailing_whitespace_is_kept(engine: ApertiumEngine) -> None:
    core = "Muskeltrækninger er et symptom"

    (translated,) = engine.translate_batch([f"  {core}\n"], "da", "nb")

    assert translated == f"  {raw_apertium([core], 'dan-nob')[0]}\n"


def test_empty_batch_starts_no_process(engine: ApertiumEngine, processes: list[list[str]]) -> None:
    assert engine.translate_batch([], "da", "nb") == []
    assert processes == []


def test_unknown_words_are_listed_and_their_marks_can_be_stripped() -> None:
    text = "Det er vanligt ett mycket *godartet symptom, där *muskeltrækninger försvinner."

    assert unknown_words(text) == ["godartet", "muskeltrækninger"]
    assert strip_unknown_marks(text) == text.replace("*", "")


def test_all_three_marks_are_recognised_and_word_internal_signs_are_not() -> None:
    text = "*Anonim @hus #gå e-mail: a@b.dk 3*4 *fibromyalgi-patienter"

    assert marked_words(text) == [
        ("*", "Anonim"), ("@", "hus"), ("#", "gå"), ("*", "fibromyalgi-patienter"),
    ]  # fmt: skip
    assert strip_unknown_marks(text) == "Anonim hus gå e-mail: a@b.dk 3*4 fibromyalgi-patienter"


def test_markup_mode_keeps_links_with_titles(tmp_path: Path) -> None:
    # Markup goes through Apertium's html-alt format: some builds' `-f html` drop an <a> that
    # has a title attribute. Our behaviour: the link, its attributes and the entity survive.
    segment = 'Se <a href="https://x.dk/?a=1&amp;b=2" title="sygdommen">sygdommen</a> &amp; mere.'

    (translated,) = ApertiumEngine(markup=True).translate_batch([segment], "da", "nb")

    link = re.fullmatch(
        r'(\w+) <a href="https://x\.dk/\?a=1&(?:amp|#38);b=2" title="sygdommen">'
        r"([^<*#@]+)</a> &(?:amp|#38); ([^<]+)",
        translated,
    )
    assert link is not None, translated
    (link_text,) = raw_apertium(["sygdommen"], "dan-nob")
    assert link.group(2) == link_text


def test_lost_markers_fall_back_to_one_process_per_segment(
    tmp_path: Path, processes: list[list[str]]
) -> None:
    # drops the first end marker whenever more than one segment comes in
    binary = fake_apertium(
        tmp_path,
        'input=$(cat); n=$(printf "%s" "$input" | grep -c data-cp=)\n'
        'if [ "$n" -gt 1 ]; then printf "%s\\n" "$input" | apertium "$@" | sed "s/<!--cp0-->//"\n'
        'else printf "%s\\n" "$input" | apertium "$@"; fi',
    )

    translated = ApertiumEngine(binary=binary).translate_batch(SEEDS, "da", "nb")

    assert translated == ApertiumEngine().translate_batch(SEEDS, "da", "nb")
    assert len(processes) == 1 + len(SEEDS) + 1


def test_a_missing_program_names_the_debian_packages() -> None:
    engine = ApertiumEngine(binary="/nonexistent/apertium")

    with pytest.raises(EngineUnavailableError) as error:
        engine.translate_batch(["hus"], "da", "nb")

    assert str(error.value) == (
        "apertium: the `/nonexistent/apertium` program is not installed "
        "(apt-get install apertium apertium-dan-nor apertium-swe-dan)"
    )


def test_a_missing_pair_names_its_debian_package(tmp_path: Path) -> None:
    script = tmp_path / "apertium"
    script.write_text('#!/bin/sh\necho "  dan-swe"\n')
    script.chmod(0o755)

    with pytest.raises(EngineUnavailableError) as error:
        ApertiumEngine(binary=str(script)).translate_batch(["hus"], "da", "nn")

    assert str(error.value) == (
        "apertium: the da→nn pair (dan-nno) is not installed; "
        "install the Debian package apertium-dan-nor (apt-get install apertium-dan-nor)"
    )


def test_an_unknown_pair_lists_the_installed_ones(engine: ApertiumEngine) -> None:
    with pytest.raises(UnsupportedPairError, match=r"no en→de pair \(eng-deu\).*dan-nob"):
        engine.translate_batch(["house"], "en", "de")


def test_a_hung_apertium_is_stopped_at_the_timeout(tmp_path: Path) -> None:
    binary = fake_apertium(tmp_path, "sleep 30 | cat")
    started = time.monotonic()

    with pytest.raises(TranslationError, match=r"dan-nob did not finish within 0\.5 s"):
        ApertiumEngine(binary=binary, timeout=0.5).translate_batch(["hus"], "da", "nb")

    assert time.monotonic() - started < 25  # stopped, not waited for: the stand-in hangs 30 s


def test_version_names_apertium_and_the_pair_packages(engine: ApertiumEngine) -> None:
    installed = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${Version}\n", "apertium", "apertium-dan-nor"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()

    version = engine.version()

    assert version.startswith(f"{installed[0]}; ")
    assert installed[1] in version.split("; ")
