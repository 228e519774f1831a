from __future__ import annotations

import contextlib
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator

from pipeline.checks.bilingual import senses
from pipeline.checks.bilingual.base import BilingualCheck, BilingualContext
from pipeline.core.language import base_language
from pipeline.core.models import Finding, Severity, TranslationUnit

# Sources are analysed together, separated so that no sentence runs into the next.
_SEPARATOR = "\n\n"
_STARTED = "SENSE001.analysis-started"


def _source_text(units: list[tuple[TranslationUnit, str]]) -> str:
    """The distinct sources of `units`, as one text to analyse."""
    return _SEPARATOR.join(dict.fromkeys(unit.source for unit, _ in units))


def _analyse_all(texts: list[tuple[str, str]]) -> None:
    # a failure is left for `run`, which asks again and reports it as before
    with contextlib.suppress(Exception):
        for text, lang in texts:
            senses.analysed(text, lang)


class GuessedSense(BilingualCheck):
    """The engine guessed a homograph's sense, and the article elsewhere uses the other one.

    Apertium's Danish tagger cannot tell readings with the same tags apart ("lægen": læge,
    doctor, or læg, calf; "gør": gøre, do, or gø, bark), so it takes one, and the target says
    "leggen" or "bjeffer" where the source meant the doctor or "gør ondt" (hurts). Reported
    when the article itself settles it: the chosen noun or verb (lemma and word class) occurs
    nowhere else in the source where the grammar decided it, while the other word does (once
    for a reading with the same tags; twice to overrule the tagger's choice of word class),
    or, where the source says nothing, the target uses the other sense's word elsewhere and
    the chosen one only where the engine guessed; the two senses translate to different target
    words (the pair's own transfer and generation, pipeline.checks.bilingual.senses), and the
    target has the chosen sense's word and not the other's. The suggestion names the other
    sense's target word; the translator decides.

    Not reported: homographs whose senses translate alike, a choice the article gives no
    evidence against, and sources other than Danish (the installed pairs' taggers).

    Anti-pattern: da "Lægen undersøger dig" → nb "Leggen undersøker deg" (læg, calf)
    Best practice: da "Lægen undersøger dig" → nb "Legen undersøker deg" (læge, doctor)
    """

    code = "SENSE001"
    name = "bilingual.guessed-sense"
    severity = Severity.WARNING

    def prepare(self, ctx: BilingualContext) -> None:
        """The sources' analysis starts on a thread (it waits on the analyser's processes)
        while the checks before this one run; the analyser is asked what `run` would ask, in
        the same order, so its answers are the same."""
        texts = [(_source_text(units), source) for (source, _), units in self._by_pair(ctx).items()]
        if texts:
            thread = threading.Thread(target=_analyse_all, args=(texts,), daemon=True)
            thread.start()
            ctx.memo(_STARTED, lambda: thread)

    def run(self, ctx: BilingualContext) -> Iterator[Finding]:
        started = ctx.memo(_STARTED, lambda: None)
        if started is not None:
            started.join()  # its analyses are in senses.analysed's cache
        for (source, target_lang), units in self._by_pair(ctx).items():
            yield from self._check_pair(source, target_lang, units)

    def _by_pair(
        self, ctx: BilingualContext
    ) -> dict[tuple[str, str], list[tuple[TranslationUnit, str]]]:
        def group() -> dict[tuple[str, str], list[tuple[TranslationUnit, str]]]:
            by_pair: dict[tuple[str, str], list[tuple[TranslationUnit, str]]] = defaultdict(list)
            for unit, target in ctx.translated():
                pair = (base_language(unit.source_lang), base_language(unit.target_lang))
                if senses.available(*pair):
                    by_pair[pair].append((unit, target))
            return by_pair

        return ctx.memo("SENSE001.by-pair", group)

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterator[Finding]:
        return iter(())  # the article's units are judged together (run)

    def _check_pair(
        self, source: str, target_lang: str, units: list[tuple[TranslationUnit, str]]
    ) -> Iterator[Finding]:
        texts = list(dict.fromkeys(unit.source for unit, _ in units))
        tokens = senses.analysed(_source_text(units), source)
        support = senses.lemma_support(tokens)
        starts, offset = {}, 0
        for text in texts:
            starts[text] = offset
            offset += len(text) + len(_SEPARATOR)
        forms = senses.surfaces(tokens)
        suspects, pending = [], []
        for homograph in senses.homographs(tokens):
            if support[senses.key(homograph.chosen)]:
                continue  # the article uses the chosen word elsewhere
            same_tags = homograph.chosen.tags
            # a guess between equal tags needs one use of the other word; overruling the
            # tagger's choice of word class needs more
            backed = [
                r
                for r in homograph.others
                if support[senses.key(r)] >= (1 if r.tags == same_tags else 2)
            ]
            if backed:
                suspects.append((homograph, max(backed, key=lambda r: support[senses.key(r)])))
            else:
                # the target may settle it, if another form of the other word is in the
                # source at all ("en læge", which the tagger read as an adjective)
                surface = homograph.token.surface.casefold()
                pending += [
                    (homograph, r)
                    for r in homograph.others
                    if r.tags == same_tags and forms.get(senses.key(r), set()) - {surface}
                ]
        if not suspects and not pending:
            return
        pairs = suspects + pending
        readings = [r for homograph, other in pairs for r in (homograph.chosen, other)]
        words = senses.target_words(readings, source, target_lang)
        translated = {id(pair): (words[2 * n], words[2 * n + 1]) for n, pair in enumerate(pairs)}
        if pending:
            targets = [target for _, target in units]
            evidence = senses.TargetEvidence(targets, target_lang, words)
            guesses = Counter(senses.key(h.chosen) for h, _ in pending)
            suspects += [
                pair
                for pair in pending
                if evidence.supports(*translated[id(pair)], guesses[senses.key(pair[0].chosen)])
            ]
        for pair in suspects:
            homograph, best = pair
            chosen_word, other_word = translated[id(pair)]
            if not chosen_word or not other_word or chosen_word.casefold() == other_word.casefold():
                continue
            for unit, target in units:
                start = starts[unit.source]
                if not start <= homograph.token.start < start + len(unit.source):
                    continue
                if _has_word(target, chosen_word) and not _has_word(target, other_word):
                    yield self.finding(
                        unit,
                        f"'{homograph.token.surface}' is translated as '{chosen_word}' "
                        f"({homograph.chosen.lemma}), a sense the article uses nowhere else; "
                        f"it uses {best.lemma} ('{other_word}'): check the sense",
                        match=chosen_word,
                        suggestion=None,
                    ).model_copy(update={"suggestions": [other_word]})


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None
