"""Offline translation with Apertium: one `apertium` process per batch of segments.

Segment alignment: each segment goes in as its own HTML block with a numbered start and end
marker, `<p data-cp="7">…</p><!--cp7-->`; Apertium's HTML deformatter passes tags and comments
through untouched and treats each block end as a sentence end, so no word moves between segments.
Plain text is HTML-escaped on the way in and unescaped on the way out (format `html-noent`, which
leaves letters such as ø alone); `markup=True` sends the segment's own HTML through `html-alt`,
which keeps links (`-f html` drops an `<a>` that has a title attribute). If the markers that come
back are not exactly 0…n-1, every segment is translated again in its own process.
Text never crosses a marker, but Apertium's part-of-speech tagger carries state from one sentence
to the next, so in a rare near-tie a segment comes out as it would in a running document rather
than alone (1 of the seed article's 32 sentences, da→nn: "det eine" in a batch, "det eina" alone).

Apertium marks words it could not handle: `*word` unknown to the source analyser (left as is),
`@word` missing from the bilingual dictionary, `#word` not inflectable by the target generator.
"""

from __future__ import annotations

import functools
import html
import logging
import os
import re
import signal
import subprocess
from html.entities import html5

from pipeline.translate.engine import EngineStatus
from pipeline.translate.errors import EngineUnavailableError, TranslationError, UnsupportedPairError

log = logging.getLogger(__name__)

# ISO 639-1 → Apertium (ISO 639-3) codes
APERTIUM_CODES: dict[str, str] = {
    "da": "dan", "nb": "nob", "nn": "nno", "sv": "swe", "en": "eng", "de": "deu",
    "es": "spa", "ca": "cat", "fr": "fra", "pt": "por", "it": "ita", "is": "isl",
}  # fmt: skip
# Debian packages that provide a mode
PACKAGES: dict[str, str] = {
    "dan-nob": "apertium-dan-nor", "nob-dan": "apertium-dan-nor",
    "dan-nno": "apertium-dan-nor", "nno-dan": "apertium-dan-nor",
    "dan-swe": "apertium-swe-dan", "swe-dan": "apertium-swe-dan",
}  # fmt: skip
INSTALL_HINT = "apt-get install apertium apertium-dan-nor apertium-swe-dan"

_MARKED = re.compile(r"(?<![\w*@#])([*@#])(\w+(?:[-'’]\w+)*)")
_SEGMENT = re.compile(r'<p data-cp="(\d+)">(.*?)</p><!--cp\1-->', re.DOTALL)
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*;)")


def marked_words(text: str) -> list[tuple[str, str]]:
    """(mark, word) for each word Apertium marked with *, @ or #, in order."""
    return [(m[1], m[2]) for m in _MARKED.finditer(text)]


def unknown_words(text: str) -> list[str]:
    """Words Apertium did not know (marked `*word`), in order, without the mark."""
    return [word for mark, word in marked_words(text) if mark == "*"]


def strip_unknown_marks(text: str) -> str:
    """`text` without Apertium's *, @ and # marks in front of words."""
    return _MARKED.sub(r"\2", text)


@functools.cache
def _modes(binary: str) -> tuple[str, ...]:
    """The modes `apertium -l` lists (cached: the list changes only when packages do)."""
    try:
        listed = subprocess.run([binary, "-l"], capture_output=True, text=True, timeout=30)
    except FileNotFoundError:
        raise EngineUnavailableError(
            f"apertium: the `{binary}` program is not installed ({INSTALL_HINT})"
        ) from None
    except subprocess.TimeoutExpired:
        raise EngineUnavailableError(
            f"apertium: `{binary} -l` did not answer within 30 s"
        ) from None
    return tuple(line.strip() for line in listed.stdout.splitlines() if line.strip())


def _numeric_entities(markup: str) -> str:
    # html-alt mangles named entities (`&amp;` comes back as `&*amp;`) but keeps numeric ones.
    def numeric(match: re.Match[str]) -> str:
        chars = html5.get(match[1])
        return "".join(f"&#{ord(c)};" for c in chars) if chars else match[0]

    return _NAMED_ENTITY.sub(numeric, markup)


