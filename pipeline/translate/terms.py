"""Glossary-enforced translation: protect terms and names with placeholders, restore targets.

Each source occurrence of a glossary concept that has a preferred term in the target language
is replaced by a placeholder ⟦⟧n before the engine sees the text, and the placeholder is
replaced by the target term afterwards, inflected like the source form where the target
paradigm is certain (da "muskeltrækninger" → nb "muskelrykninger") or the target dictionary
accepts a form, else in its dictionary form. Do-not-translate
names, URLs, e-mail addresses and domains are protected the same way and come back verbatim,
and numbers written with digit groups or decimals come back in the target's convention
(da "100.000" → nb/sv "100 000" with a no-break space, en "100,000").

The index stands outside the brackets on purpose: Apertium's Danish–Norwegian modes pull
sentence-final punctuation into "⟦1⟧." (giving "⟦1..⟧"), while "⟦⟧1." passes through all of
dan-nob, dan-nno and dan-swe unchanged in every position (measured with Apertium 3.8.3).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from pipeline.glossary.inflection import GEN, PL, SG, inflect, match_case, term_forms
from pipeline.glossary.matcher import TermMatch, matcher_for
from pipeline.glossary.model import DO_NOT_TRANSLATE, Glossary, TermEntry, TermStatus
from pipeline.glossary.synonyms import named_as_synonyms
from pipeline.ingest import morphology
from pipeline.ingest.genitive import owner_follows
from pipeline.ingest.morphology import Reading
from pipeline.text.numbers import extract_numbers, format_number
from pipeline.text.tokens import extract_tokens

PREFERRED = TermStatus.PREFERRED

_PLACEHOLDER = re.compile(r"⟦\s*⟧\s*(\d+)")


@dataclass(frozen=True)
class Slot:
    """One protected span: what the source said and what the target must say."""

    source: str
    replacement: str
    concept_id: str | None = None


@dataclass
class ProtectedText:
    text: str
    slots: list[Slot] = field(default_factory=list)


class TermProtector:
    """Protects one language pair's glossary terms; build once per batch (matching is indexed)."""

    def __init__(self, glossary: Glossary, source_lang: str, target_lang: str) -> None:
        self.glossary = glossary
        self.source_lang = source_lang
        self.target_lang = target_lang
        self._matcher = matcher_for(glossary, source_lang)
        from pipeline.checks.speller import Speller

        self._speller = Speller.for_language(target_lang)
        # answers that depend on the glossary alone, asked again for every occurrence of a
        # term (each look-up builds the concept from its rows): once per protector
        self._targets: dict[str, TermEntry | None] = {}
        self._names: dict[str, str | None] = {}
        self._same: dict[tuple[str, str], str | None] = {}
        self._inflected: dict[tuple[str, str], str] = {}

    def protect(self, text: str) -> ProtectedText:
        spans: list[tuple[int, int, Slot]] = [
            (token.start, token.end, Slot(token.text, token.text)) for token in extract_tokens(text)
        ]
        for number in extract_numbers(text, self.source_lang):
            if number.single and (number.grouped or number.values[0] != int(number.values[0])):
                localised = format_number(number.values[0], self.target_lang, grouped=True)
                end = number.start + len(number.text)
                spans.append((number.start, end, Slot(number.text, localised)))
        terms = list(self._matcher.find(text))
        synonyms = named_as_synonyms(text, terms, self.source_lang)
        for index, term in enumerate(terms):
            concept_id = term.entry.concept_id
            if concept_id not in self._targets:
                self._targets[concept_id] = self.glossary.translation(concept_id, self.target_lang)
            target = self._targets[concept_id]
            name = self._name(concept_id)
            if index in synonyms and name is None and term.entry.status is not PREFERRED:
                # "… kaldes også Lou Gehrigs sygdom": the synonym stays a synonym
                spans += self._synonym_slots(text, term)
                continue
            if name is not None:
                # a name is never translated, even into a language the glossary lacks
                replacement = target.term if target is not None else name
            elif target is None:
                continue
            elif term.text == term.entry.term and self._same_term(concept_id, term.entry.term):
                replacement = term.text  # ALS is ALS in Norwegian too: keep the writer's choice
            else:
                inflected = self._inflect(target.term, self._category(text, term))
                replacement = match_case(term.text, term.entry.term, inflected)
                if _sentence_initial(text, term.start):
                    # "Lou Gehrigs sygdom er …" → "Amyotrofisk lateral sklerose er …"
                    replacement = replacement[:1].upper() + replacement[1:]
            spans.append((term.start, term.end, Slot(term.text, replacement, concept_id)))
        chosen: list[tuple[int, int, Slot]] = []
        # longest first; on a tie the glossary's slot (added last) wins over the verbatim
        # token, so a misspelt name ("Fibromyalgi-Symptoms.org") comes out corrected
        ranked = sorted(enumerate(spans), key=lambda i: (i[1][0], -(i[1][1] - i[1][0]), -i[0]))
        for _, (start, end, slot) in ranked:
            if not chosen or start >= chosen[-1][1]:
                chosen.append((start, end, slot))
        parts: list[str] = []
        cursor = 0
        for index, (start, end, _) in enumerate(chosen):
            parts += [text[cursor:start], f"⟦⟧{index}"]
            cursor = end
        parts.append(text[cursor:])
        return ProtectedText("".join(parts), [slot for _, _, slot in chosen])

    def _synonym_slots(self, text: str, term: TermMatch) -> list[tuple[int, int, Slot]]:
        """How a term the sentence names as a synonym is translated: by the target term of
        the same status when the glossary has one (nn "Lou Gehrigs sjukdom"), else by the
        engine, with the names the term begins with kept verbatim ("Lou Gehrigs" sykdom)."""
        entry = term.entry
        acronym = entry.term.isupper()
        same = [
            e
            for e in self.glossary.concepts[entry.concept_id].terms_in(self.target_lang)
            if e.status is entry.status and e.term.isupper() == acronym
        ]
        if same:
            inflected = self._inflect(same[0].term, self._category(text, term))
            replacement = match_case(term.text, entry.term, inflected)
            return [(term.start, term.end, Slot(term.text, replacement, entry.concept_id))]
        names = list(itertools.takewhile(lambda w: w[:1].isupper(), entry.term.split()))
        words = list(re.finditer(r"\S+", term.text))
        if not names or len(names) >= len(words):
            return []
        end = term.start + words[len(names) - 1].end()
        return [(term.start, end, Slot(text := term.text[: end - term.start], text))]

    def _category(self, text: str, term: TermMatch) -> str:
        """The inflection the target term takes for `term`, matched in `text`: the match's
        own, except an indefinite genitive that nothing owns.

        A Danish genitive stands right before what it owns ("barnets handicaps betydning").
        The paradigms and the analyser know some plurals in -s only as genitives
        ("handicaps", "stents"); with no noun phrase after it ("børn med handicaps har ret",
        "handicaps og sygdomme") such a match is that plural, and a genitive target
        ("funksjonsnedsettelses") would say something else. The checks' replacements ask the
        same question (pipeline.ingest.genitive)."""
        if term.category == SG + GEN and not owner_follows(self._readings, text, term.end):
            return PL
        return term.category

    def _readings(self, word: str) -> tuple[Reading, ...]:
        """The source language's analyses of `word` (lexical_readings keeps them for the
        process); none without an analyser for the language (an unknown word, to
        `owner_follows`)."""
        if not morphology.available(self.source_lang):
            return ()
        return morphology.lexical_readings([word], self.source_lang).get(word, ())

    def _inflect(self, term: str, category: str) -> str:
        """`term` in `category` (`_inflection`), worked out once per protector."""
        key = (term, category)
        if key not in self._inflected:
            self._inflected[key] = self._inflection(term, category)
        return self._inflected[key]

    def _inflection(self, term: str, category: str) -> str:
        """`term` in `category`: certain paradigms first, then the dictionary's choice.

        For a noun whose paradigm is not certain, the candidate endings of the category are
        tried in order and the first form the target hunspell dictionary accepts wins
        (nb "symptom" → "symptomer"); with no accepted form the dictionary form is used.
        """
        certain = inflect(term, category, self.target_lang)
        if certain is not None:
            return certain
        if category.removesuffix(GEN) == "sg" or self._speller is None:
            return term
        candidates = [f.text for f in term_forms(term, self.target_lang) if f.category == category]
        # attributive adjectives take the weak/plural ending: ømme punkter, ömma punkter
        candidates.sort(key=lambda c: not all(w.endswith(("e", "a")) for w in c.split()[:-1]))
        for candidate in candidates:
            if all(self._speller.known(word) for word in candidate.split()):
                return candidate
        return term

    def _name(self, concept_id: str) -> str | None:
        """The correct form of a do-not-translate name (its preferred term), else None."""
        if concept_id not in self._names:
            self._names[concept_id] = self._read_name(concept_id)
        return self._names[concept_id]

    def _read_name(self, concept_id: str) -> str | None:
        concept = self.glossary.concepts[concept_id]
        if not any(entry.note == DO_NOT_TRANSLATE for entry in concept.terms):
            return None
        preferred = [e for e in concept.terms if e.status.value == "preferred"]
        return preferred[0].term if preferred else None

    def _same_term(self, concept_id: str, term: str) -> str | None:
        """A preferred or admitted target term written exactly like the source term."""
        key = (concept_id, term)
        if key not in self._same:
            self._same[key] = self._read_same_term(concept_id, term)
        return self._same[key]

    def _read_same_term(self, concept_id: str, term: str) -> str | None:
        concept = self.glossary.concepts[concept_id]
        for entry in concept.terms_in(self.target_lang):
            if entry.term == term and entry.status.value in ("preferred", "admitted"):
                return entry.term
        return None


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?"


def restore(translated: str, protected: ProtectedText) -> str | None:
    """The translation with every placeholder replaced; None when the engine lost one.

    A lost or duplicated placeholder means the engine rewrote the sentence around it, so the
    caller translates the unprotected text instead and the bilingual checks judge the result.
    """
    found = [int(m.group(1)) for m in _PLACEHOLDER.finditer(translated)]
    if sorted(found) != list(range(len(protected.slots))):
        return None
    return _PLACEHOLDER.sub(lambda m: protected.slots[int(m.group(1))].replacement, translated)
