from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import FUNCTION_WORDS, WORD, masked, sentences, word_list
from pipeline.core.models import Finding, Segment, Severity

# Clause breaks no list runs across.
_CLAUSES = re.compile(r"[;:()\[\]—–]| - ")
_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:og/eller|og|eller|samt)\s+")
_CONJUNCTION = re.compile(r"og|eller|samt|og/eller")
_PAIR = re.compile(r"\s+(?:og|eller)\s+")
# Repetitions Danish makes on purpose: "mere og mere", "igen og igen", "ventede og ventede".
_EMPHATIC = frozenset(
    word_list("mere flere færre mindre bedre værre større længere igen atter tusinder hundreder")
)
_MAX_ITEM_WORDS = 3
# A restrictive relative clause right after a copy: "kold lungebetændelse og lungebetændelse,
# der skyldes virus" names two kinds, the second qualified by its clause.
_QUALIFIED = re.compile(r"\s*,?\s*(?:der|som)\b", re.IGNORECASE)


class DoubledCoordination(Check):
    """A list names the same thing twice ("smerte og smerte", "hovedpine, ubehag eller hovedpine").

    Flags a content word that comes back as another item of the same coordinated list
    (items joined by commas and "og", "eller", "samt"): machine translation gives two source
    words ("pain and soreness") one Danish translation. The list's first item is compared by
    its last word, the items between (of at most three words) as a whole, and the last item
    by its first word. There is no suggestion:
    the editor knows which word was meant.

    It deliberately does not flag function words ("det og det"), emphatic repetitions
    ("mere og mere", "igen og igen", "ventede og ventede"), a repeated modifier or head
    ("korrekt størrelse og korrekt brug", "hold i ryggen, ondt i ryggen"), a copy qualified
    by a relative clause ("kold lungebetændelse og lungebetændelse, der skyldes virus": two
    kinds of the thing), numbers, a word repeated across clauses (after a semicolon, colon,
    dash or bracket), or lists joined by commas alone, which are often separate clauses.

    Anti-pattern: "Typiske symptomer er hovedpine, ubehag eller hovedpine om morgenen."
    Best practice: "Typiske symptomer er hovedpine, ubehag eller svimmelhed om morgenen."
    """

    code = "MECH008"
    name = "mechanics.doubled-coordination"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for sentence, _previous, _item in sentences(ctx.document):
            text = masked(sentence.text)
            clause_start = 0
            for end in [m.start() for m in _CLAUSES.finditer(text)] + [len(text)]:
                found = list(self._clause(ctx, sentence, text, clause_start, end))
                yield from found or self._mirrored(ctx, sentence, text, clause_start, end)
                clause_start = end + 1

    def _mirrored(
        self, ctx: CheckContext, sentence: Segment, text: str, start: int, end: int
    ) -> Iterator[Finding]:
        """The same two or three words on both sides of "og"/"eller" ("røde blodlegemer og
        røde blodlegemer"): an item of several words named twice, which the item-by-item
        comparison (last word of the first item, first word of the last) cannot see."""
        for conjunction in _PAIR.finditer(text, start, end):
            before = list(WORD.finditer(text, start, conjunction.start()))
            after = list(WORD.finditer(text, conjunction.end(), end))
            for n in (3, 2):
                left, right = before[-n:], after[:n]
                words = [w.group().lower() for w in left]
                # the left item is exactly these words: nothing before them but the clause's
                # start or a function word ("i røde blodlegemer …", not "næsten lig med
                # eller lig med"), and both copies on one line
                opening = before[-n - 1].group().lower() if len(before) > n else None
                if (
                    len(left) == n == len(right)
                    and words == [w.group().lower() for w in right]
                    and _content_word(words[-1])
                    and (opening is None or opening in FUNCTION_WORDS)
                    and "\n" not in text[left[0].start() : right[-1].end()]
                    and not _QUALIFIED.match(sentence.text, right[-1].end())
                ):
                    key = " ".join(words)
                    yield self.finding(
                        ctx,
                        sentence,
                        left[0].start(),
                        right[-1].end(),
                        f"'{key}' is named twice in one list"
                        f" ('{sentence.text[left[0].start() : right[-1].end()]}');"
                        " was another word meant?",
                    )
                    return

    def _clause(
        self, ctx: CheckContext, sentence: Segment, text: str, start: int, end: int
    ) -> Iterator[Finding]:
        chain: list[list[re.Match[str]]] = []
        joined_by_conjunction = False
        position = start
        separators = list(_SEPARATOR.finditer(text, start, end))
        for separator in [*separators, None]:
            stop = end if separator is None else separator.start()
            words = list(WORD.finditer(text, position, stop))
            position = end if separator is None else separator.end()
            last = separator is None
            middle = bool(chain) and not last
            if middle and len(words) > _MAX_ITEM_WORDS:
                yield from self._duplicates(
                    ctx, sentence, [*chain, words[:1]], joined_by_conjunction
                )
                chain, joined_by_conjunction = [words[-1:]], False
            elif not chain:
                chain = [words[-1:]]
            else:
                chain.append(words[:1] if last else words)
            if separator is not None and _CONJUNCTION.fullmatch(separator.group().strip()):
                joined_by_conjunction = True
        yield from self._duplicates(ctx, sentence, chain, joined_by_conjunction)

    def _duplicates(
        self,
        ctx: CheckContext,
        sentence: Segment,
        chain: list[list[re.Match[str]]],
        joined: bool,
    ) -> Iterator[Finding]:
        if not joined or len(chain) < 2:
            return
        seen: dict[str, re.Match[str]] = {}
        for item in chain:
            key = " ".join(w.group().lower() for w in item)
            if not item or not _content_word(item[-1].group().lower()):
                continue
            first = seen.get(key)
            if first is None:
                seen[key] = item[0]
                continue
            if _QUALIFIED.match(sentence.text, item[-1].end()):
                return
            yield self.finding(
                ctx,
                sentence,
                first.start(),
                item[-1].end(),
                f"'{key}' is named twice in one list"
                f" ('{sentence.text[first.start() : item[-1].end()]}'); was another word meant?",
            )
            return


def _content_word(word: str) -> bool:
    return (
        len(word) >= 3
        and word.isalpha()
        and word not in FUNCTION_WORDS
        and word not in _EMPHATIC
        and not word.endswith("ede")
    )
