from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import dictionary_word, is_name, tokens
from pipeline.checks.speller import Speller
from pipeline.checks.spelling.near_variants import near_misspellings
from pipeline.checks.spelling.preferred_spelling import (
    common_danish_spelling,
    latin_letters,
    linking_s_first,
    takes_linking_s,
)
from pipeline.checks.spelling.SPELL001 import skipped_word
from pipeline.core.models import Finding, Segment, Severity

# Spellings that vary between Danish, Latin/Greek and English forms of one word:
# leukæmi/leukemi, anæstesi/anestesi, cholesterol/kolesterol, diarré/diarrhé.
_FOLDS = (("é", "e"), ("è", "e"), ("ae", "æ"), ("aa", "å"), ("æ", "e"), ("ph", "f"), ("th", "t"))
_FOLDS_AFTER = (("rh", "r"), ("ch", "k"), ("c", "k"), ("q", "k"))
_ENDINGS = ("erne", "ene", "ens", "ets", "en", "et", "er")
# Pairs of real words that differ only by æ/e are common and short ("læge"/"lege",
# "hæle"/"hele"); two spellings hunspell both knows count only from this length.
_MIN_KNOWN_LENGTH = 7
# A compound's first element is compared with the article's other spellings of it
# ("erythrocytmembranen" beside "erytrocytter") from this length, in words from this length.
_MIN_HEAD = 7
_MIN_COMPOUND = 12
_FOLDABLE = re.compile(r"th|ph|ch|rh|ae|aa|[cqéèæ]")
_DOUBLED = re.compile(r"(.)\1")  # compiled once: fold is asked of every word and pair
_Fields = tuple[str, tuple[str, ...], bool, bool]  # a _Form's fields after its place


@dataclass
class _Form:
    segment: Segment
    start: int
    end: int
    spelling: str  # lower case, inflection removed: "alzheimer-sygdom", "leukæmi"
    keys: tuple[str, ...]
    known: bool
    head: bool = False  # the first element of a compound: spelling covers its first letters


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """The spelling key: lower case, æ/e, ph/f, th/t, c/k… merged, no hyphens or spaces, no
    doubled letters ("blodtryksscreening" and "blodtrykscreening" meet)."""
    key = text.lower()
    for old, new in (*_FOLDS, *_FOLDS_AFTER):
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", "".join(key.replace("-", "").split()))


def base_form(word: str, speller: Speller) -> str:
    """`word` without its inflection: hunspell's stem when it knows the word as an entry
    ("sygdommen" → "sygdom"), else the word without a regular ending ("leukemien" →
    "leukemi"), so that inflections of one spelling are one spelling."""
    lower = word.lower()
    if dictionary_word(lower, speller):
        stems = [s.lower() for s in speller.stems(lower) if s.lower()[:3] == lower[:3]]
        return min(stems, key=len) if stems else lower
    for ending in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 4:
            stem = lower[: -len(ending)]
            return stem[:-1] if len(stem) > 4 and stem[-1] == stem[-2] else stem
    return lower