class ApertiumEngine:
    """Offline Danish → Norwegian (Bokmål, Nynorsk) and Swedish, and whatever else is installed."""

    # Segments per call: start-up (~0.3 s) dominates a small batch, and redoing 1,000
    # segments after an interruption costs about a second.
    batch_size = 1000
    # a call waits on Apertium's processes: the caller may work meanwhile (pipeline.workflow)
    waits_on_processes = True

    def __init__(
        self,
        name: str = "apertium",
        *,
        markup: bool = False,
        timeout: float = 300.0,
        binary: str = "apertium",
    ) -> None:
        self.name = name
        self.markup = markup
        self.timeout = float(timeout)
        self.binary = binary

    def __repr__(self) -> str:
        return f"ApertiumEngine(markup={self.markup}, binary={self.binary!r})"

    def version(self) -> str:
        modes = _modes(self.binary)
        packages = ["apertium", *sorted({PACKAGES[m] for m in modes if m in PACKAGES})]
        try:
            found = subprocess.run(
                ["dpkg-query", "-W", "-f=${Package} ${Version}\\n", *packages],
                capture_output=True, text=True, timeout=30,
            ).stdout.strip()  # fmt: skip
        except (FileNotFoundError, subprocess.TimeoutExpired):
            found = ""
        if not found:  # not a Debian system: the engine's own version
            found = subprocess.run(
                [self.binary, "-V"], capture_output=True, text=True, timeout=30
            ).stdout
        return "; ".join(line.strip() for line in found.splitlines() if line.strip())

    def pairs(self) -> list[tuple[str, str]]:
        iso = {code: lang for lang, code in APERTIUM_CODES.items()}
        pairs = []
        for mode in _modes(self.binary):
            source, _, target = mode.partition("-")
            if source in iso and target in iso:
                pairs.append((iso[source], iso[target]))
        return sorted(pairs)

    def supports(self, source: str, target: str) -> bool:
        return (source, target) in self.pairs()

    def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:
        """Translations of `texts` from one `apertium` run; unknown-word marks are kept."""
        if not texts:
            return []
        mode = self._mode(source, target)
        results = list(texts)
        todo = [i for i, text in enumerate(texts) if text.strip()]
        cores = [texts[i].strip() for i in todo]
        translated = self._run(mode, cores)
        if translated is None:
            log.warning("apertium: %s lost segment markers; translating one by one", mode)
            translated = [self._run_one(mode, core) for core in cores]
        for i, out in zip(todo, translated, strict=True):
            text = texts[i]
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()) :]
            results[i] = lead + out.strip() + trail
        return results

    def _mode(self, source: str, target: str) -> str:
        codes = [APERTIUM_CODES.get(source), APERTIUM_CODES.get(target)]
        mode = f"{codes[0] or source}-{codes[1] or target}"
        if mode in _modes(self.binary):
            return mode
        package = PACKAGES.get(mode)
        if package:
            raise EngineUnavailableError(
                f"apertium: the {source}→{target} pair ({mode}) is not installed; "
                f"install the Debian package {package} (apt-get install {package})"
            )
        raise UnsupportedPairError(
            f"apertium: no {source}→{target} pair ({mode}) is installed or known; "
            f"installed: {', '.join(_modes(self.binary)) or 'none'}"
        )

    def _run(self, mode: str, cores: list[str]) -> list[str] | None:
        """Translations of `cores` in one process, or None when the markers did not come back."""
        if not cores:
            return []
        blocks = []
        for i, core in enumerate(cores):
            body = _numeric_entities(core) if self.markup else html.escape(core, quote=False)
            blocks.append(f'<p data-cp="{i}">{body}</p><!--cp{i}-->')
        output = self._apertium(mode, "\n".join(blocks) + "\n")
        found = _SEGMENT.findall(output)
        if [int(index) for index, _ in found] != list(range(len(cores))):
            return None
        return [body if self.markup else html.unescape(body) for _, body in found]

    def _run_one(self, mode: str, core: str) -> str:
        translated = self._run(mode, [core])
        if translated is None:
            raise TranslationError(f"apertium: {mode} garbled a segment: {core[:60]!r}")
        return translated[0]

    def _apertium(self, mode: str, payload: str) -> str:
        fmt = "html-alt" if self.markup else "html-noent"
        # `apertium` is a shell pipeline: its own process group lets a timeout stop all of it
        process = subprocess.Popen(
            [self.binary, "-f", fmt, mode],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", start_new_session=True,
        )  # fmt: skip
        try:
            output, errors = process.communicate(payload, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise TranslationError(
                f"apertium: {mode} did not finish within {self.timeout:g} s"
            ) from None
        if process.returncode != 0:
            reason = errors.strip().splitlines()[-1:] or [f"exit status {process.returncode}"]
            raise TranslationError(f"apertium: {mode} failed: {reason[0]}")
        return output

    @classmethod
    def status(cls, name: str) -> EngineStatus:
        engine = cls(name)
        try:
            pairs = engine.pairs()
            detail = engine.version() if pairs else f"no language pair installed ({INSTALL_HINT})"
        except EngineUnavailableError as exc:
            return EngineStatus(name, "offline", False, exc.message)
        return EngineStatus(name, "offline", bool(pairs), detail, pairs=pairs)
