from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.language import base_language
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.text.placeholders import text_placeholders
from pipeline.text.tokens import mask_tokens

# A separator after a word in running text: a comma, semicolon or colon and a space. The
# patterns begin with the separator and look behind for the letter: searched only for where
# the separator is, not tried at every letter of a text (the same texts match).
_SPACED = {p: re.compile(rf"{re.escape(p)}(?<=[^\W\d_]{re.escape(p)})[ \u00a0]") for p in ",;:"}
# Masking (`_masked`) only blanks text out, leaving at least a space where it took text: a
# letter and a separator side by side in a masked text are so in the text itself, a letter,
# a separator and a letter too, and a separator not in a text is not in its masked text.
_AFTER_LETTER = {p: re.compile(rf"{re.escape(p)}(?<=[^\W\d_]{re.escape(p)})") for p in ",;:"}
_BETWEEN_LETTERS = {
    p: re.compile(rf"{re.escape(p)}(?<=[^\W\d_]{re.escape(p)})(?=[^\W\d_])") for p in ",;:"
}
# The same separator glued between two letters: "fil,mappe", "indstilling:ugyldig". A match
# begins where a run of letters does (a match inside a run would extend back to its start),
# so the look-behind only spares the engine a try at each letter inside a run: same matches.
_GLUED = {p: re.compile(rf"(?<![^\W\d_])[^\W\d_]+{re.escape(p)}[^\W\d_]+") for p in ",;:"}
# Swedish and Finnish inflect an abbreviation or foreign word after a colon ("CD:n", "URL:en",
# "PDF:ää", "ceorce:a").
_INFLECTED_ABBREVIATION = re.compile(r"[A-Z0-9]+:[^\W\d_]{1,3}")
_INFLECTED_WORD = re.compile(r"[^\W\d_]+:[^\W\d_]{1,3}")
COLON_INFLECTING = frozenset({"sv", "fi"})


def _masked(text: str) -> str:
    """`text` without URLs, addresses, placeholders and markup, where separators are code."""
    text = mask_tokens(text)
    for placeholder in text_placeholders(text):
        text = text.replace(placeholder.text, " " * len(placeholder.text))
    return re.sub(r"<[^<>]*>|&\w+;", " ", text)


class GluedWords(TranslatedUnitCheck):
    """Two words of the target are glued by a comma, semicolon or colon the source spaces.

    Flags a target with more words joined by `,` `;` or `:` without a space ("fil,mappe",
    "indstilling:ugyldig") than its source, when the source writes that separator with a
    space after it between words: a lost space the reader sees as one garbled word. The
    suggestion puts a space after the separator.

    It deliberately does not flag separators between digits ("10:30", "1,5"), inside URLs,
    e-mail addresses, placeholders and markup, joined words the source has too (a list of
    options "a,b,c", "key:value" syntax), an abbreviation inflected after a colon ("CD:n",
    and in Swedish and Finnish any word: sv "URL:en", "ceorce:a"), or full stops, which join
    the parts of names and domains.

    Anti-pattern: "Invalid setting: %s, file or folder" → "Ugyldig indstilling:%s, fil,mappe"
    Best practice: "Invalid setting: %s, file or folder" → "Ugyldig indstilling: %s, fil eller
    mappe"
    """

    code = "WS003"
    # only a target with a separator between letters is asked (the first test below)
    target_trigger = re.compile("|".join(p.pattern for p in _BETWEEN_LETTERS.values()))
    name = "bilingual.glued-words"
    severity = Severity.WARNING

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        if not any(
            p in target
            and _BETWEEN_LETTERS[p].search(target)
            and _AFTER_LETTER[p].search(unit.source)
            for p in ",;:"
        ):
            # no separator the target glues between letters follows a letter in the source,
            # masked or not: most units, which are not masked then
            return
        source, masked = _masked(unit.source), _masked(target)
        for separator, glued in _GLUED.items():
            if separator not in masked or not _SPACED[separator].search(source):
                continue
            inflected = (
                _INFLECTED_WORD
                if base_language(unit.target_lang) in COLON_INFLECTING
                else _INFLECTED_ABBREVIATION
            )
            joined = [
                m.group() for m in glued.finditer(masked) if not inflected.fullmatch(m.group())
            ]
            if len(joined) > len(glued.findall(source)):
                word = joined[0]
                yield self.finding(
                    unit,
                    f"'{word}' glues two words with '{separator}'; the source writes "
                    f"'{separator}' with a space after it",
                    match=word,
                    suggestion=word.replace(separator, separator + " "),
                    fixable=False,
                )