class VariantSpellings(Check):
    """One word is spelt several ways in one article ("leukæmi" and "leukemi").

    Groups the article's words by a spelling key (lower case, æ/e, ae/æ, aa/å, é/e, ph/f,
    th/t, rh/r, ch/k, c/k, hyphens and spaces removed) after removing their inflection
    (hunspell's stem or a regular ending: "leukæmien" and "leukæmi" are one spelling), so that
    "anæstesi"/"anestesi" and "Alzheimers sygdom"/"Alzheimer-sygdommen"/"Alzheimer sygdom"
    meet; a closed compound's first element joins the group of its spelling too
    ("erythrocytmembranen" beside "erytrocytter"). Each occurrence of a minority spelling is
    reported with the preferred one as suggestion: the majority among the spellings hunspell
    knows ("chronisk" three times does not outvote "kronisk"), and the Danish spelling before
    one the English dictionary knows, whatever the count ("conjunctivitis" twice does not
    outvote "konjunktivitis": hunspell-da lists both); see preferred_spelling.py for ties. A
    warning when hunspell does not know the minority form, else information (both are words: a
    choice the article should make once). A capitalised word SPELL001 takes for a name ("føre
    til Hjertesvigt, Chronisk nyresygdom") is reported alone when its Danish spelling is an
    everyday word and neither dictionary knows it ("Kronisk"; never "Christensen", "Thy").

    It deliberately does not flag a Latin name's spelling ("acne vulgaris" beside "akne"),
    two spellings of short words that are both Danish words ("læge"/"lege", "hele"/"hæle"),
    a one-letter specifier before a hyphen ("D-deficiens" beside "deficiens", "T-celler"
    beside "celler": another thing, not another spelling),
    differences of case alone, words with digits, acronyms and Roman numerals ("Grade II"),
    and two separate words against a closed compound ("hver dag"/"hverdag" are both right;
    a split compound is the split-compound check's): separate words join a group only
    through a hyphenated form ("Alzheimer-sygdom") or a name before them ("Alzheimer
    sygdom"). When the counts tie, Danish letters are preferred ("erytrocyt"), then the
    linking s of hunspell-da's own compounds ("blodtryksscreening"), then the closed form
    (Danish writes compounds closed).

    A word the dictionary does not know, used once, that is one typing slip away from a word
    the article uses at least twice ("Kurkemeje" beside "gurkemeje": a letter dropped, added
    or swapped with its neighbour, or g/k, b/p, d/t, v/f; see near_variants.py) is reported
    as a likely typo with the article's word as suggestion.

    Anti-pattern: "Leukæmi er kræft i blodet. Børn med leukemi får kemoterapi."
    Best practice: "Leukæmi er kræft i blodet. Børn med leukæmi får kemoterapi."
    """

    code = "SPELL003"
    name = "spelling.variant-spellings"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller(ctx.document.language)
        if speller is None or ctx.document.language != "da":
            return
        forms = _forms(ctx, speller)
        yield from self._latin_capitalised(ctx, speller, forms)
        english = ctx.speller("en")
        groups: dict[str, list[_Form]] = defaultdict(list)
        for form in forms:
            groups[form.keys[0]].append(form)
        for group in (g for g in _merged(groups).values() if len(g) > 1):  # one form: one spelling
            spellings = Counter(f.spelling for f in group)
            if len(spellings) < 2 or not _worth_reporting(group):
                continue
            best = _preferred(group, spellings, english)
            # the Danish spelling won over a spelling the dictionary knows and the article
            # uses more often
            danish = any(
                f.known and spellings[f.spelling] > spellings[best.spelling] for f in group
            )
            for form in group:
                if form.spelling == best.spelling or _latin_name(form):
                    continue
                text = form.segment.text[form.start : form.end]
                target = _suggestion(text, form, best)
                said = f"'{text}' is spelt '{target}'"
                if form.head or best.head:
                    written = text[: len(form.spelling)] if form.head else text
                    said = f"'{text}': '{written}' is spelt '{_cased(best.spelling, written)}'"
                why = ", the Danish spelling" if danish else ""
                yield self.finding(
                    ctx,
                    form.segment,
                    form.start,
                    form.end,
                    f"{said} elsewhere in the article"
                    f" ({spellings[best.spelling]}×){why}; use one spelling",
                    suggestion=target,
                    severity=Severity.INFO if form.known else Severity.WARNING,
                )
        for segment, start, end, word, uses in near_misspellings(ctx.document, speller, english):
            text = segment.text[start:end]
            yield self.finding(
                ctx,
                segment,
                start,
                end,
                f"'{text}' is spelt '{word}' elsewhere in the article ({uses}×); a typo?",
                suggestion=word,
            )

    def _latin_capitalised(
        self, ctx: CheckContext, speller: Speller, forms: list[_Form]
    ) -> Iterator[Finding]:
        """A capitalised word in Latin or English letters whose Danish spelling is an
        everyday word ("Chronisk nyresygdom" inside a sentence), though the article has no other
        spelling of it: SPELL001 takes a capitalised word inside a sentence for a name and
        says nothing, and a name is not spelt with the letters of a common Danish word.
        Words hunspell (Danish or English) knows are left alone: names ("Christensen",
        "Thy") and English words (LANG003's)."""
        english = ctx.speller("en")
        spelt = {f.spelling for f in forms}
        for form in forms:
            text = form.segment.text[form.start : form.end]
            if form.head or not text[:1].isupper() or not text[1:].islower():
                continue
            if not skipped_word(text, form.segment.text, form.start) or speller.known(text):
                continue
            if english is None or english.known(text):
                continue

            def common(variant: str) -> bool:
                return speller.known(variant) and not is_name(variant, speller)

            danish = common_danish_spelling(text, common)
            if danish is None or danish.lower() in spelt:
                continue  # the article's other spelling: the groups report it
            yield self.finding(
                ctx,
                form.segment,
                form.start,
                form.end,
                f"'{text}' is written with Latin or English letters; Danish spells it '{danish}'",
                suggestion=danish,
            )


def _forms(ctx: CheckContext, speller: Speller) -> list[_Form]:
    singles: list[_Form] = []
    pairs: list[tuple[Segment, int, int, list[str], bool]] = []
    for segment in ctx.document.content_segments():
        words = [(t, f) for t in tokens(segment.text) if (f := _word(t.text, speller)) is not None]
        for index, (token, fields) in enumerate(words):
            singles += [_Form(segment, token.start, token.end, *form) for form in fields]
            following = words[index + 1][0] if index + 1 < len(words) else None
            if following is None or segment.text[token.end : following.start] != " ":
                continue
            if "-" in token.text or "-" in following.text:
                continue
            named = index > 0 and token.text[:1].isupper() and is_name(token.text, speller)
            pairs.append((segment, token.start, following.end, [token.text, following.text], named))
    hyphenated = {k for f in singles if "-" in f.spelling for k in f.keys}
    closed = {k for f in singles for k in f.keys}
    # two words are a form only where a single word shares their key: most pairs of an
    # article are not, and need no form of their own (nor keys, without a hyphenated form)
    keyed = [(*pair, _keys(speller, pair[3])[1]) for pair in pairs if hyphenated or pair[4]]
    named_keys = Counter(k for *_, named, keys in keyed if named for k in set(keys))
    known = speller.known
    chosen = [
        _Form(segment, start, end, " ".join(_keys(speller, pair)[0]), keys, all(map(known, pair)))
        for segment, start, end, pair, named, keys in keyed
        if any(k in hyphenated for k in keys)
        or (named and (any(k in closed for k in keys) or any(named_keys[k] > 1 for k in keys)))
    ]
    return singles + chosen


@lru_cache(maxsize=100_000)  # an article repeats its words, a batch its articles'
def _word(word: str, speller: Speller) -> tuple[_Fields, ...] | None:
    """The forms of `word` (the word from 4 letters, and its compound's first element), as
    `_Form` fields; None for a word with digits, an acronym or a fill-in blank ("______")."""
    if any(c.isdigit() for c in word) or word.isupper() or not any(c.isalpha() for c in word):
        return None
    parts = word.split("-")
    forms = []
    if len(word) >= 4:
        bases, keys = _keys(speller, parts)
        forms.append(("-".join(bases), keys, all(map(speller.known, parts)), False))
    head = _compound_head(word, speller) if len(parts) == 1 else None
    if head is not None:
        forms.append((head, (fold(head),), True, True))
    return tuple(forms)


def _keys(speller: Speller, parts: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`_keys_now`, once per spelling and run: every word and pair of an article is asked."""
    return speller.memo(("SPELL003.keys", *parts), lambda: _keys_now(speller, parts))


def _keys_now(speller: Speller, parts: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The base forms of `parts` (the last without its inflection) and their spelling keys."""
    last = parts[-1]
    base = speller.memo(("SPELL003.base_form", last), lambda: base_form(last, speller))
    bases = [p.lower() for p in parts[:-1]] + [base]
    if len(bases) > 1 and len(bases[0]) == 1:
        # A one-letter specifier names another thing ("D-vitamin", "T-celle", "vitamin
        # D-deficiens" beside "deficiens"), not another spelling: it stays apart in the key,
        # where folding would otherwise merge "d-d" into one letter.
        keys = [f"{bases[0]}-{fold(''.join(bases[1:]))}"]
    else:
        keys = [fold("".join(bases))]
    if len(bases) > 1 and len(bases[0]) > 1:
        # A linking or genitive s: "Alzheimers sygdom" and "Alzheimer-sygdom" are one word.
        keys.append(fold("".join([b.removesuffix("s") for b in bases[:-1]] + bases[-1:])))
    return tuple(bases), tuple(dict.fromkeys(keys))


def _compound_head(word: str, speller: Speller) -> str | None:
    """The first element of a closed compound, lower case, when it has letters whose
    spelling varies ("erythrocyt" of "erythrocytmembranen"): the shortest known word of at
    least _MIN_HEAD letters whose rest (after a linking s or not) hunspell accepts."""
    lower = word.lower()
    if len(lower) < _MIN_COMPOUND or not lower.isalpha() or not _FOLDABLE.search(lower):
        return None

    def split() -> str | None:
        for index in range(_MIN_HEAD, len(lower) - 3):
            first, rest = lower[:index], lower[index:]
            if not _FOLDABLE.search(first) or not speller.known(first):
                continue
            if speller.accepts(rest) or (rest[0] == "s" and speller.accepts(rest[1:])):
                return first
        return None

    return speller.memo(("SPELL003.head", lower), split)


def _merged(groups: dict[str, list[_Form]]) -> dict[str, list[_Form]]:
    """Groups joined through their second keys (the linking-s variant)."""
    merged: dict[str, list[_Form]] = {}
    owner: dict[str, str] = {}
    for key, group in groups.items():
        target = next((owner[k] for f in group for k in f.keys if k in owner), key)
        merged.setdefault(target, []).extend(group)
        owner.update({k: target for form in group for k in form.keys if k not in owner})
    return merged


def _latin_name(form: _Form) -> bool:
    """Followed by a Latin word ("acne vulgaris", "arthritis urica"): a Latin disease name
    keeps its Latin spelling beside the Danish word."""
    after = form.segment.text[form.end :].split(maxsplit=1)
    return bool(after) and bool(re.match(r"[a-z]+(?:is|us|um|ae|alis|aris)\b", after[0]))


def _cased(spelling: str, like: str) -> str:
    return (spelling[0].upper() if like[0].isupper() else spelling[0]) + spelling[1:]


def _surface(form: _Form) -> str:
    """How the article writes `form`: the word, or a compound's first element."""
    text = form.segment.text[form.start : form.end]
    return text[: len(form.spelling)] if form.head else text


def _suggestion(text: str, form: _Form, best: _Form) -> str:
    """The preferred spelling in the inflection and initial case of `text`: "anestesien"
    → "anæstesien" where the article writes "Anæstesi"; a compound keeps its rest
    ("erythrocytmembranen" → "erytrocytmembranen")."""
    target = _surface(best)
    if form.head or (
        text.lower().startswith(form.spelling) and " " not in target and "-" not in target
    ):
        target = best.spelling + text[len(form.spelling) :]
    return (target[0].upper() if text[0].isupper() else target[0].lower()) + target[1:]


def _worth_reporting(group: list[_Form]) -> bool:
    """Not two real words that happen to share a key ("læge"/"lege")."""
    if all(f.known for f in group):
        return min(len(f.spelling) for f in group) >= _MIN_KNOWN_LENGTH
    return True


def _preferred(group: list[_Form], spellings: Counter[str], english: Speller | None) -> _Form:
    """The first occurrence of the most frequent spelling hunspell knows (any spelling when
    it knows none: "chronisk" three times does not outvote "kronisk" once), and of those the
    Danish ones when there are both (see `_danish_spellings`); on a tie, the one
    with fewer Latin letters ("erytrocyt" before "erythrocyt"), the linking s the
    dictionary's compounds use ("blodtryksscreening"), closed before hyphenated (Danish
    writes compounds closed), then the first in the text."""
    candidates = [f for f in group if f.known] or group
    candidates = _danish_spellings(candidates, english) or candidates
    top = max(spellings[f.spelling] for f in candidates)
    tied = [f for f in candidates if spellings[f.spelling] == top]
    linked = _linking_s_choice({f.spelling for f in tied})
    return min(
        tied,
        key=lambda f: (
            latin_letters(f.spelling),
            linked is not None and f.spelling != linked,
            "-" in f.spelling or " " in f.spelling,
            f.segment.source_offset(f.start),
        ),
    )


def _danish_spellings(candidates: list[_Form], english: Speller | None) -> list[_Form]:
    """The spellings that are Danish where the others are English or Latin: hunspell-da lists
    many Latin terms as they are ("conjunctivitis", "cholesterol") beside the Danish form
    ("konjunktivitis", "kolesterol"), so a count would let an English source's spelling
    outvote the Danish one. A spelling is Danish here when the English dictionary does not
    know it and it has fewer Latin letters (c, ph, th…) than a spelling English knows; empty
    when the group has no such pair."""
    if english is None:
        return []
    foreign = [f for f in candidates if _english_word(f, english)]
    if not foreign:
        return []
    fewest = min(latin_letters(f.spelling) for f in foreign)
    return [
        f
        for f in candidates
        if latin_letters(f.spelling) < fewest and not _english_word(f, english)
    ]


def _english_word(form: _Form, english: Speller) -> bool:
    return all(english.known(part) for part in re.split(r"[- ]", form.spelling) if part)


def _linking_s_choice(spellings: set[str]) -> str | None:
    """Of two spellings that differ by a linking s, the one the dictionary's compounds of
    the first element agree with; None when they are not such a pair or it cannot tell."""
    if len(spellings) != 2:
        return None
    shorter, longer = sorted(spellings, key=len)
    first = linking_s_first(longer, shorter)
    joined = takes_linking_s(first) if first else None
    return None if joined is None else (longer if joined else shorter)
